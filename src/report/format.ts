/**
 * Small formatting and escaping helpers shared by the Markdown and text renderers. Task titles,
 * reasons and file names come from prompt files and agent output, i.e. from whoever wrote the
 * prompts: everything here assumes they are hostile. The dashboard page's script bundles some of
 * them: no Node imports here.
 */
import type { AgentProgress } from '../agents/types.js';
import type { BestOf, TaskRecord, TaskStatus, TaskVariant } from '../core/model.js';

const STATUS_EMOJI: Record<TaskStatus, string> = {
  queued: '⏳',
  running: '🔄',
  succeeded: '✅',
  failed: '❌',
  verify_failed: '🧪',
  timed_out: '⏱️',
  oom: '💥',
  skipped: '⏭️',
  cancelled: '🚫',
};

/** Single-width symbols for terminals, where emoji widths vary. */
const STATUS_SYMBOL: Record<TaskStatus, string> = {
  queued: '·',
  running: '>',
  succeeded: '✔',
  failed: '✘',
  verify_failed: '✘',
  timed_out: '✘',
  oom: '✘',
  skipped: '-',
  cancelled: '-',
};

export function statusEmoji(status: TaskStatus): string {
  return STATUS_EMOJI[status] ?? '❔';
}

export function statusSymbol(status: TaskStatus): string {
  return STATUS_SYMBOL[status] ?? '?';
}

/** `timed_out` → `timed out`. */
export function statusLabel(status: TaskStatus): string {
  return status.replace(/_/g, ' ');
}

// C0/C1 controls and DEL (ANSI escape sequences start with ESC), plus the Unicode line/paragraph
// separators and bidi overrides that can make displayed text differ from the bytes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A fenced code block that the text cannot close: the fence is longer than any backtick run in it. */
export function fenced(text: string, lang = 'text'): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/** The last `maxLines` lines of a log, at most `maxChars` characters. */
export function tail(text: string, maxLines: number, maxChars: number): { text: string; cut: boolean } {
  const lines = text.replace(/\n+$/, '').split('\n');
  let out = lines.slice(-maxLines).join('\n');
  let cut = lines.length > maxLines;
  if (out.length > maxChars) {
    out = out.slice(out.length - maxChars);
    cut = true;
  }
  return { text: out, cut };
}

// ANSI escape sequences (colours, cursor moves) as test runners print them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;

/**
 * Output shown as a block of lines (a check's output tail): ANSI sequences removed, carriage returns
 * and other control characters (ESC included) replaced, newlines and tabs kept.
 */
export function cleanOutputLines(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\t/g, '    ').replace(CONTROL, ' ').trimEnd())
    .join('\n');
}

/** Replaces control characters (including newlines and ESC) by spaces: safe for a terminal line. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, ' ');
}

/**
 * Makes untrusted text render literally as inline Markdown on GitHub, on one line: HTML-significant
 * characters become entities, Markdown punctuation is backslash-escaped (including `|` so it cannot
 * split a table cell, `$` so it cannot open math), line breaks and other control characters become
 * spaces, and `@` is followed by a zero-width space: GitHub finds mentions in the rendered text, so
 * a backslash would not stop a title from pinging `@someone` (Dependabot does the same).
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~$-]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/** {@link escapeMarkdown} for a table cell, shortened to `max` characters (before escaping). */
export function escapeCell(text: string, max = 200): string {
  return escapeMarkdown(truncate(text.trim(), max));
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Inline code for identifiers that are safe in a code span, escaped text otherwise. */
export function codeOrText(text: string): string {
  return /^[\w./-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

/** Mermaid gantt statements a task label must not start with, or the line is parsed as one. */
const MERMAID_KEYWORDS =
  /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|href|call|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}_])/iu;

/**
 * A label for a mermaid gantt bar. Mermaid ends the label at `:`, treats `#` and `%` as comment
 * starters and `;` as a statement end, and renders labels as HTML — so only letters, digits,
 * spaces and `_ . , - / ( ) + '` are kept, and a label that would read as a keyword gets a prefix.
 */
export function mermaidLabel(text: string, max = 60): string {
  let label = text
    .replace(/[^\p{L}\p{N} _.,\-/()+']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  label = truncate(label, max).replace(/…$/, '').trim();
  if (!label) return 'task';
  return MERMAID_KEYWORDS.test(label) ? `task ${label}` : label;
}

/** `3.636…` → `3.64×`. */
export function formatSpeedup(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}

/**
 * The speedup estimate as a figure: `2.10×`, or `≤ 3.40×` when it could not be estimated (no stall
 * data) and only its bound is known, `–` when neither is.
 */
export function formatSpeedupEstimate(run: { speedup: number | null; speedupMax?: number | null }): string {
  if (run.speedup !== null && Number.isFinite(run.speedup)) return formatSpeedup(run.speedup);
  return run.speedupMax !== null && run.speedupMax !== undefined && Number.isFinite(run.speedupMax) ? `≤ ${formatSpeedup(run.speedupMax)}` : '–';
}

/** Mean agents running at once: `3.40`. */
export function formatConcurrency(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2);
}

/** `0.909…` → `91%`. */
export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)}%`;
}

/** A CPU percentage as measured (100 = one core busy). */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value)}%`;
}

