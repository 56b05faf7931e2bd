/**
 * The fan-out engine: opens a run (base commit, run directory, executor, branch names), schedules its
 * tasks in dependency order through a {@link TaskRunner}, and measures the whole. Used by the CLI and
 * the action.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { queuedTaskRecord, type RunEvent, type RunInfo, type RunResult, type TaskRecord } from '../core/model.js';
import { assertEgressEnforceable, startRunEgress, type RunEgress } from '../exec/egress/run-egress.js';
import { checkRunMounts, daemonSharesMounts } from '../exec/runner-environment.js';
import { selectExecutor } from '../exec/select.js';
import type { Executor } from '../exec/types.js';
import { Git } from '../git/git.js';
import { defaultAgentUser, parseAgentUser } from '../exec/agent-user.js';
import { releaseBranch, reserveBranches } from '../git/branches.js';
import { repoObjects } from '../git/task-repo.js';
import { TaskTrees } from '../git/task-trees.js';
import { taskBranchName } from '../git/worktrees.js';
import { buildRunResult, computeRunMetrics, estimateSoloTimes } from '../report/index.js';
import type { TaskSpec } from '../tasks/types.js';
import { PressureMonitor, resolveMaxParallel } from './concurrency.js';
import { ContentionLedger } from './contention.js';
import { MemoryProbe } from '../exec/memory-probe.js';
import { JournalWriter, journalFile } from './journal.js';
import { RunDir } from './rundir.js';
import { schedule } from './scheduler.js';
import { TaskRunner } from './task-runner.js';
import { runSettingWarnings } from './warnings.js';
import { errorMessage } from '../core/errors.js';

export { queuedTaskRecord } from '../core/model.js';


/** The span of recent task time `auto` judges contention over. */
const STALL_WINDOW_MS = 2000;

export interface RunFanoutOptions {
  config: RunConfig;
  tasks: TaskSpec[];
  logger: Logger;
  /** Called synchronously for every event (run-started, task-state, task-sample, task-output, task-progress, run-finished). */
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
  for (const warning of runSettingWarnings(config, tasks, process.env)) logger.warning(warning);
  const startedAt = clock();
  const runId = options.runId ?? newRunId(startedAt);
  // The repository and the executor are asked side by side; a bad base is still the first error.
  const [repoSide, executorSide] = await Promise.allSettled([
    (async () => {
      const git = await Git.create(config.repo);
      return { git, baseCommit: await git.revParse(`${config.baseRef}^{commit}`) };
    })(),
    options.executor
      ? Promise.resolve({ executor: options.executor, reason: undefined, unusable: new Map<string, string>() })
      : selectExecutor(config, tasks, logger),
  ]);
  if (repoSide.status === 'rejected') throw repoSide.reason;
  if (executorSide.status === 'rejected') throw executorSide.reason;
  const { git, baseCommit } = repoSide.value;
  const selected = executorSide.value;
  const runDir = RunDir.of(config.stateDir, runId);
  const executor = selected.executor;
  assertEgressEnforceable(config, executor.mode, selected.reason);
  // Every attempt of a best-of-N task takes a slot of its own.
  const attemptsOf = (task: TaskSpec) => task.attempts ?? config.attempts;
  const agentRuns = tasks.reduce((sum, t) => sum + attemptsOf(t), 0);
  const maxParallel = resolveMaxParallel(config, agentRuns, logger);
  const repo = await repoObjects(git);
  const user = await agentUser(config, executor, git, selected.reason, logger);
  // A root orchestrator hands each task directory to the unprivileged agent user.
  const agentOwner = executor.mode === 'docker' && process.getuid?.() === 0 ? parseAgentUser(user) : null;
  const owner = agentOwner && agentOwner.uid !== 0 ? agentOwner : undefined;
  const issue = options.issue ?? null;
  // Branch names are reserved (created at the base commit) now, atomically: a concurrent run cannot take them.
  const records = await initialRecords(git, config, tasks, issue, options, startedAt, baseCommit);
  // Started now so that its passes during set-up, before any agent runs, make its baseline. It stamps
  // them with the real clock: with an injected clock they would not line up. Only where tasks can run
  // side by side on CPUs of their own: one at a time, or on one CPU, there is nothing for it to count.
  const sideBySide = maxParallel > 1 && agentRuns > 1 && os.availableParallelism() >= 2;
  const memoryProbe = clock === Date.now && sideBySide ? new MemoryProbe() : null;
  memoryProbe?.start();
  let trees: TaskTrees | undefined;
  try {
    // Created once the run can start: a run that fails to start leaves no run directory behind.
    await runDir.create({ runId, repo: git.topLevel, startedAt });
    // The Docker daemon this run found itself (an executor given by the caller is the caller's
    // business): read from /proc while the overlay is probed (it never rejects).
    const ownDaemon = executor.mode === 'docker' && !options.executor;
    const sharesMounts = ownDaemon ? daemonSharesMounts() : Promise.resolve(false);
    trees = await TaskTrees.open({
      git,
      repo,
      baseCommit,
      owner,
      layout: { root: runDir.path, worktreesDir: runDir.worktreesDir, baseDir: runDir.baseDir, layersDir: runDir.layersDir },
      want: config.taskCheckout,
      fullBecause: config.keepWorktrees ? 'keep-worktrees: task directories must outlive the run, its mounts must not' : undefined,
      logger,
      clock,
    });
    // A daemon that cannot see the run directory would give every agent an empty worktree. One in
    // this process's mount namespace sees it (and every mount this process makes); any other is
    // asked with a container.
    if (await sharesMounts) {
      logger.debug('the Docker daemon runs in this mount namespace: it sees the run directory and its mounts');
    } else if (ownDaemon) {
      // …and one that does not see this process's mounts, an empty overlay mount point.
      const probe = trees.mode === 'overlay' ? await trees.mountProbe() : undefined;
      try {
        const seen = await checkRunMounts({ dir: runDir.path, gitDir: repo.commonDir, image: tasks[0]?.image ?? config.image, user, logger, overlay: probe });
        if (probe && !seen.overlaySeen) trees.fallBack('the Docker daemon does not see mounts made by this process (it runs in another mount namespace)');
      } finally {
        await probe?.release();
      }
    }
  } catch (error) {
    await memoryProbe?.stop();
    await trees?.close().catch((e: unknown) => logger.warning(`task checkouts: ${errorMessage(e)}`));
    for (const record of records.values()) if (record.branch) await releaseBranch(git, record.branch, baseCommit).catch(() => false);
    throw error;
  }
  logger.info(trees.describe());
  trees.prepare();

