/** From command-line arguments to a validated set of tasks: path checks, expansion, loading. */
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { findCycle, formatCycle } from './graph.js';
import { decodePromptFile, MAX_PROMPT_BYTES, parsePromptFile } from './parse.js';
import type { PromptSource } from './source.js';
import { PromptError, type TaskSpec } from './types.js';

const GLOB_CHARS = /[*?[\]{}]/;
/** Directories a glob never descends into: not prompts, and potentially huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A glob that visits more entries than this is almost certainly a mistake (`**` at the root). */
const MAX_GLOB_ENTRIES = 20_000;

/**
 * The repo-relative, forward-slash form of `input` (`.` for the root). Relative inputs are taken
 * relative to `cwd`, which defaults to the repository root. Throws PromptError for paths that leave
 * the repository (`../x.md`, absolute paths elsewhere) or point into `.git`.
 */
export function resolvePromptPath(repoRoot: string, input: string, cwd: string = repoRoot): string {
  if (input.trim() === '' || input.includes('\0')) {
    throw new PromptError(JSON.stringify(input), undefined, 'not a usable path');
  }
  const root = path.resolve(repoRoot);
  const rel = path.relative(root, path.resolve(cwd, input));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new PromptError(input, undefined, `path is outside the repository ${root}; prompt files must be inside it`);
  }
  const posix = rel.split(path.sep).join('/');
  if (posix.split('/').includes('.git')) {
    throw new PromptError(input, undefined, "path is inside '.git'; prompt files must be files of the repository");
  }
  return posix === '' ? '.' : posix;
}

function joinRel(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Files (and symlinks, so that loading can refuse them by name) under `dir` matching `pattern`. */
async function expandGlob(source: PromptSource, arg: string, pattern: string): Promise<string[]> {
  const parts = pattern.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  const rest = parts.slice(firstGlob);
  const maxDepth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;

  const matches: string[] = [];
  let visited = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const name of await source.list(dir)) {
      if (++visited > MAX_GLOB_ENTRIES) {
        throw new PromptError(arg, undefined, `pattern visits more than ${MAX_GLOB_ENTRIES} entries; use a narrower one`);
      }
      const rel = joinRel(dir, name);
      const { kind } = await source.stat(rel);
      if (kind === 'dir') {
        if (depth < maxDepth && !SKIPPED_DIRS.has(name)) await walk(rel, depth + 1);
      } else if ((kind === 'file' || kind === 'symlink') && path.posix.matchesGlob(rel, pattern)) {
        matches.push(rel);
      }
    }
  };
  const { kind } = await source.stat(base);
  if (kind === 'dir') await walk(base, 1);
  if (matches.length === 0) throw new PromptError(arg, undefined, 'pattern matches no files');
  return matches.sort();
}

/**
 * Turns CLI arguments into repo-relative prompt file paths, de-duplicated, in argument order.
 * Each argument is a file, a directory (its `*.md` entries, sorted, not recursive) or a glob
 * (`prompts/*.md`, `prompts/**\/*.md`). Paths that do not exist are passed through, so that
 * loadTasks reports them with the rest; a directory without prompts or a glob without matches
 * is an error here.
 */
export async function expandPromptArgs(
  repoRoot: string,
  args: readonly string[],
  source: PromptSource,
  cwd: string = repoRoot,
): Promise<string[]> {
  const out: string[] = [];
  const add = (p: string) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const pattern = resolvePromptPath(repoRoot, arg, cwd);
      for (const p of await expandGlob(source, arg, pattern)) add(p);
      continue;
    }
    const rel = resolvePromptPath(repoRoot, arg, cwd);
    const { kind } = await source.stat(rel);
    if (kind !== 'dir') {
      add(rel);
      continue;
    }
    const found: string[] = [];
    for (const name of await source.list(rel)) {
      if (!name.endsWith('.md')) continue;
      const file = joinRel(rel, name);
      const st = await source.stat(file);
      if (st.kind === 'file' || st.kind === 'symlink') found.push(file);
    }
    if (found.length === 0) throw new PromptError(arg, undefined, 'directory contains no .md prompt files');
    for (const p of found) add(p);
  }
  return out;
}

/**
 * Reads and parses one prompt file from `source`, refusing what must not be a prompt: missing
 * paths, directories, symbolic links, special files, files over MAX_PROMPT_BYTES, binary files and
 * files that are not UTF-8.
 */
export async function loadPromptFile(file: string, source: PromptSource, logger: Logger): Promise<TaskSpec> {
  const where = source.description ? ` (${source.description})` : '';
  const st = await source.stat(file);
  switch (st.kind) {
    case 'missing':
      throw new PromptError(file, undefined, `file not found${where}`);
    case 'dir':
      throw new PromptError(file, undefined, `is a directory, expected a prompt file${where}`);
    case 'symlink':
      throw new PromptError(file, undefined, `is a symbolic link (or inside one); prompt files must be regular files${where}`);
    case 'other':
      throw new PromptError(file, undefined, `is not a regular file${where}`);
    case 'file':
      break;
  }
  if (st.size > MAX_PROMPT_BYTES) {
    throw new PromptError(file, undefined, `file is ${st.size} bytes; the limit is ${MAX_PROMPT_BYTES} bytes (256 KiB)`);
  }
  const bytes = await source.readBytes(file);
  // The size can change between stat and read in a working tree; the limit holds regardless.
  if (bytes.length > MAX_PROMPT_BYTES) {
    throw new PromptError(file, undefined, `file is over the limit of ${MAX_PROMPT_BYTES} bytes (256 KiB)`);
  }
  return parsePromptFile(file, decodePromptFile(file, bytes), logger);
}

/**
 * Throws PromptError for the first problem of a task set: a duplicate id (naming both files), a
 * dependency on an id that is not in the set, a dependency cycle (`a -> b -> a`).
 */
export function validateTaskSet(tasks: readonly TaskSpec[]): void {
  const byId = new Map<string, TaskSpec>();
  for (const task of tasks) {
    const first = byId.get(task.id);
    if (first) {
      throw new PromptError(task.file, 'id', `duplicate task id '${task.id}': used by both ${first.file} and ${task.file}`);
    }
    byId.set(task.id, task);
  }
  for (const task of tasks) {
    for (const dep of task.dependsOn) {
      if (!byId.has(dep)) {
        throw new PromptError(
          task.file,
          'depends_on',
          `unknown task '${dep}'; expected the id of another prompt file in this run (${[...byId.keys()].join(', ')})`,
        );
      }
    }
  }
  const cycle = findCycle(tasks);
  if (cycle) {
    throw new PromptError(byId.get(cycle[0])!.file, 'depends_on', `dependency cycle: ${formatCycle(cycle)}`);
  }
}

/**
 * Loads the prompt files at `relPaths` (repo-relative; the same file twice counts once), parses
 * them and validates the set. Returns the tasks in input order; throws PromptError on the first
 * problem.
 */
export async function loadTasks(
  repoRoot: string,
  relPaths: readonly string[],
  source: PromptSource,
  logger: Logger,
): Promise<TaskSpec[]> {
  const files: string[] = [];
  for (const p of relPaths) {
    const file = resolvePromptPath(repoRoot, p);
    if (!files.includes(file)) files.push(file);
  }
  const tasks: TaskSpec[] = [];
  for (const file of files) tasks.push(await loadPromptFile(file, source, logger));
  validateTaskSet(tasks);
  return tasks;
}
