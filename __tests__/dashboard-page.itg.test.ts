/**
 * The page built from src/dashboard/page/ in real headless Chromium, under the server's CSP: its
 * script runs (no CSP violation, no console error, no uncaught exception, nothing fetched but the
 * page and its WebSocket), and it shows figures formatted as the reports format them.
 */
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { startDashboard } from '../src/dashboard/server.js';
import type { RunDetail } from '../src/dashboard/protocol.js';
import { silentLogger } from '../src/core/logger.js';
import { formatBytes, formatDuration } from '../src/core/units.js';
import { formatRatio, formatSpeedup } from '../src/report/format.js';
import type { TaskRecord } from '../src/core/model.js';
import { attemptEntry } from '../src/run/attempts.js';
import { appendLog, runInfo, startJournal, taskRecord, writeSyntheticRun } from './dashboard-fixtures.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { launchChromium, waitInPage } from './support/browser.js';
import { tempDir } from './support/fanout.js';

const TOKEN = 'page-token-0123456789abcdef';

afterAll(cleanupTempDirs);

const text = (page: Page, selector: string) => page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);

it('runs the page script under the CSP without violations or console errors, with the reports\' formatters', async () => {
  const stateDir = tempDir('fanout-dash-page-');
  const done = writeSyntheticRun(stateDir, { id: '20260101-000000-done', startedAt: Date.now() - 3_600_000, tasks: 3, seconds: 5, finished: true });
  // A live run (its process is this one): one task running with samples and a log.
  const live = runInfo(stateDir, '20260101-000001-live', { pid: process.pid, startedAt: Date.now() - 5_000 });
  const journal = startJournal(stateDir, live, ['build', 'test']);
  const startedAt = Date.now() - 4_000;
  journal.write({ type: 'task-state', at: startedAt, runId: live.id, taskId: 'build', status: 'running', record: taskRecord('build', { status: 'running', startedAt }) });
  for (let s = 1; s <= 3; s++) {
    journal.write({ type: 'task-sample', at: startedAt + s * 1000, runId: live.id, taskId: 'build', sample: { at: startedAt + s * 1000, cpuPercent: 50 + s, memoryBytes: 300 * 2 ** 20, pids: 3 } });
  }
  appendLog(live, 'build', 'compiling\nlinking\n');
  // A best-of-2 task: attempt 1 failed its verify, attempt 2 still runs.
  const attempt = (k: number, patch: Partial<TaskRecord>) => attemptEntry(taskRecord('test', { startedAt, agentStartedAt: startedAt + 200, ...patch }), k, null, null);
  const bestOf = { count: 2, winner: null, decidedBy: null, judge: null, attempts: [attempt(1, { status: 'verify_failed', agentFinishedAt: startedAt + 1500 }), attempt(2, { status: 'running' })] };
  journal.write({ type: 'task-state', at: startedAt, runId: live.id, taskId: 'test', status: 'running', record: taskRecord('test', { status: 'running', startedAt, bestOf }) });

  const dashboard = await startDashboard({ port: 0, token: TOKEN, stateDir, logger: silentLogger, pushMs: 100 });
  const base = `http://127.0.0.1:${dashboard.port}`;
  const browser = await launchChromium();
  try {
    await checkPage(await browser.newPage(), base, done.id, live.id);
  } finally {
    await browser.close();
    await dashboard.close();
    journal.close();
  }
});

async function checkPage(page: Page, base: string, doneId: string, liveId: string): Promise<void> {
  const consoleProblems: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url().replace(base, '')));
  page.on('websocket', (ws) => requests.push(ws.url().replace(base.replace('http:', 'ws:'), 'ws:')));
  // Injected by the browser itself (not subject to the page's CSP): records every violation report.
  await page.addInitScript(`window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`);

  await page.goto(`${base}/?token=${TOKEN}`);
  await page.waitForSelector('#conn[data-state="live"]');
  // The page follows the running run and its running task, and shows that task's log.
  await waitInPage(page, `document.querySelectorAll('#runs tbody tr').length === 2 && document.querySelector('#run-id').textContent === ${JSON.stringify(liveId)}`, 30_000);
  await waitInPage(page, `[...document.querySelectorAll('#log .line')].map((l) => l.textContent).join('|') === 'compiling|linking'`, 30_000);
  expect(await text(page, '[data-task="build"] [data-field="state"]')).toBe('running');
  expect(await text(page, '[data-task="build"] [data-field="mem"]')).toBe(formatBytes(300 * 2 ** 20));
  expect(await text(page, '[data-task="build"] [data-field="cpu"]')).toBe('53%');
  expect(await page.evaluate(`document.querySelectorAll('[data-task="build"] svg.spark polyline').length`)).toBe(2);
  // Each attempt of a best-of-N task is a bar of its own under its task.
  await waitInPage(page, `document.querySelectorAll('#gantt [data-bar^="test#"]').length === 2`, 30_000);
  expect(await text(page, '[data-task="test"] [data-field="attempt"]')).toBe('best of 2: 1 done');
  expect(await page.evaluate(`document.querySelector('#gantt [data-bar="test#1"] title').textContent`)).toMatch(/^test attempt 1: verify_failed, /);
  // The token is kept for the tab and gone from the address.
  expect(await page.evaluate('location.search')).toBe('');

  // The finished run, as the reports would print its figures.
  const { run } = (await (await fetch(`${base}/api/runs/${doneId}?token=${TOKEN}`)).json()) as { run: RunDetail };
  await page.click(`[data-run="${doneId}"]`);
  await waitInPage(page, `document.querySelector('#speedup').dataset.final === 'true' && document.querySelectorAll('#gantt [data-bar]').length === 3`, 30_000);
  expect(await text(page, '#speedup')).toBe(formatSpeedup(run.summary.speedup));
  expect(await text(page, `[data-run="${doneId}"] [data-field="speedup"]`)).toBe(formatSpeedup(run.summary.speedup));
  expect(await text(page, '#efficiency')).toBe(formatRatio(run.summary.metrics!.efficiency));
  expect(await text(page, '#wall')).toBe(formatDuration(run.summary.wallMs));
  const first = run.tasks[0];
  expect(await text(page, `[data-task="${first.id}"] [data-field="elapsed"]`)).toBe(formatDuration(first.finishedAt! - first.startedAt!));
  expect(await text(page, `[data-task="${first.id}"] [data-field="mem"]`)).toBe(`${formatBytes(first.memory!.peakBytes)} peak`);
  expect(await text(page, `[data-task="${first.id}"] [data-field="cpu"]`)).toBe('60% avg');
  // The selection is in the address: the run, and its first task (none was running).
  expect(await page.evaluate('location.hash')).toBe(`#/run/${doneId}/${first.id}`);

  expect(pageErrors).toEqual([]);
  expect(consoleProblems).toEqual([]);
  expect(await page.evaluate('window.__violations')).toEqual([]);
  // Nothing but the page and its WebSocket was requested (the icon is a data: URL).
  expect(requests).toEqual(['/?token=' + TOKEN, `ws:/ws?token=${TOKEN}`]);

  // The watchers catch what they are for: an inline script without the nonce is refused and reported.
  await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.ran = true'; document.body.appendChild(s); })()`);
  await waitInPage(page, 'window.__violations.length === 1', 10_000);
  expect(await page.evaluate('window.ran === undefined')).toBe(true);
  expect(await page.evaluate('window.__violations[0]')).toMatch(/^script-src-elem inline/);
  expect(consoleProblems.join('\n')).toMatch(/Content Security Policy/);
}
