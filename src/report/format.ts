/**
 * Small formatting and escaping helpers shared by the Markdown and text renderers. Task titles,
 * reasons and file names come from prompt files and agent output, i.e. from whoever wrote the
 * prompts: everything here assumes they are hostile.
 */
import type { TaskStatus } from '../core/model.js';

const STATUS_EMOJI: Record<TaskStatus, string> = {
  queued: '⏳',
  running: '🔄',
  succeeded: '✅',
  failed: '❌',
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

/** `1 task`, `4 tasks`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
