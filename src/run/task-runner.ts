/**
 * One task's pipeline, one method per phase: start point → task repository → agent → result (collected
 * in a sandbox of its own, taken in as data) → cleanup.
 * The engine creates one TaskRunner per run and calls {@link TaskRunner.run} for each task the
 * scheduler starts; the runner owns the task's record and emits its state changes.
 */
import fs from 'node:fs/promises';
import { getAgent } from '../agents/index.js';
import type { AgentContext, AgentReport } from '../agents/types.js';
import { DEFAULT_IMAGE, FORBIDDEN_ENV, type RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { RunEvent, TaskRecord, TaskStatus } from '../core/model.js';
import { formatDuration } from '../core/units.js';
import type { RunEgress } from '../exec/egress/run-egress.js';
import type { ExecResult, Executor } from '../exec/types.js';
import { releaseBranch } from '../git/branches.js';
import { CollectStep } from '../git/collect.js';
import type { Git } from '../git/git.js';
import { removeTaskDir, setUpTask, type RepoObjects } from '../git/task-repo.js';
import { mergeStartPoint } from '../git/worktrees.js';
import type { TaskSpec } from '../tasks/types.js';
import type { CostBudget } from './budget.js';
import { TaskAttempts, type AttemptOutcome } from './retry.js';
import type { RunDir } from './rundir.js';
import { errorMessage } from '../core/errors.js';

/** The identity the orchestrator (and agents) commit as. */
export const COMMIT_IDENTITY = { name: 'agent-fanout', email: 'agent-fanout@users.noreply.github.com' };

export interface TaskRunnerOptions {
  runId: string;
  config: RunConfig;
  git: Git;
  baseCommit: string;
  runDir: RunDir;
  executor: Executor;
  /** `uid:gid` agents run as. */
  user: string;
  /** The main repository's object store, borrowed read-only by every task repository. */
  repo: RepoObjects;
  /** Set when a root orchestrator hands task directories to the agent's (unprivileged) user. */
  owner?: { uid: number; gid: number };
  records: Map<string, TaskRecord>;
  logger: Logger;
  clock: () => number;
  emit: (event: RunEvent) => void;
  /** The run's egress proxy (`network: allowlist`), once it is up; null otherwise. */
  egress: () => RunEgress | null;
  /** Tasks that cannot run on the executor (e.g. their image is missing), with why: they fail at once. */
  unusable?: ReadonlyMap<string, string>;
}

/** Milliseconds per phase of one task, accumulated by {@link PhaseTimer.time}. */
class PhaseTimer {
  readonly phases: Record<string, number> = {};

  constructor(private readonly clock: () => number) {}

  async time<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const t0 = this.clock();
    try {
      return await fn();
    } finally {
      this.phases[phase] = (this.phases[phase] ?? 0) + (this.clock() - t0);
    }
  }
}

type Outcome = AttemptOutcome;

/** How long after an agent's first resource sample its collect step's container is started. */
const PRESTART_COLLECT_AFTER_MS = 4000;

export class TaskRunner {
  readonly #o: TaskRunnerOptions;
  /** Worktrees that exist right now (removed as each task ends; the rest at the end of the run). */
  readonly #worktrees = new Set<string>();
  /** Where each task branch points as far as this run knows: every move is a compare-and-swap from it. */
  readonly #branchAt = new Map<string, string>();
  /** Tasks whose reserved branch was used (set up); the others' names are released at the end. */
  readonly #branchUsed = new Set<string>();
  /** Collect steps whose containers may still be exiting: the run waits for them before it ends. */
  readonly #collectSteps: Promise<void>[] = [];
  /** Task images found without git for the collect step (it then runs in agent-fanout's own image). */
  readonly #imagesWithoutTools = new Set<string>();

  constructor(options: TaskRunnerOptions) {
    this.#o = options;
  }

  /** Runs one task to its final state; resolves to what the scheduler needs to know. */
  async run(task: TaskSpec, signal: AbortSignal): Promise<'succeeded' | 'failed'> {
    const { clock } = this.#o;
    const record = this.#record(task.id);
    const taskStart = clock();
    this.setStatus(task.id, 'running', { startedAt: taskStart, queueWaitMs: taskStart - (record.readyAt ?? record.queuedAt) });
    const timer = new PhaseTimer(clock);
    let outcome: Outcome;
    const unusable = this.#o.unusable?.get(task.id);
    if (unusable !== undefined) {
      this.#finish(task.id, { status: 'failed', reason: `task '${task.id}': ${unusable}` }, timer.phases, taskStart);
      return 'failed';
    }
    try {
      const startPoint = await this.startPoint(task, timer);
      const last = await this.runAttempts(task, startPoint, signal, timer);
      outcome = await this.collectResult(task, last, signal, timer);
    } catch (error) {
      const text = errorMessage(error);
      const message = text.startsWith(`task '${task.id}': `) ? text : `task '${task.id}': ${text}`;
      this.#o.logger.error(message);
      outcome = { status: signal.aborted ? 'cancelled' : 'failed', reason: message };
    }
    // Each worktree goes as soon as its task is done (the branch keeps the result), not at the end.
    if (record.worktree && !this.#o.config.keepWorktrees) {
      await timer.time('cleanup', () => this.removeWorktree(record.worktree!));
    }
    this.#finish(task.id, outcome, timer.phases, taskStart);
    return outcome.status === 'succeeded' ? 'succeeded' : 'failed';
  }

