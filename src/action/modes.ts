/**
 * The action's matrix modes, for a run spread over many runners:
 * - `plan` (one job): decides from the event, checks the sender, finds the prompt files, splits
 *   them into shards, reacts 👀, writes the issue's run comment and removes the label — once;
 * - `shard` (one job per matrix entry): runs its shard's tasks as `all` would, pushes their
 *   branches, opens their PRs, reports progress in a comment of its own, writes its results file;
 * - `aggregate` (one job after all shards): one report from the results files, the job summary,
 *   the final run comment (replacing the shards' comments) and the outputs.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import type { RunConfig } from '../core/config.js';
import { queuedTaskRecord } from '../run/engine.js';
import { authConfigArgs, Git } from '../git/index.js';
import { removePersistedCredentials } from '../github/base.js';
import { errorMessage, type GitHubClient, type RepoRef } from '../github/client.js';
import { StickyComment, upsertStickyComment } from '../github/comments.js';
import { renderFinalComment, type Publication } from '../github/render.js';
import {
  renderPlanComment,
  renderShardDoneComment,
  renderShardFailedComment,
  renderShardProgressComment,
  shardCommentKey,
} from '../github/render-shards.js';
import { deleteStickyComment } from '../github/shard-comments.js';
import type { Inputs } from './inputs.js';
import { toRunConfig } from './inputs.js';
import { readEventPayload } from './event.js';
import {
  actionLogger,
  checkConflicts,
  conclude,
  printTaskGroups,
  pullRequestsOf,
  recordPublications,
  RUN_COMMENT_KEY,
  setOutputs,
  warnOnFailure,
  writeJobSummary,
  type ActionRun,
  type Executed,
} from './run-action.js';
import type { RunResult, ShardInfo, TaskRecord } from '../core/model.js';
import { ConfigError } from '../core/options.js';
import { aggregateShardResults, renderAggregateMarkdown, type AggregateResult } from '../report/aggregate.js';
import { buildRunResult, computeRunMetrics, renderSummaryMarkdown } from '../report/index.js';
import { plural } from '../report/format.js';
import { findResultFiles, readShardResultFile } from '../report/shard-files.js';
import { gitPromptSource, loadTasks, type TaskSpec } from '../tasks/index.js';
import { DEFAULT_PLAN_MAX_PARALLEL, parsePlan, planShards, PlanError, shardTaskIds, verifyPlan, type Plan } from '../tasks/plan.js';

/** What the shard and aggregate jobs need to know about the event, decided once by the plan job. */
export interface ActionPlanContext {
  /** The issue or PR the run reports to. */
  issue: number | null;
  isPullRequest: boolean;
  /** The base as asked for, and the branch PRs target. */
  baseRef: string;
  baseBranch: string;
  /** What started the run, for comments. */
  description: string;
  /** Problems with prompt files found while planning. */
  errors: string[];
}

/** The `plan` output: the shard plan plus the event context. */
export type ActionPlan = Plan & { github?: ActionPlanContext };

export async function runMatrixMode(action: ActionRun, inputs: Inputs): Promise<void> {
  switch (inputs.mode) {
    case 'plan':
      return runPlanMode(action, inputs);
    case 'shard':
      return runShardMode(action, inputs);
    case 'aggregate':
      return runAggregateMode(action, inputs);
    case 'all':
      throw new Error("runMatrixMode: mode 'all' is the action's main path");
  }
}

function parseActionPlan(text: string): ActionPlan {
  try {
    return parsePlan(text, "input 'plan'") as ActionPlan;
  } catch (error) {
    if (error instanceof PlanError) throw new ConfigError(`${error.message}. Expected the plan job's 'plan' output.`);
    throw error;
  }
}

function setPlanOutputs(plan: ActionPlan | null): void {
  core.setOutput('plan', plan ? JSON.stringify(plan) : '');
  core.setOutput('matrix', JSON.stringify(plan ? plan.matrix : { include: [] }));
  core.setOutput('shard-count', String(plan?.shardCount ?? 0));
  core.setOutput('task-count', String(plan?.taskCount ?? 0));
}

