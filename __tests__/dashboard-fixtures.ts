/** Synthetic run journals for the dashboard tests, written with the real JournalWriter. */
import fs from 'node:fs';
import path from 'node:path';
import { JournalWriter } from '../src/run/journal.js';
import type { RunInfo, RunResult, TaskRecord, TaskStatus } from '../src/core/model.js';
import { taskRecord as baseRecord } from './support/factories.js';

export function taskRecord(id: string, patch: Partial<TaskRecord> = {}): TaskRecord {
  return baseRecord(id, {
    title: `Task ${id}`,
    file: `.fanout/${id}.md`,
    status: 'queued',
    reason: null,
    exitCode: null,
    branch: `fanout/7/${id}`,
    ...patch,
  });
}

export function runInfo(stateDir: string, id: string, patch: Partial<RunInfo> = {}): RunInfo {
  return {
    id,
    repo: '/srv/repos/widget',
    baseRef: 'main',
    baseCommit: 'a'.repeat(40),
    issue: 7,
    startedAt: Date.now(),
    finishedAt: null,
    mode: 'docker',
    modeReason: null,
    maxParallel: 4,
    runDir: path.join(stateDir, 'runs', id),
    ...patch,
  };
}

/** Starts a journal: `run-started` with `taskIds` queued. */
export function startJournal(stateDir: string, info: RunInfo, taskIds: string[]): JournalWriter {
  const journal = JournalWriter.open(stateDir, info.id);
  journal.write({
    type: 'run-started',
    at: info.startedAt,
    run: info,
    tasks: taskIds.map((id) => ({ id, title: `Task ${id}`, file: `.fanout/${id}.md`, dependsOn: [], branch: `fanout/7/${id}` })),
  });
  return journal;
}

export function taskLogFile(info: RunInfo, taskId: string): string {
  return path.join(info.runDir, 'tasks', taskId, 'output.log');
}

export function appendLog(info: RunInfo, taskId: string, text: string): void {
  const file = taskLogFile(info, taskId);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, text);
}

export function finishEvent(info: RunInfo, records: TaskRecord[], finishedAt: number, speedup: number): RunResult {
  const wallMs = finishedAt - info.startedAt;
  const count = (s: TaskStatus) => records.filter((r) => r.status === s).length;
  return {
    version: 1,
    run: {
      ...info,
      finishedAt,
      wallMs,
      sumTaskMs: Math.round(wallMs * speedup),
      concurrency: speedup,
      serialEstimateMs: Math.round(wallMs * speedup),
      speedup,
      speedupNote: null,
      speedupMax: null,
      contentionMs: 0,
      efficiency: speedup / info.maxParallel,
      criticalPathMs: null,
      speedupBound: null,
      peakConcurrency: Math.min(records.length, info.maxParallel),
      maxParallel: info.maxParallel,
      mode: info.mode,
      succeeded: count('succeeded'),
      failed: count('failed') + count('verify_failed'),
      verifyFailed: count('verify_failed'),
      skipped: count('skipped'),
      cancelled: count('cancelled'),
      totalCostUsd: 0,
      heldBackMs: 0,
    },
    tasks: records,
  };
}

export interface SyntheticRunOptions {
  id: string;
  startedAt: number;
  tasks: number;
  /** Seconds each task runs; one sample per second. */
  seconds: number;
  finished: boolean;
  pid?: number;
  host?: string;
}

/** A complete, realistic journal: 10 tasks, one sample a second each, state changes, a finish. */
export function writeSyntheticRun(stateDir: string, options: SyntheticRunOptions): RunInfo {
  const info = runInfo(stateDir, options.id, { startedAt: options.startedAt, pid: options.pid, host: options.host });
  const ids = Array.from({ length: options.tasks }, (_, i) => `task-${String(i + 1).padStart(2, '0')}`);
  const journal = startJournal(stateDir, info, ids);
  const records = new Map(ids.map((id) => [id, taskRecord(id, { queuedAt: info.startedAt })]));
  const t0 = info.startedAt + 500;
  for (const id of ids) {
    const record = records.get(id)!;
    Object.assign(record, { status: 'running', startedAt: t0, readyAt: info.startedAt, queueWaitMs: 500 });
    journal.write({ type: 'task-state', at: t0, runId: info.id, taskId: id, status: 'running', record: { ...record } });
  }
  for (let s = 1; s <= options.seconds; s++) {
    for (const [i, id] of ids.entries()) {
      journal.write({
        type: 'task-sample',
        at: t0 + s * 1000,
        runId: info.id,
        taskId: id,
        sample: { at: t0 + s * 1000, cpuPercent: 40 + ((s * 7 + i * 13) % 60), memoryBytes: (200 + ((s + i) % 50)) * 1024 * 1024, pids: 12 },
      });
    }
  }
  if (options.finished) {
    const end = t0 + options.seconds * 1000 + 300;
    for (const id of ids) {
      const record = records.get(id)!;
      Object.assign(record, {
        status: 'succeeded',
        exitCode: 0,
        agentStartedAt: t0 + 100,
        agentFinishedAt: end - 100,
        durationMs: end - t0 - 200,
        finishedAt: end,
        commit: 'b'.repeat(40),
        filesChanged: 3,
        insertions: 40,
        deletions: 2,
        changedFiles: ['src/a.ts', 'src/b.ts', 'README.md'],
        cpu: { seconds: options.seconds * 0.6, avgPercent: 60, peakPercent: 99 },
        memory: { peakBytes: 260 * 1024 * 1024, limitBytes: 2 * 1024 ** 3 },
        peakPids: 14,
        logFile: taskLogFile(info, id),
        agent: { ok: true, turns: 12, costUsd: 0.12, finalText: 'Done. '.repeat(200) },
      });
      journal.write({ type: 'task-state', at: end, runId: info.id, taskId: id, status: 'succeeded', record: { ...record } });
    }
    journal.write({ type: 'run-finished', at: end, runId: info.id, result: finishEvent({ ...info }, [...records.values()], end, ids.length * 0.9) });
  }
  journal.close();
  return info;
}
