import { createHash } from 'node:crypto';
import { JunitParser, type JunitParseOptions, type JunitReport } from './parse.ts';

// Parses a report as its bytes arrive, hashing them on the way: the hash is what makes a re-sent
// report recognisable (see src/store/junit-uploads.ts).

export async function readJunitReport(
  bytes: AsyncIterable<Uint8Array>,
  opts: JunitParseOptions,
): Promise<{ report: JunitReport; sha256: string }> {
  const parser = new JunitParser(opts);
  const hash = createHash('sha256');
  for await (const chunk of bytes) {
    hash.update(chunk);
    parser.write(chunk);
  }
  return { report: parser.end(), sha256: hash.digest('hex') };
}
