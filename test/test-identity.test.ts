import { describe, expect, it } from 'vitest';
import { qualifiedTestName, testIdOf } from '../ingestion/test-identity.ts';

describe('test identity', () => {
  it('qualifies by class name, else by suite', () => {
    expect(qualifiedTestName('pytest', 'tests.test_a', 'test_x')).toBe('tests.test_a.test_x');
    expect(qualifiedTestName('com.acme.ATest', 'com.acme.ATest', 'works')).toBe('com.acme.ATest.works');
    expect(qualifiedTestName('s', 'mytestapp.Tests', 'mytestapp.Tests.SetTest')).toBe('mytestapp.Tests.SetTest');
    expect(qualifiedTestName('widget.test.js', '', 'Load widget')).toBe('widget.test.js.Load widget');
    expect(qualifiedTestName('', '', 'alone')).toBe('alone');
  });

  it('matches an OpenTelemetry test.case.name with the JUnit names, and differs by repo', () => {
    const junit = testIdOf('acme/shop', qualifiedTestName('com.acme.ATest', 'com.acme.ATest', 'works'));
    expect(testIdOf('acme/shop', 'com.acme.ATest.works')).toBe(junit);
    expect(testIdOf('acme/other', 'com.acme.ATest.works')).not.toBe(junit);
    expect(junit).toMatch(/^[0-9a-f]{16}$/);
    expect(testIdOf('acme/shop', '  com.acme.ATest.works\n')).toBe(junit);
  });
});
