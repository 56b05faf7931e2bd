/**
 * The fan-out engine: opens a run (base commit, run directory, executor, branch names), schedules its
 * tasks in dependency order through a {@link TaskRunner}, and measures the whole. Used by the CLI and
 * the action.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { RunEvent, RunInfo, RunResult, TaskRecord } from '../core/model.js';
import { selectExecutor } from '../exec/select.js';
import type { Executor } from '../exec/types.js';
import { Git } from '../git/git.js';
import { taskBranchName, uniqueBranchNames } from '../git/worktrees.js';
import { buildRunResult, computeRunMetrics, estimateSoloTimes } from '../report/index.js';
import { criticalPathMs } from '../tasks/graph.js';
import type { TaskSpec } from '../tasks/types.js';
import { PressureMonitor, resolveMaxParallel } from './concurrency.js';
import { ContentionLedger } from './contention.js';
import { JournalWriter } from './journal.js';
import { RunDir } from './rundir.js';
import { schedule } from './scheduler.js';
import { TaskRunner } from './task-runner.js';


/** The span of recent task time `auto` judges contention over. */
const STALL_WINDOW_MS = 2000;

export interface RunFanoutOptions {
  config: RunConfig;
  tasks: TaskSpec[];
  logger: Logger;
  /** Called synchronously for every event (run-started, task-state, task-sample, task-output, run-finished). */
  onEvent?: (event: RunEvent) => void;
  /** Aborting cancels: running tasks are killed (`cancelled`), queued ones never start; worktrees removed. */
  signal?: AbortSignal;
  /** Issue number the run belongs to (branch names `<prefix>/<issue>/<task-id>`). */
  issue?: number | null;
  /** Remote checked for existing branch names when choosing `-tryK` suffixes (e.g. `origin`). */
  remote?: string;
  /** Token for reading `remote` (never given to agents). */
  remoteToken?: string;
  /** Default: generated from the start time, e.g. `20261129-021500-ab12`. */
  runId?: string;
  /** Default: chosen by `config.execution`. */
  executor?: Executor;
  /** Default `Date.now`. */
  clock?: () => number;
}

/** A short, sortable, unique run id: `YYYYMMDD-HHMMSS-xxxx` (UTC). */
export function newRunId(now: number): string {
  const iso = new Date(now).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${randomBytes(2).toString('hex')}`;
}

export async function runFanout(options: RunFanoutOptions): Promise<RunResult> {
  const { config, tasks, logger } = options;
  const clock = options.clock ?? Date.now;
  const startedAt = clock();
  const runId = options.runId ?? newRunId(startedAt);
  const git = await Git.create(config.repo);
  const baseCommit = await git.revParse(`${config.baseRef}^{commit}`);
  const runDir = RunDir.of(config.stateDir, runId);
  await runDir.create({ runId, repo: git.topLevel, startedAt });

  const selected = options.executor
    ? { executor: options.executor, reason: undefined }
    : await selectExecutor(config, tasks, logger);
  const executor = selected.executor;
  const maxParallel = resolveMaxParallel(config, tasks.length, logger);
  const user = agentUser(config, executor, logger);

  const journal = JournalWriter.open(config.stateDir, runId);
  const emit = (event: RunEvent) => {
    journal.write(event);
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warning(`event listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const issue = options.issue ?? null;
  const records = await initialRecords(git, config, tasks, issue, options, startedAt);
  const info: RunInfo = {
    id: runId,
    repo: git.topLevel,
    baseRef: config.baseRef,
    baseCommit,
    issue,
    startedAt,
    finishedAt: null,
    mode: executor.mode,
    modeReason: selected.reason,
    maxParallel,
    runDir: runDir.path,
    pid: process.pid,
    host: os.hostname(),
  };
  emit({
    type: 'run-started',
    at: startedAt,
    run: info,
    tasks: [...records.values()].map(({ id, title, file, dependsOn, branch }) => ({ id, title, file, dependsOn, branch })),
  });

  const contention = new ContentionLedger({ clock });
  contention.start();
  const runner = new TaskRunner({ runId, config, git, baseCommit, runDir, executor, user, records, logger, clock, emit, contention });
  const specs = new Map(tasks.map((t) => [t.id, t]));
  // Explicit parallelism is the user's choice; `auto` adapts to what the host can take: it holds new
  // starts while the running tasks mostly wait for each other.
  const pressure = new PressureMonitor({ logger, clock, stallProbe: () => contention.recentShare(STALL_WINDOW_MS) });
  if (config.maxParallel === 'auto') pressure.start();
  try {
    await schedule({
      tasks,
      concurrency: maxParallel,
      failFast: config.failFast,
      signal: options.signal,
      run: (id, signal) => runner.run(specs.get(id)!, signal),
      beforeStart: (_id, signal) => pressure.waitForCapacity(signal),
      onReady: (id) => {
        records.get(id)!.readyAt = clock();
      },
      onSkipped: (id, reason) => runner.setStatus(id, 'skipped', { reason, finishedAt: clock() }),
      onCancelled: (id, reason) => runner.setStatus(id, 'cancelled', { reason, finishedAt: clock() }),
    });
  } finally {
    pressure.stop();
    await contention.stop();
    if (!config.keepWorktrees) await runner.removeAllWorktrees();
  }

  for (const [id, c] of contention.attribute()) {
    const record = records.get(id);
    if (record) record.contentionMs = c.contentionMs;
  }
  const result = finalResult(info, [...records.values()], tasks, pressure, clock(), contention);
  emit({ type: 'run-finished', at: result.run.finishedAt!, runId, result });
  journal.close();
  return result;
}

