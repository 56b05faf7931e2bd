/**
 * The Markdown of the action's comments and pull request bodies. Pure. Everything that comes from
 * prompt files or agents is untrusted: it goes through the report module's escaping, or into a
 * fenced code block (no mentions, no HTML, no links are rendered there), and through the run's
 * redactor (the values of the variables agents were given, and the token, never leave the runner).
 *
 * What a reader sees where (docs/what-reviewers-see.md):
 * - the issue comment: headline, one short row per task, conflicts; the rest collapsed;
 * - each pull request's body: that task only: figures, what the agent says it did, its checks (and
 *   attempts), what it was asked, conflicts with its siblings, the siblings; nothing else is posted
 *   on pull requests;
 * - the job summary: the full report (report/markdown.ts).
 */
import type { AgentProgress } from '../agents/types.js';
import type { RunResult, TaskRecord } from '../core/model.js';
import { codeOrText, escapeCell, escapeMarkdown, fenced, formatAttempts, formatChanges, formatCost, plural, statusEmoji, statusLabel, truncate } from '../report/format.js';

export { fenced, tail } from '../report/format.js';
import {
  renderCompactHeadline,
  renderCompactTaskTable,
  renderConflictList,
  renderPrLink,
  renderRunDetails,
  renderRunningLines,
  type ConflictNote,
  type PrCell,
  type Redactor,
} from '../report/index.js';
import { taskCostUsd, taskDurationMs, taskRan } from '../report/metrics.js';
import { renderAttemptsTable, renderBestOfLine, renderCheckLine, renderCheckOutput } from '../report/verification.js';
import { formatDuration } from '../core/units.js';
import { MAX_BODY_CHARS, stickyMarker, truncateBody } from './comments.js';

/** What happened to one task's result on GitHub. */
export interface Publication {
  taskId: string;
  title: string;
  branch: string | null;
  /** Whether the branch was pushed to origin. */
  pushed: boolean;
  pr: { number: number; url: string; created: boolean } | null;
  /** One line: why there is no PR, or what went wrong. */
  note: string;
}

