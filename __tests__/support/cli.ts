/**
 * The built CLI as tests run it (`npm run build` first): one constant names it, so a move of the
 * entry point is fixed here only. `runCli` spawns it, optionally as an ordinary runner user.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The built `agent-fanout` CLI. */
export const CLI_PATH = path.resolve('lib/cli/bin.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A non-root uid:gid to run the orchestrator as (see {@link runnerUser}). */
export interface RunnerUser {
  uid: number;
  gid: number;
}

/**
 * When the tests run as root (as in CI), the uid the orchestrator runs as: 1000, with the `docker`
 * group as its primary group so that it may use the daemon — a realistic self-hosted runner user.
 * Agents then run as that uid too (the engine's default `--user` is its own), which is how Claude
 * Code must run: as root it refuses `--dangerously-skip-permissions`. Null when not root.
 */
export function runnerUser(): RunnerUser | null {
  if (process.getuid?.() !== 0) return null;
  const group = execFileSync('getent', ['group', 'docker'], { encoding: 'utf8' }).split(':');
  return { uid: 1000, gid: Number(group[2]) };
}

/** Hands `paths` (recursively) to the runner user, so the orchestrator can write there. */
export function chownToRunner(user: RunnerUser | null, ...paths: string[]): void {
  if (!user) return;
  for (const p of paths) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, p]);
}

/** Fails clearly when `user` cannot read what it must run (e.g. a checkout under a private home). */
export function assertReadableBy(user: RunnerUser | null, ...files: string[]): void {
  if (!user) return;
  for (const file of files) {
    try {
      execFileSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', file], { uid: user.uid, gid: user.gid, stdio: 'pipe' });
    } catch {
      throw new Error(`uid ${user.uid} cannot read ${file}: these tests run the CLI as an ordinary user; make the checkout world-readable`);
    }
  }
}

/** Runs `agent-fanout <args>` to its end; never throws on a non-zero exit. */
export function runCli(args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string; user?: RunnerUser | null; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 600_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
