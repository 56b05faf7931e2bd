import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ganttBars,
  renderHeadline,
  renderResourcesTable,
  renderSummaryText,
  renderTaskTable
} from "./chunk-HMXCLKP7.js";
import {
  computeRunMetrics,
  queuedTaskRecord
} from "./chunk-RRFFMOIK.js";
import {
  codeOrText,
  escapeCell,
  escapeMarkdown,
  formatRatio,
  formatSpeedup,
  mermaidLabel,
  plural
} from "./chunk-RDMBHCDM.js";
import {
  formatDuration
} from "./chunk-AFWIZD6R.js";

// src/report/aggregate.ts
var SUCCESS = "succeeded";
function missingRecord(id, planTask, reason, at) {
  let task = { id, title: id, file: planTask?.file ?? "", issues: [], dependsOn: planTask?.dependsOn ?? [] };
  return { ...queuedTaskRecord(task, null, at), status: "cancelled", reason };
}
function shardIndexOf(input, plan) {
  if (input.result.shard) return input.result.shard.index;
  let first = input.result.tasks[0]?.id;
  return plan?.tasks.find((t) => t.id === first)?.shard ?? null;
}
function aggregateShardResults(inputs, options = {}) {
  let { plan } = options, errors = [];
  if (inputs.length === 0 && !plan) throw new TypeError("aggregateShardResults: no results and no plan: nothing to aggregate");
  let byShard = /* @__PURE__ */ new Map(), unplaced = [];
  for (let input of inputs) {
    let index = shardIndexOf(input, plan);
    if (index === null) {
      unplaced.push(input);
      continue;
    }
    let earlier = byShard.get(index);
    if (earlier) {
      let later = (earlier.result.run.finishedAt ?? 0) > (input.result.run.finishedAt ?? 0) ? earlier : input;
      errors.push(`two results for shard ${index} (${earlier.file}, ${input.file}): using the later one, ${later.file}`), byShard.set(index, later);
    } else
      byShard.set(index, input);
  }
  for (let input of unplaced) {
    let index = 1;
    for (; byShard.has(index); ) index++;
    byShard.set(index, input);
  }
  let present = [...byShard.values()].map((i) => i.result), count = Math.max(plan?.shardCount ?? 0, ...present.map((r) => r.shard?.count ?? 0), ...byShard.keys()), planTaskById = new Map((plan?.tasks ?? []).map((t) => [t.id, t])), anyTime = Math.min(...present.map((r) => r.run.startedAt), Number.POSITIVE_INFINITY), queuedAt = Number.isFinite(anyTime) ? anyTime : 0, records = [], seen = /* @__PURE__ */ new Map(), shards = [];
  for (let index = 1; index <= count; index++) {
    let input = byShard.get(index), planned = plan?.shards[index - 1]?.tasks ?? [];
    if (!input) {
      let reason = `shard ${index} produced no results: its job failed, was cancelled or never ran`;
      for (let id of planned) records.push(missingRecord(id, planTaskById.get(id), reason, queuedAt));
      shards.push({
        shard: index,
        status: "missing",
        host: null,
        runId: null,
        file: null,
        tasks: [...planned],
        startedAt: null,
        finishedAt: null,
        wallMs: null,
        sumTaskMs: null,
        speedup: null,
        maxParallel: null,
        error: plan ? reason : `${reason} (without the plan its tasks are unknown)`
      });
      continue;
    }
    let { result: result2 } = input, info = result2.shard, own = [];
    for (let task of result2.tasks) {
      let other = seen.get(task.id);
      if (other !== void 0) {
        errors.push(`task '${task.id}' is in the results of shards ${other} and ${index}: counted once, from shard ${other}`);
        continue;
      }
      seen.set(task.id, index), records.push(task), own.push(task.id);
    }
    let lacking = [.../* @__PURE__ */ new Set([...planned, ...info?.tasks ?? []])].filter((id) => !seen.has(id)), lackReason = `shard ${index} did not report this task${info?.error ? `: ${info.error}` : ""}`;
    for (let id of lacking)
      seen.set(id, index), records.push(missingRecord(id, planTaskById.get(id), lackReason, queuedAt)), own.push(id);
    plan && info && info.planFingerprint !== plan.fingerprint && errors.push(`shard ${index} (${input.file}) ran another plan than the one given (fingerprints differ)`);
    let failedTasks = own.filter((id) => records.find((r) => r.id === id)?.status !== SUCCESS);
    shards.push({
      shard: index,
      status: info?.error || failedTasks.length > 0 ? "failed" : "succeeded",
      host: info?.runner ?? result2.run.host ?? null,
      runId: result2.run.id,
      file: input.file,
      tasks: own,
      startedAt: result2.run.startedAt,
      finishedAt: result2.run.finishedAt,
      wallMs: result2.run.wallMs,
      sumTaskMs: result2.run.sumTaskMs,
      speedup: result2.run.speedup,
      maxParallel: result2.run.maxParallel,
      ...info?.error ? { error: info.error } : failedTasks.length ? { error: `${plural(failedTasks.length, "task")} did not succeed` } : {}
    });
  }
  let bases = [...new Set(present.map((r) => r.run.baseCommit))];
  bases.length > 1 && errors.push(`the shards started from different base commits: ${bases.map((b) => b.slice(0, 12)).join(", ")}`), plan && bases.length === 1 && bases[0] !== plan.baseCommit && errors.push(`the shards started from ${bases[0].slice(0, 12)}, the plan from ${plan.baseCommit.slice(0, 12)}`);
  let starts = records.flatMap((r) => {
    let at = r.startedAt ?? r.agentStartedAt;
    return at === null ? [] : [at];
  }), ends = records.flatMap((r) => {
    let at = r.finishedAt ?? r.agentFinishedAt;
    return at === null ? [] : [at];
  }), startedAt = starts.length ? Math.min(...starts) : queuedAt, finishedAt = ends.length ? Math.max(...ends) : Math.max(startedAt, ...present.map((r) => r.run.finishedAt ?? startedAt)), slots = present.reduce((sum, r) => sum + r.run.maxParallel, 0), modes = [...new Set(present.map((r) => r.run.mode))], first = present[0], metrics = computeRunMetrics(records, {
    startedAt,
    finishedAt,
    maxParallel: Math.max(1, slots),
    mode: modes[0] ?? "docker",
    heldBackMs: present.reduce((sum, r) => sum + (r.run.heldBackMs ?? 0), 0)
  }), hosts = [...new Set(shards.flatMap((s) => s.host ? [s.host] : []))], reasons = [...new Set(present.flatMap((r) => r.run.modeReason ? [r.run.modeReason] : []))];
  return { result: {
    version: 1,
    run: {
      id: `${first?.run.id ?? "plan"}-shards${count}`,
      repo: first?.run.repo ?? "",
      baseRef: first?.run.baseRef ?? plan?.baseCommit ?? "",
      baseCommit: plan?.baseCommit ?? first?.run.baseCommit ?? "",
      issue: present.find((r) => r.run.issue !== null)?.run.issue ?? null,
      startedAt,
      finishedAt,
      runDir: "",
      host: hosts.join(", "),
      modeReason: modes.length > 1 ? `shards ran in different modes: ${modes.join(", ")}` : reasons.length ? reasons.join("; ") : null,
      ...metrics
    },
    tasks: records,
    shards
  }, errors };
}
function renderShardGantt(result) {
  let byId = new Map(result.tasks.map((t) => [t.id, t])), lines = [], bar = 0;
  for (let shard of result.shards) {
    let bars = [];
    for (let id of shard.tasks) {
      let task = byId.get(id);
      task && bars.push(...ganttBars(task, () => ++bar, result.run.finishedAt));
    }
    bars.length !== 0 && lines.push(`    section ${mermaidLabel(`Shard ${shard.shard}${shard.host ? ` ${shard.host}` : ""}`)}`, ...bars);
  }
  return lines.length === 0 ? "" : ["```mermaid", "gantt", "    dateFormat x", "    axisFormat %M:%S", ...lines, "```"].join(`
`);
}
var SHARD_EMOJI = { succeeded: "\u2705", failed: "\u274C", missing: "\u2754" };
function renderShardTable(result) {
  return ["| Shard | Status | Runner | Tasks | Wall | Sum of task time | Speedup |", "|---|---|---|---|---|---|---|", ...result.shards.map((s) => {
    let status = `${SHARD_EMOJI[s.status]} ${s.status}${s.error ? `: ${escapeCell(s.error, 160)}` : ""}`, tasks = s.tasks.length ? s.tasks.map((id) => codeOrText(id)).join(", ") : "\u2013";
    return `| ${s.shard} | ${status} | ${s.host ? escapeCell(s.host, 60) : "\u2013"} | ${tasks} | ${formatDuration(s.wallMs)} | ${formatDuration(s.sumTaskMs)} | ${formatSpeedup(s.speedup)} |`;
  })].join(`
`);
}
function renderAggregateMarkdown(result, opts = {}) {
  let { run, shards } = result, ran = shards.filter((s) => s.status !== "missing").length, sections = [
    `## ${opts.title !== void 0 ? escapeMarkdown(opts.title) : `agent-fanout: ${plural(result.tasks.length, "task")} over ${plural(shards.length, "shard")}`}`,
    renderHeadline(result),
    `${ran} of ${plural(shards.length, "shard")} reported, on ${plural(run.host ? run.host.split(", ").length : 0, "runner")}. Wall time runs from the first task's start to the last task's end over all shards; efficiency is over all ${run.maxParallel} slots (${formatRatio(run.efficiency)}).`,
    "### Shards",
    renderShardTable(result)
  ], troubled = shards.filter((s) => s.status !== "succeeded");
  troubled.length && sections.push(
    "### Missing or failed shards",
    troubled.map((s) => {
      let tasks = s.tasks.length ? s.tasks.map((id) => codeOrText(id)).join(", ") : "tasks unknown";
      return `- ${SHARD_EMOJI[s.status]} shard ${s.shard} ${s.status}${s.error ? ` (${escapeMarkdown(s.error)})` : ""}: ${tasks}`;
    }).join(`
`)
  ), sections.push("### Tasks", renderTaskTable(result.tasks, opts.prLinks));
  let gantt = renderShardGantt(result);
  return gantt && sections.push("### Timeline", gantt), sections.push("### Resources", renderResourcesTable(result)), opts.conflicts && opts.conflicts.length > 0 && sections.push(
    "### Conflicts",
    "These branches change the same files; merging one may conflict with the other.",
    opts.conflicts.map((c) => `- ${codeOrText(c.a)} and ${codeOrText(c.b)}: ${c.files.map((f) => codeOrText(f)).join(", ")}`).join(`
`)
  ), opts.errors && opts.errors.length > 0 && sections.push("### Errors", opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join(`
`)), sections.join(`

`) + `
`;
}
function renderAggregateText(result) {
  let lines = result.shards.map((s) => {
    let figures = s.status === "missing" ? "no results" : `wall ${formatDuration(s.wallMs)}, speedup ${formatSpeedup(s.speedup)}`;
    return `  shard ${s.shard} ${s.status}${s.host ? ` on ${s.host}` : ""}: ${s.tasks.length} task(s), ${figures}${s.error ? ` \u2014 ${s.error}` : ""}`;
  });
  return `${renderSummaryText(result)}
Shards:
${lines.join(`
`)}
`;
}