/** A link to the workflow run, or an empty string outside a runner. */
export function runLink(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function footer(link: string, runId: string | null, fullReport = false): string {
  const parts = [];
  if (link) parts.push(fullReport ? `full report in the [workflow run](${link})'s summary` : `[workflow run](${link})`);
  if (runId) parts.push(`run ${codeOrText(runId)}`);
  return parts.length ? `\n\n<sub>agent-fanout · ${parts.join(' · ')}</sub>` : '';
}

function errorList(errors: readonly string[], max = 20): string {
  if (!errors.length) return '';
  const lines = errors.slice(0, max).map((e) => `- ${escapeMarkdown(truncate(e, 500))}`);
  if (errors.length > max) lines.push(`- … and ${errors.length - max} more (in the workflow run's log)`);
  return `\n\n**Problems**\n${lines.join('\n')}`;
}

/** The sticky comment's marker line takes this much of GitHub's limit. */
const COMMENT_BUDGET = MAX_BODY_CHARS - stickyMarker('run').length - 1;

/** The first rendering that fits `limit`, else the last one cut to it with a note. */
function firstThatFits(renderings: readonly (() => string)[], limit: number, note: string): string {
  let text = '';
  for (const render of renderings) {
    text = render();
    if (text.length <= limit) return text;
  }
  return truncateBody(text, limit, note);
}

const identity: Redactor = { text: (t) => t, deep: (v) => v };

/** What every run comment shows besides the tasks. */
export interface RunCommentContext {
  /** What started the run (`label 'fanout' added to issue #7`). */
  description: string;
  /** Run-level problems (prompt files that could not be read, a failed conflict check). */
  errors: readonly string[];
  /** The workflow run (its job summary has the full report); empty outside a runner. */
  link: string;
  runId: string | null;
  /** Applied to every record and line before rendering. Default: none. */
  redactor?: Redactor;
  /** The latest progress of running tasks whose agent reports it (claude in stream mode). */
  progress?: ReadonlyMap<string, AgentProgress>;
}

function startedBy(ctx: RunCommentContext): string {
  return `Started by ${escapeMarkdown(ctx.description)}.`;
}

/**
 * The live comment while tasks run (also the first one, all queued): the same shape as the final
 * comment — headline, then a line per running task, then one row per task — without the details,
 * which only exist once the run is over.
 */
export function renderProgressComment(opts: RunCommentContext & { records: readonly TaskRecord[]; now: number }): string {
  const redactor = opts.redactor ?? identity;
  const records = redactor.deep([...opts.records]);
  const busy = records.some((r) => r.status === 'queued' || r.status === 'running');
  const done = records.filter((r) => r.status !== 'queued' && r.status !== 'running').length;
  const heading = busy
    ? `### 🔄 agent-fanout: ${done} of ${plural(records.length, 'task')} done`
    : `### ⏳ agent-fanout: ${plural(records.length, 'task')} done; pushing branches and opening pull requests`;
  const startedAt = Math.min(...records.map((r) => r.queuedAt));
  const headline = renderCompactHeadline({ tasks: records, wallMs: records.length ? Math.max(0, opts.now - startedAt) : 0, final: null });
  const running = renderRunningLines(records, opts.now, opts.progress);
  const render = (detail: boolean) => () =>
    redactor.text(
      [
        heading,
        `${headline}\n${startedBy(opts)}`,
        ...(running ? [`**Running now**\n${running}`] : []),
        renderCompactTaskTable(records, { now: opts.now, detail }),
      ].join('\n\n') +
        errorList(redactor.deep([...opts.errors])) +
        footer(opts.link, opts.runId),
    );
  return firstThatFits([render(true), render(false)], COMMENT_BUDGET, 'the job summary has every task');
}

/** The list of branches and pull requests, for the job summary. */
export function renderPublications(publications: readonly Publication[]): string {
  if (publications.length === 0) return '';
  const lines = publications.map((p) => {
    const what = p.pr ? `[#${p.pr.number}](${p.pr.url})${p.pr.created ? '' : ' (updated)'}` : escapeMarkdown(p.note);
    return `- ${codeOrText(p.taskId)}: ${what}${p.branch && p.pushed ? ` · branch ${codeOrText(p.branch)}` : ''}`;
  });
  return `### Pull requests\n\n${lines.join('\n')}\n`;
}

/** The PR column of the issue comment: the PR, else the pushed branch, else why there is neither. */
function publicationCells(publications: readonly Publication[]): Record<string, PrCell> {
  const cells: Record<string, PrCell> = {};
  for (const p of publications) {
    if (p.pr) cells[p.taskId] = { url: p.pr.url };
    else if (p.pushed && p.branch) cells[p.taskId] = { branch: p.branch };
    else if (/failed/.test(p.note)) cells[p.taskId] = { note: '⚠️ not published' };
  }
  return cells;
}

/** Publication problems (a push or a PR that failed), for the comment's problem list. */
function publicationProblems(publications: readonly Publication[]): string[] {
  return publications.filter((p) => !p.pr && / failed: /.test(p.note)).map((p) => `task '${p.taskId}': ${p.note}`);
}

function finalHeading(result: RunResult): string {
  const { tasks, run } = result;
  const allGood = tasks.length > 0 && run.succeeded === tasks.length;
  return `### ${allGood ? '✅' : '❌'} agent-fanout: ${run.succeeded} of ${plural(tasks.length, 'task')} succeeded`;
}

/**
 * The final issue comment: the headline, one short row per task with its PR, conflicts and problems;
 * the run's figures (timeline, resources, phases, holds) collapsed; the full report is the job summary.
 */
export function renderFinalComment(
  opts: RunCommentContext & {
    result: RunResult;
    publications: readonly Publication[];
    conflicts: readonly ConflictNote[];
    /** What the collapsed details hold instead of this run's (e.g. the combined report of a run's shards). */
    details?: string;
  },
): string {
  const redactor = opts.redactor ?? identity;
  const result = redactor.deep(opts.result);
  const { tasks, run } = result;
  const prCells = publicationCells(opts.publications);
  const prLinks = Object.fromEntries(Object.entries(prCells).flatMap(([id, c]) => ('url' in c ? [[id, c.url]] : [])));
  const errors = redactor.deep([...opts.errors, ...publicationProblems(opts.publications)]);
  const headline = renderCompactHeadline({ tasks, wallMs: run.wallMs, final: run });
  const conflicts = opts.conflicts.length
    ? `**⚠️ Conflicts**: merging both of a pair conflicts in these files; whichever is merged second needs them resolved.\n${renderConflictList(opts.conflicts, { prLinks })}`
    : '';
  const details = `<details><summary>Run details: timeline, resources, phases</summary>\n\n${opts.details ?? renderRunDetails(result)}\n\n</details>`;
  const render = (detail: boolean, withDetails: boolean) => () =>
    redactor.text(
      [
        finalHeading(result),
        `${headline}\n${startedBy(opts)}`,
        renderCompactTaskTable(tasks, { prCells, detail }),
        ...(conflicts ? [conflicts] : []),
      ].join('\n\n') +
        errorList(errors) +
        (withDetails ? `\n\n${details}` : '') +
        footer(opts.link, opts.runId, true),
    );
  return firstThatFits([render(true, true), render(false, true), render(false, false)], COMMENT_BUDGET, 'the job summary has the full report');
}

/** No task could be found: how to link prompts, and what went wrong. */
export function renderNoTasksComment(opts: {
  number: number;
  promptDirs: readonly string[];
  baseRef: string;
  errors: readonly string[];
  link: string;
}): string {
  const dir = opts.promptDirs[0] ?? 'prompts';
  return (
    `### agent-fanout: no prompt files to run\n\n` +
    `Nothing was started for #${opts.number}. Link prompt files in the description, by path ` +
    `(\`${dir}/add-login.md\`), as a Markdown link or a GitHub file link; or list the issue in a ` +
    `prompt file's front matter (\`issue: ${opts.number}\`). Prompt files are read from ` +
    `${opts.promptDirs.map((d) => codeOrText(d)).join(', ')} as committed on ${codeOrText(opts.baseRef)}, ` +
    `so new prompt files must be merged there first.` +
    errorList(opts.errors) +
    footer(opts.link, null)
  );
}

/** The run could not start or crashed: what went wrong, where to look. */
export function renderFailedComment(message: string, link: string, runId: string | null): string {
  return `### ❌ agent-fanout: the run failed\n\n${fenced(truncate(message, 4000))}${footer(link, runId)}`;
}

export function renderRefusedComment(reason: string, link: string): string {
  return `### agent-fanout: not started\n\n${escapeMarkdown(reason)}.${footer(link, null)}`;
}

/** HTML text: for `<summary>` and other raw HTML, where Markdown escapes do not apply. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/@/g, '@&#8203;');
}

/** Where a list item's text starts (`- `, `* `, `12. `), so wrapped lines can line up with it. */
const LIST_ITEM = /^(\s*(?:[-*+]|\d{1,3}[.)])\s+)/;

