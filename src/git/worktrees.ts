/** Task branches and worktrees: naming, creation, removal, and start points for tasks with dependencies. */
import { existsSync, realpathSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { assertNotOption, identityArgs, type Git, type GitIdentity } from './git.js';
import { mergeTree } from './merge-tree.js';
import { remoteBranches } from './remote.js';

export interface Worktree {
  path: string;
  branch: string;
  /** The commit the branch was created at. */
  baseCommit: string;
}

export interface WorktreeInfo {
  path: string;
  /** Commit checked out; `null` for a bare repository or an unborn branch. */
  head: string | null;
  /** Short branch name (`fanout/x`), `null` when detached or bare. */
  branch: string | null;
  bare: boolean;
  detached: boolean;
  /** The lock reason (`''` when locked without one), `null` when not locked. */
  locked: string | null;
  /** Git's reason why `worktree prune` would remove it, `null` when it would not. */
  prunable: string | null;
}

/** Merging dependency results failed because they touch the same lines. */
export class MergeConflictError extends Error {
  constructor(
    readonly commits: string[],
    readonly files: string[],
  ) {
    super(`merging ${commits.map((c) => c.slice(0, 12)).join(' and ')} conflicts in: ${files.join(', ')}`);
    this.name = 'MergeConflictError';
  }
}

/** `<prefix>/<task-id>`, or `<prefix>/<issue>/<task-id>` when the task belongs to an issue. */
export function taskBranchName(prefix: string, taskId: string, issue?: number | null): string {
  const p = prefix.replace(/\/+$/, '');
  return issue === undefined || issue === null ? `${p}/${taskId}` : `${p}/${issue}/${taskId}`;
}

/**
 * `base` when no branch of that name exists, else the first free of `base-try2`, `base-try3`, ….
 * An existing branch is never reused: it may hold an earlier run's work. With `remote`, branches on
 * the remote count as taken too, so a push never overwrites one.
 */
export async function uniqueBranchName(git: Git, base: string, remote?: string, opts: { token?: string; maxTries?: number } = {}): Promise<string> {
  return (await uniqueBranchNames(git, [base], remote, opts))[0];
}

/**
 * {@link uniqueBranchName} for several bases at once, with one listing of the local branches and one
 * `ls-remote`, however many tasks there are; names chosen here are also distinct from each other.
 */
export async function uniqueBranchNames(git: Git, bases: string[], remote?: string, opts: { token?: string; maxTries?: number } = {}): Promise<string[]> {
  const local = await git.localBranches();
  const onRemote = remote !== undefined ? await remoteBranches(git, remote, { token: opts.token }) : new Set<string>();
  const maxTries = opts.maxTries ?? 100;
  const chosen = new Set<string>();
  // Git cannot have both `fanout/x` and `fanout/x/y`: a name is taken when a branch lies under it.
  const taken = (name: string) =>
    local.has(name) || onRemote.has(name) || chosen.has(name) || [...local, ...chosen].some((b) => b.startsWith(`${name}/`));
  return bases.map((base) => {
    assertNotOption(base, 'branch name');
    // No suffix helps when a prefix of the name is a branch.
    const parts = base.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (local.has(prefix)) {
        throw new Error(`cannot create branch '${base}': branch '${prefix}' exists, and git cannot have both; rename one or change the branch prefix`);
      }
    }
    for (let n = 1; n <= maxTries; n++) {
      const name = n === 1 ? base : `${base}-try${n}`;
      if (taken(name)) continue;
      chosen.add(name);
      return name;
    }
    throw new Error(`no free branch name for '${base}': '${base}' to '${base}-try${maxTries}' all exist`);
  });
}


export interface CreateWorktreeOptions {
  /** Where the worktree goes; must not exist or be an empty directory. */
  path: string;
  /** New branch to create; fails when it exists (pick it with {@link uniqueBranchName}). */
  branch: string;
  /** Commit-ish the branch starts at. */
  startPoint: string;
}

