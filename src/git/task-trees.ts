/**
 * Where each task's files come from. Two ways, chosen once per run:
 *
 * - **overlay**: the host checks the run's base commit out once (`<run>/base/tree`, its index in
 *   `<run>/base/git`), made read-only by a bind mount of `<run>/base`. Each task directory is a
 *   kernel overlay mount with that checkout as its lower layer and a fresh upper layer of its own
 *   (`<run>/layers/<task>`): whatever the agent writes, deletes or renames lands in its upper layer,
 *   never in the base the other tasks see. The task's private `.git` (alternates, branch, HEAD) is
 *   written into its upper layer before the mount, with a copy of the base's index, so git sees the
 *   files as clean without hashing them. Set-up costs the same whatever the file count (but for the
 *   index copy); removal grows with what the task wrote and touched, not with the repository.
 * - **full**: a full checkout per task ({@link createTaskRepo}), as before; used when overlays are not
 *   possible (not root and no `sudo -n`, no overlay support, a state dir whose file system cannot be an
 *   upper layer), when asked for, or when task directories must outlive the run (`keep-worktrees`).
 *
 * Either way the task's git state is private and the host sets it up while it is still its own; an
 * agent's directory is only ever unmounted and deleted afterwards (no git runs in it).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TaskCheckout } from '../core/config.js';
import type { TaskCheckoutInfo } from '../core/model.js';
import type { Logger } from '../core/logger.js';
import { errorMessage } from '../core/errors.js';
import { moveBranch } from './branches.js';
import { assertNotOption, type Git } from './git.js';
import { bindReadOnly, findMountTool, isMountPoint, mountOverlay, OVERLAY_OPTIONS, removeLayers, unmount, unmountAllUnder, type MountTool } from './overlay.js';
import { chownTree, createTaskRepo, initTaskGitDir, removeTaskDir, setUpTask, type RepoObjects, type SetUpTaskOptions } from './task-repo.js';
import { launch } from './launcher.js';

/** Where a run's task directories and their layers go (all inside `root`, the run directory). */
export interface TaskTreesLayout {
  /** The run directory: overlay options name the layers relative to it. */
  root: string;
  /** Task directories are `<worktreesDir>/<key>`. */
  worktreesDir: string;
  /** The shared base: `tree/` (the checkout) and `git/` (its git dir and index). */
  baseDir: string;
  /** Each task directory's layers: `<layersDir>/<key>/{upper,work}`. */
  layersDir: string;
}

export interface TaskTreesOptions {
  git: Git;
  repo: RepoObjects;
  /** The run's base commit: the shared checkout is of it; other start points are applied on top. */
  baseCommit: string;
  /** Set when a root orchestrator hands task directories to the agent's (unprivileged) user. */
  owner?: { uid: number; gid: number };
  layout: TaskTreesLayout;
  want: TaskCheckout;
  /** Why full checkouts are needed whatever `want` says (e.g. `keep-worktrees`); unset when nothing forces them. */
  fullBecause?: string;
  logger: Logger;
  clock?: () => number;
}

/** A probe overlay mounted for a look from elsewhere (the Docker daemon): `file` reads `token` through it. */
export interface OverlayProbe {
  dir: string;
  file: string;
  token: string;
  release: () => Promise<void>;
}

interface Base {
  tree: string;
  gitDir: string;
}

export class TaskTrees {
  readonly #o: TaskTreesOptions;
  readonly #clock: () => number;
  #mode: 'overlay' | 'full';
  #reason: string | null;
  #tool: MountTool | null;
  /** The overlay options this kernel took in the probe. */
  #options: readonly string[] = OVERLAY_OPTIONS[0];
  #base: Promise<Base> | null = null;
  #baseMs: number | null = null;
  /** Mount points of this run: task directories, and the base's read-only bind (`baseDir`). */
  readonly #mounted = new Set<string>();
  #used = false;

  private constructor(o: TaskTreesOptions, mode: 'overlay' | 'full', reason: string | null, tool: MountTool | null) {
    this.#o = o;
    this.#clock = o.clock ?? Date.now;
    this.#mode = mode;
    this.#reason = reason;
    this.#tool = tool;
  }

