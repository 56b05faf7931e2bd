/**
 * The action's main step: decide from the event whether to run, check who asked, find the prompt
 * files on the base ref, run them in parallel, then push branches, open PRs and report in the
 * sticky comment, the job summary and the outputs.
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import type { RunConfig } from './config.js';
import { newRunId, queuedTaskRecord, runFanout } from './engine.js';
import { JournalWriter } from './journal.js';
import { Git, findConflicts, type BranchConflict } from './git/index.js';
import { removePersistedCredentials, resolveBase } from './github/base.js';
import { createGitHubClient, errorMessage, parseRepository, type RepoRef } from './github/client.js';
import { StickyComment, upsertStickyComment } from './github/comments.js';
import { addEyesReaction, getIssue, getPullBase, removeLabel } from './github/issues.js';
import { checkSenderPermission } from './github/permissions.js';
import { publishResults } from './github/publish.js';
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
} from './github/render.js';
import { decideTrigger, type EventPayload, type RunTrigger } from './github/trigger.js';
import { getInputs, toRunConfig, type Inputs } from './inputs.js';
import type { Logger } from './logger.js';
import type { RunResult } from './model.js';
import { renderSummaryMarkdown } from './report/index.js';
import { statusEmoji } from './report/format.js';
import { discoverTasksForIssue, expandPromptArgs, gitPromptSource, loadTasks, PromptError, type TaskSpec } from './tasks/index.js';
import { formatDuration } from './units.js';

/** Sticky comment key of the run comment (on the issue and on each task PR). */
export const RUN_COMMENT_KEY = 'run';
export const REFUSED_COMMENT_KEY = 'refused';
/** Values shorter than this are not masked: masking `1` or `yes` would garble the whole log. */
const MIN_MASKED_LENGTH = 4;

export const actionLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

export async function run(): Promise<void> {
  try {
    await runAction(process.env);
  } catch (error) {
    core.setFailed(errorMessage(error));
  } finally {
    // An open dashboard server would keep the step alive after a failure.
    await openDashboard?.close();
    openDashboard = null;
  }
}

let openDashboard: { close(): Promise<void> } | null = null;

export function readPayload(file: string | undefined): EventPayload {
  if (!file || !fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
}

export function maskEnvValues(names: Iterable<string>, env: NodeJS.ProcessEnv): void {
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
    const { startDashboard, dockerRunLiveness } = await import('./dashboard/index.js');
    const server = await startDashboard({ host: '127.0.0.1', port, stateDir, logger, isRunLive: dockerRunLiveness() });
    core.info(`agent-fanout: dashboard at ${server.url}`);
    openDashboard = server;
    return server;
  } catch (error) {
    core.warning(`agent-fanout: could not start the dashboard on port ${port}: ${errorMessage(error)}`);
    return null;
  }
}

/** Adds the PR links to the results and the run's journal, so the dashboard shows them. */
export function recordPullRequests(stateDir: string, result: RunResult, prLinks: Record<string, string>): void {
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

export async function discover(trigger: RunTrigger, inputs: Inputs, workspace: string, body: string, baseCommit: string, logger: Logger): Promise<Discovery> {
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
    } finally {
      core.endGroup();
    }
  }
}

export function setOutputs(result: RunResult, publications: readonly Publication[], conflicts: readonly BranchConflict[], commentId: number | null): void {
  core.setOutput('results', JSON.stringify(result));
  core.setOutput('succeeded', result.run.succeeded);
  core.setOutput('failed', result.tasks.length - result.run.succeeded);
  core.setOutput('speedup', Number.isFinite(result.run.speedup) ? result.run.speedup.toFixed(2) : '0');
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

export async function warnOnFailure(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    core.warning(`${what}: ${errorMessage(error)}`);
  }
}

