/**
 * The progress comments of a matrix run against the fake GitHub: shards updating at the same time
 * never lose each other's updates, because each writes only its own comment; the aggregate's run
 * comment replaces them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGitHubClient } from '../src/github/client.js';
import { StickyComment, upsertStickyComment } from '../src/github/comments.js';
import { renderPlanComment, renderShardProgressComment, shardCommentKey } from '../src/github/render-shards.js';
import { deleteStickyComment } from '../src/github/shard-comments.js';
import { silentLogger } from '../src/core/logger.js';
import type { TaskRecord } from '../src/core/model.js';
import { FakeGitHub } from './support/fake-github.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = new FakeGitHub({ owner: 'acme', repo: 'app', pageSize: 5 });
  await fake.start();
});
afterAll(async () => fake.close());

function record(id: string, status: TaskRecord['status']): TaskRecord {
  return {
    id, title: id, file: `prompts/${id}.md`, issues: [], dependsOn: [], status, reason: null, exitCode: null, branch: `fanout/9/${id}`, baseCommit: null,
    commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [], queuedAt: 0, readyAt: null, startedAt: null,
    agentStartedAt: null, agentFinishedAt: null, finishedAt: null, durationMs: null, queueWaitMs: null, overheadMs: null, phases: {},
    cpu: null, memory: null, peakPids: null, agent: null, logFile: null, worktree: null,
  };
}

describe('progress comments of concurrent shards', () => {
  test('three shards updating at once each keep their own comment current; the aggregate leaves one comment', async () => {
    fake.addIssue({ number: 9, body: 'tasks' });
    // Other people's comments around ours: markers are found on any page.
    for (let i = 0; i < 6; i++) fake.issues.get(9)!.comments.push({ id: 500 + i, body: `chatter ${i}`, user: { login: 'bob', type: 'User' }, html_url: '' });
    const octokit = createGitHubClient('ghs_x', { baseUrl: fake.url, logger: silentLogger, retryBaseMs: 1, throttle: false });
    const target = { owner: 'acme', repo: 'app', issueNumber: 9 };
    await upsertStickyComment(octokit, { ...target, key: 'run' }, renderPlanComment({
      shards: [{ shard: 1, tasks: ['a'] }, { shard: 2, tasks: ['b'] }, { shard: 3, tasks: ['c'] }], taskCount: 3, description: 'a test', notes: [], errors: [], link: '',
    }));
    const planned = fake.issues.get(9)!.comments.find((c) => c.body.startsWith('<!-- agent-fanout:run -->'))!;

    // Each shard updates its progress 20 times, interleaved with the others, without any throttle.
    const shards = [1, 2, 3].map((index) => ({
      index,
      sticky: new StickyComment({ octokit, ...target, key: shardCommentKey(index), logger: silentLogger, minIntervalMs: 0 }),
    }));
    const render = (index: number, step: number) =>
      renderShardProgressComment({ index, count: 3, runner: `runner-${index}`, records: [record(`t${index}`, step < 19 ? 'running' : 'succeeded')], now: step, link: '', runId: `step-${step}` });
    await Promise.all(
      shards.map(async ({ index, sticky }) => {
        for (let step = 0; step < 20; step++) {
          sticky.update(render(index, step));
          await new Promise((r) => setImmediate(r));
        }
        await sticky.flush(render(index, 19));
      }),
    );
    const comments = fake.issues.get(9)!.comments;
    for (const { index, sticky } of shards) {
      const own = comments.filter((c) => c.body.startsWith(`<!-- agent-fanout:${shardCommentKey(index)} -->`));
      expect(own.map((c) => c.id)).toEqual([sticky.id]);
      // The last update of each shard is what its comment shows.
      expect(own[0].body).toContain('run `step-19`');
      expect(own[0].body).toContain(`on runner\\-${index}`);
      // Every edit of this comment came from this shard.
      const edits = fake.requestsTo('PATCH', `/issues/comments/${sticky.id}`).map((r) => (r.body as { body: string }).body);
      expect(edits.length).toBeGreaterThan(0);
      for (const body of edits) expect(body.startsWith(`<!-- agent-fanout:${shardCommentKey(index)} -->`)).toBe(true);
    }
    // Nobody edited the run comment while the shards ran.
    expect(fake.requestsTo('PATCH', `/issues/comments/${planned.id}`)).toEqual([]);

    // The aggregate: the run comment gets the report, the shard comments go.
    await upsertStickyComment(octokit, { ...target, key: 'run' }, '## combined report');
    for (const index of [1, 2, 3]) expect(await deleteStickyComment(octokit, { ...target, key: shardCommentKey(index) })).toBe(true);
    expect(await deleteStickyComment(octokit, { ...target, key: shardCommentKey(1) })).toBe(false);
    const left = fake.issues.get(9)!.comments.filter((c) => c.body.startsWith('<!-- agent-fanout:'));
    expect(left.map((c) => [c.id, c.body])).toEqual([[planned.id, '<!-- agent-fanout:run -->\n## combined report']]);
    expect(fake.issues.get(9)!.comments.filter((c) => c.body.startsWith('chatter'))).toHaveLength(6);
  });
});