/** `plan`: everything that must happen once, then the plan as outputs. */
async function runPlanMode(action: ActionRun, inputs: Inputs): Promise<void> {
  setPlanOutputs(null);
  const target = await action.decide(inputs);
  if (!target) return;
  if (!(await action.gate(target))) return;
  const { git, base, body, isPullRequest } = await action.resolveBase(target);
  const { tasks, errors } = await action.findTasks(target, git.topLevel, body, base.commit);
  if (tasks.length === 0) {
    await action.reportNoTasks(target, base.ref, errors);
    return;
  }
  const { octokit, repoRef, number, link, trigger } = target;

  // `auto` parallelism is decided on each runner from its memory; the planner assumes the default.
  const maxParallel = inputs['max-parallel'] === 'auto' ? DEFAULT_PLAN_MAX_PARALLEL : inputs['max-parallel'];
  const plan: ActionPlan = {
    ...planShards(tasks, { baseCommit: base.commit, shards: inputs.shards, maxParallel, maxShards: inputs['max-shards'] }),
    github: { issue: number, isPullRequest, baseRef: base.ref, baseBranch: base.branch, description: trigger.description, errors },
  };
  core.info(`agent-fanout: ${plan.taskCount} task(s) in ${plan.shardCount} shard(s), balanced by ${plan.balance === 'estimate' ? 'estimate' : 'task count'}`);
  for (const shard of plan.shards) core.info(`  shard ${shard.shard}: ${shard.tasks.join(', ')}`);
  for (const note of plan.notes) core.info(`  note: ${note}`);

  await action.react(target);
  if (inputs.comment && number !== null) {
    await warnOnFailure('could not comment', () =>
      upsertStickyComment(
        octokit,
        { ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY },
        renderPlanComment({ shards: plan.shards, taskCount: plan.taskCount, description: trigger.description, notes: plan.notes, errors, link }),
      ),
    );
  }
  await action.dropLabel(target);
  setPlanOutputs(plan);
  await warnOnFailure('could not write the job summary', () =>
    core.summary
      .addRaw(`## agent-fanout plan\n\n${plan.taskCount} tasks in ${plan.shardCount} shards (base \`${plan.baseCommit.slice(0, 12)}\`):\n\n`)
      .addRaw(plan.shards.map((s) => `- shard ${s.shard}: ${s.tasks.map((t) => `\`${t}\``).join(', ')}`).join('\n') + '\n')
      .write(),
  );
}

/** Where a shard writes its results file: under RUNNER_TEMP, named by its shard (artifacts merge flat). */
export function shardResultFile(env: NodeJS.ProcessEnv, index: number): string {
  return path.join(path.resolve(env.RUNNER_TEMP ?? os.tmpdir()), 'agent-fanout-results', `results-shard-${index}.json`);
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(value, null, 2) + '\n');
  await fs.rename(tmp, file);
}

/** The base commit, fetched from origin when the checkout lacks it (a shallow or single-branch clone). */
async function ensureCommit(git: Git, commit: string, token: string): Promise<void> {
  if (await git.tryRevParse(commit)) return;
  const auth = await authConfigArgs(git, 'origin', token, 'fetch');
  const out = await git.exec([...auth.args, 'fetch', '--quiet', '--no-tags', 'origin', commit], { allowFailure: true, secrets: auth.secrets });
  if (out.exitCode !== 0 || !(await git.tryRevParse(commit))) {
    throw new Error(`the plan's base commit ${commit.slice(0, 12)} is not in the checkout and could not be fetched from origin; check out with fetch-depth: 0`);
  }
}

/** The results document of a shard that failed before its tasks ran: every task cancelled, with why. */
function failedShardResult(info: ShardInfo, plan: Plan, message: string, now: number): RunResult {
  const records: TaskRecord[] = info.tasks.map((id) => {
    const planned = plan.tasks.find((t) => t.id === id);
    const spec: TaskSpec = { id, title: id, file: planned?.file ?? '', prompt: '', issues: [], dependsOn: planned?.dependsOn ?? [], env: [] };
    return { ...queuedTaskRecord(spec, null, now), status: 'cancelled', reason: `shard ${info.index} failed before its tasks ran: ${message}`, finishedAt: now };
  });
  const metrics = computeRunMetrics(records, { startedAt: now, finishedAt: now, maxParallel: 1, mode: 'docker' });
  const result = buildRunResult(
    { id: `shard-${info.index}-failed`, repo: '', baseRef: plan.baseCommit, baseCommit: plan.baseCommit, issue: null, startedAt: now, finishedAt: now, mode: 'docker', modeReason: null, maxParallel: 1, runDir: '', host: info.runner },
    metrics,
    records,
  );
  return { ...result, shard: { ...info, error: message } };
}