/** `uid:gid` agents run as: `--user`, else this process's. */
function agentUser(config: RunConfig, executor: Executor, logger: Logger): string {
  const user = config.user ?? `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
  if (executor.mode === 'docker' && user.startsWith('0:')) {
    logger.warning('agents run as uid 0 (this process is root): they keep no capabilities, but files they write are root-owned; run as the runner user or pass --user');
  }
  return user;
}

/** Queued records with branch names fixed up front, so the first progress report can show them. */
async function initialRecords(
  git: Git,
  config: RunConfig,
  tasks: TaskSpec[],
  issue: number | null,
  options: RunFanoutOptions,
  queuedAt: number,
): Promise<Map<string, TaskRecord>> {
  const branches = await uniqueBranchNames(
    git,
    tasks.map((task) => taskBranchName(config.branchPrefix, task.id, issue ?? task.issues[0] ?? null)),
    options.remote,
    { token: options.remoteToken },
  );
  return new Map(tasks.map((task, i) => [task.id, queuedTaskRecord(task, branches[i], queuedAt)]));
}

function finalResult(
  info: RunInfo,
  taskRecords: TaskRecord[],
  tasks: TaskSpec[],
  pressure: PressureMonitor,
  finishedAt: number,
  contention: ContentionLedger,
): RunResult {
  info.finishedAt = finishedAt;
  const durations = new Map(taskRecords.filter((r) => r.durationMs !== null).map((r) => [r.id, r.durationMs!]));
  const hasDeps = tasks.some((t) => t.dependsOn.length > 0);
  const metrics = computeRunMetrics(taskRecords, {
    startedAt: info.startedAt,
    finishedAt,
    maxParallel: info.maxParallel,
    mode: info.mode,
    criticalPathMs: hasDeps ? criticalPathMs(tasks, durations) : null,
    heldBackMs: pressure.heldBackMs,
    foreignCpuShare: agentSpan(taskRecords, (from, to) => contention.foreignShare(from, to)),
    cpus: contention.cpus,
  });
  if (pressure.episodes.length) metrics.pressureHolds = [...pressure.episodes];
  const solo = estimateSoloTimes(taskRecords, { startedAt: info.startedAt, finishedAt, cpus: contention.cpus });
  for (const record of taskRecords) {
    record.contentionMs ??= null;
    record.soloMs = record.contentionMs === null ? null : (solo.soloMs.get(record.id) ?? null);
  }
  return buildRunResult(info, metrics, taskRecords);
}

/** `measure` over the time from the first agent start to the last agent end; null when no agent ran. */
function agentSpan(records: readonly TaskRecord[], measure: (from: number, to: number) => number | null): number | null {
  const ran = records.filter((r) => r.agentStartedAt !== null && r.agentFinishedAt !== null);
  if (ran.length === 0) return null;
  return measure(Math.min(...ran.map((r) => r.agentStartedAt!)), Math.max(...ran.map((r) => r.agentFinishedAt!)));
}

/** The record of a task that has not been picked up yet. */
export function queuedTaskRecord(task: TaskSpec, branch: string | null, queuedAt: number): TaskRecord {
  return {
    id: task.id,
    title: task.title,
    file: task.file,
    issues: task.issues,
    dependsOn: task.dependsOn,
    status: 'queued',
    exitCode: null,
    branch,
    baseCommit: null,
    commit: null,
    filesChanged: 0,
    insertions: 0,
    deletions: 0,
    changedFiles: [],
    queuedAt,
    readyAt: null,
    startedAt: null,
    agentStartedAt: null,
    agentFinishedAt: null,
    finishedAt: null,
    durationMs: null,
    queueWaitMs: null,
    overheadMs: null,
    phases: {},
    cpu: null,
    memory: null,
    peakPids: null,
    stall: null,
    contentionMs: null,
    soloMs: null,
    agent: null,
    logFile: null,
    worktree: null,
  };
}
