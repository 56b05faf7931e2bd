import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/report/format.ts
var STATUS_EMOJI = {
  queued: "\u23F3",
  running: "\u{1F504}",
  succeeded: "\u2705",
  failed: "\u274C",
  verify_failed: "\u{1F9EA}",
  timed_out: "\u23F1\uFE0F",
  oom: "\u{1F4A5}",
  skipped: "\u23ED\uFE0F",
  cancelled: "\u{1F6AB}"
}, STATUS_SYMBOL = {
  queued: "\xB7",
  running: ">",
  succeeded: "\u2714",
  failed: "\u2718",
  verify_failed: "\u2718",
  timed_out: "\u2718",
  oom: "\u2718",
  skipped: "-",
  cancelled: "-"
};
function statusEmoji(status) {
  return STATUS_EMOJI[status] ?? "\u2754";
}
function statusSymbol(status) {
  return STATUS_SYMBOL[status] ?? "?";
}
function statusLabel(status) {
  return status.replace(/_/g, " ");
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function fenced(text, lang = "text") {
  let longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)), fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${text.replace(/\n+$/, "")}
${fence}`;
}
function tail(text, maxLines, maxChars) {
  let lines = text.replace(/\n+$/, "").split(`
`), out = lines.slice(-maxLines).join(`
`), cut = lines.length > maxLines;
  return out.length > maxChars && (out = out.slice(out.length - maxChars), cut = !0), { text: out, cut };
}
var ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
function cleanOutputLines(text) {
  return text.replace(ANSI, "").replace(/\r\n?/g, `
`).split(`
`).map((line) => line.replace(/\t/g, "    ").replace(CONTROL, " ").trimEnd()).join(`
`);
}
function stripControl(text) {
  return text.replace(CONTROL, " ");
}
function escapeMarkdown(text) {
  return stripControl(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!|~$-]/g, (c) => `\\${c}`).replace(/@/g, "@&#8203;");
}
function escapeCell(text, max = 200) {
  return escapeMarkdown(truncate(text.trim(), max));
}
function truncate(text, max) {
  let chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
function codeOrText(text) {
  return /^[\w./-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
var MERMAID_KEYWORDS = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|href|call|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}_])/iu;
function mermaidLabel(text, max = 60) {
  let label = text.replace(/[^\p{L}\p{N} _.,\-/()+']/gu, " ").replace(/\s+/g, " ").trim();
  return label = truncate(label, max).replace(/…$/, "").trim(), label ? MERMAID_KEYWORDS.test(label) ? `task ${label}` : label : "task";
}
function formatSpeedup(value) {
  return value == null || !Number.isFinite(value) ? "\u2013" : `${value.toFixed(2)}\xD7`;
}
function formatSpeedupEstimate(run) {
  return run.speedup !== null && Number.isFinite(run.speedup) ? formatSpeedup(run.speedup) : run.speedupMax !== null && run.speedupMax !== void 0 && Number.isFinite(run.speedupMax) ? `\u2264 ${formatSpeedup(run.speedupMax)}` : "\u2013";
}
function formatConcurrency(value) {
  return value == null || !Number.isFinite(value) ? "\u2013" : value.toFixed(2);
}
function formatRatio(value) {
  return value == null || !Number.isFinite(value) ? "\u2013" : `${Math.round(value * 100)}%`;
}
function formatPercent(value) {
  return value == null || !Number.isFinite(value) ? "\u2013" : `${Math.round(value)}%`;
}
function formatCost(usd) {
  return usd == null || !Number.isFinite(usd) ? "\u2013" : usd > 0 && usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}
function formatSeconds(seconds) {
  return seconds == null || !Number.isFinite(seconds) ? "\u2013" : `${seconds.toFixed(1)} s`;
}
function formatChanges(files, insertions, deletions) {
  return files > 0 ? `${files} (+${insertions}/-${deletions})` : "\u2013";
}
function formatAttempts(task) {
  let bestOf = task.bestOf;
  if (bestOf && typeof bestOf == "object" && Array.isArray(bestOf.attempts)) {
    if (task.status === "running") {
      let done = bestOf.attempts.filter((a) => a.status !== "queued" && a.status !== "running").length;
      return `best of ${bestOf.count}: ${done} done`;
    }
    return `best of ${bestOf.count}${typeof bestOf.winner == "number" ? `: #${bestOf.winner}` : ""}`;
  }
  let count = task.attempts?.length ?? 0;
  return count <= 1 ? null : task.status === "running" ? `attempt ${count}` : `${count} attempts`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function formatTokens(count) {
  return Number.isFinite(count) ? count < 1e3 ? String(Math.round(count)) : count < 1e6 ? `${(count / 1e3).toFixed(1)}k` : `${(count / 1e6).toFixed(1)}M` : "\u2013";
}
function formatAgentProgress(progress) {
  let parts = [], { retry, tool, tokens } = progress;
  if (progress.final ? parts.push(plural(progress.turns, "turn")) : progress.turns > 0 && parts.push(`turn ${progress.turns}`), retry) {
    let of = retry.maxRetries === null ? "" : `/${retry.maxRetries}`;
    parts.push(`API retry ${retry.attempt}${of}${retry.status === null ? "" : ` (HTTP ${retry.status})`}`);
  } else !progress.final && progress.turns === 0 && parts.push("waiting for the model");
  if (tool) {
    let call = tool.detail ? `${tool.name}(${tool.detail})` : tool.name;
    parts.push(tool.running ? call : `last ${call}`);
  }
  let total = tokens.input + tokens.output + tokens.cacheRead + tokens.cacheCreation;
  return total > 0 && parts.push(`${formatTokens(total)} tokens`), progress.costUsd !== null && parts.push(`${progress.final ? "" : "\u2248"}${formatCost(progress.costUsd)}`), parts.join(" \xB7 ");
}
function describeDecision(decidedBy) {
  switch (decidedBy) {
    case "verify":
      return "its verify passed, the next best's did not";
    case "judge":
      return "the highest judge score";
    case "diff":
      return "the smallest diff";
    case "time":
      return "the fastest, with an equal diff";
    case "order":
      return "a tie on everything: the lowest attempt number";
    case "only":
      return "the only attempt with a result";
    default:
      return "no attempt had a result";
  }
}
function formatVariant(variant) {
  if (!variant || typeof variant != "object") return "\u2013";
  let parts = [];
  return typeof variant.agent == "string" && parts.push(`agent ${variant.agent}`), typeof variant.model == "string" && parts.push(`model ${variant.model}`), typeof variant.maxTurns == "number" && parts.push(`max_turns ${variant.maxTurns}`), Array.isArray(variant.claudeArgs) && variant.claudeArgs.length && parts.push(`claude_args ${variant.claudeArgs.join(" ")}`), parts.length ? parts.join(", ") : "\u2013";
}

export {
  statusEmoji,
  statusSymbol,
  statusLabel,
  fenced,
  tail,
  cleanOutputLines,
  stripControl,
  escapeMarkdown,
  escapeCell,
  truncate,
  codeOrText,
  mermaidLabel,
  formatSpeedup,
  formatSpeedupEstimate,
  formatConcurrency,
  formatRatio,
  formatPercent,
  formatCost,
  formatSeconds,
  formatChanges,
  formatAttempts,
  plural,
  formatAgentProgress,
  describeDecision,
  formatVariant
};
//# sourceMappingURL=chunk-RDMBHCDM.js.map
