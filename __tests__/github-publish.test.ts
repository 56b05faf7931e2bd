import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Git } from '../src/git/index.js';
import { createGitHubClient } from '../src/github/client.js';
import { publishResults } from '../src/github/publish.js';
import { fenced, renderFailedComment, renderNoTasksComment, renderProgressComment, tail } from '../src/github/render.js';
import { silentLogger } from '../src/core/logger.js';
import type { RunResult, TaskRecord } from '../src/core/model.js';
import { createRedactor } from '../src/report/index.js';
import { attemptEntry } from '../src/run/attempts.js';
import { taskRecord } from './support/factories.js';

const API = 'https://api.github.test';
const octokit = createGitHubClient('ghs_test', { baseUrl: API, logger: silentLogger, retryBaseMs: 1, throttle: false });
const dirs: string[] = [];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-publish-'));
  dirs.push(dir);
  return dir;
}

/** A clone of a bare origin, plus a local task branch per entry (with a commit when it has files). */
function makeCheckout(branches: Record<string, Record<string, string> | null>): { work: string; origin: string; commits: Record<string, string | null> } {
  const origin = tempDir();
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const work = tempDir();
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'config', 'user.name', 'T');
  git(work, 'config', 'user.email', 't@test.invalid');
  fs.writeFileSync(path.join(work, 'README.md'), 'hi\n');
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'base');
  git(work, 'remote', 'add', 'origin', origin);
  git(work, 'push', '-q', 'origin', 'main');
  const commits: Record<string, string | null> = {};
  for (const [branch, files] of Object.entries(branches)) {
    git(work, 'branch', branch, 'main');
    if (!files) {
      commits[branch] = null;
      continue;
    }
    git(work, 'checkout', '-q', branch);
    for (const [f, c] of Object.entries(files)) fs.writeFileSync(path.join(work, f), c);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', branch);
    commits[branch] = git(work, 'rev-parse', 'HEAD');
    git(work, 'checkout', '-q', 'main');
  }
  return { work, origin, commits };
}