  const journal = JournalWriter.open(config.stateDir, runId, {
    onError: (error) => logger.warning(`the run's journal (${journalFile(config.stateDir, runId)}) cannot be written, the dashboard will not see the rest of this run: ${error.message}`),
  });
  const emit = (event: RunEvent) => {
    journal.write(event);
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warning(`event listener failed: ${errorMessage(error)}`);
    }
  };

  const info: RunInfo = {
    id: runId,
    repo: git.topLevel,
    baseRef: config.baseRef,
    baseCommit,
    issue,
    startedAt,
    finishedAt: null,
    mode: executor.mode,
    modeReason: selected.reason ?? null,
    maxParallel,
    runDir: runDir.path,
    checkout: trees.info,
    pid: process.pid,
    host: os.hostname(),
  };
  emit({
    type: 'run-started',
    at: startedAt,
    run: info,
    tasks: [...records.values()].map(({ id, title, file, dependsOn, branch }) => ({ id, title, file, dependsOn, branch })),
  });

  let egress: RunEgress | null = null;
  const contention = new ContentionLedger({ clock, probe: memoryProbe });
  contention.start();
  const runner = new TaskRunner({
    runId,
    config,
    git,
    baseCommit,
    runDir,
    executor,
    user,
    repo,
    trees,
    owner,
    records,
    logger,
    clock,
    emit,
    egress: () => egress,
    unusable: selected.unusable,
    contention,
  });
  const specs = new Map(tasks.map((t) => [t.id, t]));
  // Explicit parallelism is the user's choice; `auto` adapts to what the host can take: it holds new
  // starts while the running tasks mostly wait for each other.
  const pressure = new PressureMonitor({ logger, clock, stallProbe: () => contention.recentShare(STALL_WINDOW_MS) });
  if (config.maxParallel === 'auto') pressure.start();
  try {
    egress = await startRunEgress({ config, tasks, runId, runDir: runDir.path, records, emit, logger });
    if (egress) info.egress = egress.info;
    await schedule({
      tasks: tasks.map((t) => ({ id: t.id, dependsOn: t.dependsOn, attempts: attemptsOf(t) })),
      concurrency: maxParallel,
      failFast: config.failFast,
      signal: options.signal,
      run: (id, signal, attempt) => {
        const spec = specs.get(id)!;
        return attemptsOf(spec) > 1 ? runner.runAttempt(spec, attempt, signal) : runner.run(spec, signal);
      },
      conclude: (id, started) => runner.concludeAttempts(specs.get(id)!, started),
      beforeStart: (_id, signal) => pressure.waitForCapacity(signal),
      onReady: (id) => {
        records.get(id)!.readyAt = clock();
      },
      onSkipped: (id, reason) => runner.setStatus(id, 'skipped', { reason, finishedAt: clock() }),
      onCancelled: (id, reason) => runner.setStatus(id, 'cancelled', { reason, finishedAt: clock() }),
    });
  } finally {
    pressure.stop();
    // The memory probe's final passes run while the run cleans up, not before it.
    const ledgerStopped = contention.stop().catch(() => undefined);
    await egress?.stop();
    if (!config.keepWorktrees) await runner.removeAllWorktrees();
    // The shared base and anything still mounted go even when the run was cancelled.
    await trees.close().catch((error: unknown) => logger.warning(`task checkouts: ${errorMessage(error)}; \`agent-fanout gc\` removes what is left`));
    info.checkout = trees.info;
    await runner.finishRun();
    await ledgerStopped;
  }

  for (const [id, c] of contention.attributeByTask()) {
    const record = records.get(id);
    if (record) {
      record.contentionMs = c.contentionMs;
      if (contention.probeSamples.length > 0) record.memoryBandwidthMs = c.memoryBandwidthMs;
    }
  }
  const result = finalResult(info, [...records.values()], tasks, pressure, clock(), contention);
  emit({ type: 'run-finished', at: result.run.finishedAt!, runId, result });
  journal.close();
  return result;
}

