import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJunit } from '../ingestion/junit/parse.ts';
import { stemOf } from '../models/risk/paths.ts';
import { parseCliArgs } from '../tools/history/cli.ts';
import { DEFAULT_OPTIONS, generateHistory, HistoryOptionsError, type HistoryOptions } from '../tools/history/generate.ts';
import type { GroundTruth } from '../tools/history/ground-truth.ts';
import type { Layout } from '../tools/history/layouts.ts';
import { parseManifestLine, type ManifestEntry } from '../tools/history/manifest.ts';

// The repository layouts of `npm run generate -- --layout`: each layout's files really have its shape,
// its reports are read by the service's own JUnit parser into the ground truth's test ids, and the
// default layout writes, for a seed, exactly what the generator wrote before layouts existed.

const SMALL: Omit<HistoryOptions, 'out'> = {
  ...DEFAULT_OPTIONS,
  days: 8,
  tests: 200,
  files: 60,
  commitsPerDay: 12,
  regressionRate: 0.15,
  seed: 4,
};

const root = mkdtempSync(join(tmpdir(), 'signalhouse-layouts-'));

interface History {
  dir: string;
  truth: GroundTruth;
  manifest: ManifestEntry[];
}

async function history(over: Partial<HistoryOptions>, name: string): Promise<History> {
  const dir = join(root, name);
  await generateHistory({ ...SMALL, ...over, out: dir });
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trimEnd().split('\n').map((l, i) => parseManifestLine(l, i + 1));
  return { dir, truth, manifest };
}

/** One digest over everything a history directory holds, reports included, in a fixed order. */
function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of ['manifest.jsonl', 'ground-truth.json', 'failure-causes.jsonl']) h.update(readFileSync(join(dir, f)));
  for (const f of readdirSync(join(dir, 'junit')).sort()) h.update(f).update(readFileSync(join(dir, 'junit', f)));
  return h.digest('hex');
}

const LAYOUTS: Exclude<Layout, 'monorepo'>[] = ['beside', 'mirrored', 'maven', 'go', 'python'];
const h = {} as Record<Exclude<Layout, 'monorepo'>, History>;

