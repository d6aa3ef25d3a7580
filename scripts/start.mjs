// `npm start`: the service as plain JavaScript. The TypeScript sources are bundled by esbuild into
// .cache/start/ (about a second, and only when a source changed), then run without a module loader.
// Under `node --import tsx` every thread that loads TypeScript — the main thread and each decode
// worker — carries tsx's module-hook thread and esbuild's transform results: 45–55 MiB of resident
// memory each (an idle service after warm-up went from 504–534 to 433–438 MiB), and a decode worker
// replaced after a large request paid the transform again. Development, the CLI and the in-process
// tests still run the sources through tsx; this is how users run the service.
//
// package.json runs this with `--max-semi-space-size=4` (V8's young generation, per thread; Node 20's
// default grows to 16 MiB per semi-space): the service moves bytes to the engine and keeps little in
// JavaScript, and `bench junit` measured idle 405 → 381 MiB and the upload peak 662–700 → 601–628 MiB
// with it, at the same throughput. The Dockerfile's CMD is the same command.
//
//   node scripts/start.mjs [service arguments]   build if needed, then run the service
//   node scripts/start.mjs --build-only          build if needed (the container image does this)
import { build, version as esbuildVersion } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.cache', 'start');
const SOURCE_DIRS = ['src', 'ingestion', 'models'];

/** Names, sizes and times of every source file, the esbuild version and this script: changes when a build would. */
function sourcesStamp() {
  const hash = createHash('sha256').update(esbuildVersion).update(readFileSync(fileURLToPath(import.meta.url)));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const st = statSync(path);
        hash.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return hash.digest('hex');
}

/**
 * Modules find their files (migrations, .proto files, package.json) relative to their own URL. In a
 * bundle every module would share the bundle's URL, so each keeps the URL of its source file.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|mjs)$/ }, (args) => {
      if (args.path.startsWith(join(root, 'node_modules'))) return undefined;
      const text = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: args.path.endsWith('.mjs') ? 'js' : 'ts' };
    });
  },
};

/** Writes a file aside, then renames it: another `npm start` building the same files never sees half of one. */
function writeAtomically(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

async function buildIfChanged() {
  const stampFile = join(outDir, 'sources.sha256');
  const stamp = sourcesStamp();
  let built = '';
  try {
    built = readFileSync(stampFile, 'utf8');
  } catch {
    // never built here
  }
  if (built === stamp) return;
  mkdirSync(outDir, { recursive: true });
  const worker = join(outDir, 'decode-worker.mjs');
  // Both entries in one build: code they share goes to common chunks, and a dynamic import() (kafkajs,
  // loaded only when Kafka ingestion starts) stays a chunk of its own, loaded when it is called.
  // Packages stay imports of node_modules, resolved from .cache/start/ as from the sources.
  const result = await build({
    entryPoints: { main: join(root, 'src/main.ts'), 'decode-worker': join(root, 'src/decode/worker.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    define: { SIGNALHOUSE_BUNDLED_WORKER: JSON.stringify(pathToFileURL(worker).href) },
    plugins: [ownImportMetaUrl],
    logLevel: 'warning',
  });
  // Chunks are named by their content's hash: two builds of the same sources write the same files.
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  writeAtomically(stampFile, stamp);
}

const buildOnly = process.argv[2] === '--build-only';
await buildIfChanged();
if (!buildOnly) await import(pathToFileURL(join(outDir, 'main.mjs')).href);
