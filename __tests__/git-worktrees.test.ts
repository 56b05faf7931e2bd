import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Git,
  MergeConflictError,
  createWorktree,
  listWorktrees,
  mergeStartPoint,
  removeWorktree,
  taskBranchName,
  uniqueBranchName,
  uniqueBranchNames,
} from '../src/git/index.js';
import { cleanupTempDirs, commitOnBranch, identity, makeRepo, sh, tempDir, write } from './git-fixtures.js';

afterAll(cleanupTempDirs);

describe('taskBranchName', () => {
  it('puts the issue between prefix and task id when there is one', () => {
    expect(taskBranchName('fanout', 'add-login')).toBe('fanout/add-login');
    expect(taskBranchName('fanout/', 'add-login', null)).toBe('fanout/add-login');
    expect(taskBranchName('fanout', 'add-login', 42)).toBe('fanout/42/add-login');
  });
});

describe('uniqueBranchName', () => {
  it('returns the base name when free, else the first free -tryN, counting local and remote branches', async () => {
    const repo = makeRepo();
    const remote = tempDir();
    sh(remote, 'init', '-q', '--bare');
    sh(repo, 'remote', 'add', 'origin', remote);
    const git = await Git.create(repo);

    expect(await uniqueBranchName(git, 'fanout/a', 'origin')).toBe('fanout/a');
    sh(repo, 'branch', 'fanout/a');
    expect(await uniqueBranchName(git, 'fanout/a')).toBe('fanout/a-try2');
    sh(repo, 'branch', 'fanout/a-try2');
    expect(await uniqueBranchName(git, 'fanout/a')).toBe('fanout/a-try3');

    // Only on the remote: free locally, taken when the remote is asked.
    sh(repo, 'push', '-q', 'origin', 'main:refs/heads/fanout/b', 'main:refs/heads/fanout/b-try2');
    expect(await uniqueBranchName(git, 'fanout/b')).toBe('fanout/b');
    expect(await uniqueBranchName(git, 'fanout/b', 'origin')).toBe('fanout/b-try3');
  });

  it('chooses names for many tasks at once: distinct, never an existing local or remote branch', async () => {
    const repo = makeRepo();
    const remote = tempDir();
    sh(remote, 'init', '-q', '--bare');
    sh(repo, 'remote', 'add', 'origin', remote);
    sh(repo, 'branch', 'fanout/a');
    sh(repo, 'push', '-q', 'origin', 'main:refs/heads/fanout/b');
    const git = await Git.create(repo);
    expect(await uniqueBranchNames(git, ['fanout/a', 'fanout/b', 'fanout/c', 'fanout/c'], 'origin')).toEqual([
      'fanout/a-try2',
      'fanout/b-try2',
      'fanout/c',
      'fanout/c-try2',
    ]);
    // Without the remote, only local branches count.
    expect(await uniqueBranchNames(git, ['fanout/b'])).toEqual(['fanout/b']);
  });

  it('skips names that clash with a branch path, and explains a clash no suffix can avoid', async () => {
    const repo = makeRepo();
    sh(repo, 'branch', 'fanout/12');
    sh(repo, 'branch', 'fanout/x/y');
    const git = await Git.create(repo);
    await expect(uniqueBranchName(git, 'fanout/12/task')).rejects.toThrow(/branch 'fanout\/12' exists, and git cannot have both/);
    expect(await uniqueBranchName(git, 'fanout/x')).toBe('fanout/x-try2');
  });
});

