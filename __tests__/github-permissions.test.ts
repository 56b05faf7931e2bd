import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createGitHubClient } from '../src/github/client.js';
import { checkSenderPermission } from '../src/github/permissions.js';
import { silentLogger } from '../src/core/logger.js';

const API = 'https://api.github.test';
const octokit = createGitHubClient('ghs_test', { baseUrl: API, logger: silentLogger, retryBaseMs: 1, throttle: false });
const repo = { owner: 'acme', repo: 'app' };
const permissionPath = (user: string) => `/repos/acme/app/collaborators/${encodeURIComponent(user)}/permission`;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('checkSenderPermission', () => {
  test.each([
    ['write', 'write'],
    ['maintain', 'write'],
    ['admin', 'admin'],
  ])('role %s may run', async (role, permission) => {
    const scope = nock(API).get(permissionPath('alice')).reply(200, { permission, role_name: role });
    const gate = await checkSenderPermission(octokit, { ...repo, sender: { login: 'alice', type: 'User' }, allowedBots: [] });
    expect(gate).toEqual({ allowed: true, role });
    expect(scope.isDone()).toBe(true);
  });

  test('a custom role with write permission may run', async () => {
    nock(API).get(permissionPath('carol')).reply(200, { permission: 'write', role_name: 'release-manager' });
    const gate = await checkSenderPermission(octokit, { ...repo, sender: { login: 'carol', type: 'User' }, allowedBots: [] });
    expect(gate.allowed).toBe(true);
  });

  test.each(['read', 'triage'])('role %s is refused with a reason', async (role) => {
    nock(API).get(permissionPath('bob')).reply(200, { permission: 'read', role_name: role });
    const gate = await checkSenderPermission(octokit, { ...repo, sender: { login: 'bob', type: 'User' }, allowedBots: [] });
    expect(gate).toEqual({
      allowed: false,
      reason: `'bob' has '${role}' permission on acme/app; starting agents needs admin, maintain, write`,
    });
  });

  test('someone who is not a collaborator (404) is refused', async () => {
    nock(API).get(permissionPath('mallory')).reply(404, { message: 'Not Found' });
    const gate = await checkSenderPermission(octokit, { ...repo, sender: { login: 'mallory', type: 'User' }, allowedBots: [] });
    expect(gate).toEqual({ allowed: false, reason: "'mallory' is not a collaborator of acme/app" });
  });

  test('other API failures are errors, not refusals', async () => {
    nock(API).get(permissionPath('alice')).reply(401, { message: 'Bad credentials' });
    await expect(checkSenderPermission(octokit, { ...repo, sender: { login: 'alice', type: 'User' }, allowedBots: [] })).rejects.toThrow(
      "permission check of 'alice' on acme/app failed: Bad credentials",
    );
  });

  test('bots are refused unless listed, without asking the API', async () => {
    // No interceptor: an API call would fail the test with a nock "no match" error.
    const byType = await checkSenderPermission(octokit, { ...repo, sender: { login: 'helper', type: 'Bot' }, allowedBots: [] });
    expect(byType).toEqual({ allowed: false, reason: "'helper' is a bot and is not listed in the input 'allowed-bots'" });
    const byName = await checkSenderPermission(octokit, { ...repo, sender: { login: 'renovate[bot]', type: 'User' }, allowedBots: ['dependabot'] });
    expect(byName.allowed).toBe(false);
    const listed = await checkSenderPermission(octokit, { ...repo, sender: { login: 'Renovate[bot]', type: 'Bot' }, allowedBots: ['renovate'] });
    expect(listed).toEqual({ allowed: true, role: 'allowed bot' });
  });

  test('an event without a sender is refused', async () => {
    const gate = await checkSenderPermission(octokit, { ...repo, sender: null, allowedBots: [] });
    expect(gate.allowed).toBe(false);
  });
});
