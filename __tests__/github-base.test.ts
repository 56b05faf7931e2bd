import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { Git } from '../src/git/index.js';
import { removePersistedCredentials, resolveBase } from '../src/github/base.js';
import { silentLogger } from '../src/core/logger.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function commit(repo: string, file: string, text: string): string {
  fs.writeFileSync(path.join(repo, file), text);
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=T', '-c', 'user.email=t@test.invalid', 'commit', '-q', '-m', file);
  return git(repo, 'rev-parse', 'HEAD');
}

/** origin (bare) ← seed; returns both plus a helper to clone. */
function makeOrigin() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'af-base-'));
  dirs.push(root);
  const origin = path.join(root, 'origin.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  const seed = path.join(root, 'seed');
  git(root, 'init', '-q', '-b', 'main', seed);
  const first = commit(seed, 'a.txt', 'a\n');
  git(seed, 'push', '-q', origin, 'main');
  let n = 0;
  const clone = (...args: string[]) => {
    const dir = path.join(root, `clone${n++}`);
    // file:// so that --depth is honoured for local clones.
    git(root, 'clone', '-q', ...args, `file://${origin}`, dir);
    return dir;
  };
  return { root, origin, seed, first, clone };
}

describe('resolveBase', () => {
  test('takes the branch as committed on origin, not the checkout', async () => {
    const { seed, origin, clone } = makeOrigin();
    const work = clone();
    const newer = commit(seed, 'b.txt', 'b\n');
    git(seed, 'push', '-q', origin, 'main');
    const base = await resolveBase({ git: await Git.create(work), ref: 'main', defaultBranch: 'main', logger: silentLogger });
    expect(base).toEqual({ ref: 'main', commit: newer, branch: 'main', source: 'origin/main' });
    expect(git(work, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  test('finds a base branch a pull-request-style checkout lacks, keeping a shallow clone shallow', async () => {
    const { seed, origin, clone } = makeOrigin();
    git(seed, 'checkout', '-q', '-b', 'develop');
    const dev = commit(seed, 'd.txt', 'd\n');
    git(seed, 'push', '-q', origin, 'develop');
    const work = clone('--depth=1', '--single-branch', '--branch', 'main');
    expect(git(work, 'branch', '-a')).not.toContain('develop');
    const base = await resolveBase({ git: await Git.create(work), ref: 'develop', defaultBranch: 'main', logger: silentLogger });
    expect(base.commit).toBe(dev);
    expect(base.branch).toBe('develop');
    expect(git(work, 'rev-parse', '--is-shallow-repository')).toBe('true');
  });

  test('a commit sha is used as is; PRs then target the default branch', async () => {
    const { first, clone } = makeOrigin();
    const work = clone();
    const base = await resolveBase({ git: await Git.create(work), ref: first, defaultBranch: 'main', logger: silentLogger });
    expect(base).toMatchObject({ commit: first, branch: 'main', source: 'local commit' });
  });

  test('an unknown ref is an error naming it', async () => {
    const { clone } = makeOrigin();
    const work = clone();
    await expect(resolveBase({ git: await Git.create(work), ref: 'nope', defaultBranch: 'main', logger: silentLogger })).rejects.toThrow(
      /^base ref 'nope' names no commit: not a branch on origin/,
    );
  });
});

describe('removePersistedCredentials', () => {
  test('removes the token actions/checkout keeps in .git/config, and nothing else', async () => {
    const { clone } = makeOrigin();
    const work = clone();
    git(work, 'config', '--local', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic c2VjcmV0');
    git(work, 'config', '--local', 'user.name', 'Keep Me');
    const removed = await removePersistedCredentials(await Git.create(work), silentLogger);
    expect(removed).toEqual(['http.https://github.com/.extraheader']);
    expect(fs.readFileSync(path.join(work, '.git', 'config'), 'utf8')).not.toContain('c2VjcmV0');
    expect(git(work, 'config', '--local', 'user.name')).toBe('Keep Me');
    expect(await removePersistedCredentials(await Git.create(work), silentLogger)).toEqual([]);
  });
});