/**
 * Soft-wraps long prose lines at spaces, for a code block (GitHub does not wrap those: a paragraph on
 * one line would scroll sideways). Lines inside the text's own code fences, table rows and indented
 * code are kept as they are; a list item's continuation lines are indented under its text.
 */
export function wrapProse(text: string, width = 90): string {
  let inFence = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || line.length <= width || /^\s*\|/.test(line) || /^( {4}|\t)/.test(line)) {
      out.push(line);
      continue;
    }
    const indent = ' '.repeat((LIST_ITEM.exec(line)?.[1] ?? /^\s*/.exec(line)![0]).length);
    let rest = line;
    while (rest.length > width) {
      // At the last space that fits; a word longer than the line (a URL) is kept whole.
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= indent.length) cut = rest.indexOf(' ', width);
      if (cut < 0) break;
      out.push(rest.slice(0, cut).trimEnd());
      rest = indent + rest.slice(cut + 1).trimStart();
    }
    out.push(rest);
  }
  return out.join('\n');
}

/** Another task's pull request of the same run. */
export interface SiblingPull {
  taskId: string;
  title: string;
  number: number;
  url: string;
}

export interface PullBodyInput {
  record: TaskRecord;
  /** The prompt the agent was given (the prompt file without its front matter); null when unknown. */
  prompt: string | null;
  /** The issue or PR the run belongs to (`Refs #N`). */
  issue: number | null;
  runId: string;
  /** The workflow run; empty outside a runner. */
  link: string;
  /** The run's comment on the issue, listing every task; null when there is none. */
  runCommentUrl: string | null;
  /** The prompt file as committed on the base, on GitHub; null when unknown. */
  promptUrl: string | null;
  /** Every pull request of the run (this one is left out). */
  siblings: readonly SiblingPull[];
  /** Every conflicting pair of the run (only this task's are shown). */
  conflicts: readonly ConflictNote[];
  /** Applied to the record, the prompt and the whole body. Default: none. */
  redactor?: Redactor;
}

