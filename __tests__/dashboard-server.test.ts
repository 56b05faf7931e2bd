import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startDashboard, type Dashboard } from '../src/dashboard/server.js';
import type { ServerMessage } from '../src/dashboard/protocol.js';
import { silentLogger } from '../src/core/logger.js';
import { appendLog, runInfo, startJournal, taskRecord, writeSyntheticRun } from './dashboard-fixtures.js';

const TOKEN = 'test-token-0123456789abcdef';

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  return spawnSync('true').pid!;
}

interface Client {
  ws: WebSocket;
  messages: ServerMessage[];
  next<T extends ServerMessage['type']>(type: T, match?: (m: Extract<ServerMessage, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<ServerMessage, { type: T }>>;
}

function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const messages: ServerMessage[] = [];
    const waiters = new Set<() => void>();
    ws.on('message', (data) => {
      messages.push(JSON.parse(data.toString()) as ServerMessage);
      for (const w of waiters) w();
    });
    ws.once('open', () =>
      resolve({
        ws,
        messages,
        // A ceiling for a busy machine, under the test's own timeout so a miss says what it missed.
        next: (type, match = () => true, timeoutMs = 15_000) =>
          new Promise((res, rej) => {
            let seen = 0;
            const check = () => {
              for (; seen < messages.length; seen++) {
                const m = messages[seen];
                if (m.type === type && match(m as never)) {
                  waiters.delete(check);
                  clearTimeout(timer);
                  res(m as never);
                  return;
                }
              }
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              rej(new Error(`no '${type}' message within ${timeoutMs} ms`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
      }),
    );
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

let stateDir: string;
let dashboard: Dashboard | undefined;
const clients: WebSocket[] = [];

beforeEach(() => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-dash-'));
});

afterEach(async () => {
  for (const ws of clients.splice(0)) ws.terminate();
  await dashboard?.close();
  dashboard = undefined;
  fs.rmSync(stateDir, { recursive: true, force: true });
});

async function client(url: string, headers?: Record<string, string>): Promise<Client> {
  const c = await connect(url, headers);
  clients.push(c.ws);
  return c;
}

describe('dashboard security', () => {
  it('refuses to bind a non-loopback address without a token', async () => {
    await expect(startDashboard({ host: '0.0.0.0', port: 0, stateDir, logger: silentLogger })).rejects.toThrow(
      /binding 0\.0\.0\.0 \(not a loopback address\) requires a token/,
    );
    await expect(startDashboard({ host: '0.0.0.0', port: 0, token: 'short', stateDir, logger: silentLogger })).rejects.toThrow(/too short/);
  });

  it('checks the token on HTTP and on the WebSocket upgrade when bound to 0.0.0.0', async () => {
    dashboard = await startDashboard({ host: '0.0.0.0', port: 0, token: TOKEN, stateDir, logger: silentLogger });
    const base = `http://127.0.0.1:${dashboard.port}`;

    for (const p of ['/', '/api/runs', '/api/host']) {
      expect((await fetch(base + p)).status, p).toBe(401);
    }
    expect((await fetch(`${base}/api/runs`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await fetch(`${base}/api/runs?token=${TOKEN}x`)).status).toBe(401);
    expect((await fetch(`${base}/api/runs`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${base}/api/runs?token=${TOKEN}`)).status).toBe(200);
    const page = await fetch(`${base}/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain('agent-fanout dashboard');

    const ws = `ws://127.0.0.1:${dashboard.port}/ws`;
    await expect(connect(ws)).rejects.toThrow('HTTP 401');
    await expect(connect(`${ws}?token=nope-nope-nope-nope`)).rejects.toThrow('HTTP 401');
    const byQuery = await client(`${ws}?token=${TOKEN}`);
    expect((await byQuery.next('hello')).version).toBe(1);
    const byHeader = await client(ws, { authorization: `Bearer ${TOKEN}` });
    await byHeader.next('runs');
  });

  it('serves one self-contained page whose only script and style carry this response\'s CSP nonce', async () => {
    dashboard = await startDashboard({ port: 0, stateDir, logger: silentLogger });
    const load = async () => {
      const res = await fetch(`http://127.0.0.1:${dashboard!.port}/`);
      const csp = res.headers.get('content-security-policy') ?? '';
      return { csp, html: await res.text(), nonce: /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] };
    };
    const first = await load();
    expect(first.nonce).toBeDefined();
    expect(first.csp).toBe(
      `default-src 'none'; script-src 'nonce-${first.nonce}'; style-src 'nonce-${first.nonce}'; img-src data:; ` +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    // The script and stylesheet built from src/dashboard/page/ are inline, nothing is fetched.
    expect([...first.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([`<script nonce="${first.nonce}">`]);
    expect([...first.html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0])).toEqual([`<style nonce="${first.nonce}">`]);
    expect([...first.html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="icon" href="data:,">']);
    expect(first.html).not.toContain('__NONCE__');
    expect(first.html).toMatch(/<section id="run-view" hidden>/);
    expect((await load()).nonce).not.toBe(first.nonce);
  });

  it('on loopback without a token, refuses foreign Host names and WebSocket origins', async () => {
    dashboard = await startDashboard({ port: 0, stateDir, logger: silentLogger });
    const base = `http://127.0.0.1:${dashboard.port}`;
    expect((await fetch(`${base}/api/runs`)).status).toBe(200);
    // DNS rebinding: a name that resolves to 127.0.0.1 but is not ours.
    const rebinding = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ default: http }) =>
        http.get({ host: '127.0.0.1', port: dashboard!.port, path: '/api/runs', headers: { host: `evil.example:${dashboard!.port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        }).on('error', reject),
      );
    });
    expect(rebinding).toBe(403);
    await expect(connect(`ws://127.0.0.1:${dashboard.port}/ws`, { origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
    const own = await client(`ws://127.0.0.1:${dashboard.port}/ws`, { origin: `http://127.0.0.1:${dashboard.port}` });
    await own.next('hello');
  });

  it('sends no environment, agent text or other record fields it does not know', async () => {
    const info = runInfo(stateDir, 'run-secret', { pid: process.pid });
    const journal = startJournal(stateDir, info, ['t1']);
    const record = {
      ...taskRecord('t1', { status: 'running', startedAt: Date.now() }),
      agent: { ok: true, finalText: 'the key is SECRET-FINAL-TEXT' },
      env: { ANTHROPIC_API_KEY: 'SECRET-ENV-VALUE' },
    };
    journal.write({ type: 'task-state', at: Date.now(), runId: info.id, taskId: 't1', status: 'running', record });
    journal.close();
    dashboard = await startDashboard({ port: 0, stateDir, logger: silentLogger });
    const body = await (await fetch(`http://127.0.0.1:${dashboard.port}/api/runs/run-secret`)).text();
    expect(body).toContain('"t1"');
    expect(body).not.toContain('SECRET');
    const ws = await client(`ws://127.0.0.1:${dashboard.port}/ws`);
    ws.ws.send(JSON.stringify({ type: 'subscribe', runId: 'run-secret', taskId: 't1' }));
    await ws.next('run');
    expect(JSON.stringify(ws.messages)).not.toContain('SECRET');
  });
});

describe('dashboard data', () => {
  it('shows a run whose journal was written before the dashboard started, over HTTP and WebSocket', async () => {
    writeSyntheticRun(stateDir, { id: '20261129-021500-ab12', startedAt: Date.now() - 600_000, tasks: 3, seconds: 30, finished: true });
    dashboard = await startDashboard({ port: 0, stateDir, logger: silentLogger });
    const base = `http://127.0.0.1:${dashboard.port}`;

    const { runs } = (await (await fetch(`${base}/api/runs`)).json()) as { runs: { id: string; state: string; tasksDone: number; tasksTotal: number; speedup: number }[] };
    expect(runs).toEqual([expect.objectContaining({ id: '20261129-021500-ab12', state: 'finished', tasksDone: 3, tasksTotal: 3, speedup: 2.7 })]);

    const { run } = (await (await fetch(`${base}/api/runs/20261129-021500-ab12`)).json()) as { run: { tasks: { id: string; status: string; samples: unknown[] }[] } };
    expect(run.tasks.map((t) => [t.id, t.status, t.samples.length])).toEqual([
      ['task-01', 'succeeded', 30],
      ['task-02', 'succeeded', 30],
      ['task-03', 'succeeded', 30],
    ]);
    expect((await fetch(`${base}/api/runs/nope`)).status).toBe(404);
    expect((await fetch(`${base}/api/runs/20261129-021500-ab12/tasks/nope/log`)).status).toBe(404);

    const ws = await client(`ws://127.0.0.1:${dashboard.port}/ws`);
    const listed = await ws.next('runs');
    expect(listed.runs.map((r) => r.id)).toEqual(['20261129-021500-ab12']);
  });

  it('shows a journal without a finish event as interrupted when its process is gone and no containers are left', async () => {
    const crashed = runInfo(stateDir, 'run-crashed', { pid: deadPid(), host: os.hostname(), startedAt: Date.now() - 5000 });
    const j1 = startJournal(stateDir, crashed, ['a']);
    j1.write({ type: 'task-state', at: Date.now(), runId: crashed.id, taskId: 'a', status: 'running', record: taskRecord('a', { status: 'running', startedAt: Date.now() }) });
    j1.close();
    const live = runInfo(stateDir, 'run-live', { pid: process.pid, host: os.hostname() });
    startJournal(stateDir, live, ['b']).close();
    // Its process died, but its containers still run (the Docker check says so).
    const orphan = runInfo(stateDir, 'run-orphan', { pid: deadPid(), host: os.hostname() });
    startJournal(stateDir, orphan, ['c']).close();
    // No pid at all and a journal untouched for a minute.
    const old = runInfo(stateDir, 'run-old', { startedAt: Date.now() - 120_000 });
    startJournal(stateDir, old, ['d']).close();
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(stateDir, 'journal', 'run-old.ndjson'), past, past);

    const asked: string[] = [];
    dashboard = await startDashboard({
      port: 0,
      stateDir,
      logger: silentLogger,
      isRunLive: (runId) => {
        asked.push(runId);
        return runId === 'run-orphan';
      },
    });
    const { runs } = (await (await fetch(`http://127.0.0.1:${dashboard.port}/api/runs`)).json()) as { runs: { id: string; state: string }[] };
    expect(Object.fromEntries(runs.map((r) => [r.id, r.state]))).toEqual({
      'run-crashed': 'interrupted',
      'run-live': 'running',
      'run-orphan': 'running',
      'run-old': 'interrupted',
    });
    expect(asked).toContain('run-crashed');
    expect(asked).not.toContain('run-live');
  });

  it('pushes journal appends and log lines over the WebSocket as they happen', async () => {
    const info = runInfo(stateDir, 'run-live', { pid: process.pid, host: os.hostname() });
    const journal = startJournal(stateDir, info, ['fast', 'slow']);
    dashboard = await startDashboard({ port: 0, stateDir, logger: silentLogger });
    const ws = await client(`ws://127.0.0.1:${dashboard.port}/ws`);
    ws.ws.send(JSON.stringify({ type: 'subscribe', runId: 'run-live', taskId: 'slow' }));
    const snapshot = await ws.next('run');
    expect(snapshot.run?.tasks.map((t) => t.status)).toEqual(['queued', 'queued']);

    const t0 = Date.now();
    journal.write({ type: 'task-state', at: t0, runId: info.id, taskId: 'slow', status: 'running', record: taskRecord('slow', { status: 'running', startedAt: t0 }) });
    const task = await ws.next('task', (m) => m.task.id === 'slow' && m.task.status === 'running');
    expect(task.runId).toBe('run-live');

    const t1 = Date.now();
    journal.write({ type: 'task-sample', at: t1, runId: info.id, taskId: 'slow', sample: { at: t1, cpuPercent: 87.5, memoryBytes: 123_456_789, pids: 9 } });
    const samples = await ws.next('samples', (m) => m.taskId === 'slow');
    expect(samples.samples).toEqual([{ at: t1, cpu: 87.5, mem: 123_456_789, pids: 9 }]);

    appendLog(info, 'slow', 'compiling…\n<img src=x onerror=alert(1)>\n');
    const log = await ws.next('log', (m) => m.lines.includes('<img src=x onerror=alert(1)>'));
    expect(log.lines).toEqual(['compiling…', '<img src=x onerror=alert(1)>']);

    appendLog(info, 'slow', 'step 2 done\n');
    await ws.next('log', (m) => m.lines.includes('step 2 done'));
    // Every line arrives once.
    const logLines = ws.messages.flatMap((m) => (m.type === 'log' ? m.lines : []));
    expect(logLines.filter((l) => l === 'compiling…')).toHaveLength(1);

    const tail = (await (await fetch(`http://127.0.0.1:${dashboard.port}/api/runs/run-live/tasks/slow/log`)).json()) as { lines: string[] };
    expect(tail.lines).toEqual(['compiling…', '<img src=x onerror=alert(1)>', 'step 2 done']);

    // A new run appears in the list while clients watch.
    const other = runInfo(stateDir, 'run-new', { pid: process.pid, host: os.hostname() });
    startJournal(stateDir, other, ['x']).close();
    await ws.next('runs', (m) => m.runs.some((r) => r.id === 'run-new' && r.state === 'running'));
    journal.close();
  });
});
