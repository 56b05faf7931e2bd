/**
 * The shapes of what reviewers read on GitHub: the issue comment (in progress and final) and a task's
 * pull request body, from the fixture runs the docs screenshots use.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, stickyBody } from '../src/github/comments.js';
import { renderFinalComment, renderProgressComment, renderPullBody, wrapProse, type PullBodyInput, type SiblingPull } from '../src/github/render.js';
import { createRedactor } from '../src/report/index.js';
import {
  COMMENT_URL,
  inProgressRecords,
  largeRun,
  LEAKED_SECRET,
  realisticPublications,
  realisticRun,
  REALISTIC_CONFLICTS,
  REALISTIC_PROMPTS,
  REPO_URL,
  RUN_LINK,
} from './support/report-fixtures.js';

const redactor = createRedactor([LEAKED_SECRET]);
const ctx = { description: "label 'fanout' added to issue #42", errors: [] as string[], link: RUN_LINK, runId: 'run-1', redactor };

function siblingsOf(publications = realisticPublications()): SiblingPull[] {
  return publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, title: p.title, number: p.pr.number, url: p.pr.url }] : []));
}

function pullInput(taskIndex: number, patch: Partial<PullBodyInput> = {}): PullBodyInput {
  const result = realisticRun();
  const record = result.tasks[taskIndex];
  return {
    record,
    prompt: REALISTIC_PROMPTS[record.id],
    issue: 42,
    runId: result.run.id,
    link: RUN_LINK,
    runCommentUrl: COMMENT_URL,
    promptUrl: `${REPO_URL}/blob/${result.run.baseCommit}/${record.file}`,
    siblings: siblingsOf(),
    conflicts: REALISTIC_CONFLICTS,
    redactor,
    ...patch,
  };
}

/** The `## ` / `### ` headings and `<summary>`s of a Markdown text, in order, outside code blocks. */
function outline(markdown: string): string[] {
  const prose = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
  return [...prose.matchAll(/^#{2,3} (.+)$|<summary>(.+?)<\/summary>/gm)].map((m) => m[1] ?? m[2]);
}

function finalComment(): string {
  return renderFinalComment({ ...ctx, result: realisticRun(), publications: realisticPublications(), conflicts: REALISTIC_CONFLICTS });
}

describe('the issue comment when the run is over', () => {
  it('starts with the headline: outcome, counts, wall time, speedup, cost', () => {
    const lines = finalComment().split('\n');
    expect(lines[0]).toBe('### ❌ agent-fanout: 4 of 5 tasks succeeded');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^\*\*5 tasks\*\* · ✅ 4 succeeded · ❌ 1 failed · wall \*\*7m 11s\*\* · speedup \*\*2\.96×\*\* · cost \*\*\$6\.40\*\*$/);
  });

  it('has one short row per task with its PR, then conflicts, then everything else collapsed', () => {
    const text = finalComment();
    const rows = text.split('\n').filter((l) => /^\| (✅|❌|⏭️|🚫|⏱️|💥) /.test(l));
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.split(/(?<!\\)\|/).length === 8)).toBe(true);
    expect(rows[0]).toContain('[#57](https://github.com/acme/webshop/pull/57)');
    // A failed task's pushed branch stands where its PR would.
    expect(rows[3]).toMatch(/^\| ❌ failed: agent stopped at its turn limit .* \| `fanout\/42\/migrate-orders` \|/);
    const table = text.indexOf('| Status | Task | PR |');
    const conflicts = text.indexOf('**⚠️ Conflicts**');
    const details = text.indexOf('<details><summary>Run details: timeline, resources, phases</summary>');
    expect(table).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(table);
    expect(details).toBeGreaterThan(conflicts);
    // The figures, the gantt and the phases are inside the details, not before them.
    const before = text.slice(0, details);
    const inside = text.slice(details, text.indexOf('</details>'));
    for (const part of ['```mermaid', '| Peak concurrency |', 'Phase `wait` (median)', 'sum of task time', 'efficiency']) {
      expect(before).not.toContain(part);
      expect(inside).toContain(part);
    }
    expect(text).toContain('- [#57](https://github.com/acme/webshop/pull/57) `add-login` and [#59](https://github.com/acme/webshop/pull/59) `document-api`: `README.md`');
  });

  it('lists failed pushes and PRs as problems, and names the job summary as the full report', () => {
    const publications = realisticPublications();
    publications[1] = { ...publications[1], pr: null, note: 'pull request for fanout/42/fix-date-parsing failed: Validation Failed' };
    const text = renderFinalComment({ ...ctx, result: realisticRun(), publications, conflicts: [] });
    expect(text).toContain("**Problems**\n- task 'fix\\-date\\-parsing': pull request for fanout/42/fix\\-date\\-parsing failed: Validation Failed");
    expect(text).not.toContain('**⚠️ Conflicts**');
    expect(text).toMatch(/full report in the \[workflow run\]\(https:\/\/github\.com\/acme\/webshop\/actions\/runs\/12081234567\)'s summary/);
  });
});

