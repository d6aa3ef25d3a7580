import { InvalidArgumentError, Option } from 'commander';

// The CLI talks to a running service over its public HTTP API, like any CI job would.

export class CliError extends Error {}

export const DEFAULT_SERVER = 'http://127.0.0.1:4318';

/** --server / SIGNALHOUSE_URL: an http(s) URL; `localhost:4318` parses as a URL of scheme "localhost:", so it is named. */
export function serverUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return value;
  throw new InvalidArgumentError(`"${value}" is not an http(s) URL; give the scheme, e.g. http://${value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')}`);
}

export const serverOption = () =>
  new Option('--server <url>', 'Signalhouse service URL').env('SIGNALHOUSE_URL').default(DEFAULT_SERVER).argParser(serverUrl);

// The token every request carries (`--token` or SIGNALHOUSE_TOKEN), set once by main.ts before a
// command runs, so each command needs no token plumbing of its own.
let bearerToken: string | undefined;

export function useToken(token: string | undefined): void {
  bearerToken = token?.trim() || undefined;
}

export interface ServerAnswer<T> {
  status: number;
  body: T;
}

/** Waits for a busy service (503 or 429 with retry-after) at most this long per retry, in seconds. */
const MAX_RETRY_AFTER_S = 30;

export async function callServer<T>(
  server: string,
  path: string,
  init: {
    method: string;
    body?: BodyInit;
    headers?: Record<string, string>;
    what: string;
    /** The body as bytes (an ArrayBuffer), not JSON. */
    raw?: boolean;
    /**
     * Send again, up to this many times, when the service answers 503 or 429 with retry-after (it is
     * busy: SIGNALHOUSE_MAX_DECODING_BYTES, a rate limit), after the time it asks. Only for a body
     * that can be sent twice (bytes, not a stream) and a request that is safe to repeat.
     */
    retryBusy?: { times: number; onRetry?: (seconds: number, status: number) => void };
  },
): Promise<ServerAnswer<T>> {
  const url = new URL(path, server.endsWith('/') ? server : `${server}/`);
  let res: Response;
  for (let retries = 0; ; retries++) {
    try {
      const headers = bearerToken ? { ...init.headers, authorization: `Bearer ${bearerToken}` } : init.headers;
      res = await fetch(url, { method: init.method, body: init.body, headers, duplex: 'half' } as RequestInit);
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(`${init.what}: cannot reach the service at ${server} (${cause?.code ?? cause?.message ?? String(e)})`);
    }
    const after = Number(res.headers.get('retry-after'));
    const busy = (res.status === 503 || res.status === 429) && res.headers.has('retry-after') && Number.isFinite(after) && after >= 0;
    if (!busy || retries >= (init.retryBusy?.times ?? 0)) break;
    await res.arrayBuffer(); // free the connection
    const seconds = Math.min(after, MAX_RETRY_AFTER_S);
    init.retryBusy?.onRetry?.(seconds, res.status);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
  if (init.raw && res.ok) return { status: res.status, body: (await res.arrayBuffer()) as T };
  const text = await res.text();
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    body = { message: text };
  }
  if (!res.ok) {
    const msg = (body as { message?: string }).message ?? text;
    throw new CliError(`${init.what}: the service answered ${res.status}: ${msg}`);
  }
  return { status: res.status, body: body as T };
}
