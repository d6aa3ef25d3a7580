// A failure's fingerprint: what stays the same when the same failure happens again. Numbers, ids,
// hex, addresses, paths, IPs, UUIDs and timestamps change from run to run; the exception type, the
// shape of the message and the top stack frames do not. Normalisation runs in ClickHouse (RE2 regular
// expressions), so grouping millions of failures never leaves the database.
//
// Exported as SQL text built from constants only; the columns it reads are passed as identifiers by
// code, never from a request.

const RULES: [pattern: string, replacement: string][] = [
  ['[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '<uuid>'],
  ['\\d{4}-\\d{2}-\\d{2}[t ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:z|[+-]\\d{2}:?\\d{2})?', '<time>'],
  ['\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?', '<time>'],
  ['0x[0-9a-f]+', '<addr>'],
  ['\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?\\b', '<ip>'],
  // Absolute or relative paths of two or more segments (runner work dirs differ per machine).
  ['(?:[a-z]:)?(?:[/\\\\][\\w.@+-]+){2,}', '<path>'],
  // Ids: hex-ish words with at least one digit (9f1c, 3f2a9c1), and any remaining number.
  ['\\b[0-9a-f]*[0-9][0-9a-f]*\\b', '<n>'],
  ['\\d+', '<n>'],
  ['\\s+', ' '],
];

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** SQL expression: the normalised text of a string expression. */
export function normalizedSql(expr: string): string {
  let sql = `lower(${expr})`;
  for (const [pattern, replacement] of RULES) sql = `replaceRegexpAll(${sql}, ${quote(pattern)}, ${quote(replacement)})`;
  return `trimBoth(${sql})`;
}

/**
 * SQL expression: the normalised failure text (type, first line of the message, top three stack
 * frames) and its 16-hex-digit fingerprint, from the test_results columns of the given table alias.
 */
export function failureTextSql(alias: string): string {
  const a = alias;
  const firstLine = `substring(splitByChar('\\n', ${a}.message)[1], 1, 500)`;
  const topFrames = `arrayStringConcat(arraySlice(arrayFilter(l -> trimBoth(l) != '', splitByChar('\\n', ${a}.stack)), 1, 4), ' | ')`;
  return normalizedSql(`concat(${a}.failure_type, ' | ', ${firstLine}, ' | ', substring(${topFrames}, 1, 1500))`);
}

export function fingerprintSql(textExpr: string): string {
  return `lower(hex(sipHash64(${textExpr})))`;
}
