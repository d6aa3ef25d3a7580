import { describe, expect, it } from 'vitest';
import { changeRisk, fitChangeCalibration, SHAPE_PRECISIONS, type ChangeSummary } from '../models/risk/calibration.ts';
import { changeShapeOf, isIntegrationBranch, isSourceFile, NO_SHAPE } from '../models/risk/change-shape.ts';
import { Rng } from '../tools/history/prng.ts';

// The change's own shape as riskScore's change-level model sees it (issue 15, item 3): size, diffusion
// and "touches no source", the predictors of defect-inducing changes in just-in-time defect prediction,
// and merge-queue groups counted with the default branch as integrations of reviewed work.

describe('source files, across the layouts real repositories use', () => {
  it('counts product code as source, and tests, docs and CI housekeeping not', () => {
    const source = [
      'services/billing/src/main/java/com/acme/billing/Invoice.java',
      'src/invoicing/rounding.ts',
      'pkg/ledger/ledger.go',
      'shop/payments/fees.py',
      'libs/common/pom.xml',
      'package.json',
      'Makefile',
    ];
    const notSource = [
      'services/billing/src/test/java/com/acme/billing/InvoiceTest.java',
      'test/invoicing/TotalsTest.test.ts',
      'src/invoicing/rounding.spec.ts',
      'pkg/ledger/ledger_test.go',
      'pkg/ledger/testdata/golden.json',
      'tests/conftest.py',
      'tests/payments/test_fees.py',
      'src/__tests__/cart.tsx',
      'docs/architecture.md',
      'README.md',
      'services/billing/docs/diagram.png',
      '.github/workflows/ci.yml',
      '.gitlab-ci.yml',
      'CODEOWNERS',
      '.gitignore',
    ];
    for (const p of source) expect(isSourceFile(p), p).toBe(true);
    for (const p of notSource) expect(isSourceFile(p), p).toBe(false);
  });

  it('sizes a change by its source files, their lines and folders; a change of tests and docs only touches no source', () => {
    expect(
      changeShapeOf([
        { path: 'src/invoicing/rounding.ts', added: 10, removed: 2 },
        { path: 'src/invoicing/totals.ts', added: 1, removed: 1 },
        { path: 'src/shipping/zones.ts', added: 30, removed: 0 },
        { path: 'test/invoicing/TotalsTest.test.ts', added: 300, removed: 0 },
        { path: 'docs/invoicing.md', added: 40, removed: 4 },
      ]),
    ).toEqual({ sourceFiles: 3, sourceLines: 44, sourceDirs: 2, noSource: false });
    expect(
      changeShapeOf([
        { path: 'test/invoicing/TotalsTest.test.ts', added: 300, removed: 0 },
        { path: 'README.md', added: 3, removed: 1 },
      ]),
    ).toEqual({ sourceFiles: 0, sourceLines: 0, sourceDirs: 0, noSource: true });
    // No files (a request that names none): nothing known, not "no source".
    expect(changeShapeOf([])).toEqual(NO_SHAPE);
  });
});

describe('integration commits', () => {
  it("are pushes to the default branch and GitHub merge-queue groups bound for it, not work branches or another base's queue", () => {
    for (const b of ['main', 'master', 'refs/heads/main', 'gh-readonly-queue/main/pr-1187-5ff5f6840dcdd95bb6108a8acd6720b02dab5d3c']) expect(isIntegrationBranch(b), b).toBe(true);
    for (const b of [undefined, '', 'feature/SHOP-6049-common-events', 'gh-readonly-queue/release-2.x/pr-12-abc123', 'main-backup']) expect(isIntegrationBranch(b), String(b)).toBe(false);
  });
});

