/**
 * The fan-out engine: one worktree and one isolated agent run per task, in parallel and in dependency
 * order, each result committed on its own branch, everything measured. Used by the CLI and the action.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getAgent } from './agents/index.js';
import type { AgentContext } from './agents/types.js';
import { DEFAULT_IMAGE, FORBIDDEN_ENV, type RunConfig } from './config.js';
import { selectExecutor } from './exec/select.js';
import { defaultAgentUser, parseAgentUser } from './exec/agent-user.js';
import type { ExecResult, Executor } from './exec/types.js';
import { releaseBranch, reserveBranches } from './git/branches.js';
import { CollectStep } from './git/collect.js';
import { Git } from './git/git.js';
import { removeTaskDir, repoObjects, setUpTask } from './git/task-repo.js';
import { mergeStartPoint, taskBranchName } from './git/worktrees.js';
import { JournalWriter } from './journal.js';
import type { Logger } from './logger.js';
import type { RunEvent, RunInfo, RunResult, TaskRecord, TaskStatus } from './model.js';
import { buildRunResult, computeRunMetrics } from './report/index.js';
import { resolveMaxParallel, PressureMonitor } from './concurrency.js';
import { schedule } from './scheduler.js';
import { criticalPathMs } from './tasks/graph.js';
import type { TaskSpec } from './tasks/types.js';

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

/** How long after an agent's first resource sample its collect step's container is started. */
const PRESTART_COLLECT_AFTER_MS = 4000;

/** The identity the orchestrator (and agents) commit as. */
export const COMMIT_IDENTITY = { name: 'agent-fanout', email: 'agent-fanout@users.noreply.github.com' };

