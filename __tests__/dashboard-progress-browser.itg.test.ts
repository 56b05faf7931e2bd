/**
 * The dashboard's live progress line per task, in real headless Chromium: `task-progress` events
 * appended to a live run's journal show up under the task's title as they come, as text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import type { AgentProgress } from '../src/agents/types.js';
import { startDashboard, type Dashboard } from '../src/dashboard/server.js';
import { silentLogger } from '../src/core/logger.js';
import { runInfo, startJournal, taskRecord } from './dashboard-fixtures.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { launchChromium } from './support/browser.js';
import { tempDir } from './support/fanout.js';

const INJECTION = '<img src=x onerror=alert(1)>';

let browser: Browser | undefined;
let dashboard: Dashboard | undefined;

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  cleanupTempDirs();
});

async function waitForText(page: Page, selector: string, expected: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = await page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
    if (text === expected) return;
    if (Date.now() > end) throw new Error(`${selector} shows ${JSON.stringify(text)}, expected ${JSON.stringify(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('shows a live progress line per task and updates it as progress events arrive, and a retried task\'s attempt', async () => {
  const stateDir = tempDir('fanout-dash-progress-');
  const info = runInfo(stateDir, 'run-progress', { pid: process.pid, startedAt: Date.now() });
  const journal = startJournal(stateDir, info, ['write-notes', 'quiet']);
  for (const id of ['write-notes', 'quiet']) {
    journal.write({ type: 'task-state', at: Date.now(), runId: info.id, taskId: id, status: 'running', record: taskRecord(id, { status: 'running', startedAt: Date.now() }) });
  }
  const progress = (patch: Partial<AgentProgress>): AgentProgress => ({
    turns: 1,
    toolCalls: 1,
    tool: { name: 'Write', detail: INJECTION, running: true },
    tokens: { input: 101, output: 1, cacheRead: 0, cacheCreation: 1010 },
    costUsd: 0.0067,
    final: false,
    retry: null,
    model: 'claude-opus-5-5',
    ...patch,
  });
  journal.write({ type: 'task-progress', at: Date.now(), runId: info.id, taskId: 'write-notes', progress: progress({}) });

  dashboard = await startDashboard({ port: 0, stateDir, logger: silentLogger });
  browser = await launchChromium();
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(`http://127.0.0.1:${dashboard.port}/#/run/${info.id}`);
    const line = '[data-task="write-notes"] [data-field="progress"]';
    await waitForText(page, line, `turn 1 · Write(${INJECTION}) · 1.1k tokens · ≈$0.0067`, 30_000);
    expect(await page.evaluate(`document.querySelectorAll('#tasks img').length`)).toBe(0);
    // A task that reports nothing has no line.
    expect(await page.evaluate(`document.querySelector('[data-task="quiet"] [data-field="progress"]').textContent`)).toBe('');

    journal.write({ type: 'task-progress', at: Date.now(), runId: info.id, taskId: 'write-notes', progress: progress({ turns: 2, tool: { name: 'Write', detail: 'NOTES.md', running: false } }) });
    await waitForText(page, line, 'turn 2 · last Write(NOTES.md) · 1.1k tokens · ≈$0.0067', 30_000);
    journal.write({ type: 'task-progress', at: Date.now(), runId: info.id, taskId: 'write-notes', progress: progress({ turns: 2, final: true, costUsd: 0.012644, tool: { name: 'Write', detail: 'NOTES.md', running: false } }) });
    await waitForText(page, line, '2 turns · last Write(NOTES.md) · 1.1k tokens · $0.01', 30_000);
    expect(await page.evaluate(`document.querySelector(${JSON.stringify(line)}).dataset.final`)).toBe('true');

    // A retried task says which attempt it is on, next to its state; one that ran once says nothing.
    const attemptField = '[data-task="quiet"] [data-field="attempt"]';
    expect(await page.evaluate(`document.querySelector(${JSON.stringify(attemptField)}).textContent`)).toBe('');
    const attempt = (n: number, status: 'failed' | 'running') => ({ attempt: n, startedAt: Date.now(), finishedAt: status === 'running' ? null : Date.now(), status, durationMs: null, costUsd: null });
    journal.write({
      type: 'task-state',
      at: Date.now(),
      runId: info.id,
      taskId: 'quiet',
      status: 'running',
      record: taskRecord('quiet', { status: 'running', startedAt: Date.now(), attempts: [attempt(1, 'failed'), attempt(2, 'running')] }),
    });
    await waitForText(page, attemptField, 'attempt 2', 30_000);
    expect(dialogs).toEqual([]);
  } finally {
    journal.close();
  }
});
