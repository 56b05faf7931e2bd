/**
 * The action's main step: decide from the event whether to run, check who asked, find the prompt
 * files on the base ref, run them in parallel, then push branches, open PRs and report in the
 * sticky comment, the job summary and the outputs. The steps are shared with the matrix modes.
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import type { RunConfig } from '../core/config.js';
import { ConfigError } from '../core/options.js';
import { unwritableDirReason } from '../core/paths.js';
import { newRunId, queuedTaskRecord, runFanout } from '../run/engine.js';
import { JournalWriter } from '../run/journal.js';
import { Git, findConflicts, type BranchConflict } from '../git/index.js';
import { removePersistedCredentials, resolveBase, type ResolvedBase } from '../github/base.js';
import { createGitHubClient, errorMessage, httpStatus, parseRepository, type GitHubClient, type RepoRef } from '../github/client.js';
import { StickyComment, upsertStickyComment } from '../github/comments.js';
import { addEyesReaction, getIssue, getPullBase, removeLabel } from '../github/issues.js';
import { checkSenderPermission } from '../github/permissions.js';
import { publishResults } from '../github/publish.js';
import {
  renderFailedComment,
  renderFinalComment,
  renderNoTasksComment,
  renderProgressComment,
  renderPublications,
  renderRefusedComment,
  runLink,
  tail,
  type Publication,
} from '../github/render.js';
import { claudeEnv } from '../agents/claude.js';
import type { AgentProgress } from '../agents/types.js';
import { decideTrigger, type EventPayload, type RunTrigger } from '../github/trigger.js';
import { readEventPayload } from './event.js';
import { getInputs, toRunConfig, type Inputs } from './inputs.js';
import { saveRunState } from './state.js';
import type { Logger } from '../core/logger.js';
import type { RunResult, TaskRecord } from '../core/model.js';
import { createRedactor, formatCheckResult, renderSummaryMarkdown, secretValues, type Redactor } from '../report/index.js';
import { formatConcurrency, formatSpeedup, formatSpeedupEstimate, statusEmoji } from '../report/format.js';
import { discoverTasksForIssue, expandPromptArgs, gitPromptSource, loadTasks, PromptError, type TaskSpec } from '../tasks/index.js';
import { formatDuration } from '../core/units.js';

/** Sticky comment key of the run comment (on the issue or PR the run belongs to; never on task PRs). */
export const RUN_COMMENT_KEY = 'run';
export const REFUSED_COMMENT_KEY = 'refused';

export const actionLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

/** Masks the values of `names` in the log: whole, and each line (the runner matches masks per line). */
export function maskEnvValues(names: Iterable<string>, env: NodeJS.ProcessEnv): void {
  for (const value of secretValues(names, env)) core.setSecret(value);
}

/**
 * Streams task output into the log as `[task-id] line`. Parallel tasks cannot each have a log
 * group, so lines are prefixed; the prefix also keeps agent output from being read as workflow
 * commands (`::set-output`, `::add-mask::`), which the runner only recognises at a line's start.
 */
export class TaskOutputPrinter {
  #partial = new Map<string, string>();

