/**
 * Live progress for the CLI: in a terminal, a block of one line per task (state, elapsed, and what
 * the agent is doing when it reports progress) redrawn in place with task output printed above it;
 * otherwise plain lines (state changes, prefixed output, and progress at most every few seconds).
 * A task that reports progress (claude in stream mode) prints JSON on stdout: that is not echoed.
 */
import type { AgentProgress } from '../agents/types.js';
import type { RunEvent, TaskRecord, TaskStatus } from '../core/model.js';
import { formatAgentProgress, formatAttempts, stripControl } from '../report/format.js';
import { formatDuration } from '../core/units.js';

/** In plain mode, a task's progress is printed at most this often (ms). */
export const PLAIN_PROGRESS_INTERVAL_MS = 5000;

const ICON: Record<TaskStatus, string> = {
  queued: '·',
  running: '▶',
  succeeded: '✓',
  failed: '✗',
  verify_failed: '✗',
  timed_out: '⏱',
  oom: '✗',
  skipped: '↷',
  cancelled: '■',
};

/** A task's line before it has a record. */
interface QueuedLine {
  id: string;
  status: TaskStatus;
  startedAt: number | null;
  finishedAt: number | null;
  reason?: string | null;
}

export interface ProgressOptions {
  out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Redraw in place (default: `out.isTTY`). */
  live?: boolean;
  /** Print task output lines, prefixed with the task id. Default true. */
  showOutput?: boolean;
  clock?: () => number;
}

export class ProgressReporter {
  #out: ProgressOptions['out'];
  #live: boolean;
  #showOutput: boolean;
  #clock: () => number;
  #tasks = new Map<string, TaskRecord | QueuedLine>();
  #drawn = 0;
  #timer: NodeJS.Timeout | null = null;
  #partial = new Map<string, string>();
  #progress = new Map<string, AgentProgress>();
  /** Plain mode: when each task's progress was last printed, and what. */
  #printed = new Map<string, { at: number; key: string }>();
  #width: number;

  constructor(options: ProgressOptions) {
    this.#out = options.out;
    this.#live = options.live ?? Boolean(options.out.isTTY);
    this.#showOutput = options.showOutput ?? true;
    this.#clock = options.clock ?? Date.now;
    this.#width = Math.max(40, (options.out.columns ?? 100) - 1);
  }

  handle(event: RunEvent): void {
    switch (event.type) {
      case 'run-started':
        for (const t of event.tasks) this.#tasks.set(t.id, { id: t.id, status: 'queued', startedAt: null, finishedAt: null });
        this.#idWidth = Math.min(24, Math.max(...event.tasks.map((t) => t.id.length), 4));
        if (this.#live) {
          this.#timer = setInterval(() => this.#redraw(), 1000);
          this.#timer.unref();
          this.#redraw();
        }
        break;
      case 'task-state':
        this.#tasks.set(event.taskId, event.record);
        // A new attempt starts its own session: the previous one's progress no longer applies.
        if (event.status === 'running' && (event.record.attempts?.length ?? 0) > 1 && event.record.attempts!.at(-1)!.status === 'running') {
          this.#progress.delete(event.taskId);
        }
        if (this.#live) this.#redraw();
        else this.#write(`${ICON[event.status]} ${event.taskId} ${event.status}${this.#detail(event.record)}\n`);
        break;
      case 'task-output':
        if (event.stream === 'stdout' && this.#progress.has(event.taskId)) break;
        // The attempts of a best-of-N task print side by side: each gets its own prefix.
        if (this.#showOutput) this.#output(event.attempt === undefined ? event.taskId : `${event.taskId}#${event.attempt}`, event.text);
        break;
      case 'task-progress':
        this.#progress.set(event.taskId, event.progress);
        if (this.#live) this.#redraw();
        else this.#plainProgress(event.taskId, event.progress);
        break;
      case 'run-finished':
        for (const [id, rest] of this.#partial) if (rest) this.#print(`[${id}] ${rest}\n`);
        this.#partial.clear();
        this.stop();
        break;
      default:
        break;
    }
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    if (this.#live) this.#redraw();
    this.#drawn = 0;
  }

  #idWidth = 12;

  #detail(record: TaskRecord | QueuedLine): string {
    const parts: string[] = [];
    if (record.startedAt !== null) parts.push(formatDuration((record.finishedAt ?? this.#clock()) - record.startedAt));
    const attempts = 'attempts' in record ? formatAttempts(record) : null;
    if (attempts) parts.push(attempts);
    if (record.reason && record.status !== 'running') parts.push(record.reason);
    const progress = this.#progress.get(record.id);
    if (progress && record.status === 'running') parts.push(stripControl(formatAgentProgress(progress)));
    return parts.length ? ` (${parts.join(', ')})` : '';
  }

  /** Plain mode: a line when the agent moved on (turn, tool call, retry), at most every few seconds. */
  #plainProgress(taskId: string, progress: AgentProgress): void {
    if (progress.final) return; // the state line that follows carries the outcome
    const key = `${progress.turns}/${progress.toolCalls}/${progress.retry?.attempt ?? ''}`;
    const last = this.#printed.get(taskId);
    const now = this.#clock();
    if (last && (last.key === key || now - last.at < PLAIN_PROGRESS_INTERVAL_MS)) return;
    this.#printed.set(taskId, { at: now, key });
    this.#write(`… ${taskId} ${stripControl(formatAgentProgress(progress))}\n`);
  }

  #output(taskId: string, text: string): void {
    const buffered = (this.#partial.get(taskId) ?? '') + text;
    const lines = buffered.split('\n');
    this.#partial.set(taskId, lines.pop() ?? '');
    if (lines.length) this.#print(lines.map((l) => `[${taskId}] ${l}\n`).join(''));
  }

  /** Prints above the live block (or plainly). */
  #print(text: string): void {
    if (!this.#live) return this.#write(text);
    this.#clear();
    this.#write(text);
    this.#redraw();
  }

  #clear(): void {
    if (this.#drawn > 0) this.#write(`\x1b[${this.#drawn}F\x1b[J`);
    this.#drawn = 0;
  }

  #redraw(): void {
    this.#clear();
    const lines = [...this.#tasks.values()].map((t) => {
      const line = `${ICON[t.status]} ${t.id.padEnd(this.#idWidth)} ${t.status.padEnd(9)}${this.#detail(t)}`;
      return line.length > this.#width ? line.slice(0, this.#width - 1) + '…' : line;
    });
    if (lines.length) this.#write(lines.join('\n') + '\n');
    this.#drawn = lines.length;
  }

  #write(text: string): void {
    this.#out.write(text);
  }
}
