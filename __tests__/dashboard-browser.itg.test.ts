/**
 * The dashboard in real headless Chromium, following a real run: three script tasks (one slower)
 * through the engine, in Docker when the daemon answers. The engine runs in a child process, as a
 * runner's runs do next to the dashboard; it holds right after `run-started` until the page has
 * shown every task queued, because tasks that get a slot at once are queued for microseconds.
 *
 * `DASHBOARD_SCREENSHOT=docs/dashboard.png` also saves a screenshot taken mid-run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_IMAGE, defaultConfig, type RunConfig } from '../src/core/config.js';
import { startDashboard, type Dashboard } from '../src/dashboard/server.js';
import { silentLogger } from '../src/core/logger.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { launchChromium, waitInPage } from './support/browser.js';
import { containersOfRun, dockerAvailable, repoWithPrompts, tempDir } from './support/fanout.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const INJECTION = '<img src=x onerror=alert(1)>';

let browser: Browser | undefined;
let dashboard: Dashboard | undefined;

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  cleanupTempDirs();
});

/** The engine child: Node runs the TypeScript sources; a resolve hook maps their `.js` imports to `.ts`. */
function writeEngineChild(dir: string): { hook: string; child: string } {
  const hook = path.join(dir, 'hook.mjs');
  fs.writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, next) {
  try { return next(specifier, context); } catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
} });
`,
  );
  const child = path.join(dir, 'engine-child.mjs');
  fs.writeFileSync(
    child,
    `import fs from 'node:fs';
const { repo, config, runId, hold, docker } = JSON.parse(process.argv[2]);
const { runPrompts } = await import(${JSON.stringify(path.join(ROOT, '__tests__/support/fanout.ts'))});
const { DockerClient } = await import(${JSON.stringify(path.join(ROOT, 'src/exec/docker/client.ts'))});
const { createSubprocessExecutor } = await import(${JSON.stringify(path.join(ROOT, 'src/exec/subprocess.ts'))});
const executor = docker ? DockerClient.connect().createExecutor() : createSubprocessExecutor();
const pause = new Int32Array(new SharedArrayBuffer(4));
const result = await runPrompts(repo, config, {
  executor,
  runId,
  onEvent: (event) => {
    if (event.type !== 'run-started') return;
    // Synchronous, so nothing is scheduled until the test says it has seen the queued run.
    const end = Date.now() + 60_000;
    while (!fs.existsSync(hold) && Date.now() < end) Atomics.wait(pause, 0, 0, 25);
  },
});
process.stdout.write(JSON.stringify({ speedup: result.run.speedup, mode: result.run.mode, statuses: result.tasks.map((t) => [t.id, t.status, t.reason ?? null]) }));
`,
  );
  return { hook, child };
}

/** A script-agent prompt with a title. */
function titledPrompt(title: string, script: string): string {
  return `---\nagent: script\n---\n# ${title}\n\n\`\`\`sh\n${script}\n\`\`\`\n`;
}

/** Expressions evaluated in the page (the test's TypeScript has no DOM types; the page has the DOM). */
const stateOfExpr = (idExpr: string) => `document.querySelector('[data-task="' + ${idExpr} + '"] [data-field="state"]')?.textContent`;
const stateOf = (id: string) => stateOfExpr(JSON.stringify(id));

const logHas = (line: string) => `[...document.querySelectorAll('#log .line')].some((l) => l.textContent === ${JSON.stringify(line)})`;

