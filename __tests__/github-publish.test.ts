import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Git } from '../src/git/index.js';
import { createGitHubClient } from '../src/github/client.js';
import { publishResults } from '../src/github/publish.js';
import { fenced, renderFailedComment, renderNoTasksComment, renderProgressComment, renderPullBody, tail } from '../src/github/render.js';
import { silentLogger } from '../src/core/logger.js';
import type { RunResult, TaskRecord } from '../src/core/model.js';

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
  return {
    id,
    title: `Task ${id}`,
    file: `prompts/${id}.md`,
    issues: [],
    dependsOn: [],
    status: 'succeeded',
    reason: null,
    exitCode: 0,
    branch: null,
    baseCommit: null,
    commit: null,
    filesChanged: 0,
    insertions: 0,
    deletions: 0,
    changedFiles: [],
    queuedAt: 0,
    readyAt: 0,
    startedAt: 0,
    agentStartedAt: 0,
    agentFinishedAt: 1000,
    finishedAt: 1000,
    durationMs: 1000,
    queueWaitMs: 0,
    overheadMs: 0,
    phases: {},
    cpu: null,
    memory: null,
    peakPids: null,
    agent: null,
    logFile: null,
    worktree: null,
    ...patch,
  };
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
    const logFile = path.join(tempDir(), 'output.log');
    fs.writeFileSync(logFile, Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n'));
    const tasks = [
      record('a', { branch: 'fanout/7/a', commit: commits['fanout/7/a'], filesChanged: 1, logFile, agent: { ok: true, finalText: 'Done: added a.txt' } }),
      record('b', { branch: 'fanout/7/b', commit: commits['fanout/7/b'], status: 'failed', reason: 'exit 1' }),
      record('c', { branch: 'fanout/7/c', commit: commits['fanout/7/c'] }),
      record('d', { branch: 'fanout/7/d', commit: null }),
    ];
    const result = { version: 1, run: { id: 'run-1' }, tasks } as unknown as RunResult;

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
    expect(bodyA).toContain('Done: added a.txt');
    expect(bodyA).toContain('line 99');
    expect(bodyA).not.toContain('line 20\n');
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
});

describe('render', () => {
  test('fenced() picks a fence the content cannot close', () => {
    expect(fenced('a ``` b')).toBe('````text\na ``` b\n````');
    expect(fenced('plain')).toBe('```text\nplain\n```');
  });

  test('the agent message cannot mention people or inject HTML in a PR body', () => {
    const body = renderPullBody({
      record: record('x', { branch: 'fanout/x', agent: { ok: true, finalText: '@everyone <img src=x> ```\n# done' } }),
      issue: 3,
      runId: 'r',
      link: '',
      logTail: '',
      siblings: [],
    });
    const block = /### Agent's final message\n\n(`{3,})text\n([\s\S]*?)\n\1/.exec(body);
    expect(block?.[2]).toBe('@everyone <img src=x> ```\n# done');
  });

  test('the progress comment says running until every task is done', () => {
    const opts = { now: 5000, description: "label 'fanout' added to issue #7", errors: ['prompts/x.md: not found'], link: '', runId: 'r1' };
    const running = renderProgressComment({ ...opts, records: [record('a', { status: 'running' }), record('b', { status: 'queued' })] });
    expect(running).toMatch(/^### 🔄 agent-fanout: 2 tasks running\n/);
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
