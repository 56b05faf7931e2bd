/**
 * The action's main step: decide from the event whether to run, check who asked, find the prompt
 * files on the base ref, run them in parallel, then push branches, open PRs and report in the
 * sticky comment, the job summary and the outputs.
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import type { RunConfig } from '../core/config.js';
import { newRunId, queuedTaskRecord, runFanout } from '../run/engine.js';
import { JournalWriter } from '../run/journal.js';
import { Git, findConflicts, type BranchConflict } from '../git/index.js';
import { removePersistedCredentials, resolveBase, type ResolvedBase } from '../github/base.js';
import { createGitHubClient, errorMessage, parseRepository, type GitHubClient, type RepoRef } from '../github/client.js';
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
import { decideTrigger, type EventPayload, type RunTrigger } from '../github/trigger.js';
import { getInputs, toRunConfig, type Inputs } from './inputs.js';
import { saveRunState } from './state.js';
import type { Logger } from '../core/logger.js';
import type { RunResult } from '../core/model.js';
import { renderSummaryMarkdown } from '../report/index.js';
import { statusEmoji } from '../report/format.js';
import { discoverTasksForIssue, expandPromptArgs, gitPromptSource, loadTasks, PromptError, type TaskSpec } from '../tasks/index.js';
import { formatDuration } from '../core/units.js';

/** Sticky comment key of the run comment (on the issue and on each task PR). */
export const RUN_COMMENT_KEY = 'run';
const REFUSED_COMMENT_KEY = 'refused';
/** Values shorter than this are not masked: masking `1` or `yes` would garble the whole log. */
const MIN_MASKED_LENGTH = 4;

const actionLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

function readPayload(file: string | undefined): EventPayload {
  if (!file || !fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
}

function maskEnvValues(names: Iterable<string>, env: NodeJS.ProcessEnv): void {
  for (const name of names) {
    const value = env[name];
    if (!value || value.length < MIN_MASKED_LENGTH) continue;
    core.setSecret(value);
    // The runner matches masks per line; multi-line values (keys, certificates) need each line.
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_MASKED_LENGTH) core.setSecret(line.trim());
  }
}

/**
 * Streams task output into the log as `[task-id] line`. Parallel tasks cannot each have a log
 * group, so lines are prefixed; the prefix also keeps agent output from being read as workflow
 * commands (`::set-output`, `::add-mask::`), which the runner only recognises at a line's start.
 */
class TaskOutputPrinter {
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
async function startRunDashboard(port: number, stateDir: string, logger: Logger): Promise<{ close(): Promise<void> } | null> {
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

/** Adds the PR links to the results and the run's journal, so the dashboard shows them. */
function recordPullRequests(stateDir: string, result: RunResult, prLinks: Record<string, string>): void {
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
}

interface Discovery {
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
function printTaskGroups(result: RunResult): void {
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
    } finally {
      core.endGroup();
    }
  }
}

/** `speedup 2.10× (mean concurrency 3.40)`, or the bound when the estimate is uncertain. */
function speedupPhrase(run: RunResult['run']): string {
  const concurrency = `mean concurrency ${run.concurrency.toFixed(2)}`;
  if (run.speedup !== null) return `estimated speedup ${run.speedup.toFixed(2)}×, ${concurrency}`;
  return `speedup not estimated${run.speedupMax !== null ? `, at most ${run.speedupMax.toFixed(2)}×` : ''}: ${run.speedupNote ?? 'no stall data'}; ${concurrency}`;
}

function setOutputs(result: RunResult, publications: readonly Publication[], conflicts: readonly BranchConflict[], commentId: number | null): void {
  core.setOutput('results', JSON.stringify(result));
  core.setOutput('succeeded', result.run.succeeded);
  core.setOutput('failed', result.tasks.length - result.run.succeeded);
  // Empty when the estimate is uncertain (no stall data): a number there would look measured.
  core.setOutput('speedup', result.run.speedup !== null && Number.isFinite(result.run.speedup) ? result.run.speedup.toFixed(2) : '');
  core.setOutput('concurrency', Number.isFinite(result.run.concurrency) ? result.run.concurrency.toFixed(2) : '0');
  core.setOutput('wall-seconds', (result.run.wallMs / 1000).toFixed(1));
  core.setOutput('total-cost-usd', result.run.totalCostUsd.toFixed(4));
  core.setOutput(
    'pull-requests',
    JSON.stringify(
      publications.flatMap((p) => (p.pr ? [{ task: p.taskId, number: p.pr.number, url: p.pr.url, branch: p.branch, created: p.pr.created }] : [])),
    ),
  );
  core.setOutput('comment-id', commentId === null ? '' : String(commentId));
  core.setOutput('conflicts', JSON.stringify(conflicts));
}

async function warnOnFailure(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    core.warning(`${what}: ${errorMessage(error)}`);
  }
}