describe('the issue comment while the run is going', () => {
  it('has the same shape: headline first, a line per running task, a row per task', () => {
    const { records, now } = inProgressRecords();
    const text = renderProgressComment({ ...ctx, records, now });
    const lines = text.split('\n');
    expect(lines[0]).toBe('### 🔄 agent-fanout: 1 of 5 tasks done');
    expect(lines[2]).toBe('**5 tasks** · ✅ 1 succeeded · 🔄 3 running · ⏳ 1 queued · elapsed **3m 10s** · cost so far **$0.46**');
    const running = lines.filter((l) => l.startsWith('- 🔄 '));
    expect(running).toEqual([
      '- 🔄 `add-login` — Add a login form · agent running for 3m 08s',
      '- 🔄 `document-api` — Document the REST API · agent running for 3m 07s',
      '- 🔄 `bump-deps` — Bump the test dependencies · preparing for 1.5s',
    ]);
    expect(lines.filter((l) => /^\| (✅|🔄|⏳) /.test(l))).toHaveLength(5);
    expect(text.indexOf('**Running now**')).toBeLessThan(text.indexOf('| Status | Task | PR |'));
    // Nothing is measured for the run yet: no details.
    expect(text).not.toContain('<details>');
  });

  it('says when every task is done and publishing is under way', () => {
    const text = renderProgressComment({ ...ctx, records: realisticRun().tasks, now: Date.now() });
    expect(text).toMatch(/^### ⏳ agent-fanout: 5 tasks done; pushing branches and opening pull requests\n/);
    expect(text).not.toContain('**Running now**');
  });
});

describe('a task pull request body', () => {
  it('is about that task: header, what the agent says it did, the prompt collapsed, conflicts, siblings', () => {
    const body = renderPullBody(pullInput(0));
    expect(body.startsWith('Refs #42\n\n| Task | Prompt | Status | Duration | Cost | Turns | Files changed |\n')).toBe(true);
    expect(body).toContain(
      '| `add-login` | [`prompts/add-login.md`](https://github.com/acme/webshop/blob/a3f1c9e07b2d4c58e6f0a1b2c3d4e5f607182930/prompts/add-login.md) | ✅ succeeded | 6m 50s | $1.87 | 31 | 3 (+248/-11) |',
    );
    expect(body).toContain(`[the run's comment](${COMMENT_URL})`);
    expect(outline(body)).toEqual([
      'What the agent says it did',
      'What the agent was asked: <code>prompts/add-login.md</code>',
      '⚠️ Conflicts with other tasks of this run',
      'Other pull requests of this run',
    ]);
    const message = /### What the agent says it did\n\n(`{3,})text\n([\s\S]*?)\n\1/.exec(body)![2];
    expect(message).toContain('I added the login form and wired it to the existing session API.');
    const prompt = /<details><summary>What the agent was asked: <code>prompts\/add-login\.md<\/code><\/summary>\n\n```markdown\n([\s\S]*?)\n```\n\n<\/details>/.exec(body)![1];
    expect(prompt).toBe(REALISTIC_PROMPTS['add-login']);
    expect(body).toContain('- [#59](https://github.com/acme/webshop/pull/59) `document-api`: `README.md`');
    expect(body).toContain('- [#58](https://github.com/acme/webshop/pull/58) `fix-date-parsing` — Fix order dates shown a day early');
    // Its own PR is not its sibling; no whole-run figures.
    expect(body).not.toContain('[#57]');
    expect(body).not.toContain('```mermaid');
    expect(body).not.toContain('Peak concurrency');
  });

  it('says how many attempts a retried task took, and its cost over all of them', () => {
    const record = realisticRun().tasks[0];
    const attempts = [
      { attempt: 1, startedAt: 0, finishedAt: 1, status: 'failed' as const, reason: 'HTTP 529', durationMs: 1, costUsd: 0.13, transient: true },
      { attempt: 2, startedAt: 2, finishedAt: 3, status: 'succeeded' as const, durationMs: 1, costUsd: record.agent!.costUsd! },
    ];
    const body = renderPullBody(pullInput(0, { record: { ...record, attempts } }));
    expect(body).toContain('| ✅ succeeded (2 attempts) | 6m 50s | $2.00 | 31 |');
  });

  it('has no verification section while tasks carry no verification result', () => {
    expect(renderPullBody(pullInput(1))).not.toMatch(/verif/i);
  });

  it('shows conflicts only on the tasks that have them, and says when there is no final message', () => {
    const body = renderPullBody(pullInput(1, { record: { ...realisticRun().tasks[1], agent: { ok: true } } }));
    expect(body).not.toContain('Conflicts');
    expect(body).toContain(`_The agent left no final message; its output is in the [workflow run](${RUN_LINK})'s log._`);
  });

  it('redacts the secrets agents were given from the final message, the reason and the prompt', () => {
    const record = { ...realisticRun().tasks[0], reason: `odd: ${LEAKED_SECRET}` };
    const prompt = `Use ${LEAKED_SECRET} for the checkout tests.`;
    const body = renderPullBody(pullInput(0, { record, prompt }));
    expect(body).not.toContain(LEAKED_SECRET);
    expect(body).toContain('I used the Stripe test key from the environment (***) only');
    expect(body).toContain('Use *** for the checkout tests.');
    expect(body).toContain('odd: \\*\\*\\*');
  });

  it('cannot be made to mention people or render HTML by the agent', () => {
    const record = { ...realisticRun().tasks[0], agent: { ok: true, finalText: '@everyone <img src=x> ```\n# done' } };
    const body = renderPullBody(pullInput(0, { record }));
    const block = /### What the agent says it did\n\n(`{3,})text\n([\s\S]*?)\n\1/.exec(body);
    expect(block?.[2]).toBe('@everyone <img src=x> ```\n# done');
    expect(body.replace(block![0], '')).not.toMatch(/@everyone|<img/);
  });

  it('truncates a long final message and a long prompt with a note', () => {
    const record = { ...realisticRun().tasks[0], agent: { ok: true, finalText: 'x '.repeat(30_000) } };
    const body = renderPullBody(pullInput(0, { record, prompt: 'y '.repeat(30_000) }));
    expect(body).toContain(`_Truncated: the message has 59,999 characters, the first 20,000 are shown; all of it is in the task's output in the [workflow run](${RUN_LINK})'s log._`);
    expect(body).toMatch(/_Truncated: the first 20,000 of 59,999 characters; the whole prompt is \[`prompts\/add-login\.md`\]\(https:[^)]+\)\._/);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });
});

