/** Headless Chromium (the system's, driven by playwright-core) for the dashboard's browser tests. */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** `npm test` (scripts/provision.sh) installs Chromium where missing and exports where it found it. */
export const CHROMIUM = process.env.AGENT_FANOUT_CHROMIUM || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run the tests with \`npm test\`, which installs it, or apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/**
 * Polls a JavaScript expression in the page until it is true, within a bound. (`waitForFunction`
 * with a string evaluates it with `eval`, which the page's Content-Security-Policy rightly forbids.)
 */
export async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`page never satisfied: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
