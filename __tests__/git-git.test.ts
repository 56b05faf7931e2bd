import { chownSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Git, GitError, remoteBranches } from '../src/git/index.js';
import { cleanupTempDirs, makeRepo, sh, tempDir } from './git-fixtures.js';

afterAll(cleanupTempDirs);

describe('Git', () => {
  it('opens a repository from a subdirectory and resolves its top level', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo, 'a', 'b'), { recursive: true });
    const git = await Git.create(path.join(repo, 'a', 'b'));
    expect(git.topLevel).toBe(sh(repo, 'rev-parse', '--show-toplevel'));
    expect(await git.currentHead()).toBe(sh(repo, 'rev-parse', 'HEAD'));
  });

  it('says clearly when the directory is not a repository or does not exist', async () => {
    const plain = tempDir();
    await expect(Git.create(plain)).rejects.toThrow(`not a git repository (or a bare one): ${plain}`);
    await expect(Git.create(path.join(plain, 'missing'))).rejects.toThrow(/cannot open git repository at .*missing/);
  });

  it('reports the git arguments and stderr when a command fails; try* and allowFailure return', async () => {
    const git = await Git.create(makeRepo());
    const err = await git.exec(['checkout', 'no-such-branch']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).message).toMatch(/^git checkout no-such-branch failed with exit code 1: error: pathspec 'no-such-branch'/);
    expect((err as GitError).exitCode).toBe(1);
    expect(await git.tryExec(['checkout', 'no-such-branch'])).toBeNull();
    expect((await git.exec(['checkout', 'no-such-branch'], { allowFailure: true })).exitCode).toBe(1);
    expect(await git.tryRevParse('no-such-branch')).toBeNull();
    await expect(git.revParse('no-such-branch')).rejects.toThrow(/'no-such-branch' does not name a commit/);
    await expect(git.revParse('--output=/tmp/x')).rejects.toThrow(TypeError);
  });

  it('feeds input on stdin', async () => {
    const git = await Git.create(makeRepo());
    const out = await git.exec(['hash-object', '-w', '--stdin'], { input: 'blob text\n' });
    expect((await git.exec(['cat-file', '-p', out.stdout.trim()])).stdout).toBe('blob text\n');
  });

  it('knows branches, local and on a remote, and the common dir from a worktree', async () => {
    const repo = makeRepo();
    const remote = tempDir();
    sh(remote, 'init', '-q', '--bare');
    sh(repo, 'remote', 'add', 'origin', remote);
    sh(repo, 'push', '-q', 'origin', 'main:refs/heads/on-remote');
    const git = await Git.create(repo);
    expect(await git.branchExists('main')).toBe(true);
    expect(await git.branchExists('on-remote')).toBe(false);
    expect((await remoteBranches(git, 'origin')).has('on-remote')).toBe(true);
    expect((await remoteBranches(git, remote)).has('main')).toBe(false);
    await expect(remoteBranches(git, 'no-such-remote')).rejects.toThrow(/ls-remote --heads no-such-remote/);

    const wt = path.join(tempDir(), 'wt');
    sh(repo, 'worktree', 'add', '-q', '-b', 'w', wt);
    const inWorktree = await git.at(wt);
    expect(inWorktree.topLevel).toBe(wt);
    expect(await inWorktree.commonDir()).toBe(path.join(repo, '.git'));
  });

  it.runIf(process.getuid?.() === 0)('works in a repository owned by another uid (safe.directory)', async () => {
    const repo = makeRepo();
    const chownAll = (p: string): void => {
      chownSync(p, 54321, 54321);
      if (statSync(p).isDirectory()) for (const e of readdirSync(p)) chownAll(path.join(p, e));
    };
    chownAll(repo);
    expect(() => sh(repo, 'status')).toThrow(/dubious ownership/);
    const git = await Git.create(repo);
    expect(await git.currentHead()).toMatch(/^[0-9a-f]{40}$/);
  });
});
