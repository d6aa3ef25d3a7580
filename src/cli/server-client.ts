// The CLI talks to a running service over its public HTTP API, like any CI job would.

export class CliError extends Error {}

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