/** Where the run's results go: the GitHub repository, the issue or PR it belongs to, the token. */
interface Target {
  inputs: Inputs;
  trigger: RunTrigger;
  repoRef: RepoRef;
  octokit: GitHubClient;
  link: string;
  /** The issue or pull request number, `null` for manual runs without one. */
  number: number | null;
  payload: EventPayload;
}

/**
 * The whole main step, one method per step: decide, gate, resolve the base, discover, run, publish,
 * report. Throws for setup errors; `run()` in main.ts turns them into the step's failure.
 */
export class ActionRun {
  readonly #env: NodeJS.ProcessEnv;
  #dashboard: { close(): Promise<void> } | null = null;

  constructor(env: NodeJS.ProcessEnv) {
    this.#env = env;
  }

  async run(): Promise<void> {
    const target = await this.decide();
    if (!target) return;
    if (!(await this.gate(target))) return;
    const { git, base, body } = await this.resolveBase(target);
    const config: RunConfig = { ...toRunConfig(target.inputs, git.topLevel, this.#env), repo: git.topLevel, baseRef: base.commit };
    const { tasks, errors } = await discover(target.trigger, target.inputs, git.topLevel, body, base.commit, actionLogger);
    for (const error of errors) core.warning(error);
    if (tasks.length === 0) {
      await this.reportNoTasks(target, base.ref, errors);
      return;
    }
    core.info(`agent-fanout: ${tasks.length} task(s): ${tasks.map((t) => t.id).join(', ')}`);
    maskEnvValues(new Set(tasks.flatMap((t) => t.env)), this.#env);
    await removePersistedCredentials(git, actionLogger);

    const executed = await this.execute(target, config, tasks, errors);
    printTaskGroups(executed.result);
    const publications = executed.cancelled ? [] : await this.publish(target, git, executed.result, base.branch);
    if (executed.cancelled) core.warning('agent-fanout: run cancelled: nothing pushed');
    const conflicts = await checkConflicts(git, executed.result, errors);
    await this.report(target, config, executed, publications, conflicts, errors);
  }

  /** Stops the dashboard if the step started one. */
  async close(): Promise<void> {
    await this.#dashboard?.close();
    this.#dashboard = null;
  }

  /** Reads the inputs and the event; `null` when the event asks for nothing. */
  async decide(): Promise<Target | null> {
    const inputs = getInputs();
    core.setSecret(inputs['github-token']);
    maskEnvValues(inputs.env, this.#env);
    const payload = readPayload(this.#env.GITHUB_EVENT_PATH);
    const trigger = decideTrigger(this.#env.GITHUB_EVENT_NAME ?? '', payload, {
      triggerLabel: inputs['trigger-label'],
      prompts: inputs.prompts,
      issueNumber: inputs['issue-number'],
    });
    if (!trigger.run) {
      core.info(`agent-fanout: nothing to do: ${trigger.reason}.`);
      return null;
    }
    core.info(`agent-fanout: ${trigger.description}`);
    return {
      inputs,
      trigger,
      repoRef: parseRepository(this.#env.GITHUB_REPOSITORY),
      octokit: createGitHubClient(inputs['github-token'], { baseUrl: this.#env.GITHUB_API_URL, logger: actionLogger }),
      link: runLink(this.#env),
      number: trigger.number,
      payload,
    };
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
  async resolveBase(target: Target): Promise<{ git: Git; base: ResolvedBase; body: string }> {
    const { octokit, repoRef, trigger, inputs, number, payload } = target;
    let body = trigger.body;
    let isPullRequest = trigger.isPullRequest;
    if (!trigger.bodyKnown && number !== null) {
      const issue = await getIssue(octokit, { ...repoRef, issueNumber: number });
      body = issue.body;
      isPullRequest = issue.isPullRequest;
    }
    const git = await Git.create(this.#env.GITHUB_WORKSPACE ?? process.cwd(), { logger: actionLogger });
    const defaultBranch = payload.repository?.default_branch ?? '';
    let baseRef = inputs['base-ref'] || trigger.baseBranch || '';
    if (!baseRef && isPullRequest && number !== null) baseRef = await getPullBase(octokit, { ...repoRef, number });
    baseRef ||= defaultBranch || 'HEAD';
    const base = await resolveBase({ git, ref: baseRef, defaultBranch: defaultBranch || baseRef, token: inputs['github-token'], logger: actionLogger });
    core.info(`agent-fanout: base ${base.ref} at ${base.commit.slice(0, 12)} (${base.source}); pull requests target ${base.branch}`);
    return { git, base, body };
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

  /** Runs the tasks with a live sticky comment, task output in the log, and SIGINT/SIGTERM as cancel. */
  async execute(target: Target, config: RunConfig, tasks: TaskSpec[], errors: string[]): Promise<{ result: RunResult; cancelled: boolean; sticky: StickyComment | null; runId: string }> {
    const { octokit, repoRef, inputs, number, link, trigger } = target;
    const runId = newRunId(Date.now());
    // Saved before anything starts, so the post step can clean up even if this step is killed.
    saveRunState({ runId, stateDir: config.stateDir, repo: config.repo, keepWorktrees: config.keepWorktrees });
    if (number !== null) {
      await warnOnFailure('could not add the 👀 reaction', () => addEyesReaction(octokit, { ...repoRef, issueNumber: number, commentId: trigger.commentId }));
    }
    const sticky =
      inputs.comment && number !== null
        ? new StickyComment({ octokit, ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY, logger: actionLogger })
        : null;
    const records = new Map(tasks.map((t) => [t.id, queuedTaskRecord(t, null, Date.now())]));
    const progress = () =>
      renderProgressComment({ records: [...records.values()], now: Date.now(), description: trigger.description, errors, link, runId });
    await sticky?.flush(progress());

    const controller = new AbortController();
    const cancel = (signal: string) => {
      core.warning(`agent-fanout: ${signal} received: cancelling the run`);
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
            sticky?.update(progress());
          } else if (event.type === 'task-state') {
            records.set(event.taskId, event.record);
            sticky?.update(progress());
          }
        },
      });
      return { result, cancelled: controller.signal.aborted, sticky, runId };
    } catch (error) {
      // A setup error (Docker unusable, base commit gone): the comment must not say "running" forever.
      await sticky?.flush(renderFailedComment(errorMessage(error), link, runId));
      await this.dropLabel(target);
      throw error;
    } finally {
      printer.flush();
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
    }
  }

  /** Pushes each task's branch and opens or updates its pull request. */
  async publish(target: Target, git: Git, result: RunResult, baseBranch: string): Promise<Publication[]> {
    const { octokit, repoRef, inputs, number, link } = target;
    return publishResults({
      octokit,
      ...repoRef,
      git,
      result,
      issue: number,
      baseBranch,
      createPr: inputs['create-pr'],
      token: inputs['github-token'],
      link,
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
  ): Promise<void> {
    const { octokit, repoRef, inputs, link } = target;
    const { result, sticky, runId } = executed;
    const prLinks: Record<string, string> = {};
    for (const p of publications) if (p.pr) prLinks[p.taskId] = p.pr.url;
    recordPullRequests(config.stateDir, result, prLinks);
    const summary = renderSummaryMarkdown(result, { prLinks, conflicts, errors });
    await warnOnFailure('could not write the job summary', async () => {
      const pubs = renderPublications(publications);
      await core.summary.addRaw(pubs ? `${summary}\n${pubs}` : summary).write();
    });

    const finalComment = renderFinalComment({ summary, publications, link, runId });
    if (inputs.comment) {
      for (const p of publications) {
        if (!p.pr) continue;
        const pr = p.pr;
        await warnOnFailure(`could not comment on #${pr.number}`, () =>
          upsertStickyComment(octokit, { ...repoRef, issueNumber: pr.number, key: RUN_COMMENT_KEY }, finalComment),
        );
      }
    }
    const commentId = (await sticky?.flush(finalComment)) ?? null;
    await this.dropLabel(target);
    await this.close();

    setOutputs(result, publications, conflicts, commentId);
    const failed = result.tasks.filter((t) => t.status !== 'succeeded');
    core.info(
      `agent-fanout: ${result.run.succeeded}/${result.tasks.length} tasks succeeded in ${formatDuration(result.run.wallMs)} (${speedupPhrase(result.run)})`,
    );
    if (inputs['fail-on'] === 'any' && (failed.length > 0 || errors.length > 0)) {
      const why = [
        ...(failed.length ? [`${failed.length} of ${result.tasks.length} tasks did not succeed (${failed.map((t) => `${t.id}: ${t.status}`).join(', ')})`] : []),
        ...(errors.length ? [`${errors.length} prompt problem(s)`] : []),
      ];
      core.setFailed(`agent-fanout: ${why.join('; ')}`);
    }
  }

  async dropLabel(target: Target): Promise<void> {
    const { inputs, trigger, number, octokit, repoRef } = target;
    if (!inputs['remove-label'] || !trigger.label || number === null) return;
    await warnOnFailure(`could not remove the label '${trigger.label}'`, () =>
      removeLabel(octokit, { ...repoRef, issueNumber: number, label: trigger.label! }),
    );
  }
}

/** Pairwise merge check of the result branches; a failed check is a reported problem, not a failure. */
async function checkConflicts(git: Git, result: RunResult, errors: string[]): Promise<BranchConflict[]> {
  let conflicts: BranchConflict[] = [];
  const changed = result.tasks.filter((t) => t.commit);
  if (changed.length > 1) {
    try {
      conflicts = await findConflicts(git, changed.map((t) => ({ taskId: t.id, ref: t.commit! })));
    } catch (error) {
      errors.push(`conflict check failed: ${errorMessage(error)}`);
    }
  }
  for (const c of conflicts) core.warning(`tasks '${c.a}' and '${c.b}' conflict in ${c.files.join(', ')}`);
  return conflicts;
}
