import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createGitHubClient, parseRepository } from '../src/github/client.js';
import { addEyesReaction, getIssue, removeLabel } from '../src/github/issues.js';
import { silentLogger } from '../src/core/logger.js';

const API = 'https://api.github.test';
const octokit = createGitHubClient('ghs_test', { baseUrl: API, logger: silentLogger, retryBaseMs: 1, throttle: false });
const repo = { owner: 'acme', repo: 'app' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('createGitHubClient', () => {
  test('retries a 502 and sends the token', async () => {
    const scope = nock(API, { reqheaders: { authorization: 'token ghs_test' } })
      .get('/repos/acme/app/issues/7')
      .reply(502, 'Bad Gateway')
      .get('/repos/acme/app/issues/7')
      .reply(200, { number: 7, title: 'T', body: 'prompts/a.md' });
    expect(await getIssue(octokit, { ...repo, issueNumber: 7 })).toEqual({ number: 7, title: 'T', body: 'prompts/a.md', isPullRequest: false });
    expect(scope.isDone()).toBe(true);
  });

  test('gives up after the configured retries', async () => {
    const scope = nock(API).get('/repos/acme/app/issues/7').times(3).reply(503, 'unavailable');
    const client = createGitHubClient('t', { baseUrl: API, logger: silentLogger, retryBaseMs: 1, retries: 2, throttle: false });
    await expect(getIssue(client, { ...repo, issueNumber: 7 })).rejects.toMatchObject({ status: 503 });
    expect(scope.isDone()).toBe(true);
  });

  test('does not retry a 404', async () => {
    const scope = nock(API).get('/repos/acme/app/issues/8').once().reply(404, { message: 'Not Found' });
    await expect(getIssue(octokit, { ...repo, issueNumber: 8 })).rejects.toMatchObject({ status: 404 });
    expect(scope.isDone()).toBe(true);
  });

  test('retries after a primary rate limit with throttling on', async () => {
    const client = createGitHubClient('t', { baseUrl: API, logger: silentLogger, retryBaseMs: 1 });
    const reset = Math.floor(Date.now() / 1000);
    const scope = nock(API)
      .get('/repos/acme/app/issues/9')
      .reply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) })
      .get('/repos/acme/app/issues/9')
      .reply(200, { number: 9, title: 'T', body: null });
    expect((await getIssue(client, { ...repo, issueNumber: 9 })).body).toBe('');
    expect(scope.isDone()).toBe(true);
  });

  test('gives up at once when a rate limit asks for a wait no timer should hold', async () => {
    const warnings: string[] = [];
    const client = createGitHubClient('t', { baseUrl: API, logger: { ...silentLogger, warning: (m) => warnings.push(m) }, retryBaseMs: 1 });
    const scope = nock(API)
      .get('/repos/acme/app/issues/9')
      .once()
      .reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1000000000' });
    await expect(getIssue(client, { ...repo, issueNumber: 9 })).rejects.toMatchObject({ status: 403 });
    expect(scope.isDone()).toBe(true);
    expect(warnings.join('\n')).toMatch(/asks to wait 1000000000s, more than 900s: giving up/);
  });

  test('parseRepository', () => {
    expect(parseRepository('acme/app')).toEqual(repo);
    expect(() => parseRepository('acme')).toThrow("GITHUB_REPOSITORY is 'acme'; expected 'owner/name'");
  });
});

describe('issues', () => {
  test('removes the label, and a label already gone is fine', async () => {
    const scope = nock(API)
      .delete('/repos/acme/app/issues/7/labels/fan%20out')
      .reply(200, [])
      .delete('/repos/acme/app/issues/7/labels/fan%20out')
      .reply(404, { message: 'Label does not exist' });
    expect(await removeLabel(octokit, { ...repo, issueNumber: 7, label: 'fan out' })).toBe(true);
    expect(await removeLabel(octokit, { ...repo, issueNumber: 7, label: 'fan out' })).toBe(false);
    expect(scope.isDone()).toBe(true);
  });

  test('other label failures are errors', async () => {
    nock(API).delete('/repos/acme/app/issues/7/labels/fanout').reply(403, { message: 'Forbidden' });
    await expect(removeLabel(octokit, { ...repo, issueNumber: 7, label: 'fanout' })).rejects.toMatchObject({ status: 403 });
  });

  test('👀 goes on the issue, or on the /fanout comment', async () => {
    const scope = nock(API)
      .post('/repos/acme/app/issues/7/reactions', { content: 'eyes' })
      .reply(201, {})
      .post('/repos/acme/app/issues/comments/99/reactions', { content: 'eyes' })
      .reply(201, {});
    await addEyesReaction(octokit, { ...repo, issueNumber: 7 });
    await addEyesReaction(octokit, { ...repo, issueNumber: 7, commentId: 99 });
    expect(scope.isDone()).toBe(true);
  });
});
