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

export async function callServer<T>(
  server: string,
  path: string,
  init: { method: string; body?: BodyInit; headers?: Record<string, string>; what: string; /** The body as bytes (an ArrayBuffer), not JSON. */ raw?: boolean },
): Promise<ServerAnswer<T>> {
  const url = new URL(path, server.endsWith('/') ? server : `${server}/`);
  let res: Response;
  try {
    const headers = bearerToken ? { ...init.headers, authorization: `Bearer ${bearerToken}` } : init.headers;
    res = await fetch(url, { method: init.method, body: init.body, headers, duplex: 'half' } as RequestInit);
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError(`${init.what}: cannot reach the service at ${server} (${cause?.code ?? cause?.message ?? String(e)})`);
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
