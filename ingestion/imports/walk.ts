import { glob } from 'tinyglobby';

// The files of a checkout an import scan reads: sources of the languages it understands, and the build
// files that say how imports resolve (go.mod, package.json). Folders that hold other people's code or
// build output are not walked: what they contain is not the repository's own code, and their size
// would dominate the scan (a node_modules folder holds 100× the project's files).

/** Extensions of the files parsed for imports (see scan.ts for which language reads which). */
export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'py', 'go', 'java', 'kt'] as const;

const SKIPPED_FOLDERS = [
  'node_modules', 'bower_components', 'jspm_packages', // JS packages
  'vendor', 'third_party', // vendored Go/PHP/C code
  'build', 'dist', 'target', 'out', // build output (Gradle, bundlers, Maven, tsc)
  'venv', 'site-packages', '__pycache__', // Python virtualenvs (others are found by their pyvenv.cfg)
];

const MANIFESTS = new Set(['go.mod', 'package.json', 'pnpm-workspace.yaml']);

/** A file that says how imports resolve: its text is read whole. */
export function isManifest(path: string): boolean {
  const name = baseName(path);
  return MANIFESTS.has(name) || isTsConfig(name);
}

/** tsconfig.json, jsconfig.json and the configs they extend (tsconfig.base.json, tsconfig.app.json…). */
export function isTsConfig(name: string): boolean {
  return /^[tj]sconfig(?:\.[\w.-]+)?\.json$/.test(name);
}

export interface WalkedFiles {
  /** Repository-relative, '/'-separated, sorted: files to parse, and JSON files imports may name. */
  files: string[];
  /** go.mod, package.json, pnpm-workspace.yaml, tsconfig*.json, jsconfig*.json: how imports resolve. */
  manifests: string[];
}

export async function walkCheckout(root: string): Promise<WalkedFiles> {
  const found = await glob([`**/*.{${SOURCE_EXTENSIONS.join(',')},json}`, '**/go.mod', '**/pnpm-workspace.yaml', '**/pyvenv.cfg'], {
    cwd: root,
    // Dot folders (.git, .venv, .tox, .next, .gradle) are tool state, not sources.
    dot: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: SKIPPED_FOLDERS.map((f) => `**/${f}/**`),
  });
  // A virtualenv under any name: the folder that holds pyvenv.cfg (PEP 405). Not the root itself: a
  // checkout someone made a virtualenv in still has its own sources beside it.
  const venvs = found.filter((f) => f.endsWith('/pyvenv.cfg')).map((f) => f.slice(0, -'pyvenv.cfg'.length));
  const kept = found.filter((f) => !f.endsWith('pyvenv.cfg') && !venvs.some((v) => f.startsWith(v))).sort();
  return {
    files: kept.filter((f) => !isManifest(f) || f.endsWith('.json')),
    manifests: kept.filter(isManifest),
  };
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
