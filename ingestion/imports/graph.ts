// The import graph of one checkout, as `signalhouse upload imports` sends it and POST /v1/imports
// receives it: every scanned file with the repository files it imports (already resolved: imports of
// outside packages are not in it). The service, not the client, turns it into reach (reach.ts), so the
// wire carries the graph (about one entry per import) rather than its closure.

export interface ImportedFile {
  /** Repository-relative, '/'-separated: `src/invoicing/rounding.ts`. */
  path: string;
  /** A test file by its language's convention (test-files.ts): where reach starts. */
  test: boolean;
  /** Repository files this file depends on directly, repository-relative; never itself. */
  imports: string[];
  /**
   * Test functions the test file declares, where its language's reports name a test without its file
   * (Go: `TestXxx` of package `…/inventory`); absent otherwise.
   */
  tests?: string[];
}

export interface ImportScan {
  files: ImportedFile[];
}

/** One row of code_reach: `testFile` reaches `file` through `hops` imports (1 = directly). */
export interface ReachRow {
  testFile: string;
  file: string;
  hops: number;
}
