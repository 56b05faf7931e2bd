/**
 * A task's private git state: a plain directory with a repository of its own that borrows the main
 * repository's objects (read-only) through alternates. The agent's git works normally there, but on
 * its own refs, HEAD, config, hooks and index; nothing of the main repository's is in reach. The host
 * sets it up while it is still trusted (before the agent runs) and afterwards only deletes it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { moveBranch } from './branches.js';
import { assertNotOption, type Git } from './git.js';

export interface TaskRepoOptions {
  /** The task directory; must not exist yet or be empty. */
  dir: string;
  /** The task branch, created in the private repository at `startPoint` and checked out. */
  branch: string;
  /** Commit sha the task starts from. */
  startPoint: string;
  /** The main repository's object directories ({@link objectDirs}), written as the alternates. */
  objectDirs: string[];
  /** The main repository's shallow commits ({@link shallowCommits}), so history walks stop there too. */
  shallow: string[];
  /** The main repository's object format. Default `sha1`. */
  objectFormat?: string;
}

/** Where a repository's objects are found: `<commonDir>/objects` and, recursively, its alternates. */
export async function objectDirs(commonDir: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string, depth: number) => {
    const real = await fs.realpath(dir).catch(() => null);
    if (real === null || found.includes(real)) return;
    found.push(real);
    // Git follows alternates five levels deep; so do we.
    if (depth >= 5) return;
    const text = await fs.readFile(path.join(real, 'info', 'alternates'), 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      const entry = line.trim();
      if (!entry || entry.startsWith('#') || entry.startsWith('"')) continue;
      await visit(path.resolve(real, entry), depth + 1);
    }
  };
  await visit(path.join(commonDir, 'objects'), 0);
  return found;
}

/** The commits a shallow repository's history stops at (its `shallow` file), `[]` when it is complete. */
export async function shallowCommits(commonDir: string): Promise<string[]> {
  const text = await fs.readFile(path.join(commonDir, 'shallow'), 'utf8').catch(() => '');
  return text.split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}

/**
 * Creates the task directory with its own `.git` (no sample hooks: `--template=`), the main
 * repository's objects as alternates, its `shallow` file when it has one, `refs/heads/<branch>` at
 * the start point, HEAD on that branch and the files checked out. No `git worktree` bookkeeping:
 * the main repository is not written at all.
 */
export async function createTaskRepo(git: Git, opts: TaskRepoOptions): Promise<void> {
  const dir = path.resolve(opts.dir);
  await initTaskGitDir(git, opts);
  await git.exec(['--git-dir', path.join(dir, '.git'), '--work-tree', dir, 'reset', '--hard', '--quiet'], { cwd: dir });
}

/**
 * {@link createTaskRepo} without the checkout: `<dir>/.git` with the alternates, `shallow`, the
 * branch at the start point and HEAD on it, and no index (for a task whose files come from
 * elsewhere, e.g. the run's shared base).
 */
export async function initTaskGitDir(git: Git, opts: TaskRepoOptions): Promise<void> {
  assertNotOption(opts.branch, 'branch name');
  const dir = path.resolve(opts.dir);
  const gitDir = path.join(dir, '.git');
  const format = opts.objectFormat ?? 'sha1';
  await fs.mkdir(dir, { recursive: true });
  const byHand = plainBranchName(opts.branch) && /^[a-z0-9]+$/.test(format) && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(opts.startPoint);
  if (byHand) {
    // What `git init --template= -b <branch>` and `update-ref` write, written here: two git processes
    // less per task (the collect step makes its repository the same way).
    const heads = path.join(gitDir, 'refs', 'heads');
    await fs.mkdir(path.join(gitDir, 'objects', 'pack'), { recursive: true });
    await fs.mkdir(path.join(gitDir, 'refs', 'tags'), { recursive: true });
    await fs.mkdir(path.dirname(path.join(heads, opts.branch)), { recursive: true });
    const extensions = format === 'sha1' ? '' : `[extensions]\n\tobjectformat = ${format}\n`;
    const config = `[core]\n\trepositoryformatversion = ${extensions ? 1 : 0}\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n${extensions}`;
    await fs.writeFile(path.join(gitDir, 'config'), config);
    await fs.writeFile(path.join(gitDir, 'HEAD'), `ref: refs/heads/${opts.branch}\n`);
    await fs.writeFile(path.join(heads, opts.branch), `${opts.startPoint}\n`);
  } else {
    await git.exec(['init', '--quiet', '--template=', `--object-format=${format}`, '-b', opts.branch, dir], { cwd: dir });
  }
  const info = path.join(gitDir, 'objects', 'info');
  await fs.mkdir(info, { recursive: true });
  await fs.writeFile(path.join(info, 'alternates'), opts.objectDirs.map((d) => `${d}\n`).join(''));
  if (opts.shallow.length) await fs.writeFile(path.join(gitDir, 'shallow'), opts.shallow.map((s) => `${s}\n`).join(''));
  if (!byHand) {
    await git.exec(['--git-dir', gitDir, 'update-ref', `refs/heads/${opts.branch}`, opts.startPoint], { cwd: dir });
  }
}

