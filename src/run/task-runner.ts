/**
 * One task's pipeline, one method per phase: start point → task repository → agent → result (collected
 * in a sandbox of its own, taken in as data) → checks (verify, judge: in a sandbox, on a fresh
 * checkout of the result) → cleanup.
 * The engine creates one TaskRunner per run and calls {@link TaskRunner.run} for each task the
 * scheduler starts; the runner owns the task's record and emits its state changes. A best-of-N task
 * (`attempts`) runs the same phases once per attempt ({@link TaskRunner.runAttempt}, each with a record
 * of its own and its result on an attempt ref); {@link TaskRunner.concludeAttempts} then moves the
 * task branch to the winner (selection in attempts.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { getAgent } from '../agents/index.js';
import type { AgentContext, AgentReport } from '../agents/types.js';
import { DEFAULT_IMAGE, FORBIDDEN_ENV, type RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { BestOfAttempt, CheckRun, RunEvent, TaskRecord, TaskStatus, TaskVariant } from '../core/model.js';
import { formatDuration } from '../core/units.js';
import type { RunEgress } from '../exec/egress/run-egress.js';
import type { ExecResult, Executor, Sandbox } from '../exec/types.js';
import { moveBranch, releaseBranch } from '../git/branches.js';
import { CollectStep } from '../git/collect.js';
import type { Git } from '../git/git.js';
import type { RepoObjects } from '../git/task-repo.js';
import type { TaskTrees } from '../git/task-trees.js';
import { attemptRef } from '../git/result.js';
import { mergeStartPoint } from '../git/worktrees.js';
import { createRedactor, secretValues } from '../report/redact.js';
import type { TaskSpec } from '../tasks/types.js';
import { attemptEntry, attemptNotStarted, attemptTask, bestOfSoFar, concludeBestOf, withoutResult } from './attempts.js';
import type { CostBudget } from './budget.js';
import { checkTimeoutMs, runCheck, type CheckKind } from './checks.js';
import { queuedTaskRecord } from '../core/model.js';
import type { ContentionLedger } from './contention.js';
import { TaskAttempts, type AttemptOutcome } from './retry.js';
import { unitKey, type RunDir } from './rundir.js';
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
  /** Makes and removes the task directories (an overlay on the run's shared base, or full checkouts). */
  trees: TaskTrees;
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
  /** Receives the tasks' stall readings for the run's contention estimate. Default: none kept. */
  contention?: ContentionLedger;
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

/**
 * One run of a task's pipeline: the task itself, or one attempt of a best-of-N task. The phases
 * below take a unit, so an attempt goes through exactly what a task does, in its own directories.
 */
