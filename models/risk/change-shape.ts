import { DEFAULT_BRANCHES } from '../../src/store/base-commit.ts';
import { looksLikeTestFile } from './paths.ts';

// What a change looks like as a whole, apart from which tests it is near: the inputs of riskScore's
// change-level model (calibration.ts) that just-in-time defect prediction found to predict
// defect-inducing changes in real repositories (Mockus & Weiss 2000, "Predicting risk of software
// changes"; Kamei et al. 2013, "A large-scale empirical study of just-in-time quality assurance"):
//
//   size       source lines added + removed (Kamei's LA + LD) and source files touched (NF): the
//              strongest and most consistent predictor in both studies: a larger change has more
//              places to be wrong.
//   diffusion  distinct source folders touched (Kamei's ND): a change spread across the code base
//              touches more assumptions of other people's code than one of the same size in one place.
//   no source  the change touches only tests, docs and build/CI files: such changes are rarely the
//              cause of a product regression (Mockus & Weiss count only code deltas).
//   integration the change runs on the default branch or in a merge queue's group: a merge of
//              reviewed, CI-green work rather than a work-in-progress commit on a branch (calibration.ts d).
//
// Sizes count non-test, non-doc files only: a change adding a 300-line test is not a 300-line risk.
// Computed here, in TypeScript, for both a request (score.ts, from its files) and each training commit
// (train.ts, from its rows in `changes`): one implementation, so what the model was fitted on is what
// it is served.

export interface ChangeShape {
  /** Changed files that are source code (not tests, docs or build/CI files). */
  sourceFiles: number;
  /** Lines added + removed in them. */
  sourceLines: number;
  /** Distinct folders they are in. */
  sourceDirs: number;
  /** At least one file changed, none of them source code. */
  noSource: boolean;
}

export interface ChangedFile {
  path: string;
  added: number;
  removed: number;
}

/** The shape of a change with no files: nothing known, every input 0. */
export const NO_SHAPE: ChangeShape = { sourceFiles: 0, sourceLines: 0, sourceDirs: 0, noSource: false };

// Folders that hold tests whatever the file is named (fixtures, conftest.py, testdata of Go).
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testdata', 'fixtures', '__fixtures__', '__snapshots__', '__mocks__']);
const DOC_FOLDERS = new Set(['doc', 'docs', 'documentation']);
// Prose and images: never executed by a test.
const DOC_EXTENSIONS = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc|png|jpe?g|gif|svg|webp|ico|pdf)$/i;
// CI and repository housekeeping; build manifests (pom.xml, package.json, go.mod) stay source: a
// dependency bump is a classic cause of regressions.
const HOUSEKEEPING_FOLDERS = new Set(['.github', '.gitlab', '.circleci', '.buildkite', '.husky', '.vscode', '.idea']);
const HOUSEKEEPING_FILES = /^(\.gitignore|\.gitattributes|\.editorconfig|\.gitlab-ci\.yml|\.travis\.yml|jenkinsfile|codeowners|license(\..*)?|notice|changelog(\..*)?|authors|\.mailmap|\.prettierrc.*|\.eslintrc.*|\.pre-commit-config\.yaml)$/i;

/** Is the file source code that a product regression could come from (not a test, doc or CI file)? */
export function isSourceFile(path: string): boolean {
  const parts = path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  const name = parts[parts.length - 1] ?? '';
  const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
  if (name === '' || looksLikeTestFile(path)) return false;
  if (dirs.some((d) => TEST_FOLDERS.has(d) || DOC_FOLDERS.has(d) || HOUSEKEEPING_FOLDERS.has(d))) return false;
  return !DOC_EXTENSIONS.test(name) && !HOUSEKEEPING_FILES.test(name);
}

/** The change's shape from its files (the same for a request and a training commit). */
export function changeShapeOf(files: readonly ChangedFile[]): ChangeShape {
  let sourceFiles = 0;
  let sourceLines = 0;
  const dirs = new Set<string>();
  for (const f of files) {
    if (!isSourceFile(f.path)) continue;
    sourceFiles++;
    sourceLines += Math.max(0, f.added) + Math.max(0, f.removed);
    const slash = f.path.replace(/\\/g, '/').lastIndexOf('/');
    dirs.add(slash < 0 ? '' : f.path.replace(/\\/g, '/').slice(0, slash));
  }
  return { sourceFiles, sourceLines, sourceDirs: dirs.size, noSource: files.length > 0 && sourceFiles === 0 };
}

// GitHub's merge queue tests each group on a temporary branch gh-readonly-queue/<base>/pr-<n>-<sha>
// (docs.github.com, "Managing a merge queue"): a merge of reviewed pull requests onto <base>.
const MERGE_QUEUE = /^gh-readonly-queue\/(.+)\/pr-\d+-[0-9a-f]+$/;
const isDefault = (branch: string) => (DEFAULT_BRANCHES as readonly string[]).includes(branch);

/**
 * Does the change integrate reviewed work into the default branch: a push to it (in a pull-request
 * flow, a merge) or a merge-queue group bound for it? Such changes break things less often than
 * commits on a work branch; calibration.ts d says by how much, per repository.
 */
export function isIntegrationBranch(branch: string | undefined): boolean {
  if (branch === undefined || branch === '') return false;
  const ref = branch.replace(/^refs\/heads\//, '');
  if (isDefault(ref)) return true;
  const queued = MERGE_QUEUE.exec(ref);
  return queued !== null && isDefault(queued[1]!);
}
