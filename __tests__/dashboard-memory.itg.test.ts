/**
 * The dashboard stays small with a long history: 60 realistic journals (10 tasks, a sample a second
 * for three minutes each), of which it keeps 50, every run and log tail fetched once. Measured in a
 * child process, so the test runner's own heap does not blur the number.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendLog, writeSyntheticRun } from './dashboard-fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-dash-mem-'));
  const now = Date.now();
  const bigLine = `${'build output '.repeat(8)}\n`;
  for (let r = 0; r < 60; r++) {
    const info = writeSyntheticRun(path.join(dir, 'state'), {
      id: `2026${String(r).padStart(4, '0')}-000000-beef`,
      startedAt: now - (60 - r) * 3_600_000,
      tasks: 10,
      seconds: 180,
      finished: r !== 59,
      pid: r === 59 ? undefined : 1,
    });
    // Every task has a log; a few are far larger than the tail cap.
    for (let t = 1; t <= 10; t++) appendLog(info, `task-${String(t).padStart(2, '0')}`, bigLine.repeat(r % 10 === 0 && t === 1 ? 20_000 : 50));
  }
  // The child runs plain JavaScript, as the bundle would: the sources the server reaches, with types
  // stripped, next to a link to node_modules. (Node's own on-the-fly stripping costs ~60 MB itself.)
  // They include the page as served, src/dashboard/page.generated.ts, which vitest's globalSetup
  // (scripts/build-page.mjs) built from src/dashboard/page/; the page's own sources are browser code.
  const app = path.join(dir, 'app');
  const pending = [path.join(ROOT, 'src/cli/dashboard.ts')];
  const done = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const out = path.join(app, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, stripTypeScriptTypes(source, { mode: 'transform' }));
    for (const [, spec] of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) pending.push(path.resolve(path.dirname(file), `${spec}.ts`));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'));
  // The child is the dashboard as `agent-fanout dashboard` runs it; this process is its client.
  fs.writeFileSync(
    path.join(dir, 'child.mjs'),
    `import { dashboardCommand } from './app/src/cli/dashboard.js';
import { silentLogger } from './app/src/core/logger.js';
const memory = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage(); };
const before = memory().rss;
const stop = new AbortController();
process.on('message', (m) => (m === 'measure' ? process.send({ memory: memory() }) : stop.abort()));
await dashboardCommand(['--port', '0', '--state-dir', process.argv[2]], {
  logger: silentLogger,
  signal: stop.signal,
  onListening: (url, port) => process.send({ port, before }),
});
process.disconnect();
`,
  );
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

it('keeps 50 runs of history in a small live heap that a second pass does not grow', async () => {
  const child = fork(path.join(dir, 'child.mjs'), [path.join(dir, 'state')], { execArgv: ['--expose-gc'], stdio: 'inherit' });
  try {
    const next = () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        child.once('message', (m) => resolve(m as Record<string, unknown>));
        child.once('exit', (code) => reject(new Error(`dashboard child exited with ${code}`)));
      });
    const { port, before } = (await next()) as { port: number; before: number };
    const base = `http://127.0.0.1:${port}`;
    const { runs } = (await (await fetch(`${base}/api/runs`)).json()) as { runs: { id: string }[] };
    expect(runs).toHaveLength(50);
    let logLines = 0;
    let samples = 0;
    const measure = async () => {
      child.send('measure');
      return ((await next()) as { memory: NodeJS.MemoryUsage }).memory;
    };
    const heapAfter: number[] = [];
    // Twice, like a page left open and reloaded: memory must not keep growing.
    for (let round = 0; round < 2; round++) {
      for (const run of runs) {
        const { run: detail } = (await (await fetch(`${base}/api/runs/${run.id}`)).json()) as { run: { tasks: { id: string; samples: unknown[] }[] } };
        for (const task of detail.tasks) {
          samples += task.samples.length;
          const log = (await (await fetch(`${base}/api/runs/${run.id}/tasks/${task.id}/log`)).json()) as { lines: string[] };
          logLines += log.lines.length;
        }
      }
      heapAfter.push((await measure()).heapUsed);
    }
    const memory = await measure();
    const mib = (n: number) => Math.round(n / 2 ** 20);
    console.log(`dashboard memory: rss ${mib(before)} → ${mib(memory.rss)} MiB (heap used ${(heapAfter[0] / 2 ** 20).toFixed(1)} after one pass, ${(heapAfter[1] / 2 ** 20).toFixed(1)} after two), ${samples} samples and ${logLines} log lines served`);
    // 500 tasks × 120 samples (of 180 journaled), and 500 tails of 50 lines or, for the huge logs, at most the 200-line cap.
    expect(samples).toBe(2 * 500 * 120);
    expect(logLines).toBeGreaterThanOrEqual(2 * 500 * 50);
    expect(logLines).toBeLessThanOrEqual(2 * (450 * 50 + 50 * 200));
    // What the process holds after two full collections: the live set, the same however busy the
    // machine is (RSS is not: how far the heap grows between collections depends on how much CPU
    // the collector gets; ~95 MiB here, measured above, not asserted). ~10 MiB; every journal held
    // whole would add ~16, every huge log ~12.
    expect(heapAfter[0]).toBeLessThan(20 * 2 ** 20);
    // The second pass over everything holds no more than the first.
    expect(heapAfter[1] - heapAfter[0]).toBeLessThan(2 * 2 ** 20);
  } finally {
    if (child.connected) child.send('stop');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
});
