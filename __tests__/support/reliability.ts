/**
 * Helpers of the reliability suite (`__tests__/reliability-*.itg.test.ts`): running the built CLI and
 * the Action the way users do, checking that a failure leaves nothing behind and shows no stack
 * trace, and recording each case's observed outcome for docs/reliability.md.
 *
 * With AGENT_FANOUT_RELIABILITY_OUT set to a directory, every case appends one JSON line to
 * `<dir>/cases.ndjson`; `node scripts/reliability-doc.mjs <dir>` turns them into the doc's tables.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExpectStatic } from 'vitest';
import { DockerClient } from '../../src/exec/docker/client.js';
import { LABEL_PID, labelFilter } from '../../src/exec/docker/labels.js';
import { mountsUnder } from '../../src/git/overlay.js';
import { CLI_PATH } from './cli.js';
import { sh } from '../git-fixtures.js';

export const ACTION_PATH = path.resolve('lib/action/index.js');

/** One row of a table in docs/reliability.md. */
export interface CaseRecord {
  table: 'fault' | 'input';
  /** Group within the table: `front matter`, `CLI flag`, `Action input`, `event`, or a fault area. */
  group: string;
  case: string;
  expected: string;
  observed: string;
  /** Position in its table (tables listed in the test keep their order in the doc). */
  order?: number;
}

/**
 * Temporary paths, run ids and commit ids change with every run; the doc shows placeholders, so it
 * changes only when an outcome does.
 */
export function stableText(text: string): string {
  return text
    .replaceAll(os.tmpdir(), '/tmp')
    .replace(/\/tmp\/fanout-[a-z]+-[A-Za-z0-9]{6}/g, '<tmp>')
    .replace(/\b\d{8}-\d{6}-[0-9a-f]{4}\b/g, '<run>')
    .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
    .replace(/\b[0-9a-f]{12}\b/g, '<sha>')
    .replace(/\b(pid|port) \d+/g, '$1 <n>');
}

/** Appends the case to the record when AGENT_FANOUT_RELIABILITY_OUT names a directory. */
export function recordCase(record: CaseRecord): void {
  const dir = process.env.AGENT_FANOUT_RELIABILITY_OUT;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const stable = { ...record, observed: stableText(record.observed) };
  // One short line per append: O_APPEND keeps concurrent test files from tearing each other's lines.
  fs.appendFileSync(path.join(dir, 'cases.ndjson'), JSON.stringify(stable) + '\n');
}

export interface ProcResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pid: number;
}

export interface RunningProc {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr interleaved). */
  output(): string;
  done: Promise<ProcResult>;
}

/** Starts `node <script> ...args`; output is collected, the process is killed after `timeoutMs`. */
export function startNode(script: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): RunningProc {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let both = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d;
    both += d;
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d;
    both += d;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
  const done = new Promise<ProcResult>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, pid: child.pid ?? -1 });
    });
  });
  return { child, output: () => both, done };
}

/** Runs the built CLI to its end. */
export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ProcResult> {
  return startNode(CLI_PATH, args, { ...opts, env: { ...process.env, ...opts.env } }).done;
}

/** Runs the built Action's main step (`lib/action/index.js`) with exactly `env`. */
export function runAction(env: NodeJS.ProcessEnv, opts: { cwd?: string; timeoutMs?: number } = {}): Promise<ProcResult> {
  return startNode(ACTION_PATH, [], { cwd: opts.cwd, env, timeoutMs: opts.timeoutMs }).done;
}

const STACK_FRAME = /^\s+at .+(?:\(|\s)(?:\/|file:|node:).*:\d+(?::\d+)?\)?$/m;
const NODE_CRASH = /node:internal|Node\.js v\d+|^\S*Error: .*\n\s+at /m;

/** The first line that looks like part of a JavaScript stack trace or a Node crash, else null. */
export function stackTraceIn(text: string): string | null {
  return STACK_FRAME.exec(text)?.[0] ?? NODE_CRASH.exec(text)?.[0] ?? null;
}

/** Waits for `fn` to return something other than undefined, polling; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Ids of the containers carrying the product label and any of the given labels' values. */
export async function productContainers(filter: { runId?: string; pid?: number }): Promise<string[]> {
  const client = DockerClient.connect();
  const list = await client.listContainers(labelFilter({ runId: filter.runId }));
  return list.filter((c) => filter.pid === undefined || c.labels[LABEL_PID] === String(filter.pid)).map((c) => c.id);
}