beforeAll(async () => {
  for (const l of LAYOUTS) h[l] = await history({ layout: l }, l);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const sources = (x: History) => x.truth.files.filter((f) => f.kind === 'source').map((f) => f.path);
const testFiles = (x: History) => [...new Set(x.truth.tests.map((t) => t.file))];
const dir = (path: string) => path.slice(0, path.lastIndexOf('/'));
const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

describe('history layouts (--layout)', () => {
  it('writes, by default, byte for byte the history of the generator before layouts', async () => {
    // Digest of this very history written by commit 7badc8d (before --layout), from an export of that commit.
    const before = 'c6e9366cec5bcf8d02629fd2c5e96dc9588eb1fd1bfc887b91c5118b4000f522';
    const plain = await history({ seed: 9, days: 5, tests: 150, files: 50, commitsPerDay: 10 }, 'monorepo');
    const explicit = await history({ seed: 9, days: 5, tests: 150, files: 50, commitsPerDay: 10, layout: 'monorepo' }, 'monorepo-explicit');
    expect(digest(explicit.dir)).toBe(digest(plain.dir));
    expect(digest(plain.dir)).toBe(before);
    expect(plain.truth.options.layout).toBeUndefined();
  }, 60_000);

  it('beside: TypeScript tests sit next to their source, src/<area>/x.test.ts beside src/<area>/x.ts', () => {
    const x = h.beside;
    const src = new Set(sources(x));
    for (const p of src) expect(p).toMatch(/^src\/\w+\/\w+\.tsx?$/);
    for (const t of x.truth.tests) {
      expect(t.file).toMatch(/^src\/\w+\/\w+(\.int)?\.test\.tsx?$/);
      const subject = t.file.replace(/(\.int)?\.test\./, '.');
      expect(src.has(subject), t.file).toBe(true);
      expect(t.dependsOn).toContain(subject);
      expect(t.suite).toBe(t.file);
    }
  });

  it('mirrored: tests live under test/<area>/, many named unlike every source they depend on', () => {
    const x = h.mirrored;
    for (const p of sources(x)) expect(p).toMatch(/^src\/\w+\/\w+\.tsx?$/);
    const files = testFiles(x);
    for (const f of files) expect(f).toMatch(/^test\/\w+\/\w+(\.int)?\.test\.tsx?$/);
    const depsOf = new Map(x.truth.tests.map((t) => [t.file, t.dependsOn] as const));
    const unlike = files.filter((f) => {
      const deps = depsOf.get(f)!.filter((p) => p.startsWith('src/'));
      // The test's area is its source's area: the folder under test/ mirrors the one under src/.
      expect(deps.some((p) => dir(p).slice('src/'.length) === dir(f).slice('test/'.length))).toBe(true);
      return deps.every((p) => stemOf(base(p)) !== stemOf(base(f)));
    });
    expect(unlike.length / files.length).toBeGreaterThan(0.35);
    expect(unlike.length).toBeLessThan(files.length);
  });

  it('maven: a reactor of modules, a/src/test/java/com/acme/a/XTest.java covering a/src/main/java/com/acme/a/X.java, tests reaching into other modules', () => {
    const x = h.maven;
    for (const p of sources(x)) expect(p).toMatch(/^(\w+)\/src\/main\/java\/com\/acme\/\1\/\w+\.java$/);
    let crossModule = 0;
    for (const t of x.truth.tests) {
      const m = /^(\w+)\/src\/test\/java\/com\/acme\/\1\/(\w+?)(Integration)?Test\.java$/.exec(t.file);
      expect(m, t.file).not.toBeNull();
      expect(t.dependsOn).toContain(`${m![1]}/src/main/java/com/acme/${m![1]}/${m![2]}.java`);
      expect(t.className).toBe(`com.acme.${m![1]}.${base(t.file).replace('.java', '')}`);
      if (t.dependsOn.some((p) => p.endsWith('.java') && !p.startsWith(`${m![1]}/`))) crossModule++;
    }
    expect(crossModule / x.truth.tests.length).toBeGreaterThan(0.2);
  });

  it('go: x_test.go in its package folder, dependencies within and beyond the package, go-junit-report naming', () => {
    const x = h.go;
    const src = sources(x);
    for (const p of src) expect(p).toMatch(/^pkg\/\w+\/\w+\.go$/);
    for (const p of src) expect(p.endsWith('_test.go')).toBe(false);
    let partial = 0;
    let inLargePackages = 0;
    for (const t of x.truth.tests) {
      expect(t.file).toMatch(/^pkg\/\w+\/\w+_test\.go$/);
      const subject = t.file.replace(/(_integration)?_test\.go$/, '.go');
      expect(t.dependsOn).toContain(subject);
      // What a test exercises: its subject and some of its package, not the whole package alike.
      const packageSources = src.filter((s) => dir(s) === dir(t.file));
      if (packageSources.length > 4) {
        inLargePackages++;
        partial += t.dependsOn.filter((p) => packageSources.includes(p)).length < packageSources.length ? 1 : 0;
      }
      expect(t.className).toBe(`github.com/acme/shop/${dir(t.file)}`);
      expect(t.suite).toBe(t.className);
      expect(t.name).toMatch(/^Test\w+(\/[\w.-]+)?$/);
    }
    expect(inLargePackages).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(inLargePackages / 2);
  });

  it('python: tests/<area>/test_x.py covering pkg/<area>/x.py, pytest classnames', () => {
    const x = h.python;
    for (const p of sources(x)) expect(p).toMatch(/^pkg\/\w+\/\w+\.py$/);
    for (const t of x.truth.tests) {
      const m = /^tests\/(\w+)\/test_(\w+?)(_integration)?\.py$/.exec(t.file);
      expect(m, t.file).not.toBeNull();
      expect(t.dependsOn).toContain(`pkg/${m![1]}/${m![2]}.py`);
      expect(t.className).toMatch(new RegExp(`^tests\\.${m![1]}\\.${base(t.file).replace('.py', '')}(\\.Test\\w+)?$`));
      expect(t.suite).toBe('pytest');
    }
  });

  it('every layout: its reports parse into the ground truth’s tests, and regressions break tests named unlike the broken file', () => {
    for (const l of LAYOUTS) {
      const x = h[l];
      const ids = new Set(x.truth.tests.map((t) => t.testId));
      expect(x.truth.runners.length, l).toBe(1);
      const seen = new Set<string>();
      let failed = 0;
      for (const e of x.manifest.filter((_, i) => i % 5 === 0)) {
        for (const r of e.reports) {
          const report = parseJunit(readFileSync(join(x.dir, r)), { repo: x.truth.repo, fileName: r });
          for (const row of report.results) {
            expect(ids.has(row.testId), `${l}: ${row.className} ${row.name}`).toBe(true);
            seen.add(row.testId);
            if (row.status === 'failed' || row.status === 'errored') failed++;
          }
        }
      }
      expect(seen.size, l).toBeGreaterThan(ids.size * 0.5);
      expect(failed, l).toBeGreaterThan(0);
      // The dependency graph reaches beyond names: some broken test shares no stem with the broken file.
      const fileOf = new Map(x.truth.tests.map((t) => [t.testId, t.file] as const));
      const farBroken = x.truth.regressions.filter((r) => r.brokenTests.some((b) => stemOf(base(fileOf.get(b.testId)!)) !== stemOf(base(r.files[0]!))));
      expect(farBroken.length, l).toBeGreaterThan(0);
    }
  });

  it('outages hit the one runner of a single-language layout', () => {
    for (const l of LAYOUTS) {
      const runner = h[l].truth.runners[0]!.id;
      for (const o of h[l].truth.outages) expect(o.runners).toEqual([runner]);
    }
  });

  it('validates --layout', async () => {
    await expect(generateHistory({ ...SMALL, out: join(root, 'never'), layout: 'gradle' as never })).rejects.toThrow(HistoryOptionsError);
    await expect(generateHistory({ ...SMALL, out: join(root, 'never'), layout: 'gradle' as never })).rejects.toThrow(/--layout must be one of monorepo, beside, mirrored, maven, go, python/);
    const parsed = parseCliArgs(['--out', 'x', '--layout', 'go']);
    expect(parsed !== 'help' && parsed.opts.layout).toBe('go');
  });
});
