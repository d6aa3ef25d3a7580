import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { REPO_ROOT } from './service-process.ts';

// Headless Chromium for tests that look at a page the way a reader does. The project installs it
// (scripts/browser/ensure-chromium.sh: Debian's chromium and poppler-utils). Under CI=true a missing
// browser fails the test run; elsewhere the browser tests are skipped, loudly.

const run = promisify(execFile);

/** The browser's path, or null (with the reason printed) when there is none and this is not CI. */
export function chromiumOrSkip(): string | null {
  try {
    return execFileSync('bash', [join(REPO_ROOT, 'scripts/browser/ensure-chromium.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 }).trim();
  } catch (e) {
    if (process.env.CI === 'true') throw new Error(`CI=true and no headless chromium: ${(e as Error).message}`);
    process.stderr.write('\n*** SKIPPING browser tests: no headless chromium (run scripts/browser/ensure-chromium.sh as root) ***\n\n');
    return null;
  }
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--hide-scrollbars', '--allow-file-access-from-files'];

/** Renders a local HTML file to a PNG screenshot of the given window size. */
export async function screenshot(browser: string, htmlFile: string, png: string, size = '1200,2600'): Promise<void> {
  await run(browser, [...FLAGS, `--window-size=${size}`, `--screenshot=${png}`, `file://${htmlFile}`], { timeout: 120_000 });
}

/** Prints a local HTML file to PDF as the browser's print does, and returns the PDF's text and page count. */
export async function printedText(browser: string, htmlFile: string, pdf: string): Promise<{ text: string; pages: number }> {
  await run(browser, [...FLAGS, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { timeout: 120_000 });
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return { text, pages: text.split('\f').filter((p) => p.trim() !== '').length };
}
