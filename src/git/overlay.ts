/**
 * Kernel overlay mounts for task directories: the one place that runs mount(8) and umount(8), and
 * reads which mounts are left under a directory (`/proc/self/mountinfo`). As root they run
 * directly; otherwise through `sudo -n` when that works without a password (GitHub-hosted
 * runners); else there are no overlays and the caller keeps to full checkouts.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { launch } from './launcher.js';
import { removeTaskDir } from './task-repo.js';

/** How mount commands are run: directly (`[]`) or behind `sudo -n`. */
export interface MountTool {
  prefix: string[];
}

/** The layers of one overlay, as paths relative to `cwd` (mount options cannot hold every path). */
export interface OverlayLayers {
  /** Directory the relative paths are resolved from (the mount command's working directory). */
  cwd: string;
  lower: string;
  upper: string;
  work: string;
}

/** The fs "source" of every overlay agent-fanout mounts: `gc` and `findmnt` show it. */
export const OVERLAY_SOURCE = 'agent-fanout';

/**
 * Whether this process can mount: as root, yes; else when `sudo -n true` succeeds. Returns the tool,
 * or why not.
 */
export async function findMountTool(euid = process.geteuid?.() ?? -1): Promise<MountTool | { unavailable: string }> {
  if (process.platform !== 'linux') return { unavailable: `overlay mounts need Linux (this is ${process.platform})` };
  if (euid === 0) return { prefix: [] };
  const sudo = await run(['sudo', '-n', 'true'], process.cwd()).catch((error: unknown) => error as Error);
  // launch() names the command and the first line of what it said.
  if (sudo instanceof Error) return { unavailable: `not root, and sudo without a password failed (${sudo.message})` };
  return { prefix: ['sudo', '-n'] };
}

/**
 * Options every task overlay gets. `redirect_dir=on` lets a directory of the lower layer be renamed
 * (`git mv dir`, `mv` within the tree) instead of failing with EXDEV. `volatile` (Linux 5.10+) skips
 * syncing the upper layer: an unmount would otherwise wait for every dirty page of the file system
 * it lives on (other tasks' writes included), and an upper layer is thrown away after its task anyway.
 */
export const OVERLAY_OPTIONS: readonly (readonly string[])[] = [['redirect_dir=on', 'volatile'], ['redirect_dir=on']];

/**
 * Mounts an overlay at `target`: reads from `lower`, writes to `upper` (`work` is the kernel's
 * scratch space, on the same file system as `upper`), with `options` (one of {@link OVERLAY_OPTIONS}).
 */
export async function mountOverlay(tool: MountTool, layers: OverlayLayers, target: string, options: readonly string[] = OVERLAY_OPTIONS[0]): Promise<void> {
  for (const p of [layers.lower, layers.upper, layers.work]) assertPlainRelative(p);
  const all = [`lowerdir=${layers.lower}`, `upperdir=${layers.upper}`, `workdir=${layers.work}`, ...options].join(',');
  await run([...tool.prefix, 'mount', '-t', 'overlay', '-o', all, OVERLAY_SOURCE, target], layers.cwd);
}

/** Makes `dir` a read-only bind mount of itself: nothing writes the directory by its path any more. */
export async function bindReadOnly(tool: MountTool, dir: string): Promise<void> {
  await run([...tool.prefix, 'mount', '--bind', dir, dir], dir);
  try {
    await run([...tool.prefix, 'mount', '-o', 'remount,bind,ro', dir], dir);
  } catch (error) {
    await unmount(tool, dir).catch(() => undefined);
    throw error;
  }
}

/**
 * Unmounts `target`; when it is busy (a process still has a file open or its cwd there), detaches
 * it lazily: it is gone from the tree at once, and the kernel drops it when the last user goes.
 */
export async function unmount(tool: MountTool, target: string): Promise<void> {
  try {
    await run([...tool.prefix, 'umount', target], '/');
  } catch (error) {
    try {
      await run([...tool.prefix, 'umount', '--lazy', target], '/');
    } catch {
      throw error;
    }
  }
}