/**
 * A branch name that is safe to write as a path under `refs/heads/` by hand: plain components of
 * letters, digits, `.`, `_`, `-`, none starting with `.` or ending with `.lock`. Anything else goes
 * through git, which knows the whole rule.
 */
function plainBranchName(name: string): boolean {
  return name.split('/').every((c) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(c) && !c.endsWith('.lock') && !c.endsWith('.') && !c.includes('..'));
}

/**
 * Hands `dir` and everything under it to `uid:gid` with lchown: a symlink itself changes owner, its
 * target never does. Run on the host's own fresh copy, before the agent starts.
 */
export async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await fs.lchown(dir, uid, gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(p, uid, gid);
    else await fs.lchown(p, uid, gid);
  }
}

/**
 * Deletes a directory an agent had: `fs.rm` removes symlinks, never what they point to. A directory
 * the agent made unwritable (mode 0500 …) is made writable again first when that is what stops the
 * removal; only real directories are chmod-ed (lstat), so no symlink leads the chmod out.
 */
export async function removeTaskDir(dir: string): Promise<void> {
  try {
    await fs.rm(dir, { recursive: true, force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    await makeWritable(dir);
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function makeWritable(dir: string): Promise<void> {
  const st = await fs.lstat(dir).catch(() => null);
  if (!st?.isDirectory()) return;
  await fs.chmod(dir, 0o700).catch(() => undefined);
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) await makeWritable(path.join(dir, entry.name));
  }
}

/** What every task of a run borrows from the main repository. */
export interface RepoObjects {
  commonDir: string;
  /** `sha1` or `sha256`. */
  objectFormat: string;
  objectDirs: string[];
  shallow: string[];
}

export async function repoObjects(git: Git): Promise<RepoObjects> {
  const commonDir = await git.commonDir();
  const objectFormat = (await git.exec(['rev-parse', '--show-object-format'])).stdout.trim() || 'sha1';
  return { commonDir, objectFormat, objectDirs: await objectDirs(commonDir), shallow: await shallowCommits(commonDir) };
}

export interface SetUpTaskOptions {
  dir: string;
  branch: string;
  startPoint: string;
  /**
   * Where the branch points now (its reservation); it is moved to the start point with a
   * compare-and-swap. Null: the branch is not this directory's to move (an attempt of a best-of-N
   * task, a result checked out for its checks).
   */
  branchAt: string | null;
  /** Hand the task directory to this uid:gid (a root orchestrator running agents as another user). */
  owner?: { uid: number; gid: number };
}

/** Moves the task branch to its start point and makes the task directory ({@link createTaskRepo}). */
export async function setUpTask(git: Git, repo: RepoObjects, o: SetUpTaskOptions): Promise<void> {
  if (o.branchAt !== null && !(await moveBranch(git, o.branch, o.startPoint, o.branchAt))) {
    throw new Error(`branch ${o.branch} was changed by another process after this run reserved it`);
  }
  await createTaskRepo(git, { dir: o.dir, branch: o.branch, startPoint: o.startPoint, objectDirs: repo.objectDirs, shallow: repo.shallow, objectFormat: repo.objectFormat });
  if (o.owner) await chownTree(o.dir, o.owner.uid, o.owner.gid);
}
