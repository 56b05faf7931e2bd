import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanLogLine, LogTail } from '../src/dashboard/logtail.js';
import { DashboardState, type StateChange } from '../src/dashboard/state.js';
import { journalFile } from '../src/run/journal.js';
import { silentLogger } from '../src/core/logger.js';
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
