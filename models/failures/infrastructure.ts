// What an infrastructure failure looks like, as case-insensitive RE2 patterns over a failure's type,
// message and stack. Strong signs name the machine, not the code (out of memory, a lost runner, DNS,
// a full disk): one is enough. Weak signs (timeouts, refused or reset connections) are also what a
// flaky test or a real bug produces, so they count as infrastructure only when the run shows it
// (several such failures in one run, a mass failure, or the CI system reporting an error).

export const STRONG_INFRA_PATTERNS = [
  'out ?of ?memory', 'outofmemoryerror', 'oomkilled', 'cannot allocate memory', 'killed \\(signal 9\\)', 'exit code 137',
  'no space left on device', 'too many open files', 'disk quota exceeded',
  'runner (?:has )?(?:lost|received a shutdown)', 'lost communication with the server', 'agent (?:lost|disconnected)',
  'the (?:job|runner) was (?:cancelled|terminated)', 'executor (?:lost|died)',
  'temporary failure in name resolution', 'name or service not known', 'eai_again', 'enotfound', 'unknownhostexception',
  'getaddrinfo', 'could not resolve host', 'nodename nor servname', '\\bdns (?:lookup|resolution|error|failure)',
  'docker daemon', 'cannot connect to the docker', 'image pull', 'toomanyrequests', 'rate limit exceeded',
  'segmentation fault', 'core dumped', 'terminated by another process', 'sigkill', "worker '[^']*' crashed",
];

export const WEAK_INFRA_PATTERNS = [
  'timed? ?out', 'timeout', 'deadline exceeded', 'etimedout', 'sockettimeoutexception',
  'connection refused', 'econnrefused', 'connectexception', 'connection reset', 'econnreset', 'broken pipe', 'epipe',
  'service unavailable', '\\b503\\b', '\\b502\\b', 'bad gateway', 'no route to host', 'network is unreachable',
];

/** SQL: does the failure text match any of the patterns (one combined RE2 alternation)? */
export function matchesSql(textExpr: string, patterns: string[]): string {
  const re = `(?i)(?:${patterns.join('|')})`;
  return `match(${textExpr}, '${re.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}')`;
}
