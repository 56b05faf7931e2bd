import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createGitHubClient } from '../src/github/client.js';
import { MAX_BODY_CHARS } from '../src/github/comments.js';
import { createOrUpdatePull } from '../src/github/pulls.js';
import type { Logger } from '../src/core/logger.js';
import { silentLogger } from '../src/core/logger.js';

const API = 'https://api.github.test';
const octokit = createGitHubClient('ghs_test', { baseUrl: API, logger: silentLogger, retryBaseMs: 1, throttle: false });
const spec = { owner: 'acme', repo: 'app', head: 'fanout/7/add-login', base: 'main', title: 'Add login', body: 'Refs #7', draft: true };
const pr = (number: number, ref = spec.head) => ({ number, html_url: `https://github.test/acme/app/pull/${number}`, head: { ref } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('createOrUpdatePull', () => {
  test('opens a draft PR from the task branch when none is open', async () => {
    let created: Record<string, unknown> = {};
    const scope = nock(API)
      .get('/repos/acme/app/pulls')
      .query({ head: 'acme:fanout/7/add-login', state: 'open', per_page: '10' })
      .reply(200, [])
      .post('/repos/acme/app/pulls', (b: Record<string, unknown>) => {
        created = b;
        return true;
      })
      .reply(201, pr(31));
    const result = await createOrUpdatePull(octokit, spec, silentLogger);
    expect(result).toEqual({ number: 31, url: 'https://github.test/acme/app/pull/31', created: true });
    expect(created).toEqual({ head: 'fanout/7/add-login', base: 'main', title: 'Add login', body: 'Refs #7', draft: true });
    expect(scope.isDone()).toBe(true);
  });

  test('updates the open PR of the branch instead of opening another', async () => {
    let patched: Record<string, unknown> = {};
    const scope = nock(API)
      .get('/repos/acme/app/pulls')
      .query(true)
      .reply(200, [pr(12)])
      .patch('/repos/acme/app/pulls/12', (b: Record<string, unknown>) => {
        patched = b;
        return true;
      })
      .reply(200, pr(12));
    const result = await createOrUpdatePull(octokit, { ...spec, title: 'Add login (again)', body: 'new body' }, silentLogger);
    expect(result).toEqual({ number: 12, url: 'https://github.test/acme/app/pull/12', created: false });
    expect(patched).toEqual({ title: 'Add login (again)', body: 'new body' });
    expect(scope.isDone()).toBe(true);
  });

  test('falls back to a ready PR where drafts are not available', async () => {
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warning: (m) => warnings.push(m) };
    const drafts: unknown[] = [];
    nock(API)
      .get('/repos/acme/app/pulls')
      .query(true)
      .reply(200, [])
      .post('/repos/acme/app/pulls', (b: { draft: boolean }) => drafts.push(b.draft) > 0)
      .reply(422, { message: 'Validation Failed', errors: [{ message: 'Draft pull requests are not supported in this repository.' }] })
      .post('/repos/acme/app/pulls', (b: { draft: boolean }) => drafts.push(b.draft) > 0)
      .reply(201, pr(5));
    expect((await createOrUpdatePull(octokit, spec, logger)).number).toBe(5);
    expect(drafts).toEqual([true, false]);
    expect(warnings[0]).toContain('draft pull requests are not available in acme/app');
  });

  test('keeps title and body within GitHub limits', async () => {
    let sent: { title: string; body: string } = { title: '', body: '' };
    nock(API)
      .get('/repos/acme/app/pulls')
      .query(true)
      .reply(200, [])
      .post('/repos/acme/app/pulls', (b: { title: string; body: string }) => {
        sent = b;
        return true;
      })
      .reply(201, pr(6));
    await createOrUpdatePull(octokit, { ...spec, title: `Fix\n${'t'.repeat(400)}`, body: 'b'.repeat(70_000) }, silentLogger);
    expect(sent.title.length).toBe(256);
    expect(sent.title).not.toContain('\n');
    expect(sent.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(sent.body).toContain('truncated');
  });
});
