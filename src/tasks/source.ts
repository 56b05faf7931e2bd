/**
 * Where prompt files are read from: the working tree (CLI) or a committed ref (GitHub Action, which
 * must read prompts from the base ref as committed, never from a pull request's head). Neither
 * source follows symbolic links, so a prompt path can never lead outside the repository.
 */
import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What a path is. `other` covers what no prompt can be: FIFOs, sockets, devices, git submodules.
 * A path whose own entry or any parent directory is a symbolic link is `symlink`.
 */
export type PromptPathKind = 'file' | 'symlink' | 'dir' | 'missing' | 'other';

export interface PromptPathStat {
  kind: PromptPathKind;
  /** Size in bytes (the link text's length for a symlink; 0 for directories and missing paths). */
  size: number;
}

/** Read access to prompt files by repo-relative, forward-slash paths (`.` is the repository root). */
export interface PromptSource {
  /** Describes the path without following symbolic links. */
  stat(relPath: string): Promise<PromptPathStat>;
  /** The file's content as UTF-8. Fails for anything but a regular file. */
  read(relPath: string): Promise<string>;
  /** The file's bytes, undecoded (prompt loading checks they are text before decoding). */
  readBytes(relPath: string): Promise<Buffer>;
  /** Names (not paths) of the entries of a directory, sorted; empty when it does not exist. */
  list(dir: string): Promise<string[]>;
  /** Says where files come from, for messages: `working tree`, `ref 'main'`. */
  readonly description?: string;
}

/** `./a//b/` → `a/b`; `` and `.` → `.`. Callers validate that paths stay inside the repository. */
function normalizeRel(relPath: string): string {
  const norm = path.posix.normalize(relPath.replace(/^\/+/, '')).replace(/\/+$/, '');
  return norm === '' ? '.' : norm;
}

