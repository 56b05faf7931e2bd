import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger.js';
import { Git, pushBranch } from '../src/git/index.js';
import { cleanupTempDirs, commitOnBranch, makeRepo, sh, tempDir } from './git-fixtures.js';

afterAll(cleanupTempDirs);

const TOKEN = 'ghs_secretTOKENvalue1234567890';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const rec = (m: string): void => void lines.push(m);
  return { lines, debug: rec, info: rec, warning: rec, error: rec };
}

describe('pushBranch', () => {
  it('pushes a branch to a bare remote, by remote name or path', async () => {
    const repo = makeRepo();
    const remote = tempDir();
    sh(remote, 'init', '-q', '--bare');
    sh(repo, 'remote', 'add', 'origin', remote);
    const sha = commitOnBranch(repo, 'fanout/t', 'main', { 't.txt': 't\n' });
    const git = await Git.create(repo);

    expect(await pushBranch(git, 'origin', 'fanout/t')).toEqual({ ref: 'refs/heads/fanout/t', commit: sha });
    expect(sh(remote, 'rev-parse', 'refs/heads/fanout/t')).toBe(sha);

    // Not forced: a different branch of the same name on the remote is not overwritten.
    const other = commitOnBranch(repo, 'other', 'main', { 'o.txt': 'o\n' });
    sh(repo, 'push', '-q', remote, 'other:refs/heads/fanout/u');
    commitOnBranch(repo, 'fanout/u', 'main', { 'u.txt': 'u\n' });
    await expect(pushBranch(git, remote, 'fanout/u')).rejects.toThrow(/git push --quiet .* refs\/heads\/fanout\/u:refs\/heads\/fanout\/u failed.*rejected/s);
    expect(sh(remote, 'rev-parse', 'refs/heads/fanout/u')).toBe(other);
  });

  it('keeps the token out of the error message and the log', async () => {
    const logger = recordingLogger();
    const git = await Git.create(makeRepo(), { logger });
    const err = await pushBranch(git, 'http://127.0.0.1:1/x.git', 'main', { token: TOKEN }).then(
      () => new Error('push unexpectedly succeeded'),
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/git .*push --quiet http:\/\/127\.0\.0\.1:1\/x\.git refs\/heads\/main:refs\/heads\/main failed/);
    expect(err.message).toMatch(/extraheader=\*\*\*/);
    const everything = `${err.message}\n${err.stack ?? ''}\n${logger.lines.join('\n')}`;
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(BASIC);
  });

  it('sends the token as the only AUTHORIZATION header, even over a checkout-style configured one', async () => {
    const seen: (string[] | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headersDistinct.authorization);
      res.statusCode = 403;
      res.end('forbidden');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const repo = makeRepo();
      sh(repo, 'remote', 'add', 'origin', `${origin}owner/repo.git`);
      // What actions/checkout leaves in the local config with persist-credentials.
      sh(repo, 'config', `http.${origin}.extraheader`, 'AUTHORIZATION: basic OLDCHECKOUTTOKEN');
      const git = await Git.create(repo);

      const err = await pushBranch(git, 'origin', 'main', { token: TOKEN }).then(
      () => new Error('push unexpectedly succeeded'),
      (e: unknown) => e as Error,
    );
      expect(err.message).toContain('403');
      expect(err.message).not.toContain(TOKEN);
      expect(seen.length).toBeGreaterThan(0);
      for (const header of seen) expect(header).toEqual([`basic ${BASIC}`]);
      expect(sh(repo, 'config', `http.${origin}.extraheader`)).toBe('AUTHORIZATION: basic OLDCHECKOUTTOKEN');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