describe('a run of 100 tasks with long titles, reasons, prompts and final messages', () => {
  const large = largeRun();

  it('keeps every PR body under GitHub’s 65,536 characters, with the header and the message first', () => {
    const siblings = siblingsOf(large.publications);
    for (const record of large.result.tasks) {
      const body = renderPullBody({
        record,
        prompt: large.prompts.get(record.id)!,
        issue: 42,
        runId: large.result.run.id,
        link: RUN_LINK,
        runCommentUrl: COMMENT_URL,
        promptUrl: null,
        siblings,
        conflicts: large.conflicts,
        redactor,
      });
      expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
      expect(body.startsWith('Refs #42\n\n| Task | Prompt |')).toBe(true);
      expect(body).toContain('### What the agent says it did');
      expect(body).toContain('_Truncated: the message has');
      expect(body).not.toContain('characters omitted');
    }
  });

  it('keeps the issue comment under the limit with the headline first and a row for every task', () => {
    const final = renderFinalComment({ ...ctx, result: large.result, publications: large.publications, conflicts: large.conflicts });
    expect(stickyBody('run', final).length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(final).toMatch(/^### ❌ agent-fanout: 90 of 100 tasks succeeded\n\n\*\*100 tasks\*\* · ✅ 90 succeeded · ❌ 10 failed · wall /);
    expect(final.split('\n').filter((l) => /^\| (✅|❌) /.test(l))).toHaveLength(100);
    expect(final).toContain('<details><summary>Run details');
    expect(final).toContain('- … and 40 more pairs (all in the job summary)');
    expect(final).not.toContain('characters omitted');

    const progress = renderProgressComment({ ...ctx, records: large.result.tasks, now: Date.now() });
    expect(stickyBody('run', progress).length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });
});

describe('wrapProse', () => {
  it('wraps long prose lines at spaces, under list items, and leaves code, tables and long words alone', () => {
    const long = 'word '.repeat(30).trim();
    const text = [`- ${long}`, '```', long, '```', `| ${long} |`, 'x'.repeat(120)].join('\n');
    const lines = wrapProse(text, 40).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '- word word word word word word word',
      '  word word word word word word word',
      '  word word word word word word word',
      '  word word word word word word word',
    ]);
    expect(lines).toContain(long);
    expect(lines).toContain(`| ${long} |`);
    expect(lines).toContain('x'.repeat(120));
    expect(lines.filter((l) => l.startsWith('- ') || l.startsWith('  word')).every((l) => l.length <= 40)).toBe(true);
  });
});