/** How much of each long part a body shows; smaller limits are tried when a body would not fit. */
interface PullBodyLimits {
  message: number;
  prompt: number;
  siblings: number;
  siblingTitles: boolean;
}

const PULL_BODY_LIMITS: readonly PullBodyLimits[] = [
  { message: 20_000, prompt: 20_000, siblings: 100, siblingTitles: true },
  { message: 12_000, prompt: 6_000, siblings: 50, siblingTitles: false },
  { message: 6_000, prompt: 2_000, siblings: 20, siblingTitles: false },
];

function pullHeader(input: PullBodyInput, record: TaskRecord): string {
  const attempts = formatAttempts(record);
  const status = `${statusEmoji(record.status)} ${statusLabel(record.status)}${attempts ? ` (${attempts})` : ''}${record.reason ? `: ${escapeCell(record.reason, 120)}` : ''}`;
  const file = input.promptUrl ? `[${codeOrText(record.file)}](${input.promptUrl})` : codeOrText(record.file);
  const cells = [
    codeOrText(record.id),
    file,
    status,
    taskRan(record) ? formatDuration(taskDurationMs(record)) : '–',
    formatCost(taskCostUsd(record)),
    record.agent?.turns !== undefined ? String(record.agent.turns) : '–',
    formatChanges(record.filesChanged, record.insertions, record.deletions),
  ];
  const run = input.runCommentUrl ? ` Every task of this run is in [the run's comment](${input.runCommentUrl}).` : '';
  return (
    '| Task | Prompt | Status | Duration | Cost | Turns | Files changed |\n|---|---|---|---|---|---|---|\n' +
    `| ${cells.join(' | ')} |\n\n` +
    `<sub>An agent made these changes: review them like any contribution.${run}</sub>`
  );
}

function pullMessage(input: PullBodyInput, record: TaskRecord, max: number): string {
  const text = record.agent?.finalText?.trim();
  if (!text) return `### What the agent says it did\n\n_The agent left no final message${input.link ? `; its output is in the [workflow run](${input.link})'s log` : ''}._`;
  const chars = [...text];
  const shown = chars.length > max ? chars.slice(0, max).join('') : text;
  const note =
    chars.length > max
      ? `\n\n_Truncated: the message has ${chars.length.toLocaleString('en-US')} characters, the first ${max.toLocaleString('en-US')} are shown` +
        `${input.link ? `; all of it is in the task's output in the [workflow run](${input.link})'s log` : ''}._`
      : '';
  return `### What the agent says it did\n\n${fenced(wrapProse(shown))}${note}`;
}

/**
 * The task's checks: a passed line, or a "checks failed" section with the last lines of the output;
 * for a best-of-N task, every attempt with its ref. Empty without either.
 */
function pullVerification(input: PullBodyInput, record: TaskRecord): string {
  const parts: string[] = [];
  const check = record.verify;
  if (check?.passed) parts.push(`### ✅ Checks passed\n\n${renderCheckLine(check)}, on a fresh checkout of this branch in the task's sandbox.`);
  else if (check) {
    parts.push(
      `### ❌ Checks failed\n\n${renderCheckLine(check)}, on a fresh checkout of this branch in the task's sandbox. ` +
        `The branch holds the result as the agent left it.\n\nThe last lines of its output:\n\n${renderCheckOutput(check)}`,
    );
  }
  const bestOf = record.bestOf;
  if (bestOf && Array.isArray(bestOf.attempts)) {
    const pattern = `refs/fanout/attempts/${input.runId}/${record.id}/*`;
    parts.push(
      `### Attempts\n\n${renderBestOfLine({ id: record.id, bestOf })}\n\n${renderAttemptsTable(bestOf.attempts)}\n\n` +
        `<sub>Every attempt with a result is pushed under its ref: \`git fetch origin '${pattern}:${pattern}'\`.</sub>`,
    );
  }
  return parts.join('\n\n');
}