  /** The commit the task starts from: the run's base, or the merge of its dependencies' results. */
  async startPoint(task: TaskSpec, timer: PhaseTimer): Promise<string> {
    const { records, baseCommit, git } = this.#o;
    const depCommits = task.dependsOn.map((d) => records.get(d)!.commit ?? records.get(d)!.baseCommit ?? baseCommit);
    if (depCommits.length === 0) return baseCommit;
    return timer.time('merge', () => mergeStartPoint(git, [...new Set(depCommits)], { identity: COMMIT_IDENTITY }));
  }

  /**
   * Working tree and agent, once, or again on a fresh tree from the same start point after each
   * transient failure while the task's `retries` last (policy and bookkeeping in retry.ts). Returns
   * the last attempt's tree, whose result is committed, and its outcome.
   */
  async runAttempts(task: TaskSpec, startPoint: string, signal: AbortSignal, timer: PhaseTimer): Promise<LastAttempt> {
    const { config, clock, logger } = this.#o;
    const record = this.#record(task.id);
    const attempts = new TaskAttempts({ retries: task.retries ?? config.retries, maxCostUsd: task.maxCostUsd ?? config.maxCostUsd, clock });
    try {
      for (;;) {
        const { attempt, budget } = attempts.begin();
        record.attempts = attempts.attempts;
        // A new attempt is news for the dashboard and the progress line (its number is in `attempts`).
        if (attempt > 1) this.setStatus(task.id, 'running');
        const worktree = await this.createWorktree(task, startPoint, timer);
        const collect = await this.prepareCollect(task, worktree, startPoint, signal);
        let ran: { exec: ExecResult; report: AgentReport | null; streamed: boolean };
        try {
          ran = await this.runAgent(task, worktree, signal, timer, budget, collect);
        } catch (error) {
          await collect.cancel();
          throw error;
        }
        const outcome = classify(ran.exec, ran.report, task.timeoutMs ?? config.timeoutMs);
        const step = attempts.end({ outcome, exec: ran.exec, report: ran.report, streamed: ran.streamed, cancelled: signal.aborted });
        Object.assign(record, step.record);
        for (const warning of step.warnings) logger.warning(`task '${task.id}': ${warning}`);
        if (!step.retry) return { worktree, startPoint, outcome: step.outcome, exec: ran.exec, collect };
        // A discarded attempt's result is never taken in: the branch stays at the start point.
        await collect.cancel();
        attempts.keptLog(await this.discardAttempt(task, worktree, attempt, timer));
      }
    } catch (error) {
      Object.assign(record, attempts.abandon(errorMessage(error), signal.aborted));
      throw error;
    }
  }

  /**
   * Clears the way for the next attempt: the task directory goes (the next attempt starts again from
   * the start point; the branch never moved, since nothing was taken in), the output is kept under the
   * attempt's name. Returns where the output went.
   */
  async discardAttempt(task: TaskSpec, worktree: string, attempt: number, timer: PhaseTimer): Promise<string> {
    const { runDir } = this.#o;
    await timer.time('retry', async () => {
      await removeTaskDir(worktree);
      this.#worktrees.delete(worktree);
    });
    const kept = runDir.attemptLogFile(task.id, attempt);
    await fs.rename(runDir.logFile(task.id), kept).catch(() => undefined);
    await fs.rename(runDir.stdoutFile(task.id), runDir.attemptStdoutFile(task.id, attempt)).catch(() => undefined);
    return kept;
  }