it('follows a real run: queued → running → succeeded, a log line while running, the speedup, log text as text', async () => {
  const docker = await dockerAvailable();
  const repo = repoWithPrompts({
    'fast-a': titledPrompt('Format the changelog', 'for i in 1 2 3; do echo "fast-a: step $i"; sleep 1; done\necho a > a.txt'),
    'fast-b': titledPrompt('Regenerate API fixtures', 'for i in 1 2 3; do echo "fast-b: step $i"; sleep 1; done\necho b > b.txt'),
    slow: titledPrompt(
      'Rebuild the search index',
      [
        'echo "slow: step 1"',
        `echo '${INJECTION}'`,
        'for i in 2 3 4 5 6 7 8 9; do',
        // Half a second of busy CPU a step, so the CPU sparkline has something to draw.
        "  timeout 0.5 sh -c 'while :; do :; done' || true",
        '  sleep 0.5',
        '  echo "slow: step $i"',
        // Holds after step 4 until the test has seen the mid-run page: an event, not a race.
        '  if [ $i = 4 ]; then while [ ! -e .release ]; do sleep 0.1; done; rm .release; fi',
        'done',
        'echo done > slow.txt',
      ].join('\n'),
    ),
  });
  const stateDir = tempDir('fanout-dash-browser-');
  const config = {
    ...defaultConfig(repo, {}),
    agent: 'script',
    execution: docker ? 'docker' : 'subprocess',
    image: DEFAULT_IMAGE,
    maxParallel: 3,
    memoryBytes: 256 * 1024 ** 2,
    pidsLimit: 256,
    timeoutMs: 120_000,
    network: 'none',
    stateDir,
  } satisfies RunConfig;
  const runId = `20261129-000000-${process.pid.toString(16).slice(-4)}`;
  const hold = path.join(stateDir, 'go');
  const releaseSlow = path.join(stateDir, 'runs', runId, 'worktrees', 'slow', '.release');

  dashboard = await startDashboard({
    port: 0,
    stateDir,
    logger: silentLogger,
    isRunLive: docker ? async (id) => (await containersOfRun(id)).length > 0 : undefined,
  });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${dashboard.port}/`);
  await page.waitForSelector('#conn[data-state="live"]');
  // Every state each task row shows, in order, as the page renders it.
  await page.evaluate(`(() => {
    window.__states = {};
    const record = () => {
      for (const row of document.querySelectorAll('#tasks tbody tr[data-task]')) {
        const list = (window.__states[row.dataset.task] ??= []);
        const state = row.querySelector('[data-field="state"]').textContent;
        if (state && list[list.length - 1] !== state) list.push(state);
      }
    };
    new MutationObserver(record).observe(document.getElementById('tasks'), { subtree: true, childList: true, characterData: true });
  })()`);

  const { hook, child } = writeEngineChild(tempDir('fanout-dash-engine-'));
  const engine = spawn(
    process.execPath,
    ['--experimental-transform-types', '--no-warnings', '--import', hook, child, JSON.stringify({ repo, config, runId, hold, docker })],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  engine.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  engine.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => engine.on('exit', (code) => resolve(code)));

  try {
    // The run appears by itself (the page follows the newest running run) with all tasks queued.
    await waitInPage(page, `['fast-a', 'fast-b', 'slow'].every((id) => ${stateOfExpr('id')} === 'queued')`, 60_000);
    expect(await page.textContent('#run-state')).toBe('running');
    fs.writeFileSync(hold, '');

    await page.click('[data-task="slow"]');
    await waitInPage(page, `${logHas('slow: step 1')} && ${stateOf('slow')} === 'running'`, 60_000);
    // The injection line is a line of text, not markup.
    await waitInPage(page, logHas(INJECTION), 60_000);
    expect(await page.evaluate(`document.querySelectorAll('#log img').length`)).toBe(0);

    // Mid-run: the fast tasks are done and on the timeline while the slow one still runs and logs.
    await waitInPage(page, `${stateOf('fast-a')} === 'succeeded' && ${stateOf('fast-b')} === 'succeeded' && ${stateOf('slow')} === 'running' && ${logHas('slow: step 4')}`, 60_000);
    expect(await page.locator('#gantt [data-bar]').count()).toBe(3);
    // A CPU figure from the samples (the slow task holds until the test lets it go).
    await waitInPage(page, `/^\\d+%$/.test(document.querySelector('[data-task="slow"] [data-field="cpu"]')?.textContent ?? '')`, 60_000);
    if (process.env.DASHBOARD_SCREENSHOT) await page.screenshot({ path: path.resolve(ROOT, process.env.DASHBOARD_SCREENSHOT) });
    fs.writeFileSync(releaseSlow, '');

    await waitInPage(page, `${stateOf('slow')} === 'succeeded' && document.querySelector('#speedup').dataset.final === 'true'`, 60_000);
    expect(await exited, stderr).toBe(0);
    const result = JSON.parse(stdout) as { speedup: number; mode: string; statuses: [string, string, string | null][] };
    expect(result.mode).toBe(docker ? 'docker' : 'subprocess');
    expect(result.statuses.map(([id, status, reason]) => [id, status, reason])).toEqual([
      ['fast-a', 'succeeded', null],
      ['fast-b', 'succeeded', null],
      ['slow', 'succeeded', null],
    ]);
    // The figure itself depends on how busy the machine is; the page must show the run's own.
    expect(await page.textContent('#speedup')).toBe(`${result.speedup.toFixed(2)}×`);
    expect(await page.textContent(`[data-run="${runId}"] [data-field="speedup"]`)).toBe(`${result.speedup.toFixed(2)}×`);
    expect(await page.textContent('#run-state')).toBe('finished');
    expect(await page.textContent('#progress')).toBe('3/3');

    const seen = (await page.evaluate('window.__states')) as Record<string, string[]>;
    expect(seen).toEqual({
      'fast-a': ['queued', 'running', 'succeeded'],
      'fast-b': ['queued', 'running', 'succeeded'],
      slow: ['queued', 'running', 'succeeded'],
    });
    expect(dialogs).toEqual([]);

    // The server restarts: the page notices, reconnects by itself and shows the same run again.
    const port = dashboard.port;
    await dashboard.close();
    dashboard = undefined;
    await waitInPage(page, `document.querySelector('#conn').dataset.state === 'reconnecting'`, 60_000);
    dashboard = await startDashboard({ port, stateDir, logger: silentLogger });
    await waitInPage(page, `document.querySelector('#conn').dataset.state === 'live' && ${stateOf('slow')} === 'succeeded' && ${logHas('slow: step 9')}`, 60_000);
    expect(await page.textContent('#speedup')).toBe(`${result.speedup.toFixed(2)}×`);
    expect(pageErrors).toEqual([]);
  } finally {
    if (engine.exitCode === null) engine.kill('SIGTERM');
  }
});