/** The whole main step. Throws for setup errors; `run()` turns them into the step's failure. */
export async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = getInputs();
  const token = inputs['github-token'];
  core.setSecret(token);
  maskEnvValues(inputs.env, env);
  if (inputs.mode !== 'all') {
    const { runMatrixMode } = await import('./action/modes.js');
    return runMatrixMode(inputs, env);
  }

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const trigger = decideTrigger(eventName, payload, {
    triggerLabel: inputs['trigger-label'],
    prompts: inputs.prompts,
    issueNumber: inputs['issue-number'],
  });
  if (!trigger.run) {
    core.info(`agent-fanout: nothing to do: ${trigger.reason}.`);
    return;
  }
  core.info(`agent-fanout: ${trigger.description}`);

  const repoRef: RepoRef = parseRepository(env.GITHUB_REPOSITORY);
  const octokit = createGitHubClient(token, { baseUrl: env.GITHUB_API_URL, logger: actionLogger });
  const link = runLink(env);
  const number = trigger.number;
  const dropLabel = async () => {
    if (!inputs['remove-label'] || !trigger.label || number === null) return;
    await warnOnFailure(`could not remove the label '${trigger.label}'`, () =>
      removeLabel(octokit, { ...repoRef, issueNumber: number, label: trigger.label! }),
    );
  };

  const gate = await checkSenderPermission(octokit, { ...repoRef, sender: trigger.sender, allowedBots: inputs['allowed-bots'] });
  if (!gate.allowed) {
    core.warning(`agent-fanout: not started: ${gate.reason}`);
    if (inputs.comment && number !== null) {
      await warnOnFailure('could not comment', () =>
        upsertStickyComment(octokit, { ...repoRef, issueNumber: number, key: REFUSED_COMMENT_KEY }, renderRefusedComment(gate.reason, link)),
      );
    }
    await dropLabel();
    return;
  }
  core.info(`agent-fanout: '${trigger.sender?.login}' may start runs (${gate.role})`);

  let body = trigger.body;
  let isPullRequest = trigger.isPullRequest;
  if (!trigger.bodyKnown && number !== null) {
    const issue = await getIssue(octokit, { ...repoRef, issueNumber: number });
    body = issue.body;
    isPullRequest = issue.isPullRequest;
  }

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const git = await Git.create(workspace, { logger: actionLogger });
  const defaultBranch = payload.repository?.default_branch ?? '';
  let baseRef = inputs['base-ref'] || trigger.baseBranch || '';
  if (!baseRef && isPullRequest && number !== null) baseRef = await getPullBase(octokit, { ...repoRef, number });
  baseRef ||= defaultBranch || 'HEAD';
  const base = await resolveBase({ git, ref: baseRef, defaultBranch: defaultBranch || baseRef, token, logger: actionLogger });
  core.info(`agent-fanout: base ${base.ref} at ${base.commit.slice(0, 12)} (${base.source}); pull requests target ${base.branch}`);

  const config: RunConfig = { ...toRunConfig(inputs, workspace, env), repo: git.topLevel, baseRef: base.commit };
  const { tasks, errors } = await discover(trigger, inputs, git.topLevel, body, base.commit, actionLogger);
  for (const error of errors) core.warning(error);
  if (tasks.length === 0) {
    core.warning('agent-fanout: no prompt files to run');
    if (inputs.comment && number !== null) {
      await warnOnFailure('could not comment', () =>
        upsertStickyComment(
          octokit,
          { ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY },
          renderNoTasksComment({ number, promptDirs: inputs['prompt-dirs'], baseRef: base.ref, errors, link }),
        ),
      );
    }
    await dropLabel();
    return;
  }
  core.info(`agent-fanout: ${tasks.length} task(s): ${tasks.map((t) => t.id).join(', ')}`);
  maskEnvValues(new Set(tasks.flatMap((t) => t.env)), env);
  await removePersistedCredentials(git, actionLogger);

  const runId = newRunId(Date.now());
  // Saved before anything starts, so the post step can clean up even if this step is killed.
  core.saveState('runId', runId);
  core.saveState('stateDir', config.stateDir);
  core.saveState('repo', config.repo);
  core.saveState('keepWorktrees', String(config.keepWorktrees));

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

  const dashboard = inputs['dashboard-port'] ? await startRunDashboard(inputs['dashboard-port'], config.stateDir, actionLogger) : null;
  const printer = new TaskOutputPrinter();
  let result: RunResult;
  try {
    result = await runFanout({
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
  } catch (error) {
    // A setup error (Docker unusable, base commit gone): the comment must not say "running" forever.
    await sticky?.flush(renderFailedComment(errorMessage(error), link, runId));
    await dropLabel();
    throw error;
  } finally {
    printer.flush();
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
  }
  printTaskGroups(result);

  let publications: Publication[] = [];
  if (controller.signal.aborted) {
    core.warning('agent-fanout: run cancelled: nothing pushed');
  } else {
    publications = await publishResults({
      octokit,
      ...repoRef,
      git,
      result,
      issue: number,
      baseBranch: base.branch,
      createPr: inputs['create-pr'],
      token,
      link,
      logger: actionLogger,
    });
  }

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
  await dropLabel();
  await dashboard?.close();
  openDashboard = null;

  setOutputs(result, publications, conflicts, commentId);
  const failed = result.tasks.filter((t) => t.status !== 'succeeded');
  const line = `agent-fanout: ${result.run.succeeded}/${result.tasks.length} tasks succeeded in ${formatDuration(result.run.wallMs)} (speedup ${result.run.speedup.toFixed(2)}×)`;
  core.info(line);
  if (inputs['fail-on'] === 'any' && (failed.length > 0 || errors.length > 0)) {
    const why = [
      ...(failed.length ? [`${failed.length} of ${result.tasks.length} tasks did not succeed (${failed.map((t) => `${t.id}: ${t.status}`).join(', ')})`] : []),
      ...(errors.length ? [`${errors.length} prompt problem(s)`] : []),
    ];
    core.setFailed(`agent-fanout: ${why.join('; ')}`);
  }
}