  /**
   * Decides how this run's task directories are made: overlay when asked for (or `auto`) and a probe
   * overlay under the run directory behaves (mount, write, delete, rename, unmount). Throws when
   * `overlay` was asked for and is not possible.
   */
  static async open(o: TaskTreesOptions): Promise<TaskTrees> {
    if (o.want === 'full') return new TaskTrees(o, 'full', null, null);
    const refuse = (why: string): TaskTrees => {
      if (o.want === 'overlay') throw new Error(`task-checkout overlay is not possible here: ${why}`);
      return new TaskTrees(o, 'full', why, null);
    };
    if (o.fullBecause) return refuse(o.fullBecause);
    const tool = await findMountTool();
    if ('unavailable' in tool) return refuse(tool.unavailable);
    const trees = new TaskTrees(o, 'overlay', null, tool);
    try {
      trees.#options = await probeOverlay(tool, o.layout.layersDir);
      return trees;
    } catch (error) {
      return refuse(`a probe overlay in ${o.layout.layersDir} failed: ${errorMessage(error)}`);
    }
  }

  get mode(): 'overlay' | 'full' {
    return this.#mode;
  }

  get info(): TaskCheckoutInfo {
    return { mode: this.#mode, reason: this.#reason, baseMs: this.#baseMs };
  }

  /** One line for the run's log. */
  describe(): string {
    if (this.#mode === 'overlay') return 'task checkouts: one shared checkout of the base, an overlay (copy-on-write) per task';
    return `task checkouts: a full checkout per task${this.#reason ? ` (no overlay: ${this.#reason})` : ' (task-checkout full)'}`;
  }

  /**
   * Gives up on overlays before any task directory was made (e.g. the Docker daemon does not see
   * this process's mounts). Throws when `overlay` was asked for.
   */
  fallBack(reason: string): void {
    if (this.#mode === 'full') return;
    if (this.#used) throw new Error(`cannot fall back to full checkouts: task directories exist already (${reason})`);
    if (this.#o.want === 'overlay') throw new Error(`task-checkout overlay is not possible here: ${reason}`);
    this.#mode = 'full';
    this.#reason = reason;
  }

  /** Starts making the shared base now (overlay), so that it overlaps with the rest of the run's set-up. */
  prepare(): void {
    if (this.#mode === 'overlay') void this.#ensureBase().catch(() => undefined);
  }

  /** Settles once the shared base is made (overlay; rejects when that failed); at once for full checkouts. */
  async ready(): Promise<void> {
    if (this.#mode === 'overlay') await this.#ensureBase();
  }

  /**
   * Moves the task branch to its start point (when `branchAt` is set; see {@link setUpTask}) and
   * makes the task directory `o.dir`, handed to `o.owner`.
   */
  async setUp(o: SetUpTaskOptions): Promise<void> {
    this.#used = true;
    if (this.#mode === 'full') return setUpTask(this.#o.git, this.#o.repo, o);
    const { git } = this.#o;
    if (o.branchAt !== null && !(await moveBranch(git, o.branch, o.startPoint, o.branchAt))) {
      throw new Error(`branch ${o.branch} was changed by another process after this run reserved it`);
    }
    const base = await this.#ensureBase();
    await this.#mountTask(base, o);
  }

  /** Unmounts (when mounted) and deletes a task directory and its layers; no git runs in them. */
  async remove(dir: string): Promise<void> {
    if (this.#tool !== null && (await isMountPoint(dir))) await unmount(this.#tool, dir);
    this.#mounted.delete(dir);
    await removeTaskDir(dir);
    if (this.#tool !== null) await removeLayers(this.#tool, this.#layerDir(dir));
  }

  /**
   * The run's end (also when cancelled): every task directory still mounted goes, then the base.
   * Task directories of a full checkout are left to the caller (`keep-worktrees`).
   */
  async close(): Promise<void> {
    const errors: string[] = [];
    await this.#base?.catch(() => undefined);
    for (const dir of [...this.#mounted]) {
      if (dir === this.#o.layout.baseDir) continue;
      await this.remove(dir).catch((error: unknown) => errors.push(`${dir}: ${errorMessage(error)}`));
    }
    if (this.#tool !== null) {
      // Anything else mounted there (a task directory nobody removed, a probe, the base's bind) goes too.
      for (const dir of [this.#o.layout.worktreesDir, this.#o.layout.layersDir, this.#o.layout.baseDir]) {
        await unmountAllUnder(this.#tool, dir).catch((error: unknown) => errors.push(`${dir}: ${errorMessage(error)}`));
      }
      this.#mounted.clear();
    }
    if (errors.length === 0) {
      await removeTaskDir(this.#o.layout.baseDir);
      await removeLayers(this.#tool, this.#o.layout.layersDir);
    }
    if (errors.length) throw new Error(`could not unmount every task directory: ${errors.join('; ')}`);
  }

  /**
   * Mounts a small overlay whose `file` reads `token`, for a check from elsewhere (the Docker daemon
   * must see this process's mounts). Overlay mode only.
   */
  async mountProbe(): Promise<OverlayProbe> {
    if (this.#tool === null) throw new Error('no overlay probe: task checkouts are full');
    const token = randomBytes(16).toString('hex');
    const probe = await probeLayers(this.#o.layout.layersDir);
    try {
      await fs.writeFile(path.join(probe.lower, 'probe'), token, { mode: 0o644 });
      await mountOverlay(this.#tool, probe.layers, probe.merged, this.#options);
    } catch (error) {
      await removeLayers(this.#tool, probe.dir);
      throw error;
    }
    const tool = this.#tool;
    return {
      dir: probe.merged,
      file: path.join(probe.merged, 'probe'),
      token,
      release: async () => {
        await unmount(tool, probe.merged);
        await removeLayers(tool, probe.dir);
      },
    };
  }

  #baseTree(): string {
    return path.join(this.#o.layout.baseDir, 'tree');
  }

  #layerDir(dir: string): string {
    const key = path.relative(this.#o.layout.worktreesDir, dir);
    if (!key || key.startsWith('..') || path.isAbsolute(key)) throw new Error(`${dir} is not a task directory of this run`);
    return path.join(this.#o.layout.layersDir, key);
  }

  #relLayers(l: { lower: string; upper: string; work: string }) {
    const { root } = this.#o.layout;
    return { cwd: root, lower: path.relative(root, l.lower), upper: path.relative(root, l.upper), work: path.relative(root, l.work) };
  }

  #ensureBase(): Promise<Base> {
    this.#base ??= this.#makeBase().catch((error: unknown) => {
      throw new Error(`making the run's shared checkout of ${this.#o.baseCommit.slice(0, 12)} failed: ${errorMessage(error)}`, { cause: error });
    });
    return this.#base;
  }

  /**
   * The base checkout: made like a task's (same git, same filters), its `.git` moved out of the tree
   * so that the lower layer holds the files only, handed to the agent's user (its index refreshed),
   * then made read-only, index included. (A task whose index is copied within the same second as
   * the last file was written re-checks those files on its first `git status`: git's racily-clean
   * rule, as after any checkout; waiting out that second here would cost every run up to a second.)
   */
  async #makeBase(): Promise<Base> {
    const t0 = this.#clock();
    const { git, repo, baseCommit, owner, layout } = this.#o;
    const tree = this.#baseTree();
    const gitDir = path.join(layout.baseDir, 'git');
    await removeTaskDir(layout.baseDir);
    await createTaskRepo(git, { dir: tree, branch: 'base', startPoint: baseCommit, objectDirs: repo.objectDirs, shallow: repo.shallow, objectFormat: repo.objectFormat });
    await fs.rename(path.join(tree, '.git'), gitDir);
    if (owner) {
      // chown(1) -h -R: symlinks themselves, never what they point to; far quicker than a walk from here.
      await launch('chown', ['-h', '-R', `${owner.uid}:${owner.gid}`, '--', tree]);
      // An ownership change is a stat change: without fresh stat data every task's git would hash every file.
      await git.exec(['--git-dir', gitDir, '--work-tree', tree, 'update-index', '-q', '--refresh'], { cwd: tree, allowFailure: true });
    }
    // The checkout and its index, read-only from here on, for the host too.
    await bindReadOnly(this.#tool!, layout.baseDir);
    this.#mounted.add(layout.baseDir);
    this.#baseMs = this.#clock() - t0;
    this.#o.logger.debug(`shared checkout of ${baseCommit.slice(0, 12)} made in ${this.#baseMs} ms`);
    return { tree, gitDir };
  }

  /**
   * A task directory on the base: its git dir written into a fresh upper layer (so nothing of it is
   * in the base), the base's index copied in, the overlay mounted; a start point other than the base
   * is then checked out on top (only the files that differ are written).
   */
  async #mountTask(base: Base, o: SetUpTaskOptions): Promise<void> {
    assertNotOption(o.branch, 'branch name');
    const { git, repo, baseCommit, owner } = this.#o;
    const layer = this.#layerDir(o.dir);
    const upper = path.join(layer, 'upper');
    const work = path.join(layer, 'work');
    await removeLayers(this.#tool, layer);
    await fs.mkdir(work, { recursive: true });
    await initTaskGitDir(git, { dir: upper, branch: o.branch, startPoint: baseCommit, objectDirs: repo.objectDirs, shallow: repo.shallow, objectFormat: repo.objectFormat });
    // A reflink where the file system has them (XFS, btrfs), else a copy (~75 ns a file of the base).
    // No index: a base without files (git writes none for an empty tree).
    await fs.copyFile(path.join(base.gitDir, 'index'), path.join(upper, '.git', 'index'), fs.constants.COPYFILE_FICLONE).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    if (owner) await chownTree(upper, owner.uid, owner.gid);
    await fs.mkdir(o.dir, { recursive: true });
    // Registered before the mount: whatever happens next, close() removes it.
    this.#mounted.add(o.dir);
    await mountOverlay(this.#tool!, this.#relLayers({ lower: base.tree, upper, work }), o.dir, this.#options);
    if (o.startPoint === baseCommit) return;
    const at = ['--git-dir', path.join(o.dir, '.git'), '--work-tree', o.dir];
    await git.exec([...at, 'read-tree', '-m', '-u', baseCommit, o.startPoint], { cwd: o.dir });
    await git.exec([...at, 'update-ref', `refs/heads/${o.branch}`, o.startPoint], { cwd: o.dir });
    if (owner) await this.#chownChanged(o.dir, baseCommit, o.startPoint, owner);
  }

  /** Hands the files a checkout on top of the base wrote (and their new directories) to `owner`. */
  async #chownChanged(dir: string, from: string, to: string, owner: { uid: number; gid: number }): Promise<void> {
    const out = await this.#o.git.exec(['diff-tree', '-r', '-z', '--name-only', '--no-renames', from, to], { cwd: dir });
    const seen = new Set<string>();
    for (const rel of out.stdout.split('\0').filter(Boolean)) {
      const parts = rel.split('/');
      for (let i = parts.length; i >= 1; i--) {
        const p = path.join(dir, ...parts.slice(0, i));
        if (seen.has(p)) break;
        seen.add(p);
        const st = await fs.lstat(p).catch(() => null);
        if (st && (st.uid !== owner.uid || st.gid !== owner.gid)) await fs.lchown(p, owner.uid, owner.gid);
      }
    }
  }
}

/** A probe overlay's directories under `parent`; `layers` names them relative to the probe's own directory. */
async function probeLayers(parent: string) {
  const dir = path.join(parent, `probe-${randomBytes(4).toString('hex')}`);
  const parts = { dir, lower: path.join(dir, 'lower'), upper: path.join(dir, 'upper'), work: path.join(dir, 'work'), merged: path.join(dir, 'merged') };
  for (const d of [parts.lower, parts.upper, parts.work, parts.merged]) await fs.mkdir(d, { recursive: true });
  return { ...parts, layers: { cwd: dir, lower: 'lower', upper: 'upper', work: 'work' } };
}

/**
 * What a task will do, once, on a tiny overlay under `parent`: a read-only lower layer, a file
 * rewritten, one deleted, a directory renamed; the lower layer must be as it was afterwards, and
 * nothing is left. Returns the first of {@link OVERLAY_OPTIONS} the kernel takes (an older kernel
 * has no `volatile`); throws with the first failure when none works.
 */
export async function probeOverlay(tool: MountTool, parent: string): Promise<readonly string[]> {
  let first: unknown;
  for (const options of OVERLAY_OPTIONS) {
    try {
      await probeWith(tool, parent, options);
      return options;
    } catch (error) {
      first ??= error;
    }
  }
  throw first;
}

async function probeWith(tool: MountTool, parent: string, options: readonly string[]): Promise<void> {
  const p = await probeLayers(parent);
  let boundLower = false;
  let mounted = false;
  try {
    await fs.mkdir(path.join(p.lower, 'd'));
    await fs.writeFile(path.join(p.lower, 'f'), 'base\n');
    await fs.writeFile(path.join(p.lower, 'd', 'g'), 'base\n');
    await bindReadOnly(tool, p.lower);
    boundLower = true;
    await mountOverlay(tool, p.layers, p.merged, options);
    mounted = true;
    await fs.writeFile(path.join(p.merged, 'f'), 'task\n');
    await fs.rm(path.join(p.merged, 'd', 'g'));
    await fs.rename(path.join(p.merged, 'd'), path.join(p.merged, 'e'));
    const seen = await fs.readFile(path.join(p.merged, 'f'), 'utf8');
    const lower = await fs.readFile(path.join(p.lower, 'f'), 'utf8');
    const kept = await fs.readFile(path.join(p.lower, 'd', 'g'), 'utf8');
    if (seen !== 'task\n' || lower !== 'base\n' || kept !== 'base\n') throw new Error('the overlay did not keep its writes apart from its lower layer');
  } finally {
    if (mounted) await unmount(tool, p.merged);
    if (boundLower) await unmount(tool, p.lower);
    await removeLayers(tool, p.dir);
  }
}