/** `shard`: runs the tasks of one shard, as `all` runs a whole run, and writes its results file. */
async function runShardMode(action: ActionRun, inputs: Inputs): Promise<void> {
  const { env } = action;
  const token = inputs['github-token'];
  const plan = parseActionPlan(inputs.plan);
  const index = inputs.shard!.index;
  if (index > plan.shardCount) {
    throw new ConfigError(`Invalid value '${index}' for input 'shard'. The plan has shards 1 to ${plan.shardCount}.`);
  }
  const ctx: ActionPlanContext = plan.github ?? {
    issue: inputs['issue-number'],
    isPullRequest: false,
    baseRef: plan.baseCommit,
    baseBranch: inputs['base-ref'] || readEventPayload(env.GITHUB_EVENT_PATH).repository?.default_branch || 'main',
    description: 'a sharded run',
    errors: [],
  };
  const github = action.github(inputs, ctx.issue);
  const { octokit, repoRef, link, number: issue } = github;
  const info: ShardInfo = {
    index,
    count: plan.shardCount,
    tasks: shardTaskIds(plan, index),
    planFingerprint: plan.fingerprint,
    runner: env.RUNNER_NAME || os.hostname(),
  };
  const resultFile = shardResultFile(env, index);
  // Each shard writes only its own comment: concurrent shards never edit the same one.
  const sticky =
    inputs.comment && issue !== null
      ? new StickyComment({
          octokit,
          ...repoRef,
          issueNumber: issue,
          key: shardCommentKey(index),
          logger: actionLogger,
          // All shards share the token's write budget: fewer edits each as there are more of them.
          minIntervalMs: Math.max(5000, 2000 * plan.shardCount),
        })
      : null;
  core.info(`agent-fanout: shard ${index} of ${plan.shardCount} on ${info.runner}: ${info.tasks.join(', ')}`);

  const fail = async (error: unknown): Promise<never> => {
    const message = errorMessage(error);
    await writeJson(resultFile, failedShardResult(info, plan, message, Date.now()));
    core.setOutput('result-file', resultFile);
    await sticky?.flush(renderShardFailedComment({ index, count: plan.shardCount, runner: info.runner, message, link }));
    throw error;
  };

  let git: Git;
  let tasks: TaskSpec[];
  let config: RunConfig;
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    git = await Git.create(workspace, { logger: actionLogger });
    await ensureCommit(git, plan.baseCommit, token);
    config = { ...toRunConfig(inputs, workspace, env), repo: git.topLevel, baseRef: plan.baseCommit };
    const all = await loadTasks(git.topLevel, plan.tasks.map((t) => t.file), gitPromptSource(git.topLevel, plan.baseCommit), actionLogger);
    verifyPlan(plan, all, plan.baseCommit);
    const ids = new Set(info.tasks);
    tasks = all.filter((t) => ids.has(t.id));
    await removePersistedCredentials(git, actionLogger);
  } catch (error) {
    return fail(error);
  }
  const redactor = action.protectSecrets(inputs, tasks);
  const runId = action.saveRun(config);
  let executed: Executed;
  try {
    executed = await action.execute(github, config, tasks, runId, `shard ${index}`, {
      sticky,
      followAgents: false,
      render: ({ records }) => redactor.text(renderShardProgressComment({ index, count: plan.shardCount, runner: info.runner, records, now: Date.now(), link, runId })),
    });
  } catch (error) {
    return fail(error);
  }
  const { result } = executed;
  printTaskGroups(result);

  // Before publishing: each PR body names the siblings it conflicts with.
  const errors: string[] = [];
  const conflicts = await checkConflicts(result.tasks, errors, { git: async () => git, warn: false });
  // The shard's comment goes when the run's comment replaces it: PR bodies do not link it.
  const publications = await action.publish(github, git, executed, ctx.baseBranch, { what: 'shard', tasks, conflicts, redactor, runCommentUrl: null });
  const prLinks = recordPublications(config.stateDir, result, publications);

  const shardResult: RunResult = { ...result, shard: info };
  await writeJson(resultFile, shardResult);
  core.setOutput('result-file', resultFile);
  core.info(`agent-fanout: results of shard ${index} in ${resultFile}`);

  const summary = renderSummaryMarkdown(redactor.deep(result), {
    prLinks,
    conflicts,
    errors: redactor.deep(errors),
    title: `agent-fanout shard ${index} of ${plan.shardCount} (${info.runner})`,
  });
  await writeJobSummary(summary, publications, redactor);
  await sticky?.flush(
    renderShardDoneComment({ index, count: plan.shardCount, runner: info.runner, succeeded: result.run.succeeded, total: result.tasks.length, link, runId }),
  );
  await action.close();
  setOutputs(shardResult, pullRequestsOf(publications), conflicts, sticky?.id ?? null);
  conclude(inputs, result, { who: `shard ${index}` });
}

/** Files in `dir` and, for downloads without merge-multiple, in its immediate subdirectories. */
async function resultsIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: Error) => {
    throw new ConfigError(`Invalid value '${dir}' for input 'results-dir'. Expected the directory the shards' results were downloaded to: ${error.message}`);
  });
  const dirs = [dir, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name))];
  const files: string[] = [];
  for (const d of dirs) files.push(...(await findResultFiles([d])));
  return files.sort();
}