export function formatCost(usd: number | null | undefined): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return '–';
  return usd > 0 && usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

/** Seconds with one decimal: `12.34` → `12.3 s`. */
export function formatSeconds(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined || !Number.isFinite(seconds) ? '–' : `${seconds.toFixed(1)} s`;
}

/** `3 (+12/-4)`; `–` when nothing changed. */
export function formatChanges(files: number, insertions: number, deletions: number): string {
  return files > 0 ? `${files} (+${insertions}/-${deletions})` : '–';
}

/**
 * How often a task's agent ran, when more than once: for a best-of-N task `best of 3: 1 done` while it
 * runs and `best of 3: #2` once over; after retries `attempt 2` while it runs, `2 attempts` once it is
 * over; null for a single attempt.
 */
export function formatAttempts(task: Pick<TaskRecord, 'status' | 'attempts' | 'bestOf'>): string | null {
  const bestOf = task.bestOf;
  if (bestOf && typeof bestOf === 'object' && Array.isArray(bestOf.attempts)) {
    if (task.status === 'running') {
      const done = bestOf.attempts.filter((a) => a.status !== 'queued' && a.status !== 'running').length;
      return `best of ${bestOf.count}: ${done} done`;
    }
    return `best of ${bestOf.count}${typeof bestOf.winner === 'number' ? `: #${bestOf.winner}` : ''}`;
  }
  const count = task.attempts?.length ?? 0;
  if (count <= 1) return null;
  return task.status === 'running' ? `attempt ${count}` : `${count} attempts`;
}

/** `1 task`, `4 tasks`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `950` → `950`, `12345` → `12.3k`, `2_500_000` → `2.5M`. */
export function formatTokens(count: number): string {
  if (!Number.isFinite(count)) return '–';
  if (count < 1000) return String(Math.round(count));
  if (count < 1e6) return `${(count / 1000).toFixed(1)}k`;
  return `${(count / 1e6).toFixed(1)}M`;
}

/**
 * One line of what an agent is doing: `turn 3 · Edit(src/app.ts) · 41.2k tokens · ≈$0.21`; once
 * final, the CLI's figures: `12 turns · last Bash(npm) · 310.5k tokens · $1.02`. A running cost
 * is an estimate (≈). Plain text: callers escape it for where it goes.
 */
export function formatAgentProgress(progress: AgentProgress): string {
  const parts: string[] = [];
  const { retry, tool, tokens } = progress;
  if (progress.final) parts.push(plural(progress.turns, 'turn'));
  else if (progress.turns > 0) parts.push(`turn ${progress.turns}`);
  if (retry) {
    const of = retry.maxRetries === null ? '' : `/${retry.maxRetries}`;
    parts.push(`API retry ${retry.attempt}${of}${retry.status === null ? '' : ` (HTTP ${retry.status})`}`);
  } else if (!progress.final && progress.turns === 0) parts.push('waiting for the model');
  if (tool) {
    const call = tool.detail ? `${tool.name}(${tool.detail})` : tool.name;
    parts.push(tool.running ? call : `last ${call}`);
  }
  const total = tokens.input + tokens.output + tokens.cacheRead + tokens.cacheCreation;
  if (total > 0) parts.push(`${formatTokens(total)} tokens`);
  if (progress.costUsd !== null) parts.push(`${progress.final ? '' : '≈'}${formatCost(progress.costUsd)}`);
  return parts.join(' · ');
}

/** What set a best-of-N task's winner apart from the next best, for a reader. */
export function describeDecision(decidedBy: BestOf['decidedBy']): string {
  switch (decidedBy) {
    case 'verify':
      return 'its verify passed, the next best\'s did not';
    case 'judge':
      return 'the highest judge score';
    case 'diff':
      return 'the smallest diff';
    case 'time':
      return 'the fastest, with an equal diff';
    case 'order':
      return 'a tie on everything: the lowest attempt number';
    case 'only':
      return 'the only attempt with a result';
    default:
      return 'no attempt had a result';
  }
}

/** `model opus, max_turns 30`: what a variant changes; `–` for none. Plain text: callers escape it. */
export function formatVariant(variant: TaskVariant | null | undefined): string {
  if (!variant || typeof variant !== 'object') return '–';
  const parts: string[] = [];
  if (typeof variant.agent === 'string') parts.push(`agent ${variant.agent}`);
  if (typeof variant.model === 'string') parts.push(`model ${variant.model}`);
  if (typeof variant.maxTurns === 'number') parts.push(`max_turns ${variant.maxTurns}`);
  if (Array.isArray(variant.claudeArgs) && variant.claudeArgs.length) parts.push(`claude_args ${variant.claudeArgs.join(' ')}`);
  return parts.length ? parts.join(', ') : '–';
}