  write(taskId: string, text: string): void {
    const lines = ((this.#partial.get(taskId) ?? '') + text).split('\n');
    let rest = lines.pop() ?? '';
    for (const line of lines) core.info(`[${taskId}] ${line.replace(/\r$/, '')}`);
    if (rest.length > 8192) {
      core.info(`[${taskId}] ${rest}`);
      rest = '';
    }
    this.#partial.set(taskId, rest);
  }

  flush(): void {
    for (const [taskId, rest] of this.#partial) if (rest) core.info(`[${taskId}] ${rest}`);
    this.#partial.clear();
  }
}

/** Serves the dashboard on loopback for the duration of the run (`dashboard-port`). */
export async function startRunDashboard(port: number, stateDir: string, logger: Logger): Promise<{ close(): Promise<void> } | null> {
  try {
    const { startDashboard, dockerRunLiveness } = await import('../dashboard/index.js');
    const server = await startDashboard({ host: '127.0.0.1', port, stateDir, logger, isRunLive: dockerRunLiveness() });
    core.info(`agent-fanout: dashboard at ${server.url}`);
    return server;
  } catch (error) {
    core.warning(`agent-fanout: could not start the dashboard on port ${port}: ${errorMessage(error)}`);
    return null;
  }
}

export interface Discovery {
  tasks: TaskSpec[];
  errors: string[];
}

async function discover(trigger: RunTrigger, inputs: Inputs, workspace: string, body: string, baseCommit: string, logger: Logger): Promise<Discovery> {
  const source = gitPromptSource(workspace, baseCommit);
  if (trigger.prompts.length > 0) {
    try {
      const files = await expandPromptArgs(workspace, trigger.prompts, source);
      const tasks = await loadTasks(workspace, files, source, logger);
      if (tasks.length > inputs['max-tasks']) {
        return { tasks: [], errors: [`${tasks.length} prompt files match, more than max-tasks (${inputs['max-tasks']})`] };
      }
      return { tasks, errors: [] };
    } catch (error) {
      if (error instanceof PromptError) return { tasks: [], errors: [error.message] };
      throw error;
    }
  }
  const found = await discoverTasksForIssue({
    repoRoot: workspace,
    source,
    body,
    issueNumber: trigger.number ?? 0,
    promptDirs: inputs['prompt-dirs'],
    maxTasks: inputs['max-tasks'],
    logger,
  });
  return { tasks: found.tasks, errors: found.errors };
}

/** Prints one log group per task, after the run: its outcome and the end of its output. */
export function printTaskGroups(result: RunResult): void {
  for (const task of result.tasks) {
    core.startGroup(`${statusEmoji(task.status)} ${task.id}: ${task.status.replace(/_/g, ' ')} (${formatDuration(task.durationMs)})`);
    try {
      if (task.reason) core.info(`[${task.id}] reason: ${task.reason}`);
      if (task.branch) core.info(`[${task.id}] branch: ${task.branch}${task.commit ? ` at ${task.commit.slice(0, 12)}` : ' (no changes)'}`);
      if (task.logFile && fs.existsSync(task.logFile)) {
        const t = tail(fs.readFileSync(task.logFile, 'utf8'), 200, 50_000);
        if (t.cut) core.info(`[${task.id}] … (earlier output in ${task.logFile})`);
        if (t.text) for (const line of t.text.split('\n')) core.info(`[${task.id}] ${line}`);
      }
      if (task.verify) {
        core.info(`[${task.id}] verify: ${formatCheckResult(task.verify).replace(/^\S+ /, '')} (${task.verify.command})`);
        if (!task.verify.passed) for (const line of task.verify.outputTail.split('\n')) core.info(`[${task.id}] verify | ${line}`);
      }
      for (const a of task.bestOf?.attempts ?? []) {
        core.info(`[${task.id}] attempt ${a.attempt}${a.winner ? ' (won)' : ''}: ${a.status.replace(/_/g, ' ')}${a.ref ? `, ${a.ref}` : ''}${a.reason ? ` — ${a.reason}` : ''}`);
      }
    } finally {
      core.endGroup();
    }
  }
}

/** `estimated speedup 2.10×, mean concurrency 3.40`, or the bound when the estimate is uncertain. */
export function speedupPhrase(run: Pick<RunResult['run'], 'speedup' | 'speedupMax' | 'speedupNote' | 'concurrency'>): string {
  const concurrency = `mean concurrency ${formatConcurrency(run.concurrency)}`;
  if (run.speedup !== null) return `estimated speedup ${formatSpeedupEstimate(run)}, ${concurrency}`;
  return `speedup not estimated${run.speedupMax !== null ? `, at most ${formatSpeedup(run.speedupMax)}` : ''}: ${run.speedupNote ?? 'no stall data'}; ${concurrency}`;
}

/** The pull requests a run opened or updated, as the `pull-requests` output lists them. */
export function pullRequestsOf(publications: readonly Publication[]): object[] {
  return publications.flatMap((p) => (p.pr ? [{ task: p.taskId, number: p.pr.number, url: p.pr.url, branch: p.branch, created: p.pr.created }] : []));
}

/** The step's outputs: the results document and its headline figures. */
export function setOutputs(
  result: { run: RunResult['run']; tasks: readonly unknown[] },
  pullRequests: readonly object[],
  conflicts: readonly BranchConflict[],
  commentId: number | null,
): void {
  core.setOutput('results', JSON.stringify(result));
  core.setOutput('succeeded', result.run.succeeded);
  core.setOutput('failed', result.tasks.length - result.run.succeeded);
  // Empty when the estimate is uncertain (no stall data): a number there would look measured.
  core.setOutput('speedup', result.run.speedup !== null && Number.isFinite(result.run.speedup) ? result.run.speedup.toFixed(2) : '');
  core.setOutput('concurrency', Number.isFinite(result.run.concurrency) ? result.run.concurrency.toFixed(2) : '0');
  core.setOutput('wall-seconds', (result.run.wallMs / 1000).toFixed(1));
  core.setOutput('total-cost-usd', result.run.totalCostUsd.toFixed(4));
  core.setOutput('pull-requests', JSON.stringify(pullRequests));
  core.setOutput('comment-id', commentId === null ? '' : String(commentId));
  core.setOutput('conflicts', JSON.stringify(conflicts));
}

/**
 * The step's last words: one line with the outcome and, with `fail-on: any`, the step fails when a
 * task did not succeed or there are other `problems`. `who` names a part of a run (`shard 2`).
 */
export function conclude(
  inputs: Inputs,
  result: { run: Pick<RunResult['run'], 'succeeded' | 'wallMs' | 'speedup' | 'speedupMax' | 'speedupNote' | 'concurrency'>; tasks: readonly Pick<TaskRecord, 'id' | 'status'>[] },
  options: { who?: string; over?: string; problems?: readonly string[] } = {},
): void {
  const prefix = `agent-fanout: ${options.who ? `${options.who}: ` : ''}`;
  const { run, tasks } = result;
  core.info(`${prefix}${run.succeeded}/${tasks.length} tasks succeeded${options.over ? ` ${options.over}` : ''} in ${formatDuration(run.wallMs)} (${speedupPhrase(run)})`);
  const failed = tasks.filter((t) => t.status !== 'succeeded');
  const why = [
    ...(failed.length ? [`${failed.length} of ${tasks.length} tasks did not succeed (${failed.map((t) => `${t.id}: ${t.status}`).join(', ')})`] : []),
    ...(options.problems ?? []),
  ];
  if (inputs['fail-on'] === 'any' && why.length > 0) core.setFailed(`${prefix}${why.join('; ')}`);
}

/** The job summary: the report, then what was pushed and opened, redacted. */
export async function writeJobSummary(report: string, publications: readonly Publication[], redactor: Redactor): Promise<void> {
  await warnOnFailure('could not write the job summary', async () => {
    const pubs = renderPublications(redactor.deep(publications));
    await core.summary.addRaw(redactor.text(pubs ? `${report}\n${pubs}` : report)).write();
  });
}

/** Adds the PR links to the results and the run's journal, so the dashboard shows them; returns them by task. */
export function recordPublications(stateDir: string, result: RunResult, publications: readonly Publication[]): Record<string, string> {
  const prLinks: Record<string, string> = {};
  for (const p of publications) if (p.pr) prLinks[p.taskId] = p.pr.url;
  const journal = JournalWriter.open(stateDir, result.run.id);
  try {
    for (const task of result.tasks) {
      const url = prLinks[task.id];
      if (!url) continue;
      task.prUrl = url;
      journal.write({ type: 'task-state', at: Date.now(), runId: result.run.id, taskId: task.id, status: task.status, record: { ...task } });
    }
  } finally {
    journal.close();
  }
  return prLinks;
}

/**
 * Pairwise merge check of the tasks' commits; a failed check is a reported problem (in `errors`,
 * as `failure: why`), not a failure. `git` gives the checkout to compare in.
 */
export async function checkConflicts(
  tasks: readonly TaskRecord[],
  errors: string[],
  options: { git: (changed: TaskRecord[]) => Promise<Git>; failure?: string; warn: boolean },
): Promise<BranchConflict[]> {
  let conflicts: BranchConflict[] = [];
  const changed = tasks.filter((t) => t.commit);
  if (changed.length > 1) {
    try {
      conflicts = await findConflicts(await options.git(changed), changed.map((t) => ({ taskId: t.id, ref: t.commit! })));
    } catch (error) {
      errors.push(`${options.failure ?? 'conflict check failed'}: ${errorMessage(error)}`);
    }
  }
  if (options.warn) for (const c of conflicts) core.warning(`tasks '${c.a}' and '${c.b}' conflict in ${c.files.join(', ')}`);
  return conflicts;
}

export async function warnOnFailure(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    core.warning(`${what}: ${errorMessage(error)}`);
  }
}

/** Where a run reports on GitHub: the repository, the issue or PR it belongs to, the client. */
export interface GitHubTarget {
  inputs: Inputs;
  repoRef: RepoRef;
  octokit: GitHubClient;
  link: string;
  /** The issue or pull request number, `null` for manual runs without one. */
  number: number | null;
}

/** A run started by an event: where it reports, and the event. */
export interface Target extends GitHubTarget {
  trigger: RunTrigger;
  payload: EventPayload;
}

/** The comment {@link ActionRun.execute} keeps up to date while the tasks run. */
export interface ProgressComment {
  sticky: StickyComment | null;
  /** The comment's body for the task records so far and the agents' latest progress reports. */
  render(view: { records: TaskRecord[]; live: ReadonlyMap<string, AgentProgress> }): string;
  /** Whether an agent's progress report updates the comment, besides the tasks' state changes. */
  followAgents: boolean;
}

export interface Executed {
  result: RunResult;
  /** SIGINT or SIGTERM arrived: nothing is pushed. */
  cancelled: boolean;
}

/**
 * The steps of the main step, one method each: decide, gate, resolve the base, find the tasks, run,
 * publish, report. `run()` composes them for mode `all`; the matrix modes (modes.ts) compose the
 * same steps their way. Throws for setup errors; `run()` in main.ts turns them into the step's failure.
 */
export class ActionRun {
  readonly env: NodeJS.ProcessEnv;
  #dashboard: { close(): Promise<void> } | null = null;

  constructor(env: NodeJS.ProcessEnv) {
    this.env = env;
  }

  async run(): Promise<void> {
    const inputs = getInputs();
    core.setSecret(inputs['github-token']);
    maskEnvValues(inputs.env, this.env);
    if (inputs.mode !== 'all') {
      const { runMatrixMode } = await import('./modes.js');
      return runMatrixMode(this, inputs);
    }
    const target = await this.decide(inputs);
    if (!target) return;
    if (!(await this.gate(target))) return;
    const { git, base, body } = await this.resolveBase(target);
    const config: RunConfig = { ...toRunConfig(inputs, git.topLevel, this.env), repo: git.topLevel, baseRef: base.commit };
    const stateProblem = await unwritableDirReason(config.stateDir);
    if (stateProblem) {
      throw new ConfigError(`Invalid state directory '${config.stateDir}' (AGENT_FANOUT_HOME, default ~/.agent-fanout): ${stateProblem}. Expected a directory the runner's user can write.`);
    }
    const { tasks, errors } = await this.findTasks(target, git.topLevel, body, base.commit);
    if (tasks.length === 0) {
      await this.reportNoTasks(target, base.ref, errors);
      return;
    }
    core.info(`agent-fanout: ${tasks.length} task(s): ${tasks.map((t) => t.id).join(', ')}`);
    const redactor = this.protectSecrets(inputs, tasks);
    await removePersistedCredentials(git, actionLogger);

    const { number, link, trigger } = target;
    const runId = this.saveRun(config);
    await this.react(target);
    const sticky = inputs.comment && number !== null ? new StickyComment({ octokit: target.octokit, ...target.repoRef, issueNumber: number, key: RUN_COMMENT_KEY, logger: actionLogger }) : null;
    let executed: Executed;
    try {
      executed = await this.execute(target, config, tasks, runId, 'the run', {
        sticky,
        followAgents: true,
        render: ({ records, live }) => renderProgressComment({ records, now: Date.now(), description: trigger.description, errors, link, runId, redactor, progress: live }),
      });
    } catch (error) {
      // A setup error (Docker unusable, base commit gone): the comment must not say "running" forever.
      await sticky?.flush(redactor.text(renderFailedComment(errorMessage(error), link, runId)));
      await this.dropLabel(target);
      throw error;
    }
    printTaskGroups(executed.result);
    // Before publishing: each PR body names the siblings it conflicts with.
    const conflicts = await checkConflicts(executed.result.tasks, errors, { git: async () => git, warn: true });
    const publications = await this.publish(target, git, executed, base.branch, { what: 'run', tasks, conflicts, redactor, runCommentUrl: sticky?.url ?? null });
    await this.report(target, config, { result: executed.result, sticky, runId }, publications, conflicts, errors, redactor);
  }

  /** Stops the dashboard if the step started one. */
  async close(): Promise<void> {
    await this.#dashboard?.close();
    this.#dashboard = null;
  }

  /** Where a run that reports to issue or PR `number` writes on GitHub. */
  github(inputs: Inputs, number: number | null): GitHubTarget {
    return {
      inputs,
      repoRef: parseRepository(this.env.GITHUB_REPOSITORY),
      octokit: createGitHubClient(inputs['github-token'], { baseUrl: this.env.GITHUB_API_URL, logger: actionLogger }),
      link: runLink(this.env),
      number,
    };
  }

  /** Reads the event; `null` when it asks for nothing. */
  async decide(inputs: Inputs): Promise<Target | null> {
    const payload = readEventPayload(this.env.GITHUB_EVENT_PATH);
    const trigger = decideTrigger(this.env.GITHUB_EVENT_NAME ?? '', payload, {
      triggerLabel: inputs['trigger-label'],
      prompts: inputs.prompts,
      issueNumber: inputs['issue-number'],
    });
    if (!trigger.run) {
      core.info(`agent-fanout: nothing to do: ${trigger.reason}.`);
      return null;
    }
    core.info(`agent-fanout: ${trigger.description}`);
    return { ...this.github(inputs, trigger.number), trigger, payload };
  }

  /** Only senders with write access start runs; refused ones get a comment saying why. */
  async gate(target: Target): Promise<boolean> {
    const { octokit, repoRef, trigger, inputs, number, link } = target;
    const gate = await checkSenderPermission(octokit, { ...repoRef, sender: trigger.sender, allowedBots: inputs['allowed-bots'] });
    if (gate.allowed) {
      core.info(`agent-fanout: '${trigger.sender?.login}' may start runs (${gate.role})`);
      return true;
    }
    core.warning(`agent-fanout: not started: ${gate.reason}`);
    if (inputs.comment && number !== null) {
      await warnOnFailure('could not comment', () =>
        upsertStickyComment(octokit, { ...repoRef, issueNumber: number, key: REFUSED_COMMENT_KEY }, renderRefusedComment(gate.reason, link)),
      );
    }
    await this.dropLabel(target);
    return false;
  }

  /** The issue body (when the event did not carry it), the checkout, and the commit tasks start from. */
  async resolveBase(target: Target): Promise<{ git: Git; base: ResolvedBase; body: string; isPullRequest: boolean }> {
    const { octokit, repoRef, trigger, inputs, number, payload } = target;
    let body = trigger.body;
    let isPullRequest = trigger.isPullRequest;
    if (!trigger.bodyKnown && number !== null) {
      const issue = await getIssue(octokit, { ...repoRef, issueNumber: number }).catch((error: unknown) => {
        throw new Error(issueReadFailure(`issue #${number}`, repoRef, error, "that 'issue-number' names an issue or pull request of the repository"), { cause: error });
      });
      body = issue.body;
      isPullRequest = issue.isPullRequest;
    }
    const git = await Git.create(this.env.GITHUB_WORKSPACE ?? process.cwd(), { logger: actionLogger });
    const defaultBranch = payload.repository?.default_branch ?? '';
    let baseRef = inputs['base-ref'] || trigger.baseBranch || '';
    if (!baseRef && isPullRequest && number !== null) {
      baseRef = await getPullBase(octokit, { ...repoRef, number }).catch((error: unknown) => {
        throw new Error(issueReadFailure(`pull request #${number}`, repoRef, error, 'that the pull request still exists'), { cause: error });
      });
    }
    baseRef ||= defaultBranch || 'HEAD';
    const base = await resolveBase({ git, ref: baseRef, defaultBranch: defaultBranch || baseRef, token: inputs['github-token'], logger: actionLogger }).catch(
      (error: unknown) => {
        if (!inputs['base-ref']) throw error;
        throw new ConfigError(`Invalid value '${inputs['base-ref']}' for input 'base-ref': ${errorMessage(error)}. Expected a branch, tag or commit of the repository.`);
      },
    );
    core.info(`agent-fanout: base ${base.ref} at ${base.commit.slice(0, 12)} (${base.source}); pull requests target ${base.branch}`);
    return { git, base, body, isPullRequest };
  }

  /** The prompt files the event names, read at the base commit; problems with them are warnings. */
  async findTasks(target: Target, workspace: string, body: string, baseCommit: string): Promise<Discovery> {
    const found = await discover(target.trigger, target.inputs, workspace, body, baseCommit, actionLogger);
    for (const error of found.errors) core.warning(error);
    return found;
  }

  async reportNoTasks(target: Target, baseRef: string, errors: string[]): Promise<void> {
    const { octokit, repoRef, inputs, number, link } = target;
    core.warning('agent-fanout: no prompt files to run');
    if (inputs.comment && number !== null) {
      await warnOnFailure('could not comment', () =>
        upsertStickyComment(
          octokit,
          { ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY },
          renderNoTasksComment({ number, promptDirs: inputs['prompt-dirs'], baseRef, errors, link }),
        ),
      );
    }
    await this.dropLabel(target);
  }

  /** 👀 on the issue, PR or `/fanout` comment: the run has started. */
  async react(target: Target): Promise<void> {
    const { octokit, repoRef, number, trigger } = target;
    if (number === null) return;
    await warnOnFailure('could not add the 👀 reaction', () => addEyesReaction(octokit, { ...repoRef, issueNumber: number, commentId: trigger.commentId }));
  }

  /**
   * Every value an agent can see (its `env` names, Claude Code's variables) and the token: masked
   * in the log; returns the redactor for everything written to GitHub.
   */
  protectSecrets(inputs: Inputs, tasks: readonly TaskSpec[]): Redactor {
    const names = new Set([...inputs.env, ...tasks.flatMap((t) => t.env), ...Object.keys(claudeEnv(this.env))]);
    maskEnvValues(names, this.env);
    return createRedactor(secretValues(names, this.env, [inputs['github-token']]));
  }

  /** A new run id, saved before anything starts, so the post step can clean up even if this step is killed. */
  saveRun(config: RunConfig): string {
    const runId = newRunId(Date.now());
    saveRunState({ runId, stateDir: config.stateDir, repo: config.repo, keepWorktrees: config.keepWorktrees });
    return runId;
  }

  /**
   * Runs the tasks with a live progress comment, task output in the log, and SIGINT/SIGTERM as
   * cancel (`what` is cancelled). Throws when the run cannot start.
   */
  async execute(github: GitHubTarget, config: RunConfig, tasks: TaskSpec[], runId: string, what: string, progress: ProgressComment): Promise<Executed> {
    const { inputs, number } = github;
    const { sticky } = progress;
    const records = new Map(tasks.map((t) => [t.id, queuedTaskRecord(t, null, Date.now())]));
    const live = new Map<string, AgentProgress>();
    const render = () => progress.render({ records: [...records.values()], live });
    await sticky?.flush(render());

    const controller = new AbortController();
    const cancel = (signal: string) => {
      core.warning(`agent-fanout: ${signal} received: cancelling ${what}`);
      controller.abort();
    };
    const onSigint = () => cancel('SIGINT');
    const onSigterm = () => cancel('SIGTERM');
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigterm);

    if (inputs['dashboard-port']) this.#dashboard = await startRunDashboard(inputs['dashboard-port'], config.stateDir, actionLogger);
    const printer = new TaskOutputPrinter();
    try {
      const result = await runFanout({
        config,
        tasks,
        logger: actionLogger,
        issue: number,
        remote: 'origin',
        remoteToken: inputs['github-token'],
        runId,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'task-output') {
            printer.write(event.taskId, event.text);
          } else if (event.type === 'run-started') {
            for (const t of event.tasks) {
              const record = records.get(t.id);
              if (record) record.branch = t.branch;
            }
            sticky?.update(render());
          } else if (event.type === 'task-state') {
            records.set(event.taskId, event.record);
            sticky?.update(render());
          } else if (event.type === 'task-progress' && progress.followAgents) {
            // Throttled by the sticky comment, like every other update.
            live.set(event.taskId, event.progress);
            sticky?.update(render());
          }
        },
      });
      return { result, cancelled: controller.signal.aborted };
    } finally {
      printer.flush();
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
    }
  }

  /** Pushes each task's branch and opens or updates its pull request; nothing when `what` was cancelled. */
  async publish(
    github: GitHubTarget,
    git: Git,
    executed: Executed,
    baseBranch: string,
    extra: { what: string; tasks: TaskSpec[]; conflicts: BranchConflict[]; redactor: Redactor; runCommentUrl: string | null },
  ): Promise<Publication[]> {
    if (executed.cancelled) {
      core.warning(`agent-fanout: ${extra.what} cancelled: nothing pushed`);
      return [];
    }
    const { octokit, repoRef, inputs, number, link } = github;
    return publishResults({
      octokit,
      ...repoRef,
      git,
      result: executed.result,
      issue: number,
      baseBranch,
      createPr: inputs['create-pr'],
      prWhen: inputs['pr-when'],
      token: inputs['github-token'],
      link,
      prompts: new Map(extra.tasks.map((t) => [t.id, t.prompt])),
      conflicts: extra.conflicts,
      runCommentUrl: extra.runCommentUrl,
      repoUrl: `${this.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repoRef.owner}/${repoRef.repo}`,
      redactor: extra.redactor,
      logger: actionLogger,
    });
  }

  /** Job summary, final comments (issue and PRs), label removal, outputs and the step's verdict. */
  async report(
    target: Target,
    config: RunConfig,
    executed: { result: RunResult; sticky: StickyComment | null; runId: string },
    publications: Publication[],
    conflicts: BranchConflict[],
    errors: string[],
    redactor: Redactor,
  ): Promise<void> {
    const { inputs, link, trigger } = target;
    const { result, sticky, runId } = executed;
    const prLinks = recordPublications(config.stateDir, result, publications);
    // The job summary keeps the full report; the issue comment is the short one. Task PRs get nothing
    // more: their bodies link the comment.
    await writeJobSummary(renderSummaryMarkdown(redactor.deep(result), { prLinks, conflicts, errors: redactor.deep(errors) }), publications, redactor);

    const finalComment = renderFinalComment({ result, publications, conflicts, description: trigger.description, errors, link, runId, redactor });
    const commentId = (await sticky?.flush(finalComment)) ?? null;
    await this.dropLabel(target);
    await this.close();

    setOutputs(result, pullRequestsOf(publications), conflicts, commentId);
    conclude(inputs, result, { problems: errors.length ? [`${errors.length} prompt problem(s)`] : [] });
  }

  async dropLabel(target: Target): Promise<void> {
    const { inputs, trigger, number, octokit, repoRef } = target;
    if (!inputs['remove-label'] || !trigger.label || number === null) return;
    await warnOnFailure(`could not remove the label '${trigger.label}'`, () =>
      removeLabel(octokit, { ...repoRef, issueNumber: number, label: trigger.label! }),
    );
  }
}

/**
 * `could not read issue #12 of acme/app (HTTP 404: Not Found). Check that …`: which object, what the
 * API said in one line, and what to check — not Octokit's bare message.
 */
function issueReadFailure(what: string, repoRef: RepoRef, error: unknown, check: string): string {
  const status = httpStatus(error);
  const said = errorMessage(error).split('\n')[0].replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '').slice(0, 200);
  const access = status === 401 ? 'that the token is valid' : "that the token may read it (the workflow's permissions include issues: read)";
  return `could not read ${what} of ${repoRef.owner}/${repoRef.repo} (${status ? `HTTP ${status}: ` : ''}${said}). Check ${check}, and ${access}.`;
}

