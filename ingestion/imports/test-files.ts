import { baseName } from './walk.ts';

// Test files by each ecosystem's own convention: what its test runner collects by default.
//   JS/TS   *.test.* and *.spec.* (Jest, Vitest, Mocha setups, Jasmine), any file under __tests__/ (Jest)
//   Python  test_*.py and *_test.py (pytest's defaults), any module under a tests/ folder but its
//           __init__.py and conftest.py (helpers there are imported by tests and reach what they reach)
//   Go      *_test.go (go test)
//   JVM     any file of a test source set (src/test/…, src/integrationTest/…, Maven/Gradle), and
//           *Test, *Tests, *IT classes (Surefire's and Failsafe's includes) wherever they are

const JS = /\.(?:test|spec)\.[cm]?[jt]sx?$/;
const JS_EXT = /\.[cm]?[jt]sx?$/;
const JVM_NAME = /(?:Test|Tests|IT|TestCase)\.(?:java|kt)$/;
/** A Gradle/Maven source set for tests: src/test/java, src/integrationTest/kotlin, src/androidTest/java… */
const JVM_TEST_SET = /(?:^|\/)src\/[A-Za-z]*[tT]est[A-Za-z]*\//;

export function isTestFile(path: string): boolean {
  const name = baseName(path);
  if (JS_EXT.test(name)) return JS.test(name) || /(?:^|\/)__tests__\//.test(path);
  if (name.endsWith('.py')) {
    if (/^test_.*\.py$/.test(name) || /_test\.py$/.test(name)) return true;
    return /(?:^|\/)tests\//.test(path) && name !== '__init__.py' && name !== 'conftest.py';
  }
  if (name.endsWith('.go')) return name.endsWith('_test.go');
  if (name.endsWith('.java') || name.endsWith('.kt')) return JVM_NAME.test(name) || isJvmTestSourceSet(path);
  return false;
}

export function isJvmTestSourceSet(path: string): boolean {
  return JVM_TEST_SET.test(path);
}
