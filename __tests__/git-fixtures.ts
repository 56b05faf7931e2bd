/** Throwaway git repositories for the git tests (real git, in mkdtemp directories). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const identity = { name: 'Fanout Test', email: 'fanout@test.invalid' };

const made: string[] = [];

/** A fresh directory under the OS temp dir, removed by {@link cleanupTempDirs}. */
export function tempDir(prefix = 'fanout-git-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Runs git synchronously for test setup; returns trimmed stdout. */
export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function write(repo: string, file: string, content: string | Buffer): void {
  const p = path.join(repo, file);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
}

/** A repository on `main` with a local identity and one commit; returns its path. */
export function makeRepo(files: Record<string, string> = { 'README.md': 'hello\n' }): string {
  const repo = tempDir();
  sh(repo, 'init', '-q', '-b', 'main');
  sh(repo, 'config', 'user.name', identity.name);
  sh(repo, 'config', 'user.email', identity.email);
  for (const [f, c] of Object.entries(files)) write(repo, f, c);
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'base');
  return repo;
}

/** Commits `files` on a new branch `name` started at `from`, without moving the current checkout. */
export function commitOnBranch(repo: string, name: string, from: string, files: Record<string, string>): string {
  const wt = path.join(tempDir('fanout-wt-'), 'w');
  sh(repo, 'worktree', 'add', '-q', '-b', name, wt, from);
  for (const [f, c] of Object.entries(files)) write(wt, f, c);
  sh(wt, 'add', '-A');
  sh(wt, 'commit', '-q', '-m', `change on ${name}`);
  const sha = sh(wt, 'rev-parse', 'HEAD');
  sh(repo, 'worktree', 'remove', '--force', wt);
  return sha;
}