/** The runs (`<stateDir>/runs/<id>`) a state directory holds. */
export function runIds(stateDir: string): string[] {
  const dir = path.join(stateDir, 'runs');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

export function localBranches(repo: string, prefix = 'fanout'): string[] {
  return sh(repo, 'for-each-ref', '--format=%(refname:short)', `refs/heads/${prefix}`).split('\n').filter(Boolean).sort();
}

/** Lock files git leaves when a command is interrupted (`index.lock`, `HEAD.lock`, ref locks). */
export function gitLocks(repo: string): string[] {
  const gitDir = path.resolve(repo, sh(repo, 'rev-parse', '--git-common-dir'));
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'objects') walk(p);
      else if (entry.name.endsWith('.lock') || (entry.name === 'locked' && dir.includes(`${path.sep}worktrees${path.sep}`))) found.push(p);
    }
  };
  walk(gitDir);
  return found;
}

/** Worktrees other than the main one (a pruned-away directory still counts while git lists it). */
export function extraWorktreesOf(repo: string): string[] {
  const main = fs.realpathSync(repo);
  return sh(repo, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice('worktree '.length))
    .filter((p) => !fs.existsSync(p) || fs.realpathSync(p) !== main);
}

export interface LeftoverCheck {
  repo: string;
  stateDir: string;
  /** The orchestrator's pid: its containers are found by label. */
  pid?: number;
  runId?: string;
  /** Branches that may exist afterwards (exact names); every other `fanout/*` branch is a leftover. */
  branches?: string[];
  /** Whether a run directory may exist (a run that started keeps its logs). Default false. */
  runDirAllowed?: boolean;
}

/**
 * What a run left behind that it should not have: containers (by label), worktrees (git's list and
 * the run directories), mounts under the state dir and the overlay checkouts' directories, git locks,
 * branches not in `branches`, and run directories when none may be there. Empty when clean.
 */
export async function leftovers(check: LeftoverCheck): Promise<string[]> {
  const found: string[] = [];
  if (check.pid !== undefined || check.runId !== undefined) {
    for (const id of await productContainers({ pid: check.pid, runId: check.runId })) found.push(`container ${id.slice(0, 12)}`);
  }
  for (const w of extraWorktreesOf(check.repo)) found.push(`worktree ${w}`);
  for (const lock of gitLocks(check.repo)) found.push(`lock ${lock}`);
  for (const b of localBranches(check.repo)) if (!(check.branches ?? []).includes(b)) found.push(`branch ${b}`);
  for (const id of runIds(check.stateDir)) {
    if (!check.runDirAllowed) found.push(`run directory ${id}`);
    else if (fs.existsSync(path.join(check.stateDir, 'runs', id, 'worktrees'))) found.push(`worktrees directory of run ${id}`);
    for (const dir of ['base', 'layers']) if (fs.existsSync(path.join(check.stateDir, 'runs', id, dir))) found.push(`${dir} directory of run ${id}`);
  }
  for (const m of await mountsUnder(check.stateDir)) found.push(`mount ${m}`);
  return found;
}

/** A scratch directory under the OS temp dir (removed by the git fixtures' cleanup when made there). */
export function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The results JSON a `run --json FILE` wrote, typed loosely for assertions. */
export interface ResultsJson {
  run: { id: string; mode: string; modeReason: string | null; runDir: string; succeeded: number; failed: number; totalCostUsd: number };
  tasks: {
    id: string;
    status: string;
    reason: string | null;
    branch: string | null;
    commit: string | null;
    exitCode: number | null;
    logFile: string | null;
    peakPids: number | null;
  }[];
}

export function readResults(file: string): ResultsJson {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ResultsJson;
}

/** `id: status — reason` of each task, for the observed column. */
export function describeTasks(results: ResultsJson, ids?: string[]): string {
  return results.tasks
    .filter((t) => !ids || ids.includes(t.id))
    .map((t) => `${t.id}: ${t.status}${t.reason ? ` — ${clip(t.reason, 140)}` : ''}`)
    .join('; ');
}

/** One line of at most `max` characters, with temporary paths and ids already replaced (see stableText). */
export function clip(text: string, max: number): string {
  const flat = stableText(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Asserts that a succeeded task's branch exists at the commit the results name. */
export function expectResultKept(expect: ExpectStatic, repo: string, task: ResultsJson['tasks'][number] | undefined): void {
  if (!task) throw new Error('the task is missing from the results');
  expect(task.status, task.reason ?? undefined).toBe('succeeded');
  expect(task.branch).toBeTruthy();
  expect(task.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(sh(repo, 'rev-parse', `refs/heads/${task.branch}`)).toBe(task.commit);
}
