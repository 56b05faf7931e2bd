/**
 * The one place that knows a run directory's layout:
 *
 *   <stateDir>/runs/<runId>/run.json              who runs it (pid, host) and on which repository
 *   <stateDir>/runs/<runId>/hosts                 `/etc/hosts` of containers without network
 *   <stateDir>/runs/<runId>/worktrees/<task>/     the task's working tree (removed when the task ends)
 *   <stateDir>/runs/<runId>/tasks/<task>/         prompt.md, output.log (stdout+stderr), stdout.log
 *   <stateDir>/runs/<runId>/results/<task>/       the collect step's output (a bundle of the result),
 *                                                 and output.attempt-<n>.log, stdout.attempt-<n>.log of
 *                                                 attempts that were retried
 *   <stateDir>/runs/<runId>/worktrees/<task>.check/  a fresh checkout of the task's result, for its
 *                                                 verify (and judge) commands (removed after them)
 *   <stateDir>/runs/<runId>/base/{tree,git}/      with overlay task checkouts: the one checkout of the
 *                                                 base (read-only bind mount) and its git dir (index)
 *   <stateDir>/runs/<runId>/layers/<task>/{upper,work}/  a task directory's own overlay layers: what
 *                                                 its agent wrote (each task directory is then a mount)
 *
 * Attempt k of a best-of-N task has the same files under `<task>/attempts/<k>` instead of `<task>`
 * ({@link unitKey}); its checks' output (verify.log, judge.log) goes into its task dir.
 *
 * The engine writes it, `gc`, the action's post step and the dashboard read it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeLoopbackHosts } from '../exec/docker/loopback-hosts.js';

/** The run directory's `run.json`: lets `gc` and the post step find a run's repo and worktrees. */
export interface RunDirMeta {
  runId: string;
  repo: string;
  pid: number;
  host: string;
  startedAt: number;
}

export function runsDir(stateDir: string): string {
  return path.join(stateDir, 'runs');
}

export function runDirFor(stateDir: string, runId: string): string {
  return path.join(runsDir(stateDir), runId);
}

/** The name a task's files go under: its id, or `<id>/attempts/<k>` for attempt k of a best-of-N task. */
export function unitKey(taskId: string, attempt: number | null): string {
  return attempt === null ? taskId : path.join(taskId, 'attempts', String(attempt));
}

/** Where each file of a run lives. */
export class RunDir {
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  static of(stateDir: string, runId: string): RunDir {
    return new RunDir(runDirFor(stateDir, runId));
  }

  get metaFile(): string {
    return path.join(this.path, 'run.json');
  }

  /** The `/etc/hosts` of the run's containers without network (see loopback-hosts.ts). */
  get hostsFile(): string {
    return path.join(this.path, 'hosts');
  }

  get worktreesDir(): string {
    return path.join(this.path, 'worktrees');
  }

  /** Where each task's collect step writes its result (never mounted into the agent's container). */
  get resultsDir(): string {
    return path.join(this.path, 'results');
  }

  /** The run's shared checkout of its base (overlay task checkouts). */
  get baseDir(): string {
    return path.join(this.path, 'base');
  }

  /** Each overlay task directory's upper and work layers, under `<layersDir>/<task>`. */
  get layersDir(): string {
    return path.join(this.path, 'layers');
  }

  resultDir(taskId: string): string {
    return path.join(this.resultsDir, taskId);
  }

  worktree(taskId: string): string {
    return path.join(this.worktreesDir, taskId);
  }

  /** The fresh checkout of a task's result that its checks run in. */
  checkDir(taskId: string): string {
    return path.join(this.worktreesDir, `${taskId}.check`);
  }

  taskDir(taskId: string): string {
    return path.join(this.path, 'tasks', taskId);
  }

  promptFile(taskId: string): string {
    return path.join(this.taskDir(taskId), 'prompt.md');
  }

  /** Combined stdout and stderr, as the task wrote them. */
  logFile(taskId: string): string {
    return path.join(this.taskDir(taskId), 'output.log');
  }

  /** Raw stdout only: what agent adapters parse. */
  stdoutFile(taskId: string): string {
    return path.join(this.taskDir(taskId), 'stdout.log');
  }

  /** The combined output of attempt `attempt` of a task that was retried (the last attempt's is {@link logFile}). */
  attemptLogFile(taskId: string, attempt: number): string {
    return path.join(this.taskDir(taskId), `output.attempt-${attempt}.log`);
  }

  attemptStdoutFile(taskId: string, attempt: number): string {
    return path.join(this.taskDir(taskId), `stdout.attempt-${attempt}.log`);
  }

  /** Creates the directory and its `run.json`; on failure (a full disk) removes what it made and says where. */
  async create(meta: Omit<RunDirMeta, 'pid' | 'host'>): Promise<RunDirMeta> {
    const full: RunDirMeta = { ...meta, pid: process.pid, host: os.hostname() };
    try {
      await fs.mkdir(this.worktreesDir, { recursive: true });
      await fs.writeFile(this.metaFile, JSON.stringify(full, null, 2));
      await writeLoopbackHosts(this.hostsFile);
    } catch (error) {
      await fs.rm(this.path, { recursive: true, force: true }).catch(() => undefined);
      throw new Error(`creating the run directory ${this.path} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return full;
  }

  async readMeta(): Promise<RunDirMeta | null> {
    try {
      return JSON.parse(await fs.readFile(this.metaFile, 'utf8')) as RunDirMeta;
    } catch {
      return null;
    }
  }
}