describe('worktrees', () => {
  it('creates worktrees on new branches (also in parallel), lists them and removes them', async () => {
    const repo = makeRepo();
    const git = await Git.create(repo);
    const base = await git.currentHead();
    const dir = tempDir();

    const created = await Promise.all(
      ['a', 'b', 'c'].map((id) => createWorktree(git, { path: path.join(dir, id), branch: `fanout/${id}`, startPoint: 'main' })),
    );
    for (const wt of created) {
      expect(wt.baseCommit).toBe(base);
      expect(readFileSync(path.join(wt.path, 'README.md'), 'utf8')).toBe('hello\n');
      expect(sh(wt.path, 'symbolic-ref', '--short', 'HEAD')).toBe(wt.branch);
    }
    const listed = await listWorktrees(git);
    expect(listed.map((w) => [w.path, w.branch, w.head])).toEqual([
      [repo, 'main', base],
      [path.join(dir, 'a'), 'fanout/a', base],
      [path.join(dir, 'b'), 'fanout/b', base],
      [path.join(dir, 'c'), 'fanout/c', base],
    ]);

    // An existing branch is refused rather than reset.
    await expect(createWorktree(git, { path: path.join(dir, 'a2'), branch: 'fanout/a', startPoint: 'main' })).rejects.toThrow(
      /git worktree add .*fanout\/a.*already exists/,
    );

    // Dirty worktree: removed anyway; the branch stays.
    write(created[0]!.path, 'untracked.txt', 'left behind\n');
    write(created[0]!.path, 'README.md', 'modified\n');
    sh(created[0]!.path, 'commit', '-q', '--allow-empty', '-m', 'work');
    await removeWorktree(git, created[0]!.path);
    expect(existsSync(created[0]!.path)).toBe(false);
    expect(await git.branchExists('fanout/a')).toBe(true);

    // Already removed from disk: the record is pruned, no error; removing twice is fine too.
    sh(repo, 'worktree', 'lock', created[1]!.path);
    await removeWorktree(git, created[1]!.path);
    await removeWorktree(git, created[1]!.path);
    rmSync(created[2]!.path, { recursive: true, force: true });
    expect((await listWorktrees(git)).find((w) => w.path === created[2]!.path)?.prunable).toBeTruthy();
    await removeWorktree(git, created[2]!.path);
    expect((await listWorktrees(git)).map((w) => w.path)).toEqual([repo]);

    await expect(removeWorktree(git, repo)).rejects.toThrow(/main working tree/);
  });
});

describe('mergeStartPoint', () => {
  it('returns a single commit, or one that contains the others, as is', async () => {
    const repo = makeRepo();
    const git = await Git.create(repo);
    const a = commitOnBranch(repo, 'a', 'main', { 'a.txt': 'a\n' });
    const a2 = commitOnBranch(repo, 'a2', 'a', { 'a2.txt': 'a2\n' });
    expect(await mergeStartPoint(git, ['a'], { identity })).toBe(a);
    expect(await mergeStartPoint(git, [a, a2, a], { identity })).toBe(a2);
  });

  it('merges several dependencies into one commit with all of them as parents', async () => {
    const repo = makeRepo({ 'shared.txt': '1\n2\n3\n4\n5\n6\n7\n' });
    const git = await Git.create(repo);
    const a = commitOnBranch(repo, 'a', 'main', { 'a.txt': 'a\n', 'shared.txt': 'A\n2\n3\n4\n5\n6\n7\n' });
    const b = commitOnBranch(repo, 'b', 'main', { 'b.txt': 'b\n', 'shared.txt': '1\n2\n3\n4\n5\n6\nB\n' });
    const c = commitOnBranch(repo, 'c', 'main', { 'c.txt': 'c\n' });

    const two = await mergeStartPoint(git, [a, b], { identity, message: 'deps of t' });
    expect(sh(repo, 'log', '-1', '--format=%P|%an <%ae>|%s', two)).toBe(`${a} ${b}|${identity.name} <${identity.email}>|deps of t`);
    expect(sh(repo, 'show', `${two}:shared.txt`)).toBe('A\n2\n3\n4\n5\n6\nB');

    const three = await mergeStartPoint(git, [a, b, c], { identity });
    expect(sh(repo, 'log', '-1', '--format=%P', three)).toBe(`${a} ${b} ${c}`);
    expect(sh(repo, 'ls-tree', '--name-only', three).split('\n')).toEqual(['a.txt', 'b.txt', 'c.txt', 'shared.txt']);
    // Nothing checked out changed.
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('names the conflicting files', async () => {
    const repo = makeRepo({ 'shared.txt': 'x\n', 'other.txt': 'o\n' });
    const git = await Git.create(repo);
    const a = commitOnBranch(repo, 'a', 'main', { 'shared.txt': 'from a\n', 'a.txt': 'a\n' });
    const b = commitOnBranch(repo, 'b', 'main', { 'shared.txt': 'from b\n', 'b.txt': 'b\n' });
    const err = await mergeStartPoint(git, [a, b], { identity }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MergeConflictError);
    expect((err as MergeConflictError).files).toEqual(['shared.txt']);
    expect((err as Error).message).toContain('conflicts in: shared.txt');
  });
});