const repoLocks = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` after every other `withRepoLock` call on the same repository has settled. Concurrent
 * `git worktree add`s in one repository race (each reads the others' half-written admin dirs:
 * "failed to read .git/worktrees/<x>/commondir"), so worktree bookkeeping goes through this.
 */
export function withRepoLock<T>(git: Git, fn: () => Promise<T>): Promise<T> {
  const key = git.topLevel;
  const result = (repoLocks.get(key) ?? Promise.resolve()).then(fn, fn);
  const tail = result.catch(() => undefined);
  repoLocks.set(key, tail);
  // Drop the entry once nothing is queued behind this call, so the map does not grow.
  void tail.then(() => {
    if (repoLocks.get(key) === tail) repoLocks.delete(key);
  });
  return result;
}

/**
 * `git worktree add -b <branch> <path> <startPoint>`, with the start point resolved to a sha first.
 * The add itself runs under {@link withRepoLock}, with `--no-checkout`; the files are checked out
 * afterwards, outside the lock, since that is the slow part on a large tree.
 */
export async function createWorktree(git: Git, opts: CreateWorktreeOptions): Promise<Worktree> {
  assertNotOption(opts.branch, 'branch name');
  const baseCommit = await git.revParse(opts.startPoint);
  const dir = path.resolve(opts.path);
  // A sha start point also keeps git from setting up tracking of e.g. origin/main.
  await withRepoLock(git, () => git.exec(['worktree', 'add', '--quiet', '--no-track', '--no-checkout', '-b', opts.branch, dir, baseCommit]));
  await git.exec(['reset', '--hard', '--quiet'], { cwd: dir });
  return { path: dir, branch: opts.branch, baseCommit };
}

/**
 * Deletes the local branch `name` (whatever it points at), under the repository lock; a branch
 * already gone is fine. For a task attempt that is run again from its start point.
 */
export async function deleteBranch(git: Git, name: string): Promise<void> {
  assertNotOption(name, 'branch name');
  await withRepoLock(git, async () => {
    if (await git.branchExists(name)) await git.exec(['branch', '--quiet', '-D', name]);
  });
}

/**
 * Removes the worktree at `worktreePath` and prunes git's records; a worktree already gone is fine.
 * Git refuses to remove worktrees with submodules even with `--force`; those are deleted from disk
 * and pruned instead. The branch is kept: it holds the task's result.
 */
export async function removeWorktree(git: Git, worktreePath: string): Promise<void> {
  return withRepoLock(git, () => removeWorktreeUnlocked(git, worktreePath));
}

async function removeWorktreeUnlocked(git: Git, worktreePath: string): Promise<void> {
  const dir = path.resolve(worktreePath);
  const removed = await git.exec(['worktree', 'remove', '--force', '--force', dir], { allowFailure: true });
  if (removed.exitCode !== 0) {
    const index = (await listWorktrees(git)).findIndex((w) => samePath(w.path, dir));
    // The first entry is the main working tree (or the bare repository): never delete that.
    if (index === 0) throw new Error(`refusing to remove ${dir}: it is the main working tree`);
    if (index > 0) await rm(dir, { recursive: true, force: true });
  }
  await git.exec(['worktree', 'prune']);
  if (existsSync(dir) && (await listWorktrees(git)).some((w) => samePath(w.path, dir))) {
    throw new Error(`git worktree remove ${dir} failed: ${removed.stderr.trim()}`);
  }
}

/** All worktrees of the repository, from `git worktree list --porcelain -z`. */
export async function listWorktrees(git: Git): Promise<WorktreeInfo[]> {
  const out = await git.exec(['worktree', 'list', '--porcelain', '-z']);
  const result: WorktreeInfo[] = [];
  let cur: WorktreeInfo | null = null;
  for (const field of out.stdout.split('\0')) {
    if (field === '') {
      // An empty field ends a record.
      if (cur) result.push(cur);
      cur = null;
      continue;
    }
    const sp = field.indexOf(' ');
    const key = sp < 0 ? field : field.slice(0, sp);
    const value = sp < 0 ? '' : field.slice(sp + 1);
    if (key === 'worktree') {
      if (cur) result.push(cur);
      cur = { path: value, head: null, branch: null, bare: false, detached: false, locked: null, prunable: null };
      continue;
    }
    if (!cur) continue;
    if (key === 'HEAD') cur.head = /^0+$/.test(value) ? null : value;
    else if (key === 'branch') cur.branch = value.replace(/^refs\/heads\//, '');
    else if (key === 'bare') cur.bare = true;
    else if (key === 'detached') cur.detached = true;
    else if (key === 'locked') cur.locked = value;
    else if (key === 'prunable') cur.prunable = value;
  }
  if (cur) result.push(cur);
  return result;
}

export interface MergeStartPointOptions {
  /** Author and committer of the merge commit. */
  identity: GitIdentity;
  /** Message of the merge commit. Default `Merge dependencies <short shas>`. */
  message?: string;
}

/**
 * A commit to start a task with several dependencies from: one commit whose tree merges all of
 * `commits` (its parents). Commits already contained in another are dropped; if one commit
 * contains all others it is returned as is. Merged in memory with `merge-tree --write-tree`, so no
 * worktree or index is touched. Throws a {@link MergeConflictError} naming the files on conflict.
 */
export async function mergeStartPoint(git: Git, commits: string[], opts: MergeStartPointOptions): Promise<string> {
  if (commits.length === 0) throw new TypeError('mergeStartPoint needs at least one commit');
  const shas = [...new Set(await Promise.all(commits.map((c) => git.revParse(c))))];
  const heads: string[] = [];
  for (const sha of shas) {
    if (await containedIn(git, sha, heads)) continue;
    const kept: string[] = [];
    for (const h of heads) if (!(await isAncestor(git, h, sha))) kept.push(h);
    heads.splice(0, heads.length, ...kept, sha);
  }
  if (heads.length === 1) return heads[0]!;

  const idArgs = identityArgs(opts.identity);
  // merge-tree (git 2.39) merges two commits, so fold: intermediate commits exist only to feed
  // the next merge; the result gets the tree of the last merge and all heads as parents.
  let acc = heads[0]!;
  let tree = '';
  for (let i = 1; i < heads.length; i++) {
    const next = heads[i]!;
    const merged = await mergeTree(git, acc, next);
    if (!merged.clean) throw new MergeConflictError(heads.slice(0, i + 1), merged.conflictedFiles);
    tree = merged.tree;
    if (i < heads.length - 1) {
      acc = await commitTree(git, idArgs, tree, [acc, next], 'intermediate merge');
    }
  }
  const message = opts.message ?? `Merge dependencies ${heads.map((h) => h.slice(0, 12)).join(', ')}`;
  return commitTree(git, idArgs, tree, heads, message);
}

async function commitTree(git: Git, idArgs: string[], tree: string, parents: string[], message: string): Promise<string> {
  const out = await git.exec([...idArgs, 'commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], { input: `${message}\n` });
  return out.stdout.trim();
}

async function isAncestor(git: Git, ancestor: string, of: string): Promise<boolean> {
  const out = await git.exec(['merge-base', '--is-ancestor', ancestor, of], { allowFailure: true });
  if (out.exitCode > 1) throw new Error(`git merge-base --is-ancestor ${ancestor} ${of} failed: ${out.stderr.trim()}`);
  return out.exitCode === 0;
}

async function containedIn(git: Git, sha: string, heads: string[]): Promise<boolean> {
  for (const h of heads) if (await isAncestor(git, sha, h)) return true;
  return false;
}

function samePath(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}
