/**
 * Taking a task's result in on the host, as data. The collect step's bundle is checked (a regular
 * file under a size cap, a well-formed header naming the result), its pack indexed with
 * `index-pack --strict` (every object fsck-ed, every link present) into a quarantine directory, and
 * only once the result descends from the task's start point and stays within the limits are its
 * objects moved into the repository and the task branch set, with a compare-and-swap. A result that
 * does not descend is kept under `refs/fanout/rejected/<run>/<task>`; one over a limit is dropped.
 * Every git call here runs in the main repository, with its own (trusted) configuration.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../core/units.js';
import { parseNumstatZ, type TaskCommitResult } from './commit.js';
import type { Git } from './git.js';

/** Limits on what a task's result may add, measured on its diff against the task's start point. */
export interface ResultLimits {
  /** Sum of the sizes of the files the result adds or changes. Default 100 MiB. */
  maxBytes: number;
  /** Number of files the result adds or changes. Default 10 000. */
  maxFiles: number;
  /** Size of the largest file the result adds or changes. Default 50 MiB. */
  maxFileBytes: number;
}

export interface ImportResultOptions {
  runId: string;
  taskId: string;
  branch: string;
  /** The task's start point: the result must descend from it, and the branch points at it now. */
  startPoint: string;
  /** The commit the collect step reported. */
  result: string;
  /** The collect step's bundle; null when it reported that none was needed. */
  bundle: string | null;
  /** The main repository's common git dir (the quarantine goes under its objects directory). */
  commonDir: string;
  limits: ResultLimits;
  /**
   * Attempt `attempt` of a best-of-N task: the result goes to its attempt ref ({@link attemptRef}),
   * created (it must not exist yet), and the task branch is left alone: only the winner moves it.
   */
  attempt?: number;
}

export type ImportOutcome =
  /** The branch now points at `commit`. */
  | ({ kind: 'accepted'; commit: string } & Omit<TaskCommitResult, 'commit'>)
  /** Kept under `ref`, the task branch untouched. */
  | { kind: 'rejected'; ref: string; commit: string; reason: string }
  /** Nothing kept. */
  | { kind: 'dropped'; reason: string };

/** Packs with fewer objects are unpacked into loose objects (git's `transfer.unpackLimit` default). */
const UNPACK_LIMIT = 100;

/** Bundles larger than this many bytes over the result size limit are refused unread. */
export const BUNDLE_SLACK_BYTES = 16 * 1024 ** 2;
const MAX_HEADER_BYTES = 64 * 1024;

/** The ref a result that does not descend from its start point is kept under (`/<k>` for attempt k). */
export function rejectedRef(runId: string, taskId: string, attempt?: number): string {
  return `refs/fanout/rejected/${runId}/${taskId}${attempt === undefined ? '' : `/${attempt}`}`;
}

/** Where attempt `attempt` of a best-of-N task keeps its result, winner or not. */
export function attemptRef(runId: string, taskId: string, attempt: number): string {
  return `refs/fanout/attempts/${runId}/${taskId}/${attempt}`;
}

