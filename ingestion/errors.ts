// Errors raised while decoding what a client sent. Each carries the HTTP status the API answers with
// and a stable code; the API's error handler turns them into replies, the CLI into messages.

export class InputError extends Error {
  readonly statusCode: number;
  readonly code: string;
  constructor(code: string, message: string, statusCode = 400) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.statusCode = statusCode;
  }
}

export class PayloadTooLargeError extends InputError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `body is larger than the limit of ${limitBytes} bytes (after decompression)`, 413);
  }
}
