/**
 * Which prompt files an issue or pull request asks for (used by the GitHub Action): files its body
 * references by path or link, plus files whose front matter `issue:` names it.
 */
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { dependentsOf, findCycle, formatCycle } from './graph.js';
import { loadPromptFile } from './load.js';
import type { PromptSource } from './source.js';
import { PromptError, type TaskSpec } from './types.js';

export const DEFAULT_PROMPT_DIRS: readonly string[] = ['prompts', '.github/prompts'];
export const DEFAULT_MAX_TASKS = 20;
/** Walking the prompt directories stops here: more prompt files than this is not a prompt folder. */
const MAX_CATALOG_FILES = 2000;

/** Characters that end a path in Markdown text: space, brackets, quotes, code ticks, table bars. */
const TOKEN = /[^\s()<>[\]"'`|]+/g;
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
const GITHUB_FILE_KINDS = new Set(['blob', 'tree', 'raw', 'edit', 'blame']);

function normalizeDirs(dirs: readonly string[]): string[][] {
  return dirs
    .map((d) => d.replace(/^(?:\.\/)+/, '').replace(/\/+$/, ''))
    .filter((d) => d !== '' && d !== '.')
    .map((d) => d.split('/'));
}

function startsWithSegments(segments: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length < segments.length && prefix.every((p, i) => segments[i] === p);
}

function containsSegments(segments: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= segments.length; i++) {
    if (run.every((p, j) => segments[i + j] === p)) return true;
  }
  return false;
}

/**
 * The repository path in a GitHub file link: `https://github.com/o/r/blob/<ref>/prompts/a.md`,
 * raw.githubusercontent.com links, and the host-relative `/o/r/blob/<ref>/…` form. A ref may hold
 * slashes, so the path is taken from the first segment that starts a prompt directory.
 */
