import { CI_VARIABLES } from '../../src/cli/ci-env/index.ts';

/**
 * Environment overrides that blank every variable the CLI's CI detection reads, so a CLI test runs as
 * outside CI even when the test suite itself runs in GitHub Actions or GitLab (a blank variable counts
 * as unset). Spread it before the variables a test sets.
 */
export const NO_CI: Record<string, string> = Object.fromEntries([...CI_VARIABLES, 'CI'].map((v) => [v, '']));