  /**
   * The task's own repository (a private git dir borrowing the main repository's objects read-only),
   * its branch moved to the start point with a compare-and-swap, handed to the agent's user.
   */
  async createWorktree(task: TaskSpec, startPoint: string, timer: PhaseTimer): Promise<string> {
    const { git, repo, owner, baseCommit } = this.#o;
    const record = this.#record(task.id);
    const worktree = this.#o.runDir.worktree(task.id);
    // Registered first: a half-made task directory (a full disk during checkout) is removed like any other.
    this.#worktrees.add(worktree);
    this.#branchUsed.add(task.id);
    record.worktree = worktree;
    await timer.time('worktree', () =>
      setUpTask(git, repo, { dir: worktree, branch: record.branch!, startPoint, branchAt: this.#branchAt.get(task.id) ?? baseCommit, owner }).catch(
        (error: unknown) => {
          throw new Error(`creating its task repository failed: ${errorMessage(error)}`, { cause: error });
        },
      ),
    );
    this.#branchAt.set(task.id, startPoint);
    record.baseCommit = startPoint;
    return worktree;
  }

  /** The collect step of this attempt: its out dir made now (never mounted into the agent's container). */
  async prepareCollect(task: TaskSpec, worktree: string, startPoint: string, signal: AbortSignal): Promise<CollectStep> {
    const { config, runDir, runId, executor, git, repo, owner, user } = this.#o;
    const record = this.#record(task.id);
    return CollectStep.prepare(executor, git, {
      runId,
      taskId: task.id,
      workDir: worktree,
      outDir: runDir.resultDir(task.id),
      taskDir: runDir.taskDir(task.id),
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
      imagesWithoutTools: this.#imagesWithoutTools,
    });
  }

  /**
   * What the last attempt's agent left, collected in a sandbox of its own and taken in as data (a
   * cancelled run does not wait for that); a result that cannot be taken fails the task with why.
   */
  async collectResult(task: TaskSpec, last: LastAttempt, signal: AbortSignal, timer: PhaseTimer): Promise<Outcome> {
    const record = this.#record(task.id);
    if (last.exec.outcome === 'cancelled') {
      await last.collect.cancel();
      return last.outcome;
    }
    const taken = await last.collect.finish().finally(() => this.#collectSteps.push(last.collect.done));
    for (const [phase, ms] of Object.entries(taken.phases)) timer.phases[phase] = (timer.phases[phase] ?? 0) + ms;
    const { phases: _phases, problem, note, rejectedRef, ...committed } = taken;
    Object.assign(record, committed, rejectedRef ? { rejectedRef } : {}, note ? { resultNote: note } : {});
    if (committed.commit) this.#branchAt.set(task.id, committed.commit);
    if (problem === undefined) return last.outcome;
    if (signal.aborted) return { status: 'cancelled', reason: 'run cancelled' };
    const { status, reason } = last.outcome;
    return { status: status === 'succeeded' ? 'failed' : status, reason: reason ? `${reason}; ${problem}` : problem };
  }

  async runAgent(
    task: TaskSpec,
    worktree: string,
    signal: AbortSignal,
    timer: PhaseTimer,
    budget: CostBudget | undefined,
    collect: CollectStep,
  ): Promise<{ exec: ExecResult; report: AgentReport | null; streamed: boolean }> {
    const { config, runDir, runId, executor, user, clock, emit } = this.#o;
    const record = this.#record(task.id);
    const taskDir = runDir.taskDir(task.id);
    const promptFile = runDir.promptFile(task.id);
    try {
      await fs.mkdir(taskDir, { recursive: true });
      await fs.writeFile(promptFile, task.prompt);
    } catch (error) {
      throw new Error(`writing its prompt to ${promptFile} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const agent = getAgent(task.agent ?? config.agent);
    const ctx: AgentContext = { config, promptFile, taskDir, hostEnv: process.env };
    await timer.time('prepare', async () => agent.prepare?.(task, ctx));
    const invocation = agent.invocation(task, ctx);
    const progress = agent.progress?.(ctx);
    const emitProgress = () => emit({ type: 'task-progress', at: clock(), runId, taskId: task.id, progress: progress!.progress });
    const logFile = runDir.logFile(task.id);
    const stdoutFile = runDir.stdoutFile(task.id);
    record.logFile = logFile;

    let firstSampleAt: number | undefined;
    const exec = await executor.run({
      runId,
      taskId: task.id,
      argv: invocation.argv,
      // The proxy variables last: a configured HTTPS_PROXY cannot route around the egress proxy.
      env: { ...agentEnv(config, task, executor.mode, user), ...invocation.env, ...this.#o.egress()?.envFor(task.id) },
      workdir: worktree,
      // Its own task directory, the main repository's objects read-only, the task dir (prompt) read-only:
      // none of the main repository's refs, HEAD, config, hooks or info/.
      mounts: [{ path: worktree }, ...this.#o.repo.objectDirs.map((d) => ({ path: d, readOnly: true })), { path: taskDir, readOnly: true }],
      user,
      image: task.image ?? config.image,
      cpus: task.cpus ?? config.cpus,
      memoryBytes: task.memoryBytes ?? config.memoryBytes,
      pidsLimit: config.pidsLimit,
      network: this.#o.egress()?.network ?? config.network,
      timeoutMs: task.timeoutMs ?? config.timeoutMs,
      logFile,
      stdoutFile,
      onOutput: (stream, text) => {
        // Progress first: a listener then knows this output is a progress stream, not text for people.
        if (stream === 'stdout' && progress?.push(text)) {
          emitProgress();
          budget?.check(progress.progress);
        }
        emit({ type: 'task-output', at: clock(), runId, taskId: task.id, stream, text });
      },
      onSample: (sample) => {
        emit({ type: 'task-sample', at: sample.at, runId, taskId: task.id, sample });
        // The collect step's container starts while the agent works, off the task's path — a few
        // seconds in, so that it neither delays the agent's start nor thins its first readings.
        firstSampleAt ??= sample.at;
        if (sample.at - firstSampleAt >= PRESTART_COLLECT_AFTER_MS) collect.prestart();
      },
      // A budget stop goes through the same abort path as a cancellation; the runner tells them apart.
      signal: budget ? AbortSignal.any([signal, budget.signal]) : signal,
    });
    if (progress?.end()) emitProgress();
    for (const [phase, ms] of Object.entries(exec.phases)) timer.phases[phase] = (timer.phases[phase] ?? 0) + ms;
    Object.assign(record, {
      exitCode: exec.exitCode,
      agentStartedAt: exec.startedAt,
      agentFinishedAt: exec.finishedAt,
      durationMs: exec.finishedAt - exec.startedAt,
      cpu: exec.cpu,
      memory: exec.memory,
      peakPids: exec.peakPids,
    });
    const report = exec.outcome === 'exited' ? await agent.parseResult(stdoutFile, exec.exitCode, { logFile }) : null;
    record.agent = report;
    return { exec, report, streamed: progress !== undefined };
  }

  async removeWorktree(worktree: string): Promise<void> {
    try {
      // Only deleted: no git runs in a directory an agent had, and fs.rm does not follow its symlinks.
      await removeTaskDir(worktree);
      this.#worktrees.delete(worktree);
    } catch (error) {
      this.#o.logger.warning(`could not remove worktree ${worktree}: ${errorMessage(error)}`);
    }
  }

  /** Removes every worktree still there (after the scheduler returned, also when it was cancelled). */
  async removeAllWorktrees(): Promise<void> {
    for (const worktree of [...this.#worktrees]) await this.removeWorktree(worktree);
    await fs.rm(this.#o.runDir.worktreesDir, { recursive: true, force: true });
  }

  /**
   * The run's end: waits for collect steps still exiting, removes their out dirs, and releases the
   * names reserved for tasks that never started (skipped, cancelled, failed before set-up).
   */
  async finishRun(): Promise<void> {
    const { git, baseCommit, records, runDir } = this.#o;
    await Promise.allSettled(this.#collectSteps);
    await fs.rm(runDir.resultsDir, { recursive: true, force: true });
    for (const [id, record] of records) {
      if (!this.#branchUsed.has(id) && record.branch) await releaseBranch(git, record.branch, baseCommit).catch(() => false);
    }
  }

  setStatus(id: string, status: TaskStatus, patch: Partial<TaskRecord> = {}): void {
    const record = this.#record(id);
    Object.assign(record, patch, { status });
    this.#o.emit({ type: 'task-state', at: this.#o.clock(), runId: this.#o.runId, taskId: id, status, record: { ...record } });
  }

  #finish(id: string, outcome: Outcome, phases: Record<string, number>, taskStart: number): void {
    const record = this.#record(id);
    const finishedAt = this.#o.clock();
    const total = finishedAt - taskStart;
    this.setStatus(id, outcome.status, {
      reason: outcome.reason ?? null,
      phases,
      finishedAt,
      overheadMs: record.durationMs === null ? total : Math.max(0, total - record.durationMs),
    });
  }

  #record(id: string): TaskRecord {
    const record = this.#o.records.get(id);
    if (!record) throw new Error(`task '${id}': no record (not part of this run)`);
    return record;
  }
}

/** The last attempt of a task: its tree, its agent's run, and the collect step that takes its result. */
interface LastAttempt {
  worktree: string;
  startPoint: string;
  outcome: Outcome;
  exec: ExecResult;
  collect: CollectStep;
}

function commitMessage(task: TaskSpec): string {
  return `${task.title}\n\nagent-fanout task '${task.id}' (${task.file})`;
}

/** The agent's environment: the configured variable names taken from the host, never a GitHub token. */
export function agentEnv(config: RunConfig, task: TaskSpec, mode: Executor['mode'], user: string): Record<string, string> {
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

function classify(exec: ExecResult, report: { ok: boolean; error?: string } | null, timeoutMs: number): Outcome {
  switch (exec.outcome) {
    case 'timed_out':
      return { status: 'timed_out', reason: `the task exceeded its timeout of ${formatDuration(timeoutMs)} and was killed` };
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