/** Fetches the task branches that have commits, so branches from every shard can be compared. */
async function fetchTaskBranches(git: Git, tasks: readonly TaskRecord[], token: string): Promise<void> {
  const branches = tasks.filter((t) => t.commit && t.branch).map((t) => `refs/heads/${t.branch}`);
  const missing = [];
  for (const t of tasks) if (t.commit && !(await git.tryRevParse(t.commit))) missing.push(t);
  if (missing.length === 0 || branches.length === 0) return;
  const auth = await authConfigArgs(git, 'origin', token, 'fetch');
  await git.exec([...auth.args, 'fetch', '--quiet', '--no-tags', 'origin', ...branches], { secrets: auth.secrets });
}

function pullNumber(url: string): number | null {
  const m = /\/pull\/(\d+)/.exec(url);
  return m ? Number(m[1]) : null;
}

/** `aggregate`: one report over every shard; the issue's run comment replaces the shards' comments. */
async function runAggregateMode(action: ActionRun, inputs: Inputs): Promise<void> {
  const { env } = action;
  const token = inputs['github-token'];
  const plan = inputs.plan.trim() ? parseActionPlan(inputs.plan) : undefined;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = path.resolve(workspace, inputs['results-dir']);
  const files = await resultsIn(dir);
  core.info(`agent-fanout: ${files.length} results file(s) in ${dir}${plan ? ` for ${plan.shardCount} planned shard(s)` : ''}`);
  const inputsRead = [];
  for (const file of files) {
    try {
      inputsRead.push(await readShardResultFile(file));
    } catch (error) {
      core.warning(`agent-fanout: ${errorMessage(error)}; skipped`);
    }
  }
  if (inputsRead.length === 0 && !plan) throw new Error(`no results files in ${dir} and no plan: nothing to aggregate`);
  const { result, errors } = aggregateShardResults(inputsRead, { plan });
  errors.unshift(...(plan?.github?.errors ?? []));
  for (const e of errors) core.warning(`agent-fanout: ${e}`);

  const prLinks: Record<string, string> = {};
  for (const t of result.tasks) if (t.prUrl) prLinks[t.id] = t.prUrl;

  const conflicts = await checkConflicts(result.tasks, errors, {
    git: async (changed) => {
      const git = await Git.create(workspace, { logger: actionLogger });
      await fetchTaskBranches(git, changed, token);
      return git;
    },
    failure: 'conflict check across shards failed (check out the repository before the aggregate step)',
    warn: true,
  });

  const summary = renderAggregateMarkdown(result, { prLinks, conflicts, errors });
  await warnOnFailure('could not write the job summary', () => core.summary.addRaw(summary).write());

  const issue = plan?.github?.issue ?? inputs['issue-number'];
  const publications: Publication[] = result.tasks.map((t) => {
    const number = t.prUrl ? pullNumber(t.prUrl) : null;
    return {
      taskId: t.id,
      title: t.title,
      branch: t.branch,
      pushed: Boolean(t.commit),
      pr: t.prUrl && number !== null ? { number, url: t.prUrl, created: true } : null,
      note: t.prUrl ? '' : t.reason ?? (t.commit ? 'no pull request' : 'no changes'),
    };
  });
  let commentId: number | null = null;
  if (inputs.comment) {
    const { repoRef, octokit, link } = action.github(inputs, issue);
    // One comment on the issue with the combined report; task PRs get none (their bodies link it).
    const final = renderFinalComment({
      result,
      publications,
      conflicts,
      description: `a run over ${plural(result.shards.length, 'runner')}`,
      errors,
      link,
      runId: result.run.id,
      details: summary,
    });
    if (issue !== null) {
      await warnOnFailure('could not write the run comment', async () => {
        commentId = (await upsertStickyComment(octokit, { ...repoRef, issueNumber: issue, key: RUN_COMMENT_KEY }, final)).id;
      });
      await removeShardComments(octokit, repoRef, issue, result);
    }
  }
  const pullRequests = result.tasks.flatMap((t) => (t.prUrl ? [{ task: t.id, number: pullNumber(t.prUrl), url: t.prUrl, branch: t.branch }] : []));
  setOutputs(result, pullRequests, conflicts, commentId);
  const troubled = result.shards.filter((s) => s.status === 'missing');
  conclude(inputs, result, {
    over: `over ${result.shards.length} shards`,
    problems: [
      ...(troubled.length ? [`shard(s) ${troubled.map((s) => s.shard).join(', ')} produced no results`] : []),
      ...(errors.length ? [`${errors.length} problem(s)`] : []),
    ],
  });
}

async function removeShardComments(octokit: GitHubClient, repoRef: RepoRef, issue: number, result: AggregateResult): Promise<void> {
  for (const shard of result.shards) {
    await warnOnFailure(`could not remove the comment of shard ${shard.shard}`, () =>
      deleteStickyComment(octokit, { ...repoRef, issueNumber: issue, key: shardCommentKey(shard.shard) }),
    );
  }
}