function pathFromGithubLink(pathname: string, raw: boolean, dirs: string[][]): string | undefined {
  const segments = pathname.split('/').filter((s) => s !== '');
  let rest: string[];
  if (raw) {
    rest = segments.slice(2);
  } else {
    if (segments.length < 4 || !GITHUB_FILE_KINDS.has(segments[2])) return undefined;
    rest = segments.slice(3);
  }
  for (let i = 1; i < rest.length; i++) {
    if (dirs.some((d) => startsWithSegments(rest.slice(i), d))) return rest.slice(i).join('/');
  }
  return rest.length > 1 ? rest.slice(1).join('/') : undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Prompt file paths referenced in an issue or PR body, in order of first mention: Markdown links
 * (`[x](prompts/a.md)`, GitHub blob/raw URLs), inline code and bare paths. Only `.md` paths inside
 * one of `promptDirs` count. A `..` or absolute path that names a prompt-like file is refused and
 * reported in `errors`. HTML comments (template hints) are ignored.
 */
export function findPromptReferences(
  body: string,
  promptDirs: readonly string[] = DEFAULT_PROMPT_DIRS,
): { paths: string[]; errors: string[] } {
  const dirs = normalizeDirs(promptDirs);
  const paths: string[] = [];
  const errors: string[] = [];
  const text = body.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');

  for (const [token] of text.matchAll(TOKEN)) {
    // Emphasis and sentence punctuation around a path are not part of it (`~/` is, though).
    let candidate = token.replace(/^(?:[*_]|~~)+/, '').replace(/(?:[*_.,:;!?]|~~)+$/, '');
    let fromLink = false;
    const url = /^https?:\/\//i.test(candidate) ? URL.parse(candidate) : null;
    if (url) {
      const host = url.hostname.toLowerCase();
      const raw = host === 'raw.githubusercontent.com';
      if (!raw && !GITHUB_HOSTS.has(host)) continue;
      const fromUrl = pathFromGithubLink(url.pathname, raw, dirs);
      if (fromUrl === undefined) continue;
      candidate = fromUrl;
      fromLink = true;
    } else if (/^[a-z][a-z0-9+.-]+:/i.test(candidate)) {
      continue;
    }
    candidate = decode(candidate.replace(/[#?].*$/, ''));
    if (!candidate.endsWith('.md')) continue;

    if (!fromLink && /^\/[^/]+\/[^/]+\/(?:blob|tree|raw|edit|blame)\//.test(candidate)) {
      const fromRelativeLink = pathFromGithubLink(candidate, false, dirs);
      if (fromRelativeLink === undefined) continue;
      candidate = fromRelativeLink;
    }

    const clean = candidate.replace(/^(?:\.\/)+/, '');
    const segments = clean.split(/[\\/]/).filter((s) => s !== '');
    const absolute = /^(?:[\\/]|~|[A-Za-z]:[\\/])/.test(clean);
    if (absolute || segments.includes('..')) {
      if (dirs.some((d) => containsSegments(segments, d))) {
        const message = `'${candidate}': forbidden prompt path; reference prompt files by their path inside the repository, like ${dirs[0]?.join('/') ?? 'prompts'}/name.md`;
        if (!errors.includes(message)) errors.push(message);
      }
      continue;
    }
    const normalized = path.posix.normalize(segments.join('/'));
    if (dirs.some((d) => startsWithSegments(normalized.split('/'), d)) && !paths.includes(normalized)) {
      paths.push(normalized);
    }
  }
  return { paths, errors };
}

export interface DiscoverOptions {
  /** The repository's top level (paths are relative to it). */
  repoRoot: string;
  /** Where prompt files are read: for the action, the base ref as committed. */
  source: PromptSource;
  /** The issue or pull request body. */
  body: string;
  /** Prompt files whose front matter `issue:` lists this number are selected too. */
  issueNumber: number;
  /** Directories prompt files live in (searched recursively). Default `prompts`, `.github/prompts`. */
  promptDirs?: readonly string[];
  /** Most tasks selected, dependencies included; the rest are reported in `errors`. Default 20. */
  maxTasks?: number;
  logger: Logger;
}

export interface DiscoveredTasks {
  /** A runnable set: unique ids, every dependency present, no cycles. Referenced files first. */
  tasks: TaskSpec[];
  /** Everything that was asked for but cannot run, and why. The caller decides whether to go on. */
  errors: string[];
  /** Things done on the user's behalf, e.g. dependencies added automatically. */
  notes: string[];
}

interface CatalogEntry {
  file: string;
  task?: TaskSpec;
  error?: string;
  /** Parser warnings, replayed only when the task is selected (other files are not our business). */
  warnings: string[];
}

function recordingLogger(warnings: string[]): Logger {
  return { debug() {}, info() {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

async function loadEntry(file: string, source: PromptSource): Promise<CatalogEntry> {
  const warnings: string[] = [];
  try {
    return { file, task: await loadPromptFile(file, source, recordingLogger(warnings)), warnings };
  } catch (error) {
    if (!(error instanceof PromptError)) throw error;
    return { file, error: error.message, warnings };
  }
}

/** Every `.md` file under the prompt directories, sorted by path (symlinks included, to be refused). */
async function listPromptFiles(source: PromptSource, dirs: readonly string[], logger: Logger): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of await source.list(dir)) {
      if (files.length >= MAX_CATALOG_FILES) return;
      const rel = `${dir}/${name}`;
      const { kind } = await source.stat(rel);
      if (kind === 'dir') await walk(rel);
      else if (name.endsWith('.md') && (kind === 'file' || kind === 'symlink')) files.push(rel);
    }
  };
  for (const dir of dirs) {
    const { kind } = await source.stat(dir);
    if (kind === 'dir') await walk(dir);
    else if (kind === 'symlink') logger.warning(`prompt directory '${dir}' is a symbolic link; not searched`);
  }
  if (files.length >= MAX_CATALOG_FILES) {
    logger.warning(`more than ${MAX_CATALOG_FILES} files in ${dirs.join(', ')}; only the first ${MAX_CATALOG_FILES} were searched`);
  }
  return [...new Set(files)].sort();
}

/**
 * The tasks an issue or pull request asks for: prompt files referenced in its body (in body
 * order), then prompt files whose front matter `issue:` lists `issueNumber` (by path). At most
 * `maxTasks`. Dependencies outside that set are added when a prompt file in `promptDirs` has the
 * id (reported in `notes`). Problems never throw: each goes to `errors`, and the task it concerns
 * is left out together with every task that depends on it, so `tasks` is always runnable.
 */
export async function discoverTasksForIssue(options: DiscoverOptions): Promise<DiscoveredTasks> {
  const { source, body, issueNumber, logger } = options;
  const promptDirs = normalizeDirs(options.promptDirs ?? DEFAULT_PROMPT_DIRS).map((d) => d.join('/'));
  const maxTasks = options.maxTasks ?? DEFAULT_MAX_TASKS;
  if (!Number.isInteger(maxTasks) || maxTasks < 1) {
    throw new TypeError(`maxTasks must be a positive whole number, got ${maxTasks}`);
  }
  const where = source.description ? ` (${source.description})` : '';

  const refs = findPromptReferences(body, promptDirs);
  const errors = [...refs.errors];

  const catalog = new Map<string, CatalogEntry>();
  for (const file of await listPromptFiles(source, promptDirs, logger)) catalog.set(file, await loadEntry(file, source));

  const selected: CatalogEntry[] = [];
  for (const file of refs.paths) {
    let entry = catalog.get(file);
    if (!entry) {
      const { kind } = await source.stat(file);
      if (kind === 'missing') {
        errors.push(`${file}: referenced in the body but not found${where}`);
        continue;
      }
      entry = await loadEntry(file, source);
    }
    if (entry.error !== undefined) errors.push(entry.error);
    else selected.push(entry);
  }
  for (const entry of catalog.values()) {
    if (entry.task?.issues.includes(issueNumber) && !selected.includes(entry)) selected.push(entry);
  }
  for (const entry of catalog.values()) {
    if (entry.error !== undefined && !refs.paths.includes(entry.file)) logger.warning(`skipped: ${entry.error}`);
  }

  if (selected.length > maxTasks) {
    const extra = selected.splice(maxTasks);
    errors.push(
      `${selected.length + extra.length} prompt files selected, more than max-tasks (${maxTasks}); not running: ${extra.map((e) => e.file).join(', ')}`,
    );
  }

  const chosen: CatalogEntry[] = [];
  for (const entry of selected) {
    const same = chosen.find((c) => c.task!.id === entry.task!.id);
    if (same) {
      errors.push(new PromptError(entry.file, 'id', `duplicate task id '${entry.task!.id}': used by both ${same.file} and ${entry.file}`).message);
    } else {
      chosen.push(entry);
    }
  }

  // Add missing dependencies from the catalog; a task whose dependency cannot be had is dropped.
  const dropped = new Set<string>();
  const autoAdded = new Map<string, string>();
  const catalogById = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.values()) {
    if (entry.task) catalogById.set(entry.task.id, [...(catalogById.get(entry.task.id) ?? []), entry]);
  }
  for (let i = 0; i < chosen.length; i++) {
    const task = chosen[i].task!;
    for (const dep of task.dependsOn) {
      if (chosen.some((c) => c.task!.id === dep)) continue;
      const candidates = catalogById.get(dep) ?? [];
      let problem: string | undefined;
      if (candidates.length === 0) {
        problem = `unknown task '${dep}'; no prompt file in ${promptDirs.join(', ')} has that id`;
      } else if (candidates.length > 1) {
        problem = `task id '${dep}' is ambiguous: used by ${candidates.map((c) => c.file).join(' and ')}`;
      } else if (chosen.length >= maxTasks) {
        problem = `needs task '${dep}' (${candidates[0].file}), which would exceed max-tasks (${maxTasks})`;
      }
      if (problem !== undefined) {
        errors.push(new PromptError(task.file, 'depends_on', problem).message);
        dropped.add(task.id);
        continue;
      }
      chosen.push(candidates[0]);
      autoAdded.set(dep, `added task '${dep}' (${candidates[0].file}) because '${task.id}' depends on it`);
    }
  }

  let tasks = chosen.map((c) => c.task!);
  const drop = (ids: readonly string[], reason: string) => {
    for (const id of ids) dropped.add(id);
    for (const id of ids) {
      for (const dependent of dependentsOf(tasks, id)) {
        if (dropped.has(dependent)) continue;
        const file = tasks.find((t) => t.id === dependent)!.file;
        errors.push(`${file}: not run: it depends on '${id}', which cannot run (${reason})`);
        dropped.add(dependent);
      }
    }
  };
  drop([...dropped], 'see above');
  tasks = tasks.filter((t) => !dropped.has(t.id));

  for (let cycle = findCycle(tasks); cycle; cycle = findCycle(tasks)) {
    const file = tasks.find((t) => t.id === cycle![0])!.file;
    errors.push(new PromptError(file, 'depends_on', `dependency cycle: ${formatCycle(cycle)}`).message);
    drop(cycle, 'dependency cycle');
    tasks = tasks.filter((t) => !dropped.has(t.id));
  }

  // A dependency added only for tasks that were then dropped is not wanted by anyone.
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of autoAdded.keys()) {
      if (!tasks.some((t) => t.id === id)) {
        autoAdded.delete(id);
      } else if (dependentsOf(tasks, id).length === 0) {
        tasks = tasks.filter((t) => t.id !== id);
        autoAdded.delete(id);
        dropped.add(id);
        changed = true;
      }
    }
  }
  const notes = [...autoAdded.values()];

  for (const entry of chosen) {
    if (dropped.has(entry.task!.id)) continue;
    for (const warning of entry.warnings) logger.warning(warning);
  }
  for (const note of notes) logger.info(note);
  return { tasks, errors, notes };
}