// src/report/shard-files.ts
import fs from "node:fs/promises";
import path from "node:path";
var GLOB_CHARS = /[*?[\]{}]/;
async function findResultFiles(args, cwd = process.cwd()) {
  let found = /* @__PURE__ */ new Set();
  for (let arg of args) {
    let abs = path.resolve(cwd, arg);
    if (GLOB_CHARS.test(arg)) {
      let matches = [];
      for await (let m of fs.glob(arg, { cwd })) matches.push(path.resolve(cwd, m));
      if (matches.length === 0) throw new Error(`'${arg}' matches no results files`);
      for (let m of matches) found.add(m);
      continue;
    }
    let stat = await fs.stat(abs).catch(() => null);
    if (!stat) throw new Error(`results file '${arg}' does not exist`);
    if (stat.isDirectory()) {
      let names = (await fs.readdir(abs)).filter((n) => n.endsWith(".json"));
      for (let n of names) found.add(path.join(abs, n));
    } else
      found.add(abs);
  }
  return [...found].sort();
}
async function readShardResultFile(file) {
  let value;
  try {
    value = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`results file ${file} cannot be read: ${error.message}`, { cause: error });
  }
  let result = value;
  if (!result || typeof result != "object" || result.version !== 1 || !result.run || !Array.isArray(result.tasks))
    throw new Error(`results file ${file} is not an agent-fanout results document (expected version 1 with run and tasks)`);
  if ("shards" in result) throw new Error(`results file ${file} is already an aggregate of shards; give the shards' own results`);
  return { file, result };
}

export {
  aggregateShardResults,
  renderAggregateMarkdown,
  renderAggregateText,
  findResultFiles,
  readShardResultFile
};
//# sourceMappingURL=chunk-DXG5GYQB.js.map
