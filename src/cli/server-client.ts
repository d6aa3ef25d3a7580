// The CLI talks to a running service over its public HTTP API, like any CI job would.

export class CliError extends Error {}

export interface ServerAnswer<T> {
  status: number;
  body: T;
}

export async function callServer<T>(
  server: string,
  path: string,
  /** raw: the answer's text as the body (Markdown, HTML), not parsed as JSON. */
  init: { method: string; body?: BodyInit; headers?: Record<string, string>; what: string; raw?: boolean },
): Promise<ServerAnswer<T>> {
  const url = new URL(path, server.endsWith('/') ? server : `${server}/`);
  let res: Response;
  try {
    res = await fetch(url, { method: init.method, body: init.body, headers: init.headers, duplex: 'half' } as RequestInit);
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError(`${init.what}: cannot reach the service at ${server} (${cause?.code ?? cause?.message ?? String(e)})`);
  }
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
  return { status: res.status, body: (init.raw ? text : body) as T };
}
