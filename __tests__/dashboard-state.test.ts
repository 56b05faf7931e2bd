import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanLogLine, LogTail } from '../src/dashboard/logtail.js';
import { DashboardState, type StateChange } from '../src/dashboard/state.js';
import { journalFile } from '../src/run/journal.js';
import { silentLogger } from '../src/core/logger.js';
import type { TaskRecord } from '../src/core/model.js';
import { runInfo, startJournal, taskRecord, writeSyntheticRun } from './dashboard-fixtures.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-dash-state-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('LogTail', () => {
  it('cleans lines: ANSI escapes, carriage-return rewrites and control characters go, markup stays', () => {
    expect(cleanLogLine('\x1b[1;32mPASS\x1b[0m src/a.test.ts')).toBe('PASS src/a.test.ts');
    expect(cleanLogLine('progress 10%\rprogress 50%\rprogress 100%\r')).toBe('progress 100%');
    expect(cleanLogLine('\x1b]0;title\x07bell\x07 and nul\x00')).toBe('bell and nul');
    expect(cleanLogLine('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(cleanLogLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('keeps the last lines, reads only what was appended, and holds a partial line until it ends', async () => {
    const file = path.join(dir, 'out.log');
    fs.writeFileSync(file, Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n') + '\n');
    const tail = new LogTail(file, { maxLines: 200 });
    const first = await tail.sync();
    expect(first.appended).toHaveLength(200);
    expect(tail.lines[0]).toBe('line 300');
    expect(tail.lines.at(-1)).toBe('line 499');
    expect(tail.truncated).toBe(true);

    fs.appendFileSync(file, 'half');
    expect((await tail.sync()).appended).toEqual([]);
    // 'é' split across two writes: the decoder must not garble it.
    const e = Buffer.from('é');
    fs.appendFileSync(file, Buffer.concat([Buffer.from(' a caf'), e.subarray(0, 1)]));
    expect((await tail.sync()).appended).toEqual([]);
    fs.appendFileSync(file, Buffer.concat([e.subarray(1), Buffer.from('\nlast without newline')]));
    expect((await tail.sync()).appended).toEqual(['half a café']);
    expect((await tail.sync(true)).appended).toEqual(['last without newline']);
    expect(tail.lines).toHaveLength(200);
  });

  it('reads at most maxBytes of a large file, dropping the cut first line, and starts over when the file shrinks', async () => {
    const file = path.join(dir, 'big.log');
    fs.writeFileSync(file, Array.from({ length: 100_000 }, (_, i) => `row ${i} ${'.'.repeat(20)}`).join('\n') + '\n');
    const tail = new LogTail(file, { maxLines: 100_000, maxBytes: 4096 });
    await tail.sync();
    const chars = tail.lines.reduce((n, l) => n + l.length + 1, 0);
    expect(chars).toBeLessThanOrEqual(4096);
    expect(tail.lines.every((l) => /^row \d+ \.{20}$/.test(l))).toBe(true);
    expect(tail.lines.at(-1)).toBe(`row 99999 ${'.'.repeat(20)}`);

    fs.writeFileSync(file, 'fresh start\n');
    const update = await tail.sync();
    expect(update).toEqual({ reset: true, appended: ['fresh start'] });
    expect(tail.truncated).toBe(false);
  });
});

describe('DashboardState', () => {
  it('keeps only the latest maxRuns runs by start time and drops the oldest when a newer one appears', async () => {
    const now = Date.now();
    for (let i = 0; i < 5; i++) writeSyntheticRun(dir, { id: `run-${i}`, startedAt: now - (10 - i) * 60_000, tasks: 2, seconds: 3, finished: true });
    const state = new DashboardState({ stateDir: dir, logger: silentLogger, maxRuns: 3 });
    const changes: StateChange[] = [];
    state.onChange((c) => changes.push(c));
    await state.start();
    try {
      expect(state.listRuns().map((r) => r.id)).toEqual(['run-4', 'run-3', 'run-2']);
      writeSyntheticRun(dir, { id: 'run-5', startedAt: now, tasks: 2, seconds: 3, finished: true });
      await state.poll();
      expect(state.listRuns().map((r) => r.id)).toEqual(['run-5', 'run-4', 'run-3']);
      expect(changes).toContainEqual({ kind: 'removed', runId: 'run-2' });
      expect(state.getRun('run-2')).toBeUndefined();
    } finally {
      await state.close();
    }
  });

  it('caps sample history, ignores a torn last line, and picks it up once completed', async () => {
    const info = runInfo(dir, 'run-1', { pid: process.pid });
    startJournal(dir, info, ['t']).close();
    const file = journalFile(dir, 'run-1');
    for (let s = 0; s < 50; s++) {
      fs.appendFileSync(file, JSON.stringify({ type: 'task-sample', at: s, runId: 'run-1', taskId: 't', sample: { at: s, cpuPercent: s, memoryBytes: s, pids: 1 } }) + '\n');
    }
    const line = JSON.stringify({ type: 'task-state', at: 99, runId: 'run-1', taskId: 't', status: 'running', record: taskRecord('t', { status: 'running', startedAt: 99 }) });
    fs.appendFileSync(file, line.slice(0, 40));
    const state = new DashboardState({ stateDir: dir, logger: silentLogger, maxSamples: 10 });
    await state.start();
    try {
      const run = state.getRun('run-1')!;
      expect(run.tasks[0].samples.map((s) => s.at)).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
      expect(run.tasks[0].status).toBe('queued');
      fs.appendFileSync(file, line.slice(40) + '\n');
      await state.poll();
      expect(state.getRun('run-1')!.tasks[0].status).toBe('running');
    } finally {
      await state.close();
    }
  });

  it('reads no log file outside the state directory, whatever the journal names', async () => {
    const outside = path.join(os.tmpdir(), `fanout-outside-${process.pid}.log`);
    fs.writeFileSync(outside, 'private data\n');
    try {
      const info = runInfo(dir, 'run-1', { pid: process.pid });
      const journal = startJournal(dir, info, ['t']);
      journal.write({ type: 'task-state', at: 1, runId: 'run-1', taskId: 't', status: 'running', record: taskRecord('t', { status: 'running', logFile: outside }) });
      journal.close();
      const state = new DashboardState({ stateDir: dir, logger: silentLogger });
      await state.start();
      try {
        expect(await state.readLog('run-1', 't')).toEqual({ runId: 'run-1', taskId: 't', lines: [], truncated: false });
      } finally {
        await state.close();
      }
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });

  it('keeps each task\'s latest progress as a live line, built field by field, and keeps it when the task ends', async () => {
    const info = runInfo(dir, 'run-1', { pid: process.pid });
    const journal = startJournal(dir, info, ['t']);
    journal.write({ type: 'task-state', at: 1, runId: 'run-1', taskId: 't', status: 'running', record: taskRecord('t', { status: 'running', startedAt: 1 }) });
    const state = new DashboardState({ stateDir: dir, logger: silentLogger });
    const changes: StateChange[] = [];
    state.onChange((c) => changes.push(c));
    await state.start();
    try {
      expect(state.getRun('run-1')!.tasks[0].progress).toBeNull();
      const progress = {
        turns: 2,
        toolCalls: 1,
        tool: { name: 'Write', detail: 'NOTES.md\u001b[2J', running: true, extra: 'dropped' },
        tokens: { input: 100, output: 20, cacheRead: 0, cacheCreation: 1000 },
        costUsd: 0.01,
        final: false,
        retry: null,
        model: 'claude-x',
        secret: 'not in the view',
      };
      journal.write({ type: 'task-progress', at: 2, runId: 'run-1', taskId: 't', progress });
      await state.poll();
      const view = state.getRun('run-1')!.tasks[0].progress;
      expect(view).toEqual({
        turns: 2,
        toolCalls: 1,
        tool: { name: 'Write', detail: 'NOTES.md [2J', running: true },
        tokens: 1120,
        costUsd: 0.01,
        final: false,
        retry: null,
        text: 'turn 2 · Write(NOTES.md [2J) · 1.1k tokens · ≈$0.01',
      });
      expect(changes.some((c) => c.kind === 'task' && c.task.progress?.turns === 2)).toBe(true);

      journal.write({ type: 'task-state', at: 3, runId: 'run-1', taskId: 't', status: 'succeeded', record: taskRecord('t', { status: 'succeeded', startedAt: 1, finishedAt: 3 }) });
      journal.close();
      await state.poll();
      expect(state.getRun('run-1')!.tasks[0]).toMatchObject({ status: 'succeeded', progress: { turns: 2 } });
    } finally {
      await state.close();
    }
  });

  it('shows the attempt of a retried task and its cost over all attempts, from records it does not trust', async () => {
    const info = runInfo(dir, 'run-retry', { pid: process.pid });
    const journal = startJournal(dir, info, ['t']);
    const first = { attempt: 1, startedAt: 1, finishedAt: 2, status: 'failed' as const, durationMs: 1, costUsd: 0.05, transient: true };
    journal.write({ type: 'task-state', at: 1, runId: 'run-retry', taskId: 't', status: 'running', record: taskRecord('t', { status: 'running', attempts: [{ ...first, finishedAt: null, status: 'running', costUsd: null }] }) });
    const state = new DashboardState({ stateDir: dir, logger: silentLogger });
    await state.start();
    try {
      const task = () => state.getRun('run-retry')!.tasks.find((t) => t.id === 't')!;
      expect(task().attempt).toBe(1);
      const second = { attempt: 2, startedAt: 2, finishedAt: null, status: 'running' as const, durationMs: null, costUsd: null };
      journal.write({ type: 'task-state', at: 2, runId: 'run-retry', taskId: 't', status: 'running', record: taskRecord('t', { status: 'running', attempts: [first, second] }) });
      await state.poll();
      expect(task()).toMatchObject({ status: 'running', attempt: 2, costUsd: 0.05 });
      const done = taskRecord('t', { status: 'succeeded', agent: { ok: true, costUsd: 0.2 }, attempts: [first, { ...second, finishedAt: 3, status: 'succeeded', costUsd: 0.2 }] });
      // A hand-edited journal: junk attempts count for the number, not for the cost.
      (done.attempts as unknown[]).push(null, { costUsd: 'lots' });
      journal.write({ type: 'task-state', at: 3, runId: 'run-retry', taskId: 't', status: 'succeeded', record: done });
      await state.poll();
      expect(task()).toMatchObject({ status: 'succeeded', attempt: 4 });
      expect(task().costUsd).toBeCloseTo(0.25, 10);
    } finally {
      journal.close();
      await state.close();
    }
  });

  it('shows a best-of-N task\'s attempts and verify, and sums its attempts\' readings', async () => {
    const info = runInfo(dir, 'run-best', { pid: process.pid });
    const journal = startJournal(dir, info, ['t']);
    const attempt = (k: number, patch: object) => ({ attempt: k, status: 'running', startedAt: 1, agentStartedAt: 2, agentFinishedAt: null, finishedAt: null, winner: false, ...patch });
    const sample = (k: number, at: number, cpu: number, mem: number) =>
      journal.write({ type: 'task-sample', at, runId: 'run-best', taskId: 't', attempt: k, sample: { at, cpuPercent: cpu, memoryBytes: mem, pids: 2 } });
    const bestOf = (attempts: object[], winner: number | null) => ({ count: 2, winner, decidedBy: null, judge: null, attempts }) as unknown as TaskRecord['bestOf'];
    journal.write({ type: 'task-state', at: 1, runId: 'run-best', taskId: 't', status: 'running', record: taskRecord('t', { status: 'running', bestOf: bestOf([attempt(1, {}), attempt(2, {})], null) }) });
    sample(1, 10_000, 40, 100);
    sample(2, 10_200, 60.5, 300);
    // A reading more than a few seconds older than the newest is an attempt that ended: left out.
    sample(1, 12_000, 10, 50);
    sample(2, 20_000, 5, 70);
    const state = new DashboardState({ stateDir: dir, logger: silentLogger });
    await state.start();
    try {
      const detail = () => state.getRun('run-best')!.tasks.find((t) => t.id === 't')!;
      expect(detail().samples.map((s) => [s.cpu, s.mem, s.pids])).toEqual([
        [40, 100, 2],
        [100.5, 400, 4],
        [70.5, 350, 4],
        [5, 70, 2],
      ]);
      const done = taskRecord('t', {
        status: 'verify_failed',
        verify: { passed: false } as TaskRecord['verify'],
        bestOf: bestOf([attempt(1, { status: 'verify_failed', verify: { passed: false }, agentFinishedAt: 9 }), attempt(2, { status: 'verify_failed', winner: true, verify: { passed: false } }), { junk: true }], 2),
      });
      journal.write({ type: 'task-state', at: 30_000, runId: 'run-best', taskId: 't', status: 'verify_failed', record: done });
      await state.poll();
      expect(detail()).toMatchObject({
        status: 'verify_failed',
        verify: 'failed',
        bestOf: {
          count: 2,
          winner: 2,
          attempts: [
            { attempt: 1, status: 'verify_failed', agentStartedAt: 2, agentFinishedAt: 9, verify: 'failed', winner: false },
            { attempt: 2, status: 'verify_failed', verify: 'failed', winner: true },
            { attempt: 0, status: 'queued', verify: null, winner: false },
          ],
        },
      });
      expect(state.listRuns()[0].counts).toMatchObject({ verify_failed: 1 });
    } finally {
      journal.close();
      await state.close();
    }
  });

  it('counts egress refusals as they are journaled, and takes the figures of the record when it arrives', async () => {
    const info = runInfo(dir, 'run-eg', { pid: process.pid });
    const journal = startJournal(dir, info, ['t']);
    const refusal = (host: string, at: number) => ({ at, host, port: 443, reason: 'not-allowed' as const, detail: '' });
    journal.write({ type: 'egress-refused', at: 2, runId: 'run-eg', taskId: 't', refusal: refusal('evil.example', 2) });
    journal.write({ type: 'egress-refused', at: 3, runId: 'run-eg', taskId: null, refusal: refusal('nobody.example', 3) });
    const state = new DashboardState({ stateDir: dir, logger: silentLogger });
    await state.start();
    try {
      const task = () => state.getRun('run-eg')!.tasks.find((t) => t.id === 't')!;
      expect(task().egress).toEqual({ allowed: 0, refused: 1, recent: [{ at: 2, destination: 'evil.example:443', reason: 'not-allowed' }] });
      const changes: StateChange[] = [];
      state.onChange((c) => changes.push(c));
      journal.write({ type: 'egress-refused', at: 4, runId: 'run-eg', taskId: 't', refusal: { ...refusal('::1', 4), port: 80 } });
      await state.poll();
      expect(task().egress?.refused).toBe(2);
      expect(task().egress?.recent.at(-1)?.destination).toBe('[::1]:80');
      expect(changes.some((c) => c.kind === 'task' && c.taskId === 't')).toBe(true);
      const record = taskRecord('t', { status: 'succeeded' });
      record.egress = { allowHosts: ['api.anthropic.com:443'], allowed: 7, refused: 3, refusals: [refusal('a.example', 1), refusal('b.example', 2), refusal('c.example', 3)] };
      journal.write({ type: 'task-state', at: 5, runId: 'run-eg', taskId: 't', status: 'succeeded', record });
      await state.poll();
      expect(task().egress).toMatchObject({ allowed: 7, refused: 3 });
      expect(task().egress?.recent.map((r) => r.destination)).toEqual(['a.example:443', 'b.example:443', 'c.example:443']);
    } finally {
      journal.close();
      await state.close();
    }
  });

  it('shows the mean concurrency while a run runs and the estimated speedup once it finished; an older result\'s ratio only as concurrency', async () => {
    const now = Date.now();
    writeSyntheticRun(dir, { id: 'live', startedAt: now - 5_000, tasks: 2, seconds: 2, finished: false, pid: process.pid });
    writeSyntheticRun(dir, { id: 'done', startedAt: now - 60_000, tasks: 3, seconds: 3, finished: true });
    // A results document from before the estimate: its `speedup` was sum of task time / wall time.
    const old = writeSyntheticRun(dir, { id: 'old', startedAt: now - 120_000, tasks: 2, seconds: 3, finished: true });
    const file = journalFile(dir, old.id);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1)!);
    for (const key of ['concurrency', 'serialEstimateMs', 'speedupNote', 'speedupMax', 'contentionMs']) delete last.result.run[key];
    fs.writeFileSync(file, [...lines.slice(0, -1), JSON.stringify(last)].join('\n') + '\n');

    const state = new DashboardState({ stateDir: dir, logger: silentLogger });
    await state.start();
    try {
      const runs = new Map(state.listRuns().map((r) => [r.id, r]));
      expect(runs.get('live')).toMatchObject({ state: 'running', speedup: null, metrics: null });
      expect(runs.get('live')!.concurrency).toBeGreaterThan(0);
      expect(runs.get('done')).toMatchObject({ state: 'finished', speedup: 2.7, concurrency: 2.7 });
      expect(runs.get('done')!.metrics).toMatchObject({ speedup: 2.7, concurrency: 2.7, speedupNote: null, speedupMax: null });
      expect(runs.get('old')).toMatchObject({ state: 'finished', speedup: null, concurrency: 1.8 });
      expect(runs.get('old')!.metrics?.speedupNote).toMatch(/^recorded before speedup estimates/);
    } finally {
      await state.close();
    }
  });

  it('validates its options', () => {
    expect(() => new DashboardState({ stateDir: dir, logger: silentLogger, maxRuns: 0 })).toThrow(/maxRuns must be a positive number/);
    expect(() => new DashboardState({ stateDir: '', logger: silentLogger })).toThrow(/stateDir is required/);
  });
});