function assertInside(relPath: string): void {
  if (relPath === '..' || relPath.startsWith('../') || relPath.includes('\0')) {
    throw new Error(`path '${relPath}' is outside the repository`);
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Prompt files in the working tree under `repoRoot`, read with lstat and O_NOFOLLOW. */
export function fsPromptSource(repoRoot: string): PromptSource {
  const root = path.resolve(repoRoot);
  const abs = (rel: string) => (rel === '.' ? root : path.join(root, ...rel.split('/')));

  const source: PromptSource = {
    description: 'working tree',

    async stat(relPath) {
      const rel = normalizeRel(relPath);
      assertInside(rel);
      if (rel === '.') return { kind: 'dir', size: 0 };
      // Each parent is checked too: `prompts -> /etc` must not make `prompts/passwd` a plain file.
      const parts = rel.split('/');
      for (let i = 1; i <= parts.length; i++) {
        let st;
        try {
          st = await fs.lstat(path.join(root, ...parts.slice(0, i)));
        } catch (error) {
          if (isNotFound(error)) return { kind: 'missing', size: 0 };
          throw error;
        }
        if (st.isSymbolicLink()) return { kind: 'symlink', size: st.size };
        if (i < parts.length) {
          if (!st.isDirectory()) return { kind: 'missing', size: 0 };
          continue;
        }
        if (st.isFile()) return { kind: 'file', size: st.size };
        if (st.isDirectory()) return { kind: 'dir', size: 0 };
        return { kind: 'other', size: st.size };
      }
      return { kind: 'missing', size: 0 };
    },

    async read(relPath) {
      return (await source.readBytes(relPath)).toString('utf8');
    },

    async readBytes(relPath) {
      const rel = normalizeRel(relPath);
      assertInside(rel);
      // O_NOFOLLOW closes the gap between stat and read for the last component; O_NONBLOCK keeps a
      // FIFO from hanging the open, and fstat then refuses it.
      const handle = await fs.open(abs(rel), fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
      try {
        const st = await handle.stat();
        if (!st.isFile()) throw new Error(`'${rel}' is not a regular file`);
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },

    async list(dir) {
      const rel = normalizeRel(dir);
      assertInside(rel);
      try {
        return (await fs.readdir(abs(rel))).sort();
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    },
  };
  return source;
}

interface GitResult {
  stdout: Buffer;
  stderr: string;
}

/** Runs git without a shell and without ever prompting for credentials. */
function runGit(repoRoot: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['--literal-pathspecs', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const stderrText = stderr.toString('utf8').trim();
        if (error) {
          reject(new Error(`git ${args.join(' ')} failed in ${repoRoot}: ${stderrText || error.message}`));
        } else {
          resolve({ stdout, stderr: stderrText });
        }
      },
    );
  });
}

interface TreeEntry {
  mode: string;
  type: string;
  size: number;
  path: string;
}

function parseLsTree(stdout: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, , size] = record.slice(0, tab).trim().split(/\s+/);
    entries.push({ mode, type, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}

/**
 * Prompt files as committed at `ref` in the repository at `repoRoot` (`git ls-tree`, `git cat-file`).
 * The ref is resolved to a commit once, on first use, so every read sees the same snapshot.
 * Mode 120000 entries are symbolic links; 160000 (submodules) are `other`.
 */
export function gitPromptSource(repoRoot: string, ref: string): PromptSource {
  const root = path.resolve(repoRoot);
  let commit: Promise<string> | undefined;

  const resolveCommit = (): Promise<string> => {
    commit ??= runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(
      (r) => r.stdout.toString('utf8').trim(),
      () => {
        throw new Error(`cannot read prompt files at ref '${ref}': no such commit in ${root}`);
      },
    );
    return commit;
  };

  // The commit never changes, so each directory is listed once: one git process per directory
  // instead of one per stat.
  const dirListings = new Map<string, Promise<Map<string, TreeEntry>>>();
  const listDir = (dir: string): Promise<Map<string, TreeEntry>> => {
    let listing = dirListings.get(dir);
    if (!listing) {
      listing = resolveCommit().then(async (sha) => {
        const args = ['ls-tree', '-z', '--long', '--full-tree', sha];
        if (dir !== '.') args.push('--', `${dir}/`);
        const { stdout } = await runGit(root, args);
        return new Map(parseLsTree(stdout).map((e) => [e.path, e]));
      });
      dirListings.set(dir, listing);
    }
    return listing;
  };

  const statRel = async (rel: string): Promise<PromptPathStat> => {
    if (rel === '.') {
      await resolveCommit();
      return { kind: 'dir', size: 0 };
    }
    const parent = path.posix.dirname(rel);
    const parentStat = await statRel(parent);
    // ls-tree does not look through a symlinked parent; say so instead of `missing`.
    if (parentStat.kind === 'symlink') return parentStat;
    if (parentStat.kind !== 'dir') return { kind: 'missing', size: 0 };
    const entry = (await listDir(parent)).get(rel);
    if (!entry) return { kind: 'missing', size: 0 };
    if (entry.mode === '120000') return { kind: 'symlink', size: entry.size };
    if (entry.type === 'tree') return { kind: 'dir', size: 0 };
    if (entry.type === 'blob') return { kind: 'file', size: entry.size };
    return { kind: 'other', size: 0 };
  };

  const source: PromptSource = {
    description: `ref '${ref}'`,

    async stat(relPath) {
      const rel = normalizeRel(relPath);
      assertInside(rel);
      return statRel(rel);
    },

    async read(relPath) {
      return (await source.readBytes(relPath)).toString('utf8');
    },

    async readBytes(relPath) {
      const rel = normalizeRel(relPath);
      assertInside(rel);
      if ((await statRel(rel)).kind !== 'file') throw new Error(`'${rel}' is not a regular file at ref '${ref}'`);
      const sha = await resolveCommit();
      const { stdout } = await runGit(root, ['cat-file', 'blob', `${sha}:${rel}`]);
      return stdout;
    },

    async list(dir) {
      const rel = normalizeRel(dir);
      assertInside(rel);
      if ((await statRel(rel)).kind !== 'dir') return [];
      return [...(await listDir(rel)).keys()].map((p) => path.posix.basename(p)).sort();
    },
  };
  return source;
}
