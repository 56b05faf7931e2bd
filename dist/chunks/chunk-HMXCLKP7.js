import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  FAILED_STATUSES,
  median,
  percentile,
  phaseMedians,
  taskCostUsd,
  taskDurationMs,
  taskRan
} from "./chunk-RRFFMOIK.js";
import {
  codeOrText,
  describeDecision,
  escapeCell,
  escapeMarkdown,
  fenced,
  formatAgentProgress,
  formatAttempts,
  formatChanges,
  formatConcurrency,
  formatCost,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatSpeedup,
  formatSpeedupEstimate,
  formatVariant,
  mermaidLabel,
  plural,
  statusEmoji,
  statusLabel,
  statusSymbol,
  stripControl,
  truncate
} from "./chunk-RDMBHCDM.js";
import {
  formatBytes,
  formatDuration
} from "./chunk-AFWIZD6R.js";

// src/report/egress.ts
function codeHost(text) {
  return /^[\w.:*[\]/-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
var REASON_TEXT = {
  "not-allowed": "not on the allow-list",
  "private-address": "resolves to a non-public address",
  "no-credentials": "no proxy credentials",
  "bad-credentials": "wrong proxy credentials",
  "bad-request": "not a request the proxy forwards"
};
function refusalReasonText(reason) {
  return REASON_TEXT[reason] ?? reason;
}
function formatDestination(host, port) {
  let shown = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return port > 0 ? `${shown}:${port}` : shown || "(none)";
}
function countRefused(result) {
  return result.tasks.reduce((sum, t) => sum + (t.egress?.refused ?? 0), 0) + (result.run.egress?.unattributed.length ?? 0);
}
function refusalGroups(result) {
  let groups = /* @__PURE__ */ new Map(), add = (taskId, r) => {
    let destination = formatDestination(r.host, r.port), key = JSON.stringify([taskId, destination, r.reason]), group = groups.get(key);
    group ? (group.count++, group.firstAt = Math.min(group.firstAt, r.at)) : groups.set(key, { taskId, destination, reason: r.reason, count: 1, firstAt: r.at });
  };
  for (let task of result.tasks) for (let r of task.egress?.refusals ?? []) add(task.id, r);
  for (let r of result.run.egress?.unattributed ?? []) add(null, r);
  return [...groups.values()].sort((a, b) => a.firstAt - b.firstAt);
}
function uncounted(result) {
  return result.tasks.reduce((sum, t) => sum + Math.max(0, (t.egress?.refused ?? 0) - (t.egress?.refusals.length ?? 0)), 0);
}
function renderEgressMarkdown(result, maxRows = 30) {
  let policy = result.run.egress;
  if (!policy) return "";
  let base = policy.allowHosts.length ? policy.allowHosts.map((h) => codeHost(h)).join(", ") : "no host", extra = result.tasks.map((t) => ({ id: t.id, own: (t.egress?.allowHosts ?? []).filter((h) => !policy.allowHosts.includes(h)) })).filter((t) => t.own.length > 0).map((t) => `${codeOrText(t.id)} also ${t.own.map((h) => codeHost(h)).join(", ")}`), lines = [
    "### Network egress",
    `Network \`allowlist\`: tasks reach the outside only through the egress proxy. Every task may reach ${base}${extra.length ? `; ${extra.join("; ")}` : ""}.`
  ], total = countRefused(result);
  if (total === 0)
    return lines.push("", "No connection was refused."), lines.join(`
`);
  let groups = refusalGroups(result), preview = groups.slice(0, 3).map((g) => `${g.taskId === null ? "unknown task" : codeOrText(g.taskId)} \u2192 ${codeHost(g.destination)}`).join(", ");
  lines.push("", `**${plural(total, "connection")} refused**: ${preview}${groups.length > 3 ? ", \u2026" : ""}`, ""), lines.push("| Task | Destination | Reason | Times | First at (UTC) |", "|---|---|---|---|---|");
  for (let g of groups.slice(0, maxRows)) {
    let task = g.taskId === null ? "unknown" : codeOrText(g.taskId);
    lines.push(`| ${task} | ${codeHost(truncate(g.destination, 120))} | ${escapeCell(refusalReasonText(g.reason))} | ${g.count} | ${new Date(g.firstAt).toISOString().slice(11, 19)} |`);
  }
  groups.length > maxRows && lines.push("", `\u2026 and ${groups.length - maxRows} more destinations (all in the results JSON).`);
  let more = uncounted(result);
  return more > 0 && lines.push("", `${plural(more, "further refusal")} not itemised (a task's record keeps its first 100).`), lines.join(`
`);
}
function renderEgressText(result, maxGroups = 8) {
  if (!result.run.egress) return [];
  let total = countRefused(result);
  if (total === 0) return ["  network allowlist: no connection refused"];
  let clean2 = (text) => truncate(stripControl(text), 120), groups = refusalGroups(result), items = groups.slice(0, maxGroups).map((g) => `${g.taskId === null ? "(unknown task)" : clean2(g.taskId)} \u2192 ${clean2(g.destination)} (${refusalReasonText(g.reason)})${g.count > 1 ? ` \xD7${g.count}` : ""}`);
  return groups.length > maxGroups && items.push(`\u2026 ${groups.length - maxGroups} more in the results JSON`), [`  ${plural(total, "connection")} refused: ${items.join(", ")}`];
}

// src/report/verification.ts
function commandCell(command, max = 80) {
  let short = truncate(stripControl(command).trim(), max);
  return short.includes("`") ? escapeMarkdown(short) : `\`${short}\``;
}
function formatCheckResult(check) {
  return check.passed ? `\u2705 passed in ${formatDuration(check.durationMs)}` : `\u274C ${check.reason ?? "did not pass"}`.replace(/^❌ (verify|judge) /, "\u274C ");
}
function renderCheckLine(check) {
  let commit = /^[0-9a-f]{7,64}$/.test(check.commit) ? ` on \`${check.commit.slice(0, 12)}\`` : "";
  return `${commandCell(check.command)} ${escapeCell(formatCheckResult(check), 200)}${commit}`;
}
function renderCheckOutput(check) {
  let text = check.outputTail.trim();
  return text ? fenced(text) : "_It printed nothing._";
}
function renderVerificationMarkdown(tasks) {
  let checked = tasks.filter((t) => t.verify);
  return checked.length === 0 ? "" : ["### Checks", "Each task's `verify` ran on a fresh checkout of its result, in its sandbox.", checked.map((t) => {
    let check = t.verify, line = `- ${statusEmoji(t.status)} ${codeOrText(t.id)}: ${renderCheckLine(check)}`;
    return check.passed ? line : `${line}

  <details><summary>Last lines of its output</summary>

${indent(renderCheckOutput(check))}

  </details>
`;
  }).join(`
`)].join(`

`);
}
function indent(text) {
  return text.split(`
`).map((l) => l && `  ${l}`).join(`
`);
}
var ATTEMPT_COLUMNS = ["#", "Variant", "Status", "Agent time", "Cost", "Files (+/-)", "Verify", "Judge", "Ref"];
function attemptRow(a) {
  let verify = a.verify ? escapeCell(formatCheckResult(a.verify), 80) : "\u2013", judge = a.judge ? typeof a.judge.score == "number" ? String(a.judge.score) : escapeCell(a.judge.reason ?? "no score", 60) : "\u2013";
  return `| ${[
    `${a.attempt}${a.winner ? " \u{1F3C6}" : ""}`,
    escapeCell(formatVariant(a.variant), 60),
    `${statusEmoji(a.status)} ${statusLabel(a.status)}${a.reason && !a.verify?.reason ? `: ${escapeCell(a.reason, 80)}` : ""}`,
    formatDuration(a.durationMs),
    formatCost(a.costUsd),
    formatChanges(a.filesChanged, a.insertions, a.deletions),
    verify,
    judge,
    a.ref ? codeOrText(a.ref) : "\u2013"
  ].join(" | ")} |`;
}
function renderBestOfLine(task) {
  let { bestOf } = task, judge = bestOf.judge ? ` Judge: ${commandCell(bestOf.judge)}.` : "";
  return bestOf.winner === null ? `Best of ${bestOf.count}: no attempt had a result to take.${judge}` : `Best of ${bestOf.count}: attempt ${bestOf.winner} won (${escapeMarkdown(describeDecision(bestOf.decidedBy))}).${judge}`;
}
function renderAttemptsTable(attempts) {
  return [`| ${ATTEMPT_COLUMNS.join(" | ")} |`, `|${ATTEMPT_COLUMNS.map(() => "---").join("|")}|`, ...attempts.map(attemptRow)].join(`
`);
}
function renderAttemptsMarkdown(tasks) {
  let bestOf = tasks.filter((t) => Array.isArray(t.bestOf?.attempts));
  return bestOf.length === 0 ? "" : [
    "### Attempts",
    "Each attempt ran in its own sandbox from the same start point; the winner is on the task's branch, every attempt with a result on its ref (`git fetch origin <ref>` once pushed).",
    ...bestOf.map((t) => `**${codeOrText(t.id)}** \xB7 ${renderBestOfLine(t)}

${renderAttemptsTable(t.bestOf.attempts)}`)
  ].join(`

`);
}
function renderVerificationText(task, clean2) {
  let lines = [];
  task.verify && lines.push(`      verify ${clean2(task.verify.command, 60)}: ${clean2(formatCheckResult(task.verify).replace(/^[✅❌] /u, ""), 120)}`);
  for (let a of task.bestOf?.attempts ?? []) {
    let verify = a.verify ? `, verify ${a.verify.passed ? "passed" : "failed"}` : "", judge = a.judge ? `, score ${a.judge.score ?? "\u2013"}` : "", changes = formatChanges(a.filesChanged, a.insertions, a.deletions);
    lines.push(
      `      #${a.attempt}${a.winner ? " (won)" : ""} ${statusLabel(a.status)}, ${formatDuration(a.durationMs)}, ${formatCost(a.costUsd)}, ${changes === "\u2013" ? "no changes" : changes.replace(/^(\d+)/, (n) => plural(Number(n), "file"))}${verify}${judge}${a.ref ? `  ${clean2(a.ref, 100)}` : ""}`
    );
  }
  return lines;
}

// src/report/markdown.ts
var TASK_COLUMNS = [
  "Status",
  "Task",
  "Branch",
  "PR",
  "Duration",
  "Queue wait",
  "Overhead",
  "CPU s / avg / peak",
  "Memory peak / limit",
  "Turns",
  "Cost",
  "Files (+/-)"
];
function columns(withPr) {
  return TASK_COLUMNS.filter((c) => withPr ? c !== "Branch" : c !== "PR");
}
function renderTaskTableHeader(opts = {}) {
  let cols = columns(opts.withPr ?? !1);
  return `| ${cols.join(" | ")} |
|${cols.map(() => "---").join("|")}|`;
}
function renderPrLink(url) {
  if (!url || !/^https?:\/\//i.test(url)) return "\u2013";
  let number = /\/pull\/(\d+)/.exec(url)?.[1], safe = url.replace(/[\s()<>|\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${number ? `#${number}` : "PR"}](${safe})`;
}
function renderTaskRow(task, opts = {}) {
  let withPr = opts.withPr ?? opts.prUrl !== void 0, status = `${statusEmoji(task.status)} ${statusLabel(task.status)}${attemptsNote(task)}${task.reason ? `: ${escapeCell(task.reason, 120)}` : ""}`, name = task.title && task.title !== task.id ? `${codeOrText(task.id)} \u2014 ${escapeCell(task.title, 120)}` : codeOrText(task.id), cpu = task.cpu ? `${formatSeconds(task.cpu.seconds)} / ${formatPercent(task.cpu.avgPercent)} / ${formatPercent(task.cpu.peakPercent)}` : "\u2013", memory = task.memory ? `${formatBytes(task.memory.peakBytes)} / ${formatBytes(task.memory.limitBytes)}` : "\u2013";
  return `| ${[
    status,
    name,
    withPr ? renderPrLink(opts.prUrl) : task.branch ? codeOrText(task.branch) : "\u2013",
    taskRan(task) ? formatDuration(taskDurationMs(task)) : "\u2013",
    formatDuration(task.queueWaitMs),
    formatDuration(task.overheadMs),
    cpu,
    memory,
    task.agent?.turns !== void 0 ? String(task.agent.turns) : "\u2013",
    formatCost(taskCostUsd(task)),
    formatChanges(task.filesChanged, task.insertions, task.deletions)
  ].join(" | ")} |`;
}
function attemptsNote(task) {
  let note = formatAttempts(task);
  return note ? ` (${note})` : "";
}
function renderAttemptsList(tasks) {
  return tasks.filter((t) => (t.attempts?.length ?? 0) > 1).map((t) => {
    let attempts = t.attempts.map((a) => {
      let cost = a.costUsd === null ? "" : `, ${a.costEstimated ? "\u2248" : ""}${formatCost(a.costUsd)}`, reason = a.reason ? `: ${escapeCell(a.reason, 120)}` : "";
      return `${a.attempt}. ${statusEmoji(a.status)} ${statusLabel(a.status)} (${formatDuration(a.durationMs)}${cost})${reason}`;
    });
    return `- ${codeOrText(t.id)}: ${attempts.join(" \u2192 ")}`;
  }).join(`
`);
}
function renderTaskTable(tasks, prLinks) {
  let withPr = prLinks !== void 0, rows = tasks.map((t) => renderTaskRow(t, { withPr, prUrl: prLinks?.[t.id] }));
  return [renderTaskTableHeader({ withPr }), ...rows].join(`
`);
}
function ganttTag(status) {
  return status === "succeeded" ? "done, " : FAILED_STATUSES.includes(status) ? "crit, " : "";
}
function ganttBar(label, tag, id, start, end) {
  let from = Math.round(start);
  return `    ${mermaidLabel(label)} :${tag}t${id}, ${from}, ${Math.max(Math.round(end), from + 1)}`;
}
function ganttBars(task, id, openUntil) {
  let attempts = Array.isArray(task.bestOf?.attempts) ? task.bestOf.attempts : [];
  return attempts.length > 0 ? attempts.flatMap(
    (a) => a.agentStartedAt === null ? [] : [ganttBar(`${task.id} attempt ${a.attempt}`, a.winner ? "active, " : ganttTag(a.status), id(), a.agentStartedAt, a.agentFinishedAt ?? openUntil ?? a.agentStartedAt)]
  ) : task.agentStartedAt === null ? [] : [ganttBar(task.id, ganttTag(task.status), id(), task.agentStartedAt, task.agentFinishedAt ?? openUntil ?? task.agentStartedAt)];
}
function renderGantt(tasks, runFinishedAt) {
  let bar = 0, id = () => ++bar, plain = [], grouped = [];
  for (let task of tasks) {
    let bars = ganttBars(task, id, runFinishedAt);
    bars.length !== 0 && (task.bestOf ? grouped.push(`    section ${mermaidLabel(`${task.id} best of ${task.bestOf.count}`)}`, ...bars) : plain.push(...bars));
  }
  return plain.length + grouped.length === 0 ? "" : ["```mermaid", "gantt", "    dateFormat x", "    axisFormat %M:%S", ...plain.length ? ["    section Tasks", ...plain] : [], ...grouped, "```"].join(`
`);
}
function renderResourcesTable(result) {
  let { run, tasks } = result, durations = tasks.filter(taskRan).map(taskDurationMs), queueWaits = tasks.flatMap((t) => t.queueWaitMs === null ? [] : [t.queueWaitMs]), overheads = tasks.flatMap((t) => t.overheadMs === null ? [] : [t.overheadMs]), measured = tasks.flatMap((t) => t.cpu ? [t.cpu] : []), cpuAvg = measured.map((c) => c.avgPercent), cpuPeak = Math.max(-1 / 0, ...measured.map((c) => Math.max(c.peakPercent ?? -1 / 0, c.avgPercent))), memPeakTask = tasks.reduce(
    (best, t) => t.memory?.peakBytes != null && (best?.memory?.peakBytes == null || t.memory.peakBytes > best.memory.peakBytes) ? t : best,
    null
  ), pids = Math.max(-1 / 0, ...tasks.flatMap((t) => t.peakPids === null ? [] : [t.peakPids])), orNone = (ms) => Number.isFinite(ms) ? formatDuration(ms) : "\u2013", rows = [
    ["Agent duration median / p95 / max", `${orNone(median(durations))} / ${orNone(percentile(durations, 95))} / ${orNone(percentile(durations, 100))}`],
    ["Queue wait median / max", `${orNone(median(queueWaits))} / ${orNone(percentile(queueWaits, 100))}`],
    ["Overhead median / max", `${orNone(median(overheads))} / ${orNone(percentile(overheads, 100))}`],
    ["Peak concurrency", `${run.peakConcurrency} of ${run.maxParallel}`],
    ["Mean concurrency (agents at once)", formatConcurrency(run.concurrency)],
    ["Tasks stalled by each other (sum)", orNone(run.contentionMs ?? Number.NaN)],
    ["One task at a time (estimated)", orNone(run.serialEstimateMs ?? Number.NaN)],
    ["CPU total", measured.length ? formatSeconds(measured.reduce((sum, c) => sum + c.seconds, 0)) : "\u2013"],
    ["CPU avg (median of tasks) / peak", `${formatPercent(median(cpuAvg))} / ${formatPercent(cpuPeak)}`],
    [
      "Memory peak (task)",
      memPeakTask?.memory?.peakBytes != null ? `${formatBytes(memPeakTask.memory.peakBytes)} of ${formatBytes(memPeakTask.memory.limitBytes)} (${codeOrText(memPeakTask.id)})` : "\u2013"
    ],
    ["Processes peak", Number.isFinite(pids) ? String(pids) : "\u2013"]
  ];
  run.heldBackMs > 0 && rows.push(["Starts held back (host pressure)", formatDuration(run.heldBackMs)]);
  for (let hold of run.pressureHolds ?? [])
    rows.push([
      `Held at ${new Date(hold.at).toISOString().slice(11, 19)} UTC`,
      `${formatDuration(hold.ms)}, ${hold.starts} start(s), cpu ${hold.cpuPercent.toFixed(0)}%, memory ${hold.memoryPercent.toFixed(0)}%` + (typeof hold.stallPercent == "number" ? `, running tasks stalled by each other ${hold.stallPercent.toFixed(0)}%` : "")
    ]);
  run.totalCostUsd > 0 && rows.push(["Agent cost total", formatCost(run.totalCostUsd)]);
  for (let [phase, ms] of Object.entries(phaseMedians(tasks)))
    rows.push([`Phase ${codeOrText(phase)} (median)`, formatDuration(ms)]);
  return ["| Measure | Value |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join(`
`);
}
function renderHeadline(result) {
  let { run, tasks } = result, parts = [
    `**${plural(tasks.length, "task")}**`,
    `${run.succeeded} succeeded`,
    `${run.failed} failed${run.verifyFailed > 0 ? ` (${run.verifyFailed} of them verify failed)` : ""}`,
    ...run.skipped > 0 ? [`${run.skipped} skipped`] : [],
    ...run.cancelled > 0 ? [`${run.cancelled} cancelled`] : [],
    `wall time **${formatDuration(run.wallMs)}**`,
    `sum of task time **${formatDuration(run.sumTaskMs)}**`,
    `speedup **${formatSpeedupEstimate(run)}** (${run.speedup !== null ? "estimated vs one task at a time" : "not estimated"})`,
    `mean concurrency ${formatConcurrency(run.concurrency)}`,
    `efficiency **${formatRatio(run.efficiency)}**`,
    `mode \`${run.mode}\``,
    `max-parallel ${run.maxParallel}`
  ];
  tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null && parts.push(`critical-path bound ${formatSpeedup(run.speedupBound)} (critical path ${formatDuration(run.criticalPathMs)})`);
  let headline = parts.join(" \xB7 ");
  return run.speedupNote && (headline += `

> Speedup: ${escapeMarkdown(run.speedupNote)}`), run.modeReason && (headline += `

> Mode: ${escapeMarkdown(run.modeReason)}`), headline;
}
function renderSummaryMarkdown(result, opts = {}) {
  let sections = [
    `## ${opts.title !== void 0 ? escapeMarkdown(opts.title) : `agent-fanout run ${codeOrText(result.run.id)}`}`,
    renderHeadline(result),
    "### Tasks",
    renderTaskTable(result.tasks, opts.prLinks)
  ], retried = renderAttemptsList(result.tasks);
  retried && sections.push("### Retries", "Tasks whose agent failed for a transient reason and ran again on a fresh working tree; the result is the last attempt's.", retried);
  let checks = renderVerificationMarkdown(result.tasks);
  checks && sections.push(checks);
  let attempts = renderAttemptsMarkdown(result.tasks);
  attempts && sections.push(attempts);
  let gantt = renderGantt(result.tasks, result.run.finishedAt);
  gantt && sections.push("### Timeline", gantt), sections.push("### Resources", renderResourcesTable(result));
  let egress = renderEgressMarkdown(result);
  return egress && sections.push(egress), opts.conflicts && opts.conflicts.length > 0 && sections.push(
    "### Conflicts",
    "These branches change the same files; merging one may conflict with the other.",
    opts.conflicts.map((c) => `- ${codeOrText(c.a)} and ${codeOrText(c.b)}: ${c.files.map((f) => codeOrText(f)).join(", ")}`).join(`
`)
  ), opts.errors && opts.errors.length > 0 && sections.push("### Errors", opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join(`
`)), sections.join(`

`) + `
`;
}
function reportedCostUsd(tasks) {
  let costs = tasks.flatMap((t) => {
    let cost = taskCostUsd(t);
    return cost === void 0 ? [] : [cost];
  });
  return costs.length ? costs.reduce((a, b) => a + b, 0) : null;
}
function elapsedMs(task, now) {
  let since = task.agentStartedAt ?? task.startedAt;
  return since === null ? null : Math.max(0, now - since);
}
function prCell(cell) {
  return cell ? "url" in cell ? renderPrLink(cell.url) : "branch" in cell ? codeOrText(cell.branch) : escapeCell(cell.note, 40) : "\u2013";
}
function renderCompactTaskTable(tasks, opts = {}) {
  let detail = opts.detail ?? !0;
  return ["| Status | Task | PR | Duration | Cost | Files |", "|---|---|---|---|---|---|", ...tasks.map((t) => {
    let reason = detail && t.reason ? `: ${escapeCell(t.reason, 80)}` : "", name = detail && t.title && t.title !== t.id ? `${codeOrText(t.id)} \u2014 ${escapeCell(t.title, 60)}` : codeOrText(t.id), duration = t.status === "running" && opts.now !== void 0 ? formatDuration(elapsedMs(t, opts.now)) : taskRan(t) && t.status !== "running" ? formatDuration(taskDurationMs(t)) : "\u2013";
    return `| ${[
      `${statusEmoji(t.status)} ${statusLabel(t.status)}${attemptsNote(t)}${reason}`,
      name,
      prCell(opts.prCells?.[t.id]),
      duration,
      formatCost(taskCostUsd(t)),
      formatChanges(t.filesChanged, t.insertions, t.deletions)
    ].join(" | ")} |`;
  })].join(`
`);
}
function renderCompactHeadline(opts) {
  let { tasks } = opts, count = (status) => tasks.filter((t) => t.status === status).length, states = ["succeeded", "failed", "verify_failed", "timed_out", "oom", "skipped", "cancelled", "running", "queued"].map((s) => [s, count(s)]).filter(([, n]) => n > 0).map(([s, n]) => `${statusEmoji(s)} ${n} ${statusLabel(s)}`), done = opts.final !== null;
  return [
    `**${plural(tasks.length, "task")}**`,
    ...states,
    `${done ? "wall" : "elapsed"} **${formatDuration(opts.wallMs)}**`,
    ...opts.final ? [`speedup **${formatSpeedupEstimate(opts.final)}**`] : [],
    `${done ? "cost" : "cost so far"} **${formatCost(reportedCostUsd(tasks))}**`
  ].join(" \xB7 ");
}
function renderRunningLines(tasks, now, progress = /* @__PURE__ */ new Map()) {
  return tasks.filter((t) => t.status === "running").map((t) => {
    let title = t.title && t.title !== t.id ? ` \u2014 ${escapeCell(t.title, 60)}` : "", attempt = formatAttempts(t), phase = `${t.agentStartedAt === null ? "preparing" : "agent running"}${attempt ? ` (${attempt})` : ""}`, live = progress.get(t.id), detail = live ? ` \xB7 ${escapeCell(formatAgentProgress(live), 120)}` : "";
    return `- ${statusEmoji("running")} ${codeOrText(t.id)}${title} \xB7 ${phase} for ${formatDuration(elapsedMs(t, now))}${detail}`;
  }).join(`
`);
}
function renderConflictList(conflicts, opts = {}) {
  let max = opts.max ?? 20, name = (id) => {
    let url = opts.prLinks?.[id];
    return url ? `${renderPrLink(url)} ${codeOrText(id)}` : codeOrText(id);
  }, lines = conflicts.slice(0, max).map((c) => {
    let files = c.files.slice(0, 5).map((f) => codeOrText(f));
    return c.files.length > 5 && files.push(`and ${c.files.length - 5} more`), `- ${name(c.a)} and ${name(c.b)}: ${files.join(", ")}`;
  });
  return conflicts.length > max && lines.push(`- \u2026 and ${plural(conflicts.length - max, "more pair")} (all in the job summary)`), lines.join(`
`);
}
function renderRunDetails(result) {
  let sections = [renderHeadline(result)], gantt = renderGantt(result.tasks, result.run.finishedAt);
  return gantt && sections.push("**Timeline** (agent run time per task)", gantt), sections.push("**Resources**", renderResourcesTable(result)), sections.join(`

`);
}

// src/report/text.ts
function clean(text, max) {
  return truncate(stripControl(text).replace(/\s+/g, " ").trim(), max);
}
function taskLine(task, idWidth) {
  let parts = [
    `  ${statusSymbol(task.status)} ${statusLabel(task.status).padEnd(9)}`,
    clean(task.id, 40).padEnd(idWidth),
    (taskRan(task) ? formatDuration(taskDurationMs(task)) : "\u2013").padStart(7)
  ];
  task.branch && parts.push(clean(task.branch, 80));
  let changes = formatChanges(task.filesChanged, task.insertions, task.deletions);
  changes !== "\u2013" && parts.push(`${changes.replace(/^(\d+)/, (n) => plural(Number(n), "file"))}`);
  let attempts = formatAttempts(task);
  attempts && parts.push(attempts);
  let cost = taskCostUsd(task);
  return cost !== void 0 && parts.push(formatCost(cost)), task.title && task.title !== task.id && parts.push(`"${clean(task.title, 80)}"`), task.reason && parts.push(`\u2014 ${clean(task.reason, 160)}`), parts.join("  ");
}
function renderSummaryText(result) {
  let { run, tasks } = result, counts = [`${run.succeeded} succeeded`, `${run.failed} failed${run.verifyFailed > 0 ? ` (${run.verifyFailed} verify)` : ""}`];
  run.skipped > 0 && counts.push(`${run.skipped} skipped`), run.cancelled > 0 && counts.push(`${run.cancelled} cancelled`);
  let figures = [
    `wall ${formatDuration(run.wallMs)}`,
    `sum of task time ${formatDuration(run.sumTaskMs)}`,
    `speedup ${formatSpeedupEstimate(run)} (${run.speedup !== null ? "estimated vs one task at a time" : "not estimated"})`,
    `mean concurrency ${formatConcurrency(run.concurrency)} (agents running at once)`,
    `efficiency ${formatRatio(run.efficiency)}`
  ];
  tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null && figures.push(`critical-path bound ${formatSpeedup(run.speedupBound)}`);
  let lines = [
    `Run ${clean(run.id, 80)}: ${plural(tasks.length, "task")}, ${counts.join(", ")}`,
    `  ${figures.join(", ")}`,
    `  mode ${run.mode}${run.modeReason ? ` (${clean(run.modeReason, 160)})` : ""}, max-parallel ${run.maxParallel}, peak concurrency ${run.peakConcurrency}${run.totalCostUsd > 0 ? `, cost ${formatCost(run.totalCostUsd)}` : ""}`
  ];
  lines.push(...renderEgressText(result)), run.speedupNote && lines.push(`  speedup: ${clean(run.speedupNote, 400)}`);
  let idWidth = Math.min(40, Math.max(0, ...tasks.map((t) => clean(t.id, 40).length)));
  return tasks.length > 0 && lines.push("", ...tasks.flatMap((t) => [taskLine(t, idWidth), ...renderVerificationText(t, clean)])), lines.join(`
`) + `
`;
}

export {
  countRefused,
  refusalGroups,
  renderEgressMarkdown,
  renderEgressText,
  formatCheckResult,
  renderCheckLine,
  renderCheckOutput,
  renderVerificationMarkdown,
  renderBestOfLine,
  renderAttemptsTable,
  renderAttemptsMarkdown,
  renderTaskTableHeader,
  renderPrLink,
  renderTaskRow,
  renderTaskTable,
  ganttBars,
  renderGantt,
  renderResourcesTable,
  renderHeadline,
  renderSummaryMarkdown,
  reportedCostUsd,
  renderCompactTaskTable,
  renderCompactHeadline,
  renderRunningLines,
  renderConflictList,
  renderRunDetails,
  renderSummaryText
};
//# sourceMappingURL=chunk-HMXCLKP7.js.map