describe("the change-level model fits the change's shape under its own evidence-chosen prior", () => {
  const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

  /**
   * Changes whose per-test summary (λ, pmax) says nothing about them, with sizes spread as in real
   * repositories (files log-normal around 2, ~40 lines a file, a folder per two files, a tenth of
   * them tests and docs only). `effect` says how faultiness depends on the shape: through the source
   * lines (and never for a change without source), or not at all.
   */
  function changes(n: number, seed: number, effect: boolean): (ChangeSummary & { p: number })[] {
    const rng = Rng.derive(seed, 'risk-change-shape', effect ? 'effect' : 'none');
    return Array.from({ length: n }, () => {
      const lr = -2 + normal(rng);
      const lambda = -Math.log1p(-1 / (1 + Math.exp(-lr)));
      const pmax = 1 / (1 + Math.exp(5 - normal(rng)));
      const noSource = rng.next() < 0.1;
      const sourceFiles = noSource ? 0 : Math.max(1, Math.round(Math.exp(0.7 + 0.8 * normal(rng))));
      const sourceLines = noSource ? 0 : Math.round(sourceFiles * 40 * Math.exp(0.6 * normal(rng)));
      const sourceDirs = noSource ? 0 : Math.max(1, Math.round(sourceFiles / 2));
      const shape = { sourceFiles, sourceLines, sourceDirs, noSource };
      const logOdds = effect ? (noSource ? -9 : -7 + Math.log1p(sourceLines)) : -2.6;
      const p = 1 / (1 + Math.exp(-logOdds));
      return { lambda, pmax, onDefaultBranch: false, shape, p, faulty: rng.next() < p };
    });
  }
  const risk = (cal: ReturnType<typeof fitChangeCalibration>, c: ChangeSummary) => changeRisk(cal, c.lambda, c.pmax, c.onDefaultBranch, c.reached, c.shape);
  function skill(cal: ReturnType<typeof fitChangeCalibration> | null, test: readonly (ChangeSummary & { p: number })[]): number {
    const rate = test.filter((c) => c.faulty).length / test.length;
    // cal null: the true probabilities, the best any score can do.
    const b = test.reduce((s, c) => s + ((cal ? risk(cal, c) : c.p) - (c.faulty ? 1 : 0)) ** 2, 0) / test.length;
    return 1 - b / (rate * (1 - rate));
  }

  it('learns that larger changes break more, and that changes without source rarely do, and beats the rate on unseen changes', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const cal = fitChangeCalibration(changes(800, seed, true));
      expect(cal.shapePrecision).toBeLessThan(SHAPE_PRECISIONS[SHAPE_PRECISIONS.length - 1]!);
      // Size shows in the lines' weight or the files' (they go together), and "no source" lowers the risk.
      expect(cal.shape!.lines + cal.shape!.files).toBeGreaterThan(0.1);
      expect(cal.shape!.noSource).toBeLessThan(0);
      const test = changes(4000, 100 + seed, true);
      // Most of what the true probabilities score (in hindsight) is kept.
      expect(skill(null, test)).toBeGreaterThan(0.03);
      expect(skill(cal, test)).toBeGreaterThan(0.5 * skill(null, test));
      const small = { ...test[0]!, shape: { sourceFiles: 1, sourceLines: 5, sourceDirs: 1, noSource: false } };
      const large = { ...small, shape: { sourceFiles: 12, sourceLines: 900, sourceDirs: 6, noSource: false } };
      const docs = { ...small, shape: { sourceFiles: 0, sourceLines: 0, sourceDirs: 0, noSource: true } };
      expect(risk(cal, large)).toBeGreaterThan(1.5 * risk(cal, small));
      expect(risk(cal, docs)).toBeLessThan(risk(cal, small));
    }
  });

  it('leaves the shape out when it tells nothing, scoring about as well as the rate', () => {
    let lost = 0;
    let shapeLeftOut = 0;
    const seeds = 10;
    for (let seed = 1; seed <= seeds; seed++) {
      const cal = fitChangeCalibration(changes(500, seed, false));
      if (cal.shapePrecision! >= 1_000) shapeLeftOut++;
      const test = changes(4000, 100 + seed, false);
      const rate = (cal.faulty + 0.5) / (cal.commits + 1);
      const constant = skill({ ...cal, a: Math.log(rate / (1 - rate)), b: 0, c: 0, d: 0, e: 0, shape: { files: 0, lines: 0, dirs: 0, noSource: 0 } }, test);
      lost += constant - skill(cal, test);
    }
    expect(shapeLeftOut).toBeGreaterThanOrEqual(7);
    expect(lost / seeds).toBeLessThan(0.005);
  });

  it('without recorded changes (every shape empty) keeps the shape weights at 0', () => {
    const cal = fitChangeCalibration(changes(500, 1, true).map((c) => ({ ...c, shape: NO_SHAPE })));
    expect(cal.shape).toEqual({ files: 0, lines: 0, dirs: 0, noSource: 0 });
  });
});