export async function importResult(git: Git, o: ImportResultOptions): Promise<ImportOutcome> {
  const task = `task '${o.taskId}'`;
  const objects = path.join(o.commonDir, 'objects');
  const quarantine = path.join(objects, `incoming-fanout-${randomBytes(6).toString('hex')}`);
  try {
    let env: Record<string, string> | undefined;
    if (o.bundle !== null) {
      const cap = o.limits.maxBytes + BUNDLE_SLACK_BYTES;
      const header = await readBundleHeader(o.bundle, cap);
      if (header.refs.length !== 1 || header.refs[0].name !== 'refs/fanout/result' || header.refs[0].oid !== o.result) {
        throw new Error(`${task}: the result bundle does not hold exactly the reported result ${o.result}`);
      }
      await fs.mkdir(path.join(quarantine, 'pack'), { recursive: true });
      // The objects stay apart from the repository's until every check passed.
      env = { GIT_OBJECT_DIRECTORY: quarantine, GIT_ALTERNATE_OBJECT_DIRECTORIES: objects, GIT_QUARANTINE_PATH: quarantine };
      // As `git fetch` does: a small pack is unpacked into loose objects, a large one kept as a pack.
      // Both check every object (fsck) and every link; loose objects also spare the pack's fsync,
      // which waits for the disk's journal on a busy host.
      const args =
        header.objects < UNPACK_LIMIT
          ? ['unpack-objects', '--strict', '-q', `--max-input-size=${cap}`]
          : ['index-pack', '--strict', '--fix-thin', '--stdin', `--max-input-size=${cap}`];
      const indexed = await git.exec(args, { inputFile: { path: o.bundle, start: header.packOffset }, env, allowFailure: true });
      if (indexed.exitCode !== 0) throw new Error(`${task}: the result bundle failed the object checks: ${lastLines(indexed.stderr)}`);
    }
    // Read-only checks, side by side (each git process costs a fork of this one: few of them).
    const notACommit = () => new Error(`${task}: the reported result ${o.result} is not a commit the bundle brought`);
    const [size, descends] = await Promise.all([
      measureResult(git, o.startPoint, o.result, env).catch(() => null),
      isAncestor(git, o.startPoint, o.result, env).catch(() => null),
    ]);
    if (size === null || descends === null || size.toType !== 'commit') throw notACommit();
    const over = overLimit(size, o.limits);
    if (over) {
      const why = descends ? '' : ` (and it does not descend from the task's start point ${o.startPoint.slice(0, 12)})`;
      return { kind: 'dropped', reason: `${over}${why}; the result was dropped` };
    }
    if (env) await migrateQuarantine(quarantine, objects);
    if (!descends) {
      const ref = await keepRejected(git, rejectedRef(o.runId, o.taskId, o.attempt), o.result);
      return {
        kind: 'rejected',
        ref,
        commit: o.result,
        reason: `the result ${o.result.slice(0, 12)} does not descend from the task's start point ${o.startPoint.slice(0, 12)}; it is kept as ${ref}`,
      };
    }
    // The task branch moves from the start point (compare-and-swap); an attempt's ref is created.
    const target = o.attempt === undefined ? { ref: `refs/heads/${o.branch}`, old: o.startPoint } : { ref: attemptRef(o.runId, o.taskId, o.attempt), old: '' };
    const moved = await git.exec(['update-ref', target.ref, o.result, target.old], { allowFailure: true });
    if (moved.exitCode !== 0) {
      const ref = await keepRejected(git, rejectedRef(o.runId, o.taskId, o.attempt), o.result);
      const what = o.attempt === undefined ? `branch ${o.branch} no longer points at the task's start point` : `${target.ref} exists already`;
      return {
        kind: 'rejected',
        ref,
        commit: o.result,
        reason: `${what} (moved by another process); the result is kept as ${ref}`,
      };
    }
    return { kind: 'accepted', commit: o.result, ...size.stats };
  } finally {
    await fs.rm(quarantine, { recursive: true, force: true });
  }
}

interface BundleHeader {
  refs: { oid: string; name: string }[];
  prerequisites: string[];
  /** Where the pack data starts. */
  packOffset: number;
  /** How many objects the pack holds (from its header). */
  objects: number;
}

/**
 * Reads a bundle's header, refusing anything but a regular file (never through a symlink) of at most
 * `cap` bytes with a v2/v3 header.
 */