function pullPrompt(input: PullBodyInput, record: TaskRecord, prompt: string | null, max: number): string {
  if (prompt === null || !prompt.trim()) return '';
  const chars = [...prompt.trim()];
  const shown = chars.length > max ? chars.slice(0, max).join('') : prompt.trim();
  const whole = input.promptUrl ? `[${codeOrText(record.file)}](${input.promptUrl})` : codeOrText(record.file);
  const note = chars.length > max ? `\n\n_Truncated: the first ${max.toLocaleString('en-US')} of ${chars.length.toLocaleString('en-US')} characters; the whole prompt is ${whole}._` : '';
  return `<details><summary>What the agent was asked: <code>${escapeHtml(record.file)}</code></summary>\n\n${fenced(shown, 'markdown')}${note}\n\n</details>`;
}

function pullConflicts(input: PullBodyInput, record: TaskRecord): string {
  const mine = input.conflicts.filter((c) => c.a === record.id || c.b === record.id);
  if (!mine.length) return '';
  const pulls = new Map(input.siblings.map((s) => [s.taskId, s]));
  const lines = mine.slice(0, 30).map((c) => {
    const other = c.a === record.id ? c.b : c.a;
    const pull = pulls.get(other);
    const files = c.files.slice(0, 10).map((f) => codeOrText(f));
    if (c.files.length > 10) files.push(`and ${c.files.length - 10} more`);
    return `- ${pull ? `${renderPrLink(pull.url)} ` : ''}${codeOrText(other)}${pull ? '' : ' (no pull request)'}: ${files.join(', ')}`;
  });
  if (mine.length > 30) lines.push(`- … and ${mine.length - 30} more`);
  return (
    '### ⚠️ Conflicts with other tasks of this run\n\n' +
    'Merged one after the other, this pull request and each of these conflict in the files listed; ' +
    'whichever is merged second needs them resolved.\n\n' +
    lines.join('\n')
  );
}

function pullSiblings(input: PullBodyInput, record: TaskRecord, limits: PullBodyLimits): string {
  const others = input.siblings.filter((s) => s.taskId !== record.id);
  if (!others.length) return '';
  const lines = others.slice(0, limits.siblings).map((s) => {
    const title = limits.siblingTitles && s.title && s.title !== s.taskId ? ` — ${escapeCell(s.title, 80)}` : '';
    return `- ${renderPrLink(s.url)} ${codeOrText(s.taskId)}${title}`;
  });
  if (others.length > limits.siblings) {
    lines.push(`- … and ${others.length - limits.siblings} more${input.runCommentUrl ? ` in [the run's comment](${input.runCommentUrl})` : ''}`);
  }
  return `### Other pull requests of this run\n\n${lines.join('\n')}`;
}

/**
 * The body of a task's pull request, in reading order: what the task is and how it went, what the
 * agent says it did, its checks (verify; the attempts of a best-of-N task), what it was asked,
 * conflicts with its siblings, the siblings.
 * Rendered again (and the PR edited in place) when siblings appear or the task runs again.
 */
export function renderPullBody(input: PullBodyInput): string {
  const redactor = input.redactor ?? identity;
  const record = redactor.deep(input.record);
  const prompt = input.prompt === null ? null : redactor.text(input.prompt);
  const render = (limits: PullBodyLimits) => () => {
    const sections = [
      ...(input.issue !== null ? [`Refs #${input.issue}`] : []),
      pullHeader(input, record),
      pullMessage(input, record, limits.message),
      // What the checks say comes right after what the agent claims, before what it was asked.
      pullVerification(input, record),
      pullPrompt(input, record, prompt, limits.prompt),
      pullConflicts(input, record),
      pullSiblings(input, record, limits),
    ];
    return redactor.text(sections.filter(Boolean).join('\n\n') + footer(input.link, input.runId));
  };
  return firstThatFits(PULL_BODY_LIMITS.map(render), MAX_BODY_CHARS, 'the branch and the workflow run have everything');
}
