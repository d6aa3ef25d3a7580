// A cap on the request bytes the service holds at once (SIGNALHOUSE_MAX_DECODING_BYTES): bodies being
// decoded, and their rows until they are durable. What a request costs in memory is proportional to
// its bytes (docs/ingestion-performance.md states the factors), so capping the bytes caps the memory
// however many clients send at once; beyond the cap a request is answered 503 with retry-after
// instead of growing the heap. OTLP exporters retry 503 and honour retry-after
// (https://opentelemetry.io/docs/specs/otlp/#otlphttp-throttling); a CI job uploading JUnit should too.

/** Answered 503 with a retry-after header (src/api/errors.ts). */
export class DecodersBusyError extends Error {
  readonly statusCode = 503;
  readonly code = 'BUSY';
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(message);
    this.name = 'DecodersBusyError';
  }
}

/** Seconds a refused client is told to wait: about what a busy service needs to finish a few requests. */
const RETRY_AFTER_SECONDS = 1;

export class DecodeBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** Bytes held by requests in progress. */
  get bytesInUse(): number {
    return this.used;
  }

  /** A request's share of the budget: grows with its bytes, released once when it is done. */
  open(): Reservation {
    return new Reservation(this);
  }

  /** @internal Reservation's: throws DecodersBusyError beyond the cap. */
  take(n: number, alreadyHeld: number): void {
    // A request alone may exceed the cap (the body limit, not this, bounds a single request): otherwise
    // a cap below SIGNALHOUSE_MAX_BODY_BYTES would refuse large reports forever.
    if (this.used + n > this.maxBytes && this.used - alreadyHeld > 0) {
      throw new DecodersBusyError(
        RETRY_AFTER_SECONDS,
        `the service is decoding ${this.used} bytes of other requests, the most it holds at once is ` +
          `${this.maxBytes} (SIGNALHOUSE_MAX_DECODING_BYTES): send again later`,
      );
    }
    this.used += n;
  }

  /** @internal */
  give(n: number): void {
    this.used -= n;
  }
}

export class Reservation {
  private held = 0;
  private released = false;

  constructor(private readonly budget: DecodeBudget) {}

  /** Adds `n` bytes to the request's share; throws DecodersBusyError (nothing added) beyond the cap. */
  add(n: number): void {
    if (this.released) throw new Error('reservation already released');
    this.budget.take(n, this.held);
    this.held += n;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.budget.give(this.held);
    this.held = 0;
  }
}
