import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanCheckout } from '../ingestion/imports/scan.ts';
import { buildCheckout, HIDDEN_CROSS_AREA_SHARE, writeCheckout } from '../tools/history/checkout.ts';
import { codebaseOf, DEFAULT_OPTIONS, generateHistory, type HistoryOptions } from '../tools/history/generate.ts';
import { LAYOUTS, layoutSpec } from '../tools/history/layouts.ts';

// The generator's checkout (tools/history/checkout.ts): the code base as files whose imports realise
// the dependency graph, minus what a scanner cannot see; drawn from its own random stream, so a history
// is byte for byte the same with or without it.

const SMALL: Omit<HistoryOptions, 'out'> = { ...DEFAULT_OPTIONS, days: 4, tests: 300, files: 80, commitsPerDay: 10, regressionRate: 0.15, seed: 7 };
const root = mkdtempSync(join(tmpdir(), 'signalhouse-checkout-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under dir (relative path → sha256), except under `skip`. */
function tree(dir: string, skip = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (rel === skip) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.set(rel, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('generator checkout', () => {
  it('leaves the history unchanged: same files with and without the checkout, for every layout kind', async () => {
    for (const layout of ['monorepo', 'go'] as const) {
      const withIt = join(root, `${layout}-with`);
      const without = join(root, `${layout}-without`);
      await generateHistory({ ...SMALL, layout, out: withIt });
      await generateHistory({ ...SMALL, layout, checkout: false, out: without });
      expect(existsSync(join(withIt, 'checkout'))).toBe(true);
      expect(existsSync(join(without, 'checkout'))).toBe(false);
      const a = tree(withIt, 'checkout');
      const b = tree(without);
      expect(a.size).toBeGreaterThan(10);
      expect([...a]).toEqual([...b]);
      // The checkout written beside the history is the one generateCheckout builds alone.
      const files = tree(join(withIt, 'checkout'));
      const again = buildCheckout(codebaseOf({ ...SMALL, layout }), layoutSpec(layout), SMALL.seed);
      expect([...files.keys()].sort()).toEqual(again.files.map((f) => f.path).sort());
      for (const f of again.files) expect(files.get(f.path)).toBe(createHash('sha256').update(f.text).digest('hex'));
    }
  }, 120_000);

  it('is deterministic for a seed and differs between seeds', () => {
    const cb = codebaseOf({ ...SMALL, layout: 'python' });
    const a = buildCheckout(cb, layoutSpec('python'), 7);
    const b = buildCheckout(codebaseOf({ ...SMALL, layout: 'python' }), layoutSpec('python'), 7);
    expect(b.files).toEqual(a.files);
    const c = buildCheckout(cb, layoutSpec('python'), 8);
    expect(c.files).not.toEqual(a.files);
  });

  for (const layout of LAYOUTS) {
    it(`${layout}: every test file refers to its tests' dependencies except the hidden ones, which a scanner cannot see`, () => {
      const cb = codebaseOf({ ...SMALL, layout });
      const co = buildCheckout(cb, layoutSpec(layout), SMALL.seed);
      const text = new Map(co.files.map((f) => [f.path, f.text] as const));
      let cross = 0;
      let crossHidden = 0;
      for (const tf of cb.testFiles) {
        const path = cb.files[tf.file]!.path;
        const deps = new Set<string>();
        for (const t of tf.tests) for (const f of cb.tests[t]!.dependsOn) if (f !== tf.file) deps.add(cb.files[f]!.path);
        const refers = new Set(co.refers.get(path) ?? []);
        const hidden = co.hidden.get(path) ?? [];
        for (const h of hidden) {
          expect(refers.has(h)).toBe(false);
          expect(deps.has(h)).toBe(true);
        }
        // Every dependency is either referred to (Go: by a name its file declares) or hidden, nothing more.
        for (const d of deps) expect(refers.has(d) || hidden.includes(d)).toBe(true);
        expect(refers.size + hidden.length).toBe(deps.size);
        for (const d of deps) {
          const f = cb.files.find((x) => x.path === d)!;
          if (f.kind === 'build' || f.kind === 'schema') expect(hidden).toContain(d);
          const shared = cb.modules.find((m) => m.spec.name === f.module)?.spec.shared;
          if (f.kind === 'source' && f.module !== tf.module && !shared) {
            cross++;
            if (hidden.includes(d)) crossHidden++;
          }
        }
        // The test file's text names what it refers to in its language: a Go package by its import
        // path (its own package's files need none), a module or class by its name.
        const own = text.get(path)!;
        const dir = (p: string) => p.slice(0, p.lastIndexOf('/'));
        for (const r of refers) {
          if (layout === 'go') {
            if (dir(r) !== dir(path)) expect(own).toContain(`"github.com/acme/shop/${dir(r)}"`);
          } else {
            expect(own).toContain(r.slice(r.lastIndexOf('/') + 1).split('.')[0]!);
          }
        }
      }
      if (cross >= 10) {
        expect(crossHidden / cross).toBeGreaterThan(HIDDEN_CROSS_AREA_SHARE - 0.25);
        expect(crossHidden / cross).toBeLessThan(HIDDEN_CROSS_AREA_SHARE + 0.25);
      }
    });
  }

  for (const layout of LAYOUTS) {
    it(`${layout}: the service's scanner finds every planted import and none of the hidden dependencies`, async () => {
      const cb = codebaseOf({ ...SMALL, layout });
      const co = buildCheckout(cb, layoutSpec(layout), SMALL.seed);
      const dir = join(root, `scan-${layout}`);
      writeCheckout(dir, co);
      const scan = await scanCheckout(dir);
      const found = new Map(scan.files.map((f) => [f.path, f] as const));
      const testFiles = cb.testFiles.map((tf) => cb.files[tf.file]!.path);
      // Every test file is recognised as one, by its language's convention.
      for (const p of testFiles) expect(found.get(p)?.test, p).toBe(true);
      expect(scan.files.filter((f) => f.test)).toHaveLength(testFiles.length);
      for (const [p, refers] of co.refers) {
        const imports = new Set(found.get(p)?.imports ?? []);
        for (const r of refers) expect(imports.has(r), `${p} → ${r}`).toBe(true);
        // Beyond the planted edges, only what the language adds: a Java package's other classes, Python
        // package __init__ modules; Go nothing (a file depends on the files declaring the names it uses).
        const dirOf = (x: string) => x.slice(0, x.lastIndexOf('/'));
        const javaPackage = (x: string) => (x.includes('/java/') ? x.slice(x.indexOf('/java/')).replace(/\/[^/]+$/, '') : x);
        for (const i of imports) {
          if (refers.includes(i)) continue;
          const ok = i.endsWith('/__init__.py') || (!p.endsWith('.go') && dirOf(i) === dirOf(p)) || (i.endsWith('.java') && javaPackage(i) === javaPackage(p));
          expect(ok, `${p} → ${i} was not planted`).toBe(true);
        }
      }
      for (const [p, hidden] of co.hidden) {
        const imports = new Set(found.get(p)?.imports ?? []);
        for (const h of hidden) expect(imports.has(h), `${p} → hidden ${h}`).toBe(false);
      }
    });
  }
});
