/** Headless Chromium (the system's, driven by playwright-core) for the dashboard's browser tests. */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
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
