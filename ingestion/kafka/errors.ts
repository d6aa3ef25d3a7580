import { InputError } from '../errors.ts';

// A Kafka message that cannot become records. Decoding is pure (bytes in, records out, no I/O), so
// trying again can never succeed: the consumer keeps such a message as a dead letter, with this
// error's code and message as the reason, and moves on.

export class KafkaDecodeError extends InputError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message);
    this.name = 'KafkaDecodeError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** The dead-letter reason for an error thrown while decoding: `CODE: message`. */
export function decodeFailureReason(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return `${typeof code === 'string' ? code : e.name}: ${e.message}`;
  }
  return `DECODE_FAILED: ${String(e)}`;
}
