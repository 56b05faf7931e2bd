/**
 * The Markdown of the action's comments and pull request bodies. Pure. Everything that comes from
 * prompt files or agents is untrusted: it goes through the report module's escaping, or into a
 * fenced code block (no mentions, no HTML, no links are rendered there).
 */
import type { AgentProgress } from '../agents/types.js';
import type { TaskRecord } from '../model.js';
import { codeOrText, escapeMarkdown, plural, truncate } from '../report/format.js';
import { renderProgressTable, renderTaskRow, renderTaskTableHeader } from '../report/index.js';

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

/** A fenced code block that the text cannot close: the fence is longer than any backtick run in it. */
export function fenced(text: string, lang = 'text'): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/** A link to the workflow run, or an empty string outside a runner. */
export function runLink(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function footer(link: string, runId: string | null): string {
  const parts = [];
  if (link) parts.push(`[workflow run](${link})`);
  if (runId) parts.push(`run ${codeOrText(runId)}`);
  return parts.length ? `\n\n<sub>agent-fanout · ${parts.join(' · ')}</sub>` : '';
}

function errorList(errors: readonly string[]): string {
  return errors.length ? `\n\n**Problems**\n${errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n')}` : '';
}

/** The live comment while tasks run (also the initial one, all queued). */
export function renderProgressComment(opts: {
  records: readonly TaskRecord[];
  now: number;
  description: string;
  errors: readonly string[];
  link: string;
  runId: string | null;
  /** The latest progress of running tasks whose agent reports it. */
  progress?: ReadonlyMap<string, AgentProgress>;
}): string {
  const busy = opts.records.some((r) => r.status === 'queued' || r.status === 'running');
  const heading = busy
    ? `### 🔄 agent-fanout: ${plural(opts.records.length, 'task')} running`
    : `### ⏳ agent-fanout: ${plural(opts.records.length, 'task')} done; pushing branches and opening pull requests`;
  return (
    `${heading}\n\n` +
    `Started by ${escapeMarkdown(opts.description)}.\n\n` +
    renderProgressTable(opts.records, opts.now, opts.progress) +
    errorList(opts.errors) +
    footer(opts.link, opts.runId)
  );
}

/** The list of branches and pull requests, for the final comment and the job summary. */
export function renderPublications(publications: readonly Publication[]): string {
  if (publications.length === 0) return '';
  const lines = publications.map((p) => {
    const what = p.pr ? `[#${p.pr.number}](${p.pr.url})${p.pr.created ? '' : ' (updated)'}` : escapeMarkdown(p.note);
    return `- ${codeOrText(p.taskId)}: ${what}${p.branch && p.pushed ? ` · branch ${codeOrText(p.branch)}` : ''}`;
  });
  return `### Pull requests\n\n${lines.join('\n')}\n`;
}

/** The final comment: the run summary, then what was published. */
export function renderFinalComment(opts: { summary: string; publications: readonly Publication[]; link: string; runId: string }): string {
  const pubs = renderPublications(opts.publications);
  return `${opts.summary.trimEnd()}${pubs ? `\n\n${pubs.trimEnd()}` : ''}${footer(opts.link, opts.runId)}`;
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

/** The body of a task's pull request. */
export function renderPullBody(opts: {
  record: TaskRecord;
  issue: number | null;
  runId: string;
  link: string;
  logTail: string;
  siblings: readonly { taskId: string; number: number; url: string }[];
}): string {
  const { record } = opts;
  const parts: string[] = [];
  if (opts.issue !== null) parts.push(`Refs #${opts.issue}`);
  parts.push(
    `Opened by agent-fanout for task ${codeOrText(record.id)} (${codeOrText(record.file)}). ` +
      'Review it like any contribution: the changes were made by an agent.',
  );
  parts.push(`${renderTaskTableHeader()}\n${renderTaskRow(record)}`);
  const final = record.agent?.finalText?.trim();
  if (final) parts.push(`### Agent's final message\n\n${fenced(truncate(final, 8000))}`);
  if (opts.logTail.trim()) {
    parts.push(`<details><summary>Log tail</summary>\n\n${fenced(opts.logTail)}\n\n</details>`);
  }
  const siblings = opts.siblings.filter((s) => s.taskId !== record.id);
  if (siblings.length) {
    parts.push(`### Sibling pull requests\n\n${siblings.map((s) => `- [#${s.number}](${s.url}) ${codeOrText(s.taskId)}`).join('\n')}`);
  }
  return parts.join('\n\n') + footer(opts.link, opts.runId);
}
