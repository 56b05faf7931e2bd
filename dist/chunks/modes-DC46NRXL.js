import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  RUN_COMMENT_KEY,
  StickyComment,
  actionLogger,
  checkConflicts,
  conclude,
  findStickyComment,
  httpStatus,
  printTaskGroups,
  pullRequestsOf,
  recordPublications,
  removePersistedCredentials,
  renderFinalComment,
  setOutputs,
  toRunConfig,
  upsertStickyComment,
  warnOnFailure,
  writeJobSummary
} from "./chunk-HCRMJ2J6.js";
import {
  readEventPayload
} from "./chunk-3WJSCRAR.js";
import {
  info,
  setOutput,
  summary,
  warning
} from "./chunk-E2BRRTYB.js";
import {
  aggregateShardResults,
  findResultFiles,
  readShardResultFile,
  renderAggregateMarkdown
} from "./chunk-DXG5GYQB.js";
import {
  DEFAULT_PLAN_MAX_PARALLEL,
  PlanError,
  parsePlan,
  planShards,
  shardTaskIds,
  verifyPlan
} from "./chunk-TSTDHY3Q.js";
import {
  gitPromptSource
} from "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-NAWOY3IQ.js";
import "./chunk-TJKTIVHG.js";
import "./chunk-XFRNSDKF.js";
import {
  authConfigArgs
} from "./chunk-NZPEG2GE.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-4ZFMDDWR.js";
import {
  Git
} from "./chunk-RFCGYHN4.js";
import "./chunk-PWII425W.js";
import "./chunk-QY62O2KA.js";
import "./chunk-W3RHF4P7.js";
import "./chunk-XQPV4RL2.js";
import {
  buildRunResult
} from "./chunk-25BDA3SB.js";
import {
  renderCompactHeadline,
  renderCompactTaskTable,
  renderRunningLines,
  renderSummaryMarkdown
} from "./chunk-HMXCLKP7.js";
import {
  computeRunMetrics,
  queuedTaskRecord
} from "./chunk-RRFFMOIK.js";
import "./chunk-VL4BPSPC.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import {
  codeOrText,
  escapeMarkdown,
  fenced,
  plural,
  truncate
} from "./chunk-RDMBHCDM.js";
import {
  loadTasks
} from "./chunk-THFK3VXE.js";
import "./chunk-H2D3RH5R.js";
import {
  ConfigError
} from "./chunk-PJ6ARTJA.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/action/modes.ts
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/github/render-shards.ts
function shardCommentKey(index) {
  return `run-shard-${index}`;
}
function footer(link, extra) {
  let parts = [];
  return link && parts.push(`[workflow run](${link})`), extra && parts.push(extra), parts.length ? `

<sub>agent-fanout \xB7 ${parts.join(" \xB7 ")}</sub>` : "";
}
function renderPlanComment(opts) {
  let rows = opts.shards.map((s) => `| ${s.shard} | ${s.tasks.map((id) => codeOrText(id)).join(", ")} |`), problems = opts.errors.length ? `

**Problems**
${opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join(`
`)}` : "", notes = opts.notes.length ? `

${opts.notes.map((n) => `> ${escapeMarkdown(n)}`).join(`
`)}` : "";
  return `### \u{1F504} agent-fanout: ${plural(opts.taskCount, "task")} on ${plural(opts.shards.length, "runner")}

Started by ${escapeMarkdown(opts.description)}. Each shard runs on a runner of its own and shows its progress in a comment below; when all are done, this comment holds the combined report and those comments go away.

| Shard | Tasks |
|---|---|
${rows.join(`
`)}` + notes + problems + footer(opts.link, null);
}
function renderShardProgressComment(opts) {
  let busy = opts.records.some((r) => r.status === "queued" || r.status === "running"), state = busy ? "\u{1F504}" : "\u23F3", doing = busy ? "running" : "done; pushing branches and opening pull requests";
  return `### ${state} agent-fanout shard ${opts.index} of ${opts.count} on ${escapeMarkdown(opts.runner)}: ${plural(opts.records.length, "task")} ${doing}

` + renderShardTables(opts.records, opts.now) + footer(opts.link, opts.runId ? `run ${codeOrText(opts.runId)}` : null);
}
function renderShardTables(records, now) {
  let startedAt = Math.min(...records.map((r) => r.queuedAt)), headline = renderCompactHeadline({ tasks: records, wallMs: records.length ? Math.max(0, now - startedAt) : 0, final: null }), running = renderRunningLines(records, now);
  return [headline, ...running ? [`**Running now**
${running}`] : [], renderCompactTaskTable(records, { now })].join(`

`);
}
function renderShardDoneComment(opts) {
  return `### ${opts.succeeded === opts.total ? "\u2705" : "\u274C"} agent-fanout shard ${opts.index} of ${opts.count} on ${escapeMarkdown(opts.runner)}: ${opts.succeeded}/${opts.total} tasks succeeded

The combined report follows when every shard is done.` + footer(opts.link, `run ${codeOrText(opts.runId)}`);
}
function renderShardFailedComment(opts) {
  return `### \u274C agent-fanout shard ${opts.index} of ${opts.count} on ${escapeMarkdown(opts.runner)} failed

` + fenced(truncate(opts.message, 4e3)) + footer(opts.link, null);
}

