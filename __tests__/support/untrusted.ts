/**
 * Helpers for the attack tests: a host directory for markers (never mounted into a container, so a
 * marker appears only when something ran on the host), what a user does in the repository after a
 * run, and a snapshot of everything of the main repository's git dir a run must leave as it was.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { RunResult } from '../../src/core/model.js';
import { sh, tempDir } from './fanout.js';

/** A fresh host directory for marker files; its path exists nowhere inside a container. */
export function markerDir(): string {
  return tempDir('fanout-markers-');
}

export function markers(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** The files under `dir` (relative path → content), or null when it does not exist. */
function tree(dir: string): Record<string, string> | null {
  if (!fs.existsSync(dir)) return null;
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(p)}`;
      else out[rel] = fs.readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

export interface RepoSnapshot {
  head: string;
  config: string;
  hooks: Record<string, string> | null;
  info: Record<string, string> | null;
  refs: Record<string, string>;
  worktrees: Record<string, string> | null;
}

/**
 * HEAD, config, hooks/, info/, worktrees/ (byte for byte) and every ref (name → sha) of the main
 * repository, leaving out the refs `skip` names (this run's task branches, refs/fanout/*).
 */
export function snapshot(repo: string, skip: (ref: string) => boolean = () => false): RepoSnapshot {
  const gitDir = path.join(repo, '.git');
  const refs: Record<string, string> = {};
  for (const line of sh(repo, 'for-each-ref', '--format=%(refname) %(objectname)').split('\n').filter(Boolean)) {
    const [name, sha] = line.split(' ');
    if (!skip(name)) refs[name] = sha;
  }
  return {
    head: fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8'),
    config: fs.readFileSync(path.join(gitDir, 'config'), 'utf8'),
    hooks: tree(path.join(gitDir, 'hooks')),
    info: tree(path.join(gitDir, 'info')),
    refs,
    worktrees: tree(path.join(gitDir, 'worktrees')),
  };
}

/** The refs a run may create or move: its task branches and anything under refs/fanout/. */
export function runRefs(result: RunResult): (ref: string) => boolean {
  const branches = new Set(result.tasks.map((t) => `refs/heads/${t.branch}`));
  return (ref) => branches.has(ref) || ref.startsWith('refs/fanout/');
}

/**
 * What a user does next in the main repository: check every task branch out, look at the status and
 * the history with patches, diff it against main, then go back to main. Any command git ran from
 * something an agent left would write its marker now.
 */
export function userLooksAround(repo: string, result: RunResult): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const main = git('rev-parse', '--abbrev-ref', 'HEAD').trim();
  for (const t of result.tasks) {
    if (!t.branch || !sh(repo, 'branch', '--list', t.branch)) continue;
    git('checkout', '-q', t.branch);
    git('status');
    git('log', '-p', '-3');
    git('diff', main, t.branch);
    git('checkout', '-q', main);
  }
  git('log', '-p', '--all', '-20');
  git('status');
}

/** Every commit the results name is one a ref points to: its branch, or nothing at all. */
export function expectCommitsReferenced(repo: string, result: RunResult): void {
  for (const t of result.tasks) {
    if (t.commit === null) continue;
    expect(sh(repo, 'rev-parse', `refs/heads/${t.branch}`), `task '${t.id}': its commit is its branch`).toBe(t.commit);
  }
}
