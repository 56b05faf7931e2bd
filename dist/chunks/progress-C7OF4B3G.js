import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  formatAgentProgress,
  formatAttempts,
  stripControl
} from "./chunk-RDMBHCDM.js";
import {
  formatDuration
} from "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/cli/progress.ts
var PLAIN_PROGRESS_INTERVAL_MS = 5e3, ICON = {
  queued: "\xB7",
  running: "\u25B6",
  succeeded: "\u2713",
  failed: "\u2717",
  verify_failed: "\u2717",
  timed_out: "\u23F1",
  oom: "\u2717",
  skipped: "\u21B7",
  cancelled: "\u25A0"
}, ProgressReporter = class {
  #out;
  #live;
  #showOutput;
  #clock;
  #tasks = /* @__PURE__ */ new Map();
  #drawn = 0;
  #timer = null;
  #partial = /* @__PURE__ */ new Map();
  #progress = /* @__PURE__ */ new Map();
  /** Plain mode: when each task's progress was last printed, and what. */
  #printed = /* @__PURE__ */ new Map();
  #width;
  constructor(options) {
    this.#out = options.out, this.#live = options.live ?? !!options.out.isTTY, this.#showOutput = options.showOutput ?? !0, this.#clock = options.clock ?? Date.now, this.#width = Math.max(40, (options.out.columns ?? 100) - 1);
  }
  handle(event) {
    switch (event.type) {
      case "run-started":
        for (let t of event.tasks) this.#tasks.set(t.id, { id: t.id, status: "queued", startedAt: null, finishedAt: null });
        this.#idWidth = Math.min(24, Math.max(...event.tasks.map((t) => t.id.length), 4)), this.#live && (this.#timer = setInterval(() => this.#redraw(), 1e3), this.#timer.unref(), this.#redraw());
        break;
      case "task-state":
        this.#tasks.set(event.taskId, event.record), event.status === "running" && (event.record.attempts?.length ?? 0) > 1 && event.record.attempts.at(-1).status === "running" && this.#progress.delete(event.taskId), this.#live ? this.#redraw() : this.#write(`${ICON[event.status]} ${event.taskId} ${event.status}${this.#detail(event.record)}
`);
        break;
      case "task-output":
        if (event.stream === "stdout" && this.#progress.has(event.taskId)) break;
        this.#showOutput && this.#output(event.attempt === void 0 ? event.taskId : `${event.taskId}#${event.attempt}`, event.text);
        break;
      case "task-progress":
        this.#progress.set(event.taskId, event.progress), this.#live ? this.#redraw() : this.#plainProgress(event.taskId, event.progress);
        break;
      case "run-finished":
        for (let [id, rest] of this.#partial) rest && this.#print(`[${id}] ${rest}
`);
        this.#partial.clear(), this.stop();
        break;
      default:
        break;
    }
  }
  stop() {
    this.#timer && clearInterval(this.#timer), this.#timer = null, this.#live && this.#redraw(), this.#drawn = 0;
  }
  #idWidth = 12;
  #detail(record) {
    let parts = [];
    record.startedAt !== null && parts.push(formatDuration((record.finishedAt ?? this.#clock()) - record.startedAt));
    let attempts = "attempts" in record ? formatAttempts(record) : null;
    attempts && parts.push(attempts), record.reason && record.status !== "running" && parts.push(record.reason);
    let progress = this.#progress.get(record.id);
    return progress && record.status === "running" && parts.push(stripControl(formatAgentProgress(progress))), parts.length ? ` (${parts.join(", ")})` : "";
  }
  /** Plain mode: a line when the agent moved on (turn, tool call, retry), at most every few seconds. */
  #plainProgress(taskId, progress) {
    if (progress.final) return;
    let key = `${progress.turns}/${progress.toolCalls}/${progress.retry?.attempt ?? ""}`, last = this.#printed.get(taskId), now = this.#clock();
    last && (last.key === key || now - last.at < PLAIN_PROGRESS_INTERVAL_MS) || (this.#printed.set(taskId, { at: now, key }), this.#write(`\u2026 ${taskId} ${stripControl(formatAgentProgress(progress))}
`));
  }
  #output(taskId, text) {
    let lines = ((this.#partial.get(taskId) ?? "") + text).split(`
`);
    this.#partial.set(taskId, lines.pop() ?? ""), lines.length && this.#print(lines.map((l) => `[${taskId}] ${l}
`).join(""));
  }
  /** Prints above the live block (or plainly). */
  #print(text) {
    if (!this.#live) return this.#write(text);
    this.#clear(), this.#write(text), this.#redraw();
  }
  #clear() {
    this.#drawn > 0 && this.#write(`\x1B[${this.#drawn}F\x1B[J`), this.#drawn = 0;
  }
  #redraw() {
    this.#clear();
    let lines = [...this.#tasks.values()].map((t) => {
      let line = `${ICON[t.status]} ${t.id.padEnd(this.#idWidth)} ${t.status.padEnd(9)}${this.#detail(t)}`;
      return line.length > this.#width ? line.slice(0, this.#width - 1) + "\u2026" : line;
    });
    lines.length && this.#write(lines.join(`
`) + `
`), this.#drawn = lines.length;
  }
  #write(text) {
    this.#out.write(text);
  }
};
export {
  PLAIN_PROGRESS_INTERVAL_MS,
  ProgressReporter
};
//# sourceMappingURL=progress-C7OF4B3G.js.map