// src/github/shard-comments.ts
async function deleteStickyComment(octokit, target) {
  let found = await findStickyComment(octokit, target);
  if (!found) return !1;
  try {
    return await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: found.id }), !0;
  } catch (error) {
    if (httpStatus(error) === 404) return !1;
    throw error;
  }
}

// src/action/modes.ts
async function runMatrixMode(action, inputs) {
  switch (inputs.mode) {
    case "plan":
      return runPlanMode(action, inputs);
    case "shard":
      return runShardMode(action, inputs);
    case "aggregate":
      return runAggregateMode(action, inputs);
    case "all":
      throw new Error("runMatrixMode: mode 'all' is the action's main path");
  }
}
function parseActionPlan(text) {
  try {
    return parsePlan(text, "input 'plan'");
  } catch (error) {
    throw error instanceof PlanError ? new ConfigError(`${error.message}. Expected the plan job's 'plan' output.`) : error;
  }
}
function setPlanOutputs(plan) {
  setOutput("plan", plan ? JSON.stringify(plan) : ""), setOutput("matrix", JSON.stringify(plan ? plan.matrix : { include: [] })), setOutput("shard-count", String(plan?.shardCount ?? 0)), setOutput("task-count", String(plan?.taskCount ?? 0));
}
async function runPlanMode(action, inputs) {
  setPlanOutputs(null);
  let target = await action.decide(inputs);
  if (!target || !await action.gate(target)) return;
  let { git, base, body, isPullRequest } = await action.resolveBase(target), { tasks, errors } = await action.findTasks(target, git.topLevel, body, base.commit);
  if (tasks.length === 0) {
    await action.reportNoTasks(target, base.ref, errors);
    return;
  }
  let { octokit, repoRef, number, link, trigger } = target, maxParallel = inputs["max-parallel"] === "auto" ? DEFAULT_PLAN_MAX_PARALLEL : inputs["max-parallel"], plan = {
    ...planShards(tasks, { baseCommit: base.commit, shards: inputs.shards, maxParallel, maxShards: inputs["max-shards"] }),
    github: { issue: number, isPullRequest, baseRef: base.ref, baseBranch: base.branch, description: trigger.description, errors }
  };
  info(`agent-fanout: ${plan.taskCount} task(s) in ${plan.shardCount} shard(s), balanced by ${plan.balance === "estimate" ? "estimate" : "task count"}`);
  for (let shard of plan.shards) info(`  shard ${shard.shard}: ${shard.tasks.join(", ")}`);
  for (let note of plan.notes) info(`  note: ${note}`);
  await action.react(target), inputs.comment && number !== null && await warnOnFailure(
    "could not comment",
    () => upsertStickyComment(
      octokit,
      { ...repoRef, issueNumber: number, key: RUN_COMMENT_KEY },
      renderPlanComment({ shards: plan.shards, taskCount: plan.taskCount, description: trigger.description, notes: plan.notes, errors, link })
    )
  ), await action.dropLabel(target), setPlanOutputs(plan), await warnOnFailure(
    "could not write the job summary",
    () => summary.addRaw(`## agent-fanout plan

${plan.taskCount} tasks in ${plan.shardCount} shards (base \`${plan.baseCommit.slice(0, 12)}\`):

`).addRaw(plan.shards.map((s) => `- shard ${s.shard}: ${s.tasks.map((t) => `\`${t}\``).join(", ")}`).join(`
`) + `
`).write()
  );
}
function shardResultFile(env, index) {
  return path.join(path.resolve(env.RUNNER_TEMP ?? os.tmpdir()), "agent-fanout-results", `results-shard-${index}.json`);
}
async function writeJson(file, value) {
  await fs.mkdir(path.dirname(file), { recursive: !0 });
  let tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(value, null, 2) + `
`), await fs.rename(tmp, file);
}
async function ensureCommit(git, commit, token) {
  if (await git.tryRevParse(commit)) return;
  let auth = await authConfigArgs(git, "origin", token, "fetch");
  if ((await git.exec([...auth.args, "fetch", "--quiet", "--no-tags", "origin", commit], { allowFailure: !0, secrets: auth.secrets })).exitCode !== 0 || !await git.tryRevParse(commit))
    throw new Error(`the plan's base commit ${commit.slice(0, 12)} is not in the checkout and could not be fetched from origin; check out with fetch-depth: 0`);
}
function failedShardResult(info2, plan, message, now) {
  let records = info2.tasks.map((id) => {
    let planned = plan.tasks.find((t) => t.id === id), spec = { id, title: id, file: planned?.file ?? "", prompt: "", issues: [], dependsOn: planned?.dependsOn ?? [], env: [] };
    return { ...queuedTaskRecord(spec, null, now), status: "cancelled", reason: `shard ${info2.index} failed before its tasks ran: ${message}`, finishedAt: now };
  }), metrics = computeRunMetrics(records, { startedAt: now, finishedAt: now, maxParallel: 1, mode: "docker" });
  return { ...buildRunResult(
    { id: `shard-${info2.index}-failed`, repo: "", baseRef: plan.baseCommit, baseCommit: plan.baseCommit, issue: null, startedAt: now, finishedAt: now, mode: "docker", modeReason: null, maxParallel: 1, runDir: "", host: info2.runner },
    metrics,
    records
  ), shard: { ...info2, error: message } };
}
async function runShardMode(action, inputs) {
  let { env } = action, token = inputs["github-token"], plan = parseActionPlan(inputs.plan), index = inputs.shard.index;
  if (index > plan.shardCount)
    throw new ConfigError(`Invalid value '${index}' for input 'shard'. The plan has shards 1 to ${plan.shardCount}.`);
  let ctx = plan.github ?? {
    issue: inputs["issue-number"],
    isPullRequest: !1,
    baseRef: plan.baseCommit,
    baseBranch: inputs["base-ref"] || readEventPayload(env.GITHUB_EVENT_PATH).repository?.default_branch || "main",
    description: "a sharded run",
    errors: []
  }, github = action.github(inputs, ctx.issue), { octokit, repoRef, link, number: issue } = github, info2 = {
    index,
    count: plan.shardCount,
    tasks: shardTaskIds(plan, index),
    planFingerprint: plan.fingerprint,
    runner: env.RUNNER_NAME || os.hostname()
  }, resultFile = shardResultFile(env, index), sticky = inputs.comment && issue !== null ? new StickyComment({
    octokit,
    ...repoRef,
    issueNumber: issue,
    key: shardCommentKey(index),
    logger: actionLogger,
    // All shards share the token's write budget: fewer edits each as there are more of them.
    minIntervalMs: Math.max(5e3, 2e3 * plan.shardCount)
  }) : null;
  info(`agent-fanout: shard ${index} of ${plan.shardCount} on ${info2.runner}: ${info2.tasks.join(", ")}`);
  let fail = async (error) => {
    let message = errorMessage(error);
    throw await writeJson(resultFile, failedShardResult(info2, plan, message, Date.now())), setOutput("result-file", resultFile), await sticky?.flush(renderShardFailedComment({ index, count: plan.shardCount, runner: info2.runner, message, link })), error;
  }, git, tasks, config;
  try {
    let workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    git = await Git.create(workspace, { logger: actionLogger }), await ensureCommit(git, plan.baseCommit, token), config = { ...toRunConfig(inputs, workspace, env), repo: git.topLevel, baseRef: plan.baseCommit };
    let all = await loadTasks(git.topLevel, plan.tasks.map((t) => t.file), gitPromptSource(git.topLevel, plan.baseCommit), actionLogger);
    verifyPlan(plan, all, plan.baseCommit);
    let ids = new Set(info2.tasks);
    tasks = all.filter((t) => ids.has(t.id)), await removePersistedCredentials(git, actionLogger);
  } catch (error) {
    return fail(error);
  }
  let redactor = action.protectSecrets(inputs, tasks), runId = action.saveRun(config), executed;
  try {
    executed = await action.execute(github, config, tasks, runId, `shard ${index}`, {
      sticky,
      followAgents: !1,
      render: ({ records }) => redactor.text(renderShardProgressComment({ index, count: plan.shardCount, runner: info2.runner, records, now: Date.now(), link, runId }))
    });
  } catch (error) {
    return fail(error);
  }
  let { result } = executed;
  printTaskGroups(result);
  let errors = [], conflicts = await checkConflicts(result.tasks, errors, { git: async () => git, warn: !1 }), publications = await action.publish(github, git, executed, ctx.baseBranch, { what: "shard", tasks, conflicts, redactor, runCommentUrl: null }), prLinks = recordPublications(config.stateDir, result, publications), shardResult = { ...result, shard: info2 };
  await writeJson(resultFile, shardResult), setOutput("result-file", resultFile), info(`agent-fanout: results of shard ${index} in ${resultFile}`);
  let summary2 = renderSummaryMarkdown(redactor.deep(result), {
    prLinks,
    conflicts,
    errors: redactor.deep(errors),
    title: `agent-fanout shard ${index} of ${plan.shardCount} (${info2.runner})`
  });
  await writeJobSummary(summary2, publications, redactor), await sticky?.flush(
    renderShardDoneComment({ index, count: plan.shardCount, runner: info2.runner, succeeded: result.run.succeeded, total: result.tasks.length, link, runId })
  ), await action.close(), setOutputs(shardResult, pullRequestsOf(publications), conflicts, sticky?.id ?? null), conclude(inputs, result, { who: `shard ${index}` });
}
async function resultsIn(dir) {
  let entries = await fs.readdir(dir, { withFileTypes: !0 }).catch((error) => {
    throw new ConfigError(`Invalid value '${dir}' for input 'results-dir'. Expected the directory the shards' results were downloaded to: ${error.message}`);
  }), dirs = [dir, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name))], files = [];
  for (let d of dirs) files.push(...await findResultFiles([d]));
  return files.sort();
}
async function fetchTaskBranches(git, tasks, token) {
  let branches = tasks.filter((t) => t.commit && t.branch).map((t) => `refs/heads/${t.branch}`), missing = [];
  for (let t of tasks) t.commit && !await git.tryRevParse(t.commit) && missing.push(t);
  if (missing.length === 0 || branches.length === 0) return;
  let auth = await authConfigArgs(git, "origin", token, "fetch");
  await git.exec([...auth.args, "fetch", "--quiet", "--no-tags", "origin", ...branches], { secrets: auth.secrets });
}
function pullNumber(url) {
  let m = /\/pull\/(\d+)/.exec(url);
  return m ? Number(m[1]) : null;
}
async function runAggregateMode(action, inputs) {
  let { env } = action, token = inputs["github-token"], plan = inputs.plan.trim() ? parseActionPlan(inputs.plan) : void 0, workspace = env.GITHUB_WORKSPACE ?? process.cwd(), dir = path.resolve(workspace, inputs["results-dir"]), files = await resultsIn(dir);
  info(`agent-fanout: ${files.length} results file(s) in ${dir}${plan ? ` for ${plan.shardCount} planned shard(s)` : ""}`);
  let inputsRead = [];
  for (let file of files)
    try {
      inputsRead.push(await readShardResultFile(file));
    } catch (error) {
      warning(`agent-fanout: ${errorMessage(error)}; skipped`);
    }
  if (inputsRead.length === 0 && !plan) throw new Error(`no results files in ${dir} and no plan: nothing to aggregate`);
  let { result, errors } = aggregateShardResults(inputsRead, { plan });
  errors.unshift(...plan?.github?.errors ?? []);
  for (let e of errors) warning(`agent-fanout: ${e}`);
  let prLinks = {};
  for (let t of result.tasks) t.prUrl && (prLinks[t.id] = t.prUrl);
  let conflicts = await checkConflicts(result.tasks, errors, {
    git: async (changed) => {
      let git = await Git.create(workspace, { logger: actionLogger });
      return await fetchTaskBranches(git, changed, token), git;
    },
    failure: "conflict check across shards failed (check out the repository before the aggregate step)",
    warn: !0
  }), summary2 = renderAggregateMarkdown(result, { prLinks, conflicts, errors });
  await warnOnFailure("could not write the job summary", () => summary.addRaw(summary2).write());
  let issue = plan?.github?.issue ?? inputs["issue-number"], publications = result.tasks.map((t) => {
    let number = t.prUrl ? pullNumber(t.prUrl) : null;
    return {
      taskId: t.id,
      title: t.title,
      branch: t.branch,
      pushed: !!t.commit,
      pr: t.prUrl && number !== null ? { number, url: t.prUrl, created: !0 } : null,
      note: t.prUrl ? "" : t.reason ?? (t.commit ? "no pull request" : "no changes")
    };
  }), commentId = null;
  if (inputs.comment) {
    let { repoRef, octokit, link } = action.github(inputs, issue), final = renderFinalComment({
      result,
      publications,
      conflicts,
      description: `a run over ${plural(result.shards.length, "runner")}`,
      errors,
      link,
      runId: result.run.id,
      details: summary2
    });
    issue !== null && (await warnOnFailure("could not write the run comment", async () => {
      commentId = (await upsertStickyComment(octokit, { ...repoRef, issueNumber: issue, key: RUN_COMMENT_KEY }, final)).id;
    }), await removeShardComments(octokit, repoRef, issue, result));
  }
  let pullRequests = result.tasks.flatMap((t) => t.prUrl ? [{ task: t.id, number: pullNumber(t.prUrl), url: t.prUrl, branch: t.branch }] : []);
  setOutputs(result, pullRequests, conflicts, commentId);
  let troubled = result.shards.filter((s) => s.status === "missing");
  conclude(inputs, result, {
    over: `over ${result.shards.length} shards`,
    problems: [
      ...troubled.length ? [`shard(s) ${troubled.map((s) => s.shard).join(", ")} produced no results`] : [],
      ...errors.length ? [`${errors.length} problem(s)`] : []
    ]
  });
}
async function removeShardComments(octokit, repoRef, issue, result) {
  for (let shard of result.shards)
    await warnOnFailure(
      `could not remove the comment of shard ${shard.shard}`,
      () => deleteStickyComment(octokit, { ...repoRef, issueNumber: issue, key: shardCommentKey(shard.shard) })
    );
}
export {
  runMatrixMode,
  shardResultFile
};
//# sourceMappingURL=modes-DC46NRXL.js.map