/**
 * Deletes overlay layers nothing is mounted on any more: `dir` is one overlay's layer set (`upper`,
 * `work`…) or a directory of them. In each work dir the kernel made `work/` as the mounter, root, with
 * mode 000 (and `incompat/volatile/` in it for a volatile mount): a user who mounts through `sudo -n`
 * can neither read nor delete it, so each work dir goes through the mount tool first. Only work dirs
 * this layout names, each a real directory inside one; the rest (the upper layers: the agent's
 * files, never read here) is deleted as this user.
 */
export async function removeLayers(tool: MountTool | null, dir: string): Promise<void> {
  if (tool && tool.prefix.length > 0 && (await isRealDir(dir))) {
    const sets = [dir, ...(await fs.readdir(dir).catch(() => [] as string[])).map((entry) => path.join(dir, entry))];
    for (const set of sets) {
      const work = path.join(set, 'work');
      if ((await isRealDir(set)) && (await isRealDir(work))) await run([...tool.prefix, 'rm', '-rf', '--one-file-system', '--', work], '/');
    }
  }
  await removeTaskDir(dir);
}

/** A directory, not a symlink to one. */
async function isRealDir(p: string): Promise<boolean> {
  return (await fs.lstat(p).catch(() => null))?.isDirectory() === true;
}

/** A mount from `/proc/self/mountinfo`. */
export interface MountEntry {
  mountPoint: string;
  fsType: string;
  source: string;
}

/** Parses `/proc/<pid>/mountinfo` text (see proc(5)); octal escapes (`\040` …) in paths decoded. */
export function parseMountInfo(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const dash = fields.indexOf('-');
    if (fields.length < 10 || dash < 6) continue;
    entries.push({ mountPoint: unescapeMountPath(fields[4]), fsType: fields[dash + 1], source: unescapeMountPath(fields[dash + 2] ?? '') });
  }
  return entries;
}

function unescapeMountPath(p: string): string {
  return p.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/** This process's mounts. */
export async function readMounts(): Promise<MountEntry[]> {
  return parseMountInfo(await fs.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
}

/**
 * The mount points at or under `dir` (its real path), deepest and latest first: the order they can
 * be unmounted in. A point mounted twice appears twice.
 */
export async function mountsUnder(dir: string, mounts?: MountEntry[]): Promise<string[]> {
  const real = await fs.realpath(dir).catch(() => path.resolve(dir));
  const list = mounts ?? (await readMounts());
  const under = list.map((m) => m.mountPoint).filter((p) => p === real || p.startsWith(`${real}/`));
  // mountinfo lists mounts in mount order: later ones (stacked or nested) go first.
  return under.reverse().sort((a, b) => b.split('/').length - a.split('/').length);
}

/** Whether `dir` (its real path) is a mount point now. */
export async function isMountPoint(dir: string): Promise<boolean> {
  const real = await fs.realpath(dir).catch(() => null);
  if (real === null) return false;
  return (await readMounts()).some((m) => m.mountPoint === real);
}

/**
 * Unmounts everything at or under `dir`, deepest first (a mount that will not go is detached
 * lazily). Returns the mount points removed; throws naming the first that could not be.
 */
export async function unmountAllUnder(tool: MountTool, dir: string): Promise<string[]> {
  const removed: string[] = [];
  // Each round removes the current top mounts; stacked mounts show up again underneath.
  for (let round = 0; round < 64; round++) {
    const points = await mountsUnder(dir);
    if (points.length === 0) return removed;
    for (const point of points) {
      await unmount(tool, point);
      removed.push(point);
    }
  }
  throw new Error(`mounts under ${dir} keep coming back`);
}

/** Overlay options separate values with `,` and `:`; paths that are not plain are refused. */
function assertPlainRelative(p: string): void {
  if (!/^[A-Za-z0-9._/-]+$/.test(p) || path.isAbsolute(p) || p.split('/').includes('..')) {
    throw new Error(`overlay layer path '${p}' must be relative and use only letters, digits, '.', '_', '-' and '/'`);
  }
}

/** Runs a command without a shell; rejects with its stderr on failure. */
function run(argv: string[], cwd: string): Promise<string> {
  return launch(argv[0], argv.slice(1), { cwd });
}