/**
 * `uid:gid` agents run as: `--user`, else this process's, and never root by default (a root
 * orchestrator runs them as the repository's owner, or 1000:1000).
 */
async function agentUser(config: RunConfig, executor: Executor, git: Git, modeReason: string | undefined, logger: Logger): Promise<string> {
  const user = config.user ?? (await defaultAgentUser(git.topLevel));
  if (executor.mode === 'docker' && user.startsWith('0:')) {
    logger.warning('agents run as uid 0 (--user 0:0): they keep no capabilities, but files they write are root-owned; leave --user out to run them unprivileged');
  }
  if (executor.mode === 'subprocess' && !modeReason?.startsWith('Docker not used')) {
    logger.warning('subprocess mode: agents run on this host without a sandbox and can reach whatever this user can; their results are still taken in as data (docs/security.md)');
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
  baseCommit: string,
): Promise<Map<string, TaskRecord>> {
  const branches = await reserveBranches(
    git,
    tasks.map((task) => taskBranchName(config.branchPrefix, task.id, issue ?? task.issues[0] ?? null)),
    baseCommit,
    { remote: options.remote, token: options.remoteToken },
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
  // Without dependencies the critical path is just the longest task: not worth reporting.
  const hasDeps = tasks.some((t) => t.dependsOn.length > 0);
  // One estimate for the records' solo times and the run's speedup.
  const solo = estimateSoloTimes(taskRecords, { startedAt: info.startedAt, finishedAt, cpus: contention.cpus });
  for (const record of taskRecords) {
    record.contentionMs ??= null;
    record.soloMs = record.contentionMs === null ? null : (solo.soloMs.get(record.id) ?? null);
  }
  const metrics = computeRunMetrics(taskRecords, {
    startedAt: info.startedAt,
    finishedAt,
    maxParallel: info.maxParallel,
    mode: info.mode,
    criticalPathMs: hasDeps ? undefined : null,
    heldBackMs: pressure.heldBackMs,
    foreignCpuShare: agentSpan(taskRecords, (from, to) => contention.foreignShare(from, to)),
    cpus: contention.cpus,
    solo,
    memorySlowdown: contention.probeSamples.length > 0 ? contention.memorySlowdown() : undefined,
  });
  if (pressure.episodes.length) metrics.pressureHolds = [...pressure.episodes];
  return buildRunResult(info, metrics, taskRecords);
}

/** `measure` over the time from the first agent start to the last agent end; null when no agent ran. */
function agentSpan(records: readonly TaskRecord[], measure: (from: number, to: number) => number | null): number | null {
  const ran = records.filter((r) => r.agentStartedAt !== null && r.agentFinishedAt !== null);
  if (ran.length === 0) return null;
  return measure(Math.min(...ran.map((r) => r.agentStartedAt!)), Math.max(...ran.map((r) => r.agentFinishedAt!)));
}