function record(id: string, patch: Partial<TaskRecord>): TaskRecord {
  return taskRecord(id, {
    title: `Task ${id}`,
    branch: null,
    queuedAt: 0,
    readyAt: 0,
    startedAt: 0,
    agentStartedAt: 0,
    agentFinishedAt: 1000,
    finishedAt: 1000,
    durationMs: 1000,
    queueWaitMs: 0,
    overheadMs: 0,
    ...patch,
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('publishResults', () => {
  test('pushes branches with changes, opens PRs for successful tasks only, and links siblings', async () => {
    const { work, origin, commits } = makeCheckout({
      'fanout/7/a': { 'a.txt': 'a\n' },
      'fanout/7/b': { 'b.txt': 'b\n' },
      'fanout/7/c': { 'c.txt': 'c\n' },
      'fanout/7/d': null,
    });
    const tasks = [
      record('a', { branch: 'fanout/7/a', commit: commits['fanout/7/a'], filesChanged: 1, agent: { ok: true, finalText: 'Done: added a.txt with key sk-secret-0001' } }),
      record('b', { branch: 'fanout/7/b', commit: commits['fanout/7/b'], status: 'failed', reason: 'exit 1' }),
      record('c', { branch: 'fanout/7/c', commit: commits['fanout/7/c'] }),
      record('d', { branch: 'fanout/7/d', commit: null }),
    ];
    const result = { version: 1, run: { id: 'run-1', baseCommit: 'e'.repeat(40) }, tasks } as unknown as RunResult;

    const created: { head: string; base: string; body: string; draft: boolean }[] = [];
    const updated: { n: string; body: string }[] = [];
    let next = 40;
    const scope = nock(API)
      .get('/repos/acme/app/pulls')
      .query(true)
      .times(2)
      .reply(200, [])
      .post('/repos/acme/app/pulls')
      .times(2)
      // nock 15 hands reply functions the fetch Request.
      .reply(201, async (req: Request) => {
        created.push((await req.json()) as (typeof created)[number]);
        const number = ++next;
        return { number, html_url: `https://github.test/acme/app/pull/${number}` };
      })
      .patch(/\/repos\/acme\/app\/pulls\/\d+/)
      .reply(200, async (req: Request) => {
        updated.push({ n: req.url.split('/').pop()!, body: ((await req.json()) as { body: string }).body });
        return {};
      });

    const pubs = await publishResults({
      octokit,
      owner: 'acme',
      repo: 'app',
      git: await Git.create(work),
      result,
      issue: 7,
      baseBranch: 'main',
      createPr: 'draft',
      token: 'ghs_test',
      link: 'https://github.test/acme/app/actions/runs/1',
      prompts: new Map([['a', '# Add a\n\nWrite a.txt.']]),
      conflicts: [{ a: 'a', b: 'c', files: ['shared.txt'] }],
      runCommentUrl: 'https://github.test/acme/app/issues/7#issuecomment-9',
      repoUrl: 'https://github.test/acme/app',
      redactor: createRedactor(['sk-secret-0001']),
      logger: silentLogger,
    });
    expect(scope.isDone()).toBe(true);

    expect(pubs.map((p) => [p.taskId, p.pushed, p.pr?.number ?? null, p.note])).toEqual([
      ['a', true, 41, ''],
      ['b', true, null, 'failed: branch pushed for inspection, no pull request'],
      ['c', true, 42, ''],
      ['d', false, null, 'no changes: no pull request'],
    ]);
    // Branches in origin: a, b, c; not d.
    const remoteBranches = git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/fanout').split('\n');
    expect(remoteBranches.sort()).toEqual(['fanout/7/a', 'fanout/7/b', 'fanout/7/c']);
    expect(git(origin, 'rev-parse', 'fanout/7/a')).toBe(commits['fanout/7/a']);

    expect(created.map((c) => [c.head, c.base, c.draft])).toEqual([
      ['fanout/7/a', 'main', true],
      ['fanout/7/c', 'main', true],
    ]);
    const bodyA = created[0].body;
    expect(bodyA).toMatch(/^Refs #7\n/);
    expect(bodyA).toContain('| ✅ succeeded |');
    expect(bodyA).toContain('[`prompts/a.md`](https://github.test/acme/app/blob/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee/prompts/a.md)');
    expect(bodyA).toContain('Done: added a.txt with key ***');
    expect(bodyA).not.toContain('sk-secret-0001');
    expect(bodyA).toContain('```markdown\n# Add a\n\nWrite a.txt.\n```');
    expect(bodyA).toContain("[the run's comment](https://github.test/acme/app/issues/7#issuecomment-9)");
    // c's PR did not exist yet: the conflict names the task; the update links it.
    expect(bodyA).toContain('- `c` (no pull request): `shared.txt`');
    expect(updated[0]?.body).toContain('- [#42](https://github.test/acme/app/pull/42) `c`: `shared.txt`');
    // c was created knowing a; a is then updated to know c.
    expect(created[1].body).toContain('[#41](https://github.test/acme/app/pull/41)');
    expect(updated).toHaveLength(1);
    expect(updated[0].n).toBe('41');
    expect(updated[0].body).toContain('[#42](https://github.test/acme/app/pull/42)');
  });

  test('create-pr false pushes but opens nothing; a failed push is reported, not thrown', async () => {
    const { work } = makeCheckout({ 'fanout/a': { 'a.txt': 'a\n' } });
    const tasks = [record('a', { branch: 'fanout/a', commit: git(work, 'rev-parse', 'fanout/a') }), record('ghost', { branch: 'fanout/ghost', commit: 'f'.repeat(40) })];
    const result = { version: 1, run: { id: 'run-2' }, tasks } as unknown as RunResult;
    const pubs = await publishResults({
      octokit,
      owner: 'acme',
      repo: 'app',
      git: await Git.create(work),
      result,
      issue: null,
      baseBranch: 'main',
      createPr: 'false',
      token: 'ghs_test',
      link: '',
      logger: silentLogger,
    });
    expect(pubs[0]).toMatchObject({ pushed: true, pr: null, note: 'branch pushed; create-pr is false' });
    expect(pubs[1].pushed).toBe(false);
    expect(pubs[1].note).toMatch(/^push of fanout\/ghost failed: /);
    expect(pubs[1].note).not.toContain('ghs_test');
  });

  test('a verify_failed task gets a draft PR with pr-when always, none with verified; attempt refs are pushed', async () => {
    const { work, origin, commits } = makeCheckout({ 'fanout/v': { 'v.txt': 'v\n' }, 'fanout/w': { 'w.txt': 'w\n' } });
    // Attempt refs as a best-of-N task leaves them: the winner on the branch, the loser on its ref only.
    git(work, 'update-ref', 'refs/fanout/attempts/run-3/v/1', commits['fanout/v']!);
    git(work, 'update-ref', 'refs/fanout/attempts/run-3/v/2', commits['fanout/w']!);
    const attempts = [1, 2].map((k) => attemptEntry(taskRecord('v', { status: 'verify_failed' }), k, null, `refs/fanout/attempts/run-3/v/${k}`));
    const verify = { command: 'npm test', commit: commits['fanout/v']!, passed: false, outcome: 'exited', exitCode: 1, startedAt: 0, finishedAt: 1, durationMs: 1, timeoutMs: 1, outputTail: 'FAIL', logFile: null, reason: 'verify exited with code 1 after 1ms' };
    const tasks = [
      record('v', {
        branch: 'fanout/v',
        commit: commits['fanout/v'],
        status: 'verify_failed',
        reason: verify.reason,
        verify,
        bestOf: { count: 2, winner: 1, decidedBy: 'diff', judge: null, attempts },
      } as unknown as Partial<TaskRecord>),
    ];
    const result = { version: 1, run: { id: 'run-3', baseCommit: 'e'.repeat(40) }, tasks } as unknown as RunResult;
    const base = { octokit, owner: 'acme', repo: 'app', git: await Git.create(work), result, issue: null, baseBranch: 'main', createPr: 'true' as const, token: 'ghs_test', link: '', logger: silentLogger };

    const verified = await publishResults({ ...base, prWhen: 'verified' });
    expect(verified[0]).toMatchObject({ pushed: true, pr: null, note: 'verify failed: branch pushed for inspection, no pull request (pr-when: verified)' });
    expect(git(origin, 'for-each-ref', '--format=%(refname)', 'refs/fanout/attempts').split('\n')).toEqual(['refs/fanout/attempts/run-3/v/1', 'refs/fanout/attempts/run-3/v/2']);
    expect(git(origin, 'rev-parse', 'refs/fanout/attempts/run-3/v/2')).toBe(commits['fanout/w']);

    const created: { draft: boolean; body: string }[] = [];
    const scope = nock(API)
      .get('/repos/acme/app/pulls')
      .query(true)
      .reply(200, [])
      .post('/repos/acme/app/pulls')
      .reply(201, async (req: Request) => {
        created.push((await req.json()) as (typeof created)[number]);
        return { number: 5, html_url: 'https://github.test/acme/app/pull/5' };
      });
    const always = await publishResults({ ...base, prWhen: 'always' });
    expect(always[0].note).toBe('');
    expect(scope.isDone()).toBe(true);
    expect(always[0].pr?.number).toBe(5);
    // Not ready for review with failed checks, whatever create-pr says.
    expect(created[0].draft).toBe(true);
    expect(created[0].body).toContain('### ❌ Checks failed');
  });
});

describe('render', () => {
  test('fenced() picks a fence the content cannot close', () => {
    expect(fenced('a ``` b')).toBe('````text\na ``` b\n````');
    expect(fenced('plain')).toBe('```text\nplain\n```');
  });

  test('the progress comment says running until every task is done', () => {
    const opts = { now: 5000, description: "label 'fanout' added to issue #7", errors: ['prompts/x.md: not found'], link: '', runId: 'r1' };
    const running = renderProgressComment({ ...opts, records: [record('a', { status: 'running' }), record('b', { status: 'queued' })] });
    expect(running).toMatch(/^### 🔄 agent-fanout: 0 of 2 tasks done\n/);
    expect(running).toContain("Started by label 'fanout' added to issue \\#7.");
    expect(running).toContain('- prompts/x.md: not found');
    const done = renderProgressComment({ ...opts, records: [record('a', {}), record('b', { status: 'failed' })] });
    expect(done).toMatch(/^### ⏳ agent-fanout: 2 tasks done; pushing branches/);
  });

  test('the no-tasks comment explains how to link prompts', () => {
    const text = renderNoTasksComment({ number: 9, promptDirs: ['prompts', '.github/prompts'], baseRef: 'main', errors: [], link: '' });
    expect(text).toContain('`prompts/add-login.md`');
    expect(text).toContain('`issue: 9`');
    expect(text).toContain('as committed on `main`');
  });

  test('the failed comment shows the error in a code block', () => {
    expect(renderFailedComment("execution 'docker' was asked for, but <b>", '', null)).toBe(
      "### ❌ agent-fanout: the run failed\n\n```text\nexecution 'docker' was asked for, but <b>\n```",
    );
  });

  test('tail keeps the last lines within a character budget', () => {
    expect(tail('1\n2\n3\n4\n', 2, 100)).toEqual({ text: '3\n4', cut: true });
    expect(tail('abcdef', 5, 3)).toEqual({ text: 'def', cut: true });
    expect(tail('a\nb', 5, 100)).toEqual({ text: 'a\nb', cut: false });
  });
});