/** A short, sortable, unique run id: `YYYYMMDD-HHMMSS-xxxx` (UTC). */
export function newRunId(now: number): string {
  const iso = new Date(now).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${randomBytes(2).toString('hex')}`;
}

/** The run directory's `run.json`: lets `gc` and the post step find a run's repo and worktrees. */
export interface RunDirMeta {
  runId: string;
  repo: string;
  pid: number;
  host: string;
  startedAt: number;
}

export function runDirFor(stateDir: string, runId: string): string {
  return path.join(stateDir, 'runs', runId);
}

export async function runFanout(options: RunFanoutOptions): Promise<RunResult> {
  const { config, tasks, logger } = options;
  const clock = options.clock ?? Date.now;
  const startedAt = clock();
  const runId = options.runId ?? newRunId(startedAt);
  const git = await Git.create(config.repo);
  const baseCommit = await git.revParse(`${config.baseRef}^{commit}`);
  const repo = await repoObjects(git);
  const runDir = runDirFor(config.stateDir, runId);
  await fs.mkdir(path.join(runDir, 'worktrees'), { recursive: true });
  const meta: RunDirMeta = { runId, repo: git.topLevel, pid: process.pid, host: os.hostname(), startedAt };
  await fs.writeFile(path.join(runDir, 'run.json'), JSON.stringify(meta, null, 2));

  const selected = options.executor
    ? { executor: options.executor, reason: undefined }
    : await selectExecutor(config, tasks, logger);
  const executor = selected.executor;
  const maxParallel = resolveMaxParallel(config, tasks.length, logger);
  const user = config.user ?? (await defaultAgentUser(git.topLevel));
  if (executor.mode === 'docker' && user.startsWith('0:')) {
    logger.warning('agents run as uid 0 (--user 0:0): they keep no capabilities, but files they write are root-owned; leave --user out to run them unprivileged');
  }
  if (executor.mode === 'subprocess' && !selected.reason?.startsWith('Docker not used')) {
    logger.warning('subprocess mode: agents run on this host without a sandbox and can reach whatever this user can; their results are still taken in as data (docs/security.md)');
  }
  // A root orchestrator hands each task directory to the unprivileged agent user.
  const agentOwner = executor.mode === 'docker' && process.getuid?.() === 0 ? parseAgentUser(user) : null;
  const owner = agentOwner && agentOwner.uid !== 0 ? agentOwner : undefined;

  const journal = JournalWriter.open(config.stateDir, runId);
  const emit = (event: RunEvent) => {
    journal.write(event);
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warning(`event listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // Branch names are fixed up front so the first progress report can show them.
  const records = new Map<string, TaskRecord>();
  const specs = new Map(tasks.map((t) => [t.id, t]));
  const issue = options.issue ?? null;
  // Reserved (created at the base commit) now, atomically, so a concurrent run cannot take the same name.
  const branches = await reserveBranches(
    git,
    tasks.map((task) => taskBranchName(config.branchPrefix, task.id, issue ?? task.issues[0] ?? null)),
    baseCommit,
    { remote: options.remote, token: options.remoteToken },
  );
  tasks.forEach((task, i) => records.set(task.id, queuedTaskRecord(task, branches[i], startedAt)));
  // Where each task branch points as far as this run knows; every move is a compare-and-swap from it.
  const branchAt = new Map(tasks.map((task) => [task.id, baseCommit]));
  const branchUsed = new Set<string>();

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
    runDir,
    pid: process.pid,
    host: os.hostname(),
  };
  emit({
    type: 'run-started',
    at: startedAt,
    run: info,
    tasks: [...records.values()].map(({ id, title, file, dependsOn, branch }) => ({ id, title, file, dependsOn, branch })),
  });

  const setStatus = (id: string, status: TaskStatus, patch: Partial<TaskRecord> = {}) => {
    const record = records.get(id)!;
    Object.assign(record, patch, { status });
    emit({ type: 'task-state', at: clock(), runId, taskId: id, status, record: { ...record } });
  };

  // The agent sees its own task directory and the main repository's objects, read-only: none of the
  // main repository's refs, HEAD, config, hooks or info/.
  const objectMounts = repo.objectDirs.map((d) => ({ path: d, readOnly: true }));
  // Task images found without git for the collect step (it then runs in agent-fanout's own image).
  const imagesWithoutTools = new Set<string>();
  // Collect steps whose containers may still be exiting: the run waits for them before it ends.
  const collectSteps: Promise<void>[] = [];

  // Explicit parallelism is the user's choice; `auto` adapts to what the host can take.
  const pressure = new PressureMonitor({ logger, clock });
  if (config.maxParallel === 'auto') pressure.start();
  const worktrees: string[] = [];

  const runOne = async (id: string, signal: AbortSignal): Promise<'succeeded' | 'failed'> => {
    const task = specs.get(id)!;
    const record = records.get(id)!;
    const taskStart = clock();
    setStatus(id, 'running', { startedAt: taskStart, queueWaitMs: taskStart - (record.readyAt ?? startedAt) });
    const phases: Record<string, number> = {};
    const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
      const t0 = clock();
      try {
        return await fn();
      } finally {
        phases[phase] = (phases[phase] ?? 0) + (clock() - t0);
      }
    };
    let outcome: { status: TaskStatus; reason?: string };
    try {
      const depCommits = task.dependsOn.map((d) => records.get(d)!.commit ?? records.get(d)!.baseCommit ?? baseCommit);
      const startPoint = depCommits.length
        ? await timed('merge', () => mergeStartPoint(git, [...new Set(depCommits)], { identity: COMMIT_IDENTITY }))
        : baseCommit;
      const worktree = path.join(runDir, 'worktrees', id);
      worktrees.push(worktree);
      branchUsed.add(id);
      await timed('worktree', () => setUpTask(git, repo, { dir: worktree, branch: record.branch!, startPoint, branchAt: branchAt.get(id)!, owner }));
      branchAt.set(id, startPoint);
      record.worktree = worktree;
      record.baseCommit = startPoint;

      const taskDir = path.join(runDir, 'tasks', id);
      await fs.mkdir(taskDir, { recursive: true });
      const promptFile = path.join(taskDir, 'prompt.md');
      await fs.writeFile(promptFile, task.prompt);
      const agent = getAgent(task.agent ?? config.agent);
      const ctx: AgentContext = { config, promptFile, taskDir, hostEnv: process.env };
      await timed('prepare', async () => agent.prepare?.(task, ctx));
      const invocation = agent.invocation(task, ctx);
      const logFile = path.join(taskDir, 'output.log');
      const stdoutFile = path.join(taskDir, 'stdout.log');
      record.logFile = logFile;

      const collect = await CollectStep.prepare(executor, git, {
        runId,
        taskId: id,
        workDir: worktree,
        outDir: path.join(runDir, 'results', id),
        taskDir,
        branch: record.branch!,
        startPoint,
        commonDir: repo.commonDir,
        objectFormat: repo.objectFormat,
        objectDirs: repo.objectDirs,
        shallow: repo.shallow,
        message: commitMessage(task),
        identity: COMMIT_IDENTITY,
        limits: { maxBytes: config.maxResultBytes, maxFiles: config.maxResultFiles, maxFileBytes: config.maxFileBytes },
        user,
        image: task.image ?? config.image,
        cpus: task.cpus ?? config.cpus,
        memoryBytes: task.memoryBytes ?? config.memoryBytes,
        pidsLimit: config.pidsLimit,
        owner,
        agentTimeoutMs: task.timeoutMs ?? config.timeoutMs,
        signal,
        fallbackImage: DEFAULT_IMAGE,
        imagesWithoutTools,
      });
      let exec: ExecResult;
      let firstSampleAt: number | undefined;
      try {
        exec = await executor.run({
          runId,
          taskId: id,
          argv: invocation.argv,
          env: { ...agentEnv(config, task, executor.mode, user), ...invocation.env },
          workdir: worktree,
          mounts: [{ path: worktree }, ...objectMounts, { path: taskDir, readOnly: true }],
          user,
          image: task.image ?? config.image,
          cpus: task.cpus ?? config.cpus,
          memoryBytes: task.memoryBytes ?? config.memoryBytes,
          pidsLimit: config.pidsLimit,
          network: config.network,
          timeoutMs: task.timeoutMs ?? config.timeoutMs,
          logFile,
          stdoutFile,
          onOutput: (stream, text) => emit({ type: 'task-output', at: clock(), runId, taskId: id, stream, text }),
          onSample: (sample) => {
            emit({ type: 'task-sample', at: sample.at, runId, taskId: id, sample });
            // The collect step's container starts while the agent works, off the task's path — a few
            // seconds in, so that it neither delays the agent's start nor thins its first readings.
            firstSampleAt ??= sample.at;
            if (sample.at - firstSampleAt >= PRESTART_COLLECT_AFTER_MS) collect.prestart();
          },
          signal,
        });
      } catch (error) {
        await collect.cancel();
        throw error;
      }
      Object.assign(phases, exec.phases);
      Object.assign(record, {
        exitCode: exec.exitCode,
        agentStartedAt: exec.startedAt,
        agentFinishedAt: exec.finishedAt,
        durationMs: exec.finishedAt - exec.startedAt,
        cpu: exec.cpu,
        memory: exec.memory,
        peakPids: exec.peakPids,
      });

      // What the agent left is collected in a sandbox of its own and taken in as data; a cancelled run
      // does not wait for that.
      let problem: string | undefined;
      if (exec.outcome === 'cancelled') {
        await collect.cancel();
      } else {
        const taken = await collect.finish().finally(() => collectSteps.push(collect.done));
        Object.assign(phases, taken.phases);
        const { phases: _phases, problem: why, note, rejectedRef, ...committed } = taken;
        Object.assign(record, committed, rejectedRef ? { rejectedRef } : {}, note ? { resultNote: note } : {});
        if (committed.commit) branchAt.set(id, committed.commit);
        problem = why;
      }
      const report = exec.outcome === 'exited' ? await agent.parseResult(stdoutFile, exec.exitCode) : null;
      record.agent = report;

      const { status, reason } = classify(exec, report);
      if (problem !== undefined && signal.aborted) outcome = { status: 'cancelled', reason: 'run cancelled' };
      else if (problem !== undefined) outcome = { status: status === 'succeeded' ? 'failed' : status, reason: reason ? `${reason}; ${problem}` : problem };
      else outcome = { status, reason };
    } catch (error) {
      const message = `task '${id}': ${error instanceof Error ? error.message : String(error)}`;
      logger.error(message);
      outcome = { status: signal.aborted ? 'cancelled' : 'failed', reason: message };
    }
    // Each worktree goes as soon as its task is done (the branch keeps the result), not at the end.
    if (record.worktree && !config.keepWorktrees) {
      await timed('cleanup', () => dropWorktree(record.worktree!));
    }
    finishTask(id, outcome.status, outcome.reason, phases, taskStart);
    return outcome.status === 'succeeded' ? 'succeeded' : 'failed';
  };

  const dropWorktree = async (worktree: string) => {
    try {
      // Only deleted: no git runs in a directory an agent had, and fs.rm does not follow its symlinks.
      await removeTaskDir(worktree);
      worktrees.splice(worktrees.indexOf(worktree), 1);
    } catch (error) {
      logger.warning(`could not remove worktree ${worktree}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const finishTask = (id: string, status: TaskStatus, reason: string | undefined, phases: Record<string, number>, taskStart: number) => {
    const record = records.get(id)!;
    const finishedAt = clock();
    const total = finishedAt - taskStart;
    setStatus(id, status, {
      reason,
      phases,
      finishedAt,
      overheadMs: record.durationMs === null ? total : Math.max(0, total - record.durationMs),
    });
  };

  try {
    await schedule({
      tasks,
      concurrency: maxParallel,
      failFast: config.failFast,
      signal: options.signal,
      run: runOne,
      beforeStart: (_id, signal) => pressure.waitForCapacity(signal),
      onReady: (id) => {
        records.get(id)!.readyAt = clock();
      },
      onSkipped: (id, reason) => setStatus(id, 'skipped', { reason, finishedAt: clock() }),
      onCancelled: (id, reason) => setStatus(id, 'cancelled', { reason, finishedAt: clock() }),
    });
  } finally {
    pressure.stop();
    if (!config.keepWorktrees) {
      for (const worktree of [...worktrees]) await dropWorktree(worktree);
      await fs.rm(path.join(runDir, 'worktrees'), { recursive: true, force: true });
    }
    await Promise.allSettled(collectSteps);
    await fs.rm(path.join(runDir, 'results'), { recursive: true, force: true });
    // Names reserved for tasks that never started (skipped, cancelled, failed before set-up) go again.
    for (const [id, record] of records) {
      if (!branchUsed.has(id) && record.branch) await releaseBranch(git, record.branch, baseCommit).catch(() => false);
    }
  }

  const finishedAt = clock();
  info.finishedAt = finishedAt;
  const taskRecords = [...records.values()];
  const durations = new Map(taskRecords.filter((r) => r.durationMs !== null).map((r) => [r.id, r.durationMs!]));
  const hasDeps = tasks.some((t) => t.dependsOn.length > 0);
  const metrics = computeRunMetrics(taskRecords, {
    startedAt,
    finishedAt,
    maxParallel,
    mode: executor.mode,
    criticalPathMs: hasDeps ? criticalPathMs(tasks, durations) : null,
    heldBackMs: pressure.heldBackMs,
  });
  if (pressure.episodes.length) metrics.pressureHolds = [...pressure.episodes];
  const result = buildRunResult(info, metrics, taskRecords);
  emit({ type: 'run-finished', at: finishedAt, runId, result });
  journal.close();
  return result;
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
    agent: null,
    logFile: null,
    worktree: null,
  };
}

function commitMessage(task: TaskSpec): string {
  return `${task.title}\n\nagent-fanout task '${task.id}' (${task.file})`;
}

/** The agent's environment: the configured variable names taken from the host, never a GitHub token. */
function agentEnv(config: RunConfig, task: TaskSpec, mode: Executor['mode'], user: string): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: COMMIT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: COMMIT_IDENTITY.email,
    GIT_COMMITTER_NAME: COMMIT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: COMMIT_IDENTITY.email,
    AGENT_FANOUT_TASK_ID: task.id,
    CI: 'true',
  };
  if (mode === 'subprocess') {
    env.PATH = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  } else if (user.startsWith('0:')) {
    // Claude Code refuses --dangerously-skip-permissions as root unless told it is sandboxed; a
    // container without capabilities is that sandbox.
    env.IS_SANDBOX = '1';
  }
  for (const name of new Set([...config.env, ...task.env])) {
    if (FORBIDDEN_ENV.includes(name.toUpperCase())) continue;
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

function classify(
  exec: ExecResult,
  report: { ok: boolean; error?: string } | null,
): { status: TaskStatus; reason?: string } {
  switch (exec.outcome) {
    case 'timed_out':
      return { status: 'timed_out', reason: 'the task exceeded its timeout and was killed' };
    case 'oom':
      return { status: 'oom', reason: 'the container was killed for exceeding its memory limit' };
    case 'cancelled':
      return { status: 'cancelled', reason: 'run cancelled' };
    case 'error':
      return { status: 'failed', reason: exec.error };
    case 'exited':
      if (exec.exitCode !== 0) {
        return { status: 'failed', reason: report?.error ?? `the agent exited with code ${exec.exitCode}` };
      }
      if (report && !report.ok) return { status: 'failed', reason: report.error ?? 'the agent reported failure' };
      return { status: 'succeeded' };
  }
}