export async function readBundleHeader(file: string, cap: number): Promise<BundleHeader> {
  const st = await fs.lstat(file).catch(() => null);
  if (!st) throw new Error(`the result bundle ${file} is missing`);
  if (!st.isFile()) throw new Error(`the result bundle ${file} is not a regular file`);
  if (st.size > cap) throw new Error(`the result bundle is ${formatBytes(st.size)}, over the cap of ${formatBytes(cap)} (max result size + ${formatBytes(BUNDLE_SLACK_BYTES)})`);
  const handle = await fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  let text: string;
  let buf: Buffer;
  try {
    buf = Buffer.alloc(Math.min(MAX_HEADER_BYTES, st.size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    buf = buf.subarray(0, bytesRead);
    text = buf.toString('latin1');
  } finally {
    await handle.close();
  }
  const end = text.indexOf('\n\n');
  if (end < 0) throw new Error('the result bundle has no complete header');
  const lines = text.slice(0, end).split('\n');
  const version = lines.shift();
  if (version !== '# v2 git bundle' && version !== '# v3 git bundle') throw new Error(`the result bundle is not a git bundle (${JSON.stringify(version?.slice(0, 40))})`);
  const refs: BundleHeader['refs'] = [];
  const prerequisites: string[] = [];
  for (const line of lines) {
    if (line.startsWith('@')) continue; // v3 capabilities (object-format); index-pack checks the objects
    const pre = /^-([0-9a-f]{40,64})(?: .*)?$/.exec(line);
    if (pre) {
      prerequisites.push(pre[1]);
      continue;
    }
    const ref = /^([0-9a-f]{40,64}) (refs\/[^\s]+)$/.exec(line);
    if (!ref) throw new Error(`the result bundle has a malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
    refs.push({ oid: ref[1], name: ref[2] });
  }
  // The pack header: "PACK", version, object count (big-endian).
  const pack = buf.subarray(end + 2, end + 14);
  if (pack.length < 12 || pack.toString('latin1', 0, 4) !== 'PACK') throw new Error('the result bundle holds no pack');
  const objects = pack.readUInt32BE(8);
  return { refs, prerequisites, packOffset: end + 2, objects };
}

export interface ResultSize {
  /** Files added or changed (not deleted; submodule links not counted). */
  files: number;
  /** Sum of their sizes. */
  bytes: number;
  /** The biggest of them, largest first (at most 5). */
  biggest: { path: string; size: number }[];
  /** Size of the largest. */
  largest: number;
  /** The object type of `to` (`commit` for a result). */
  toType: string;
}

/** What a result changes: its size against the limits, and its diff stats for the record. */
export interface ResultMeasure extends ResultSize {
  stats: Omit<TaskCommitResult, 'commit'>;
}

/**
 * What `to` adds over `from`, in two git processes: one `diff-tree -r -z --raw --numstat -M` (the
 * entries and the line counts, renames found as `git diff` finds them), then `cat-file --batch-check`
 * for the sizes of what it adds and the type of `to`. A renamed or copied file counts as added.
 */
export async function measureResult(git: Git, from: string, to: string, env?: Record<string, string>): Promise<ResultMeasure> {
  const out = await git.exec(['diff-tree', '-r', '-z', '--raw', '--numstat', '-M', from, to], { env });
  const { entries, numstat } = parseRawNumstatZ(out.stdout);
  const sizes = new Map<string, number>();
  const types = new Map<string, string>();
  // `to` goes along, for its type.
  const unique = [...new Set([to, ...entries.map((e) => e.oid)])];
  const batch = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], { env, input: unique.join('\n') + '\n' });
  for (const line of batch.stdout.split('\n')) {
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
    if (!m) continue;
    sizes.set(m[1], Number(m[3]));
    types.set(m[1], m[2]);
  }
  const files = entries.map((e) => ({ path: e.path, size: sizes.get(e.oid) ?? 0 })).sort((a, b) => b.size - a.size);
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    biggest: files.slice(0, 5),
    largest: files[0]?.size ?? 0,
    toType: types.get(to) ?? 'missing',
    stats: parseNumstatZ(numstat.join('\0')),
  };
}

/**
 * Splits `diff-tree -z --raw --numstat` output: the raw records' added, changed, renamed or copied
 * files (not submodule links) with their new blob, and the numstat records as they came.
 */
export function parseRawNumstatZ(text: string): { entries: { oid: string; path: string }[]; numstat: string[] } {
  const fields = text.split('\0');
  const entries: { oid: string; path: string }[] = [];
  const numstat: string[] = [];
  for (let i = 0; i < fields.length; ) {
    const raw = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(fields[i]);
    if (raw) {
      const [, mode, oid, status] = raw;
      // A rename or copy names its source, then the new path.
      const twoPaths = status === 'R' || status === 'C';
      const target = fields[i + (twoPaths ? 2 : 1)] ?? '';
      if ('AMTRC'.includes(status) && mode !== '160000') entries.push({ oid, path: target });
      i += twoPaths ? 3 : 2;
      continue;
    }
    const counts = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]);
    if (counts) {
      const paths = counts[3] === '' ? 3 : 1;
      numstat.push(...fields.slice(i, i + paths));
      i += paths;
      continue;
    }
    i++;
  }
  return { entries, numstat };
}

/** The reason a result is over a limit (naming the limit and its biggest files), or null. */
export function overLimit(size: ResultSize, limits: ResultLimits): string | null {
  const list = (min = 0) => listFiles(size.biggest.filter((f) => f.size > min));
  if (size.largest > limits.maxFileBytes) {
    return `the result has a file over the limit of ${formatLimit(limits.maxFileBytes)} per file (max-file-size): ${list(limits.maxFileBytes)}`;
  }
  if (size.bytes > limits.maxBytes) {
    return `the result adds ${formatBytes(size.bytes)}, over the limit of ${formatLimit(limits.maxBytes)} (max-result-size); biggest files: ${list()}`;
  }
  if (size.files > limits.maxFiles) {
    return `the result adds or changes ${size.files} files, over the limit of ${limits.maxFiles} (max-result-files); biggest files: ${list()}`;
  }
  return null;
}

/** `path (size), …`: files an agent left, for a reason line. */
export function listFiles(files: { path: string; size: number }[]): string {
  return files.map((f) => `${quotePath(f.path)} (${formatBytes(f.size)})`).join(', ');
}

/** A limit as the user would write it: `50 MiB` for 50m, else as {@link formatBytes} shows it. */
export function formatLimit(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return formatBytes(bytes);
}

/** A path an agent chose, fit for a reason line: control characters escaped, at most 120 characters. */
export function quotePath(p: string): string {
  const clean = JSON.stringify(p.length > 120 ? `${p.slice(0, 117)}...` : p);
  return clean.slice(1, -1) === p ? p : clean;
}

async function isAncestor(git: Git, ancestor: string, of: string, env?: Record<string, string>): Promise<boolean> {
  const out = await git.exec(['merge-base', '--is-ancestor', ancestor, of], { env, allowFailure: true });
  if (out.exitCode > 1) throw new Error(`git merge-base --is-ancestor ${ancestor} ${of} failed: ${out.stderr.trim()}`);
  return out.exitCode === 0;
}

async function keepRejected(git: Git, ref: string, commit: string): Promise<string> {
  await git.exec(['update-ref', ref, commit]);
  return ref;
}

/**
 * Moves the quarantine's objects into the repository, as git does after a push: loose objects, then
 * each `.pack` before its `.idx`. An object or pack already there is the same content: left as is.
 */
async function migrateQuarantine(quarantine: string, objects: string): Promise<void> {
  for (const dir of await fs.readdir(quarantine)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    await fs.mkdir(path.join(objects, dir), { recursive: true });
    for (const name of await fs.readdir(path.join(quarantine, dir))) {
      const target = path.join(objects, dir, name);
      if (await fs.lstat(target).then(() => false, () => true)) await fs.rename(path.join(quarantine, dir, name), target);
    }
  }
  const from = path.join(quarantine, 'pack');
  const to = path.join(objects, 'pack');
  const names = await fs.readdir(from).catch(() => [] as string[]);
  const order = (n: string) => (n.endsWith('.pack') ? 0 : n.endsWith('.idx') ? 2 : 1);
  for (const name of names.filter((n) => /^pack-[0-9a-f]+\.(pack|rev|idx)$/.test(n)).sort((a, b) => order(a) - order(b))) {
    const target = path.join(to, name);
    // The same name is the same content: that pack is there already.
    if (await fs.lstat(target).then(() => true, () => false)) continue;
    await fs.rename(path.join(from, name), target);
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ');
}
