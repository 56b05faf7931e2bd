/**
 * One task's pipeline, one method per phase: start point → working tree → agent → result → cleanup.
 * The engine creates one TaskRunner per run and calls {@link TaskRunner.run} for each task the
 * scheduler starts; the runner owns the task's record and emits its state changes.
 */
import fs from 'node:fs/promises';
import { getAgent } from '../agents/index.js';
import type { AgentContext, AgentReport } from '../agents/types.js';
import { FORBIDDEN_ENV, type RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { RunEvent, TaskRecord, TaskStatus } from '../core/model.js';
import type { ExecResult, Executor } from '../exec/types.js';
import { commitTaskResult } from '../git/commit.js';
import type { Git } from '../git/git.js';
import { createWorktree, mergeStartPoint, removeWorktree } from '../git/worktrees.js';
import type { TaskSpec } from '../tasks/types.js';
import type { ContentionLedger } from './contention.js';
import type { RunDir } from './rundir.js';

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
  records: Map<string, TaskRecord>;
  logger: Logger;
  clock: () => number;
  emit: (event: RunEvent) => void;
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

interface Outcome {
  status: TaskStatus;
  reason?: string;
}

export class TaskRunner {
  readonly #o: TaskRunnerOptions;
  /** Worktrees that exist right now (removed as each task ends; the rest at the end of the run). */
  readonly #worktrees = new Set<string>();

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
    try {
      const startPoint = await this.startPoint(task, timer);
      const worktree = await this.createWorktree(task, startPoint, timer);
      const { exec, report } = await this.runAgent(task, worktree, signal, timer);
      await this.commitResult(task, worktree, startPoint, timer);
      outcome = classify(exec, report);
    } catch (error) {
      const message = `task '${task.id}': ${error instanceof Error ? error.message : String(error)}`;
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

  async createWorktree(task: TaskSpec, startPoint: string, timer: PhaseTimer): Promise<string> {
    const record = this.#record(task.id);
    const worktree = this.#o.runDir.worktree(task.id);
    await timer.time('worktree', () => createWorktree(this.#o.git, { path: worktree, branch: record.branch!, startPoint }));
    this.#worktrees.add(worktree);
    record.worktree = worktree;
    record.baseCommit = startPoint;
    return worktree;
  }

  async runAgent(
    task: TaskSpec,
    worktree: string,
    signal: AbortSignal,
    timer: PhaseTimer,
  ): Promise<{ exec: ExecResult; report: AgentReport | null }> {
    const { config, runDir, runId, executor, user, clock, emit, contention } = this.#o;
    const record = this.#record(task.id);
    const taskDir = runDir.taskDir(task.id);
    await fs.mkdir(taskDir, { recursive: true });
    const promptFile = runDir.promptFile(task.id);
    await fs.writeFile(promptFile, task.prompt);
    const agent = getAgent(task.agent ?? config.agent);
    const ctx: AgentContext = { config, promptFile, taskDir, hostEnv: process.env };
    await timer.time('prepare', async () => agent.prepare?.(task, ctx));
    const invocation = agent.invocation(task, ctx);
    const logFile = runDir.logFile(task.id);
    const stdoutFile = runDir.stdoutFile(task.id);
    record.logFile = logFile;

    const exec = await executor.run({
      runId,
      taskId: task.id,
      argv: invocation.argv,
      env: { ...agentEnv(config, task, executor.mode, user), ...invocation.env },
      workdir: worktree,
      mounts: [{ path: worktree }, ...(await this.#gitMounts()), { path: taskDir, readOnly: true }],
      user,
      image: task.image ?? config.image,
      cpus: task.cpus ?? config.cpus,
      memoryBytes: task.memoryBytes ?? config.memoryBytes,
      pidsLimit: config.pidsLimit,
      network: config.network,
      timeoutMs: task.timeoutMs ?? config.timeoutMs,
      logFile,
      stdoutFile,
      onOutput: (stream, text) => emit({ type: 'task-output', at: clock(), runId, taskId: task.id, stream, text }),
      onSample: (sample) => emit({ type: 'task-sample', at: sample.at, runId, taskId: task.id, sample }),
      onStallReading: contention && ((reading) => contention.record(task.id, reading)),
      signal,
    });
    contention?.finished(task.id, exec.startedAt, exec.finishedAt);
    Object.assign(timer.phases, exec.phases);
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
    const report = exec.outcome === 'exited' ? await agent.parseResult(stdoutFile, exec.exitCode) : null;
    record.agent = report;
    return { exec, report };
  }

  async commitResult(task: TaskSpec, worktree: string, startPoint: string, timer: PhaseTimer): Promise<void> {
    const committed = await timer.time('commit', () =>
      commitTaskResult(worktree, { message: commitMessage(task), identity: COMMIT_IDENTITY, baseCommit: startPoint }),
    );
    Object.assign(this.#record(task.id), committed);
  }

  async removeWorktree(worktree: string): Promise<void> {
    try {
      // Deleting the files is the slow part (and touches no other worktree): outside the lock.
      await fs.rm(worktree, { recursive: true, force: true });
      await removeWorktree(this.#o.git, worktree);
      this.#worktrees.delete(worktree);
    } catch (error) {
      this.#o.logger.warning(`could not remove worktree ${worktree}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Removes every worktree still there (after the scheduler returned, also when it was cancelled). */
  async removeAllWorktrees(): Promise<void> {
    for (const worktree of [...this.#worktrees]) await this.removeWorktree(worktree);
    await fs.rm(this.#o.runDir.worktreesDir, { recursive: true, force: true });
  }

  setStatus(id: string, status: TaskStatus, patch: Partial<TaskRecord> = {}): void {
    const record = this.#record(id);
    Object.assign(record, patch, { status });
    this.#o.emit({ type: 'task-state', at: this.#o.clock(), runId: this.#o.runId, taskId: id, status, record: { ...record } });
  }

  #gitMountsCache: Promise<{ path: string; readOnly?: boolean }[]> | undefined;

  /**
   * The repository's common git dir, for git inside the container. The agent may write objects and
   * refs, but not the repo config or hooks: both can make the orchestrator run commands on the host
   * at its next git call.
   */
  #gitMounts(): Promise<{ path: string; readOnly?: boolean }[]> {
    this.#gitMountsCache ??= (async () => {
      const commonDir = await this.#o.git.commonDir();
      const mounts: { path: string; readOnly?: boolean }[] = [{ path: commonDir }];
      for (const name of ['config', 'hooks']) {
        const p = `${commonDir}/${name}`;
        if (await fs.stat(p).then(() => true, () => false)) mounts.push({ path: p, readOnly: true });
      }
      return mounts;
    })();
    return this.#gitMountsCache;
  }

  #finish(id: string, outcome: Outcome, phases: Record<string, number>, taskStart: number): void {
    const record = this.#record(id);
    const finishedAt = this.#o.clock();
    const total = finishedAt - taskStart;
    this.setStatus(id, outcome.status, {
      reason: outcome.reason,
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

function classify(exec: ExecResult, report: { ok: boolean; error?: string } | null): Outcome {
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
