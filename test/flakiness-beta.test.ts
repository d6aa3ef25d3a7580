import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile } from '../models/flakiness/beta.ts';

describe('Beta distribution', () => {
  it('matches closed forms', () => {
    // Beta(1,1) is uniform; Beta(2,1) has CDF x²; Beta(1,3) has CDF 1-(1-x)³.
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 10);
    expect(betaCdf(0.5, 2, 1)).toBeCloseTo(0.25, 10);
    expect(betaCdf(0.2, 1, 3)).toBeCloseTo(1 - 0.8 ** 3, 10);
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 8);
  });

  it('matches known quantiles of skewed posteriors', () => {
    // Reference values from scipy.stats.beta.ppf (SciPy 1.x).
    expect(betaQuantile(0.975, 2.5, 98.5)).toBeCloseTo(0.06260584878481136, 9);
    expect(betaQuantile(0.025, 0.5, 50)).toBeCloseTo(9.869868020451076e-6, 11);
    expect(betaQuantile(0.05, 3.5, 20)).toBeCloseTo(0.04978054386858559, 9);
    expect(betaQuantile(0.5, 50, 50)).toBeCloseTo(0.5, 8);
  });
});