interface Unit {
  /** The task as this unit runs it (an attempt's variant applied). */
  task: TaskSpec;
  /** 1-based attempt of a best-of-N task; null for a task with a single attempt. */
  attempt: number | null;
  /** The task's attempts (1 for a task without best-of-N). */
  of: number;
  /** Its files' name in the run directory ({@link unitKey}). */
  key: string;
  /** The task's record, or the attempt's own (a TaskRecord until the task concludes). */
  record: TaskRecord;
  variant: TaskVariant | null;
  /** The judge's verdict on an attempt's result. */
  judge?: CheckRun;
}

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
  /** Best-of-N tasks: each attempt's unit, by task id and attempt number. */
  readonly #attemptUnits = new Map<string, Map<number, Unit>>();
  /** Best-of-N tasks: their start point, computed (and their branch moved to it) once for all attempts. */
  readonly #sharedStarts = new Map<string, Promise<string>>();
  /** Agent runs started per unit key (retries run again under the same key). */
  readonly #agentRuns = new Map<string, number>();

  constructor(options: TaskRunnerOptions) {
    this.#o = options;
  }

  /** Runs one task (with a single attempt) to its final state; resolves to what the scheduler needs to know. */
  async run(task: TaskSpec, signal: AbortSignal): Promise<'succeeded' | 'failed'> {
    return this.#runUnit({ task, attempt: null, of: 1, key: task.id, record: this.#record(task.id), variant: null }, signal);
  }

  /**
   * Runs attempt `attempt` of a best-of-N task: the same phases as {@link run}, in directories and a
   * record of its own, its result on its attempt ref. The task's record shows it under `bestOf`.
   */
  async runAttempt(task: TaskSpec, attempt: number, signal: AbortSignal): Promise<'succeeded' | 'failed'> {
    return this.#runUnit(this.#attemptUnit(task, attempt), signal);
  }

  async #runUnit(unit: Unit, signal: AbortSignal): Promise<'succeeded' | 'failed'> {
    const { clock } = this.#o;
    const { task, record } = unit;
    const taskStart = clock();
    this.#unitStatus(unit, 'running', { startedAt: taskStart, queueWaitMs: taskStart - (record.readyAt ?? record.queuedAt) });
    const timer = new PhaseTimer(clock);
    let outcome: Outcome;
    const unusable = this.#o.unusable?.get(task.id);
    if (unusable !== undefined) {
      this.#finish(unit, { status: 'failed', reason: `task '${task.id}': ${unusable}` }, timer.phases, taskStart);
      return 'failed';
    }
    try {
      const startPoint = unit.attempt === null ? await this.startPoint(task, timer) : await this.sharedStartPoint(task, timer);
      const last = await this.runAttempts(unit, startPoint, signal, timer);
      outcome = await this.collectResult(unit, last, signal, timer);
      outcome = await this.checkResult(unit, outcome, startPoint, signal, timer);
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
    this.#finish(unit, outcome, timer.phases, taskStart);
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
   * The start point of a best-of-N task, once for all its attempts (a merge of its dependencies made
   * twice would be two commits), with the task branch moved to it: the attempts' results go to their
   * own refs, and the winner's moves the branch on from there.
   */
  sharedStartPoint(task: TaskSpec, timer: PhaseTimer): Promise<string> {
    let shared = this.#sharedStarts.get(task.id);
    if (!shared) {
      shared = (async () => {
        const { git, baseCommit } = this.#o;
        const record = this.#record(task.id);
        const startPoint = await this.startPoint(task, timer);
        this.#branchUsed.add(task.id);
        if (!(await moveBranch(git, record.branch!, startPoint, this.#branchAt.get(task.id) ?? baseCommit))) {
          throw new Error(`branch ${record.branch} was changed by another process after this run reserved it`);
        }
        this.#branchAt.set(task.id, startPoint);
        record.baseCommit = startPoint;
        return startPoint;
      })();
      this.#sharedStarts.set(task.id, shared);
    }
    return shared;
  }

  /**
   * Working tree and agent, once, or again on a fresh tree from the same start point after each
   * transient failure while the task's `retries` last (policy and bookkeeping in retry.ts). Returns
   * the last attempt's tree, whose result is committed, and its outcome.
   */
  async runAttempts(unit: Unit, startPoint: string, signal: AbortSignal, timer: PhaseTimer): Promise<LastAttempt> {
    const { config, clock, logger } = this.#o;
    const { task, record } = unit;
    const attempts = new TaskAttempts({ retries: task.retries ?? config.retries, maxCostUsd: task.maxCostUsd ?? config.maxCostUsd, clock });
    try {
      for (;;) {
        const { attempt, budget } = attempts.begin();
        record.attempts = attempts.attempts;
        // A new attempt is news for the dashboard and the progress line (its number is in `attempts`).
        if (attempt > 1) this.#unitStatus(unit, 'running');
        const worktree = await this.createWorktree(unit, startPoint, timer);
        const collect = await this.prepareCollect(unit, worktree, startPoint, signal);
        let ran: { exec: ExecResult; report: AgentReport | null; streamed: boolean };
        try {
          ran = await this.runAgent(unit, worktree, signal, timer, budget, collect);
        } catch (error) {
          await collect.cancel();
          throw error;
        }
        const outcome = classify(ran.exec, ran.report, task.timeoutMs ?? config.timeoutMs);
        const step = attempts.end({ outcome, exec: ran.exec, report: ran.report, streamed: ran.streamed, cancelled: signal.aborted });
        Object.assign(record, step.record);
        for (const warning of step.warnings) logger.warning(`${unitName(unit)}: ${warning}`);
        if (!step.retry) return { worktree, startPoint, outcome: step.outcome, exec: ran.exec, collect };
        // A discarded attempt's result is never taken in: the branch stays at the start point.
        await collect.cancel();
        attempts.keptLog(await this.discardAttempt(unit, worktree, attempt, timer));
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
  async discardAttempt(unit: Unit, worktree: string, attempt: number, timer: PhaseTimer): Promise<string> {
    const { runDir } = this.#o;
    await timer.time('retry', async () => {
      await this.#o.trees.remove(worktree);
      this.#worktrees.delete(worktree);
    });
    const kept = runDir.attemptLogFile(unit.key, attempt);
    await fs.rename(runDir.logFile(unit.key), kept).catch(() => undefined);
    await fs.rename(runDir.stdoutFile(unit.key), runDir.attemptStdoutFile(unit.key, attempt)).catch(() => undefined);
    return kept;
  }

  /**
   * The task's own repository (a private git dir borrowing the main repository's objects read-only),
   * its branch moved to the start point with a compare-and-swap (an attempt's is not: its task's
   * start moved it once), handed to the agent's user.
   */
  async createWorktree(unit: Unit, startPoint: string, timer: PhaseTimer): Promise<string> {
    const { trees, owner, baseCommit } = this.#o;
    const { task, record } = unit;
    const worktree = this.#o.runDir.worktree(unit.key);
    // Registered first: a half-made task directory (a full disk during checkout) is removed like any other.
    this.#worktrees.add(worktree);
    this.#branchUsed.add(task.id);
    record.worktree = worktree;
    const branchAt = unit.attempt === null ? (this.#branchAt.get(task.id) ?? baseCommit) : null;
    await timer.time('worktree', () =>
      trees.setUp({ dir: worktree, branch: record.branch!, startPoint, branchAt, owner }).catch((error: unknown) => {
        throw new Error(`creating its task repository failed: ${errorMessage(error)}`, { cause: error });
      }),
    );
    if (unit.attempt === null) this.#branchAt.set(task.id, startPoint);
    record.baseCommit = startPoint;
    return worktree;
  }

  /** The collect step of this attempt: its out dir made now (never mounted into the agent's container). */
  async prepareCollect(unit: Unit, worktree: string, startPoint: string, signal: AbortSignal): Promise<CollectStep> {
    const { config, runDir, runId, executor, git, repo, owner } = this.#o;
    const { task, record } = unit;
    return CollectStep.prepare(executor, git, {
      runId,
      taskId: task.id,
      attempt: unit.attempt ?? undefined,
      workDir: worktree,
      outDir: runDir.resultDir(unit.key),
      taskDir: runDir.taskDir(unit.key),
      branch: record.branch!,
      startPoint,
      commonDir: repo.commonDir,
      objectFormat: repo.objectFormat,
      objectDirs: repo.objectDirs,
      shallow: repo.shallow,
      message: commitMessage(task),
      identity: COMMIT_IDENTITY,
      limits: { maxBytes: config.maxResultBytes, maxFiles: config.maxResultFiles, maxFileBytes: config.maxFileBytes },
      sandbox: this.#sandbox(task),
      owner,
      // Made by the host a moment ago; the agent has not started.
      startIndex: path.join(worktree, '.git', 'index'),
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
  async collectResult(unit: Unit, last: LastAttempt, signal: AbortSignal, timer: PhaseTimer): Promise<Outcome> {
    const { record } = unit;
    if (last.exec.outcome === 'cancelled') {
      await last.collect.cancel();
      return last.outcome;
    }
    const taken = await last.collect.finish().finally(() => this.#collectSteps.push(last.collect.done));
    for (const [phase, ms] of Object.entries(taken.phases)) timer.phases[phase] = (timer.phases[phase] ?? 0) + ms;
    const { phases: _phases, problem, note, rejectedRef, ...committed } = taken;
    Object.assign(record, committed, rejectedRef ? { rejectedRef } : {}, note ? { resultNote: note } : {});
    if (committed.commit && unit.attempt === null) this.#branchAt.set(unit.task.id, committed.commit);
    if (problem === undefined) return last.outcome;
    if (signal.aborted) return { status: 'cancelled', reason: 'run cancelled' };
    const { status, reason } = last.outcome;
    return { status: status === 'succeeded' ? 'failed' : status, reason: reason ? `${reason}; ${problem}` : problem };
  }

  /**
   * The checks of a result that was taken: `verify` (a failure ends the task `verify_failed`, its
   * result kept on its branch) and, for an attempt of a best-of-N task whose verify passed, `judge`.
   * Both run in a fresh checkout of the result commit (the start point when the agent changed
   * nothing), in a sandbox like the agent's, within what is left of the task's timeout.
   */
  async checkResult(unit: Unit, outcome: Outcome, startPoint: string, signal: AbortSignal, timer: PhaseTimer): Promise<Outcome> {
    const { config, trees, owner, runDir } = this.#o;
    const { task, record } = unit;
    const verify = task.verify ?? config.verify;
    const judge = unit.of > 1 ? (task.judge ?? config.judge) : undefined;
    if (outcome.status !== 'succeeded' || (!verify && !judge) || signal.aborted) return outcome;
    const commit = record.commit ?? startPoint;
    const dir = runDir.checkDir(unit.key);
    this.#worktrees.add(dir);
    try {
      await timer.time('checkout', () =>
        trees.setUp({ dir, branch: record.branch!, startPoint: commit, branchAt: null, owner }).catch((error: unknown) => {
          throw new Error(`checking out its result for verify failed: ${errorMessage(error)}`, { cause: error });
        }),
      );
      if (verify) {
        record.verify = await timer.time('verify', () => this.#check(unit, 'verify', verify, commit, dir, signal));
        this.#o.logger.info(`${unitName(unit)}: verify ${record.verify.passed ? 'passed' : `did not pass: ${record.verify.reason}`}`);
        if (!record.verify.passed) {
          return signal.aborted ? { status: 'cancelled', reason: 'run cancelled' } : { status: 'verify_failed', reason: record.verify.reason };
        }
      }
      if (judge) {
        unit.judge = await timer.time('judge', () => this.#check(unit, 'judge', judge, commit, dir, signal));
        if (unit.judge.reason) this.#o.logger.warning(`${unitName(unit)}: ${unit.judge.reason}; it ranks after the attempts that printed a score`);
      }
    } finally {
      if (!config.keepWorktrees) await timer.time('cleanup', () => this.removeWorktree(dir));
    }
    return outcome;
  }

  /** Runs one check of a unit's result in its checkout, as its agent ran: same image, user, limits, network. */
  async #check(unit: Unit, kind: CheckKind, command: string, commit: string, dir: string, signal: AbortSignal): Promise<CheckRun> {
    const { config, runDir, runId, executor, user, clock, emit } = this.#o;
    const { task, record } = unit;
    const egress = this.#o.egress();
    const secrets = secretValues([...config.env, ...task.env], process.env);
    return runCheck(executor, {
      kind,
      command,
      commit,
      runId,
      taskId: task.id,
      attempt: unit.attempt ?? undefined,
      dir,
      objectDirs: this.#o.repo.objectDirs,
      logDir: runDir.taskDir(unit.key),
      env: { ...agentEnv(config, task, executor.mode, user), ...attemptEnv(unit), ...egress?.envFor(task.id) },
      sandbox: this.#sandbox(task),
      timeoutMs: checkTimeoutMs(task.timeoutMs ?? config.timeoutMs, record.durationMs),
      signal,
      redact: createRedactor(secrets).text,
      onOutput: (stream, text) => emit({ type: 'task-output', at: clock(), runId, taskId: task.id, ...attemptField(unit), stream, text }),
    });
  }

  /** The sandbox a task's commands run in (its agent, verify and judge; the collect step without network). */
  #sandbox(task: TaskSpec): Sandbox {
    const { config, user } = this.#o;
    return {
      image: task.image ?? config.image,
      user,
      cpus: task.cpus ?? config.cpus,
      memoryBytes: task.memoryBytes ?? config.memoryBytes,
      pidsLimit: config.pidsLimit,
      network: this.#o.egress()?.network ?? config.network,
      hostsFile: this.#o.runDir.hostsFile,
    };
  }

  async runAgent(
    unit: Unit,
    worktree: string,
    signal: AbortSignal,
    timer: PhaseTimer,
    budget: CostBudget | undefined,
    collect: CollectStep,
  ): Promise<{ exec: ExecResult; report: AgentReport | null; streamed: boolean }> {
    const { config, runDir, runId, executor, user, clock, emit, contention } = this.#o;
    const { task, record } = unit;
    const taskDir = runDir.taskDir(unit.key);
    const promptFile = runDir.promptFile(unit.key);
    try {
      await fs.mkdir(taskDir, { recursive: true });
      await fs.writeFile(promptFile, task.prompt);
    } catch (error) {
      throw new Error(`writing its prompt to ${promptFile} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    // One stall series per agent run: a retry's or an attempt's counters start from 0 in a new process.
    const runNo = (this.#agentRuns.get(unit.key) ?? 0) + 1;
    this.#agentRuns.set(unit.key, runNo);
    const series = runNo === 1 ? unit.key : `${unit.key}#${runNo}`;
    const agent = getAgent(task.agent ?? config.agent);
    const ctx: AgentContext = { config, promptFile, taskDir, hostEnv: process.env };
    await timer.time('prepare', async () => agent.prepare?.(task, ctx));
    const invocation = agent.invocation(task, ctx);
    const progress = agent.progress?.(ctx);
    const which = attemptField(unit);
    const emitProgress = () => emit({ type: 'task-progress', at: clock(), runId, taskId: task.id, ...which, progress: progress!.progress });
    const logFile = runDir.logFile(unit.key);
    const stdoutFile = runDir.stdoutFile(unit.key);
    record.logFile = logFile;

    let firstSampleAt: number | undefined;
    const exec = await executor.run({
      runId,
      taskId: task.id,
      argv: invocation.argv,
      // The proxy variables last: a configured HTTPS_PROXY cannot route around the egress proxy.
      env: { ...agentEnv(config, task, executor.mode, user), ...attemptEnv(unit), ...invocation.env, ...this.#o.egress()?.envFor(task.id) },
      workdir: worktree,
      timeoutMs: task.timeoutMs ?? config.timeoutMs,
      logFile,
      stdoutFile,
      container: {
        ...this.#sandbox(task),
        // Its own task directory, the main repository's objects read-only, the task dir (prompt) read-only:
        // none of the main repository's refs, HEAD, config, hooks or info/.
        mounts: [{ path: worktree }, ...this.#o.repo.objectDirs.map((d) => ({ path: d, readOnly: true })), { path: taskDir, readOnly: true }],
        ...(unit.attempt !== null ? { labels: { 'dev.agent-fanout.attempt': String(unit.attempt) } } : {}),
      },
      onOutput: (stream, text) => {
        // Progress first: a listener then knows this output is a progress stream, not text for people.
        // One event per line that changed it: a busy host may hand over a tool's start and end in one read.
        if (stream === 'stdout' && progress) {
          progress.push(text, () => {
            emitProgress();
            budget?.check(progress.progress);
          });
        }
        emit({ type: 'task-output', at: clock(), runId, taskId: task.id, ...which, stream, text });
      },
      onSample: (sample) => {
        emit({ type: 'task-sample', at: sample.at, runId, taskId: task.id, ...which, sample });
        // The collect step's container starts while the agent works, off the task's path — a few
        // seconds in, so that it neither delays the agent's start nor thins its first readings.
        firstSampleAt ??= sample.at;
        if (sample.at - firstSampleAt >= PRESTART_COLLECT_AFTER_MS) collect.prestart();
      },
      // The agent is gone: its result can be collected while its container is inspected and removed.
      onExited: () => collect.release(),
      onStallReading: contention && ((reading) => contention.record(series, reading, task.id)),
      // A budget stop goes through the same abort path as a cancellation; the runner tells them apart.
      signal: budget ? AbortSignal.any([signal, budget.signal]) : signal,
    });
    contention?.finished(series, exec.startedAt, exec.finishedAt);
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
      stall: exec.stall,
    });
    const report = exec.outcome === 'exited' ? await agent.parseResult(stdoutFile, exec.exitCode, { logFile }) : null;
    record.agent = report;
    return { exec, report, streamed: progress !== undefined };
  }

  /**
   * A best-of-N task once all its attempts ended (`started`: those that ran; the others were
   * cancelled before they could): the winner (attempts.ts) becomes the task's result — the task
   * branch moved to its commit with a compare-and-swap — and every attempt stays on its ref.
   */
  async concludeAttempts(task: TaskSpec, started: readonly number[]): Promise<'succeeded' | 'failed'> {
    const { config, git, clock, logger, runId } = this.#o;
    const record = this.#record(task.id);
    const count = task.attempts ?? config.attempts;
    const units = this.#attemptUnits.get(task.id) ?? new Map<number, Unit>();
    const entries = Array.from({ length: count }, (_, i) => {
      const unit = started.includes(i + 1) ? units.get(i + 1) : undefined;
      return unit ? this.#attemptEntryOf(unit) : attemptNotStarted(task, i + 1, 'cancelled');
    });
    const judge = task.judge ?? config.judge ?? null;
    const { outcome, winner, fields } = concludeBestOf(entries, { verify: Boolean(task.verify ?? config.verify), judge });
    let final: Outcome = outcome;
    if (winner?.commit) {
      // The branch goes from the start point to the winner's result: a compare-and-swap, as for any task.
      if (await moveBranch(git, record.branch!, winner.commit, this.#branchAt.get(task.id)!)) {
        this.#branchAt.set(task.id, winner.commit);
      } else {
        Object.assign(fields, withoutResult());
        final = { status: 'failed', reason: `branch ${record.branch} no longer points at the task's start point (moved by another process); the winner, attempt ${winner.attempt}, is kept as ${winner.ref}` };
      }
    }
    const winnerRecord = winner ? units.get(winner.attempt)!.record : null;
    Object.assign(record, fields, winnerRecord ? { worktree: winnerRecord.worktree, phases: winnerRecord.phases } : {});
    this.setStatus(task.id, final.status, { reason: final.reason ?? null, finishedAt: clock(), overheadMs: winnerRecord?.overheadMs ?? null });
    if (winner) {
      const refs = attemptRef(runId, task.id, winner.attempt).replace(/\/\d+$/, '/<k>');
      logger.info(`task '${task.id}': attempt ${winner.attempt} of ${count} won (${fields.bestOf!.decidedBy}); every attempt is kept under ${refs}`);
    }
    return final.status === 'succeeded' ? 'succeeded' : 'failed';
  }

  /** The unit of attempt `attempt` of a best-of-N task, with a record of its own (made on first use). */
  #attemptUnit(task: TaskSpec, attempt: number): Unit {
    const { config } = this.#o;
    let units = this.#attemptUnits.get(task.id);
    if (!units) this.#attemptUnits.set(task.id, (units = new Map()));
    const existing = units.get(attempt);
    if (existing) return existing;
    const taskRecord = this.#record(task.id);
    const { task: attemptSpec, variant } = attemptTask(task, attempt);
    const record = { ...queuedTaskRecord(task, taskRecord.branch, taskRecord.queuedAt), readyAt: taskRecord.readyAt };
    const unit: Unit = { task: attemptSpec, attempt, of: task.attempts ?? config.attempts, key: unitKey(task.id, attempt), record, variant };
    units.set(attempt, unit);
    return unit;
  }

  /** An attempt's entry in its task's `bestOf`, from the unit's record as it is now. */
  #attemptEntryOf(unit: Unit): BestOfAttempt {
    const ref = unit.record.commit ? attemptRef(this.#o.runId, unit.task.id, unit.attempt!) : null;
    const entry = attemptEntry(unit.record, unit.attempt!, unit.variant, ref);
    if (unit.judge) entry.judge = unit.judge;
    return entry;
  }

  async removeWorktree(worktree: string): Promise<void> {
    try {
      // Only unmounted and deleted: no git runs in a directory an agent had, and fs.rm does not follow its symlinks.
      await this.#o.trees.remove(worktree);
      this.#worktrees.delete(worktree);
    } catch (error) {
      this.#o.logger.warning(`could not remove worktree ${worktree}: ${errorMessage(error)}`);
    }
  }

  /** Removes every worktree still there (after the scheduler returned, also when it was cancelled). */
  async removeAllWorktrees(): Promise<void> {
    for (const worktree of [...this.#worktrees]) await this.removeWorktree(worktree);
    // A directory that would not go may still be a mount: never deleted through (gc takes it later).
    if (this.#worktrees.size === 0) await fs.rm(this.#o.runDir.worktreesDir, { recursive: true, force: true });
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

  /**
   * A unit's state changed: a task's is its own; an attempt's goes into its task's `bestOf` (the
   * task is `running` from its first attempt's start until it concludes).
   */
  #unitStatus(unit: Unit, status: TaskStatus, patch: Partial<TaskRecord> = {}): void {
    if (unit.attempt === null) return this.setStatus(unit.task.id, status, patch);
    Object.assign(unit.record, patch, { status });
    const task = this.#record(unit.task.id);
    const units = this.#attemptUnits.get(unit.task.id)!;
    const attempts = Array.from({ length: unit.of }, (_, i) => {
      const other = units.get(i + 1);
      return other ? this.#attemptEntryOf(other) : attemptNotStarted(unit.task, i + 1, 'queued');
    });
    const first = task.startedAt === null ? { startedAt: unit.record.startedAt, queueWaitMs: unit.record.queueWaitMs } : {};
    this.setStatus(unit.task.id, 'running', { ...first, ...bestOfSoFar(attempts, unit.task.judge ?? this.#o.config.judge ?? null) });
  }

  #finish(unit: Unit, outcome: Outcome, phases: Record<string, number>, taskStart: number): void {
    const { record } = unit;
    const finishedAt = this.#o.clock();
    const total = finishedAt - taskStart;
    this.#unitStatus(unit, outcome.status, {
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

/** How a unit is named in messages: `task 'x'`, or `task 'x' attempt 2`. */
function unitName(unit: Unit): string {
  return `task '${unit.task.id}'${unit.attempt === null ? '' : ` attempt ${unit.attempt}`}`;
}

/** Which attempt an event is about, for a best-of-N task. */
function attemptField(unit: Unit): { attempt?: number } {
  return unit.attempt === null ? {} : { attempt: unit.attempt };
}

/** What tells an agent (and its checks) which attempt it is: they may differ on purpose (variants). */
function attemptEnv(unit: Unit): Record<string, string> {
  return { AGENT_FANOUT_ATTEMPT: String(unit.attempt ?? 1), AGENT_FANOUT_ATTEMPTS: String(unit.of) };
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
