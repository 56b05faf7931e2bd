import { chmodSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Git, commitTaskResult, createWorktree, parseNumstatZ } from '../src/git/index.js';
import { cleanupTempDirs, identity, makeRepo, sh, tempDir, write } from './git-fixtures.js';

afterAll(cleanupTempDirs);

const agentIdentity = { name: 'Fanout Bot', email: 'bot@fanout.invalid' };

/** A repository with a task worktree on `fanout/t`, as the orchestrator sets it up. */
async function taskWorktree(): Promise<{ git: Git; wt: string; baseCommit: string }> {
  const repo = makeRepo({ 'README.md': 'one\ntwo\nthree\n', 'old-name.txt': 'a\nb\nc\nd\ne\nf\ng\nh\n', 'gone.txt': 'x\ny\n' });
  const git = await Git.create(repo);
  const wt = await createWorktree(git, { path: path.join(tempDir(), 'wt'), branch: 'fanout/t', startPoint: 'HEAD' });
  return { git, wt: wt.path, baseCommit: wt.baseCommit };
}

describe('commitTaskResult', () => {
  it('commits what the agent left uncommitted and measures it', async () => {
    const { wt, baseCommit } = await taskWorktree();
    write(wt, 'README.md', 'one\nTWO\nthree\nfour\n'); // +2 -1
    write(wt, 'src/new.ts', 'export const x = 1;\n'); // +1
    write(wt, 'logo.bin', Buffer.from([0, 1, 2, 0, 255])); // binary: 0/0
    rmSync(path.join(wt, 'gone.txt')); // -2
    write(wt, '.gitignore', 'ignored/\n'); // +1
    write(wt, 'ignored/cache.txt', 'not committed\n');

    const result = await commitTaskResult(wt, { message: 'task t: result', identity: agentIdentity, baseCommit });
    expect(result.commit).toBe(sh(wt, 'rev-parse', 'HEAD'));
    expect(sh(wt, 'rev-parse', 'refs/heads/fanout/t')).toBe(result.commit);
    expect(sh(wt, 'log', '-1', '--format=%an <%ae>|%s')).toBe('Fanout Bot <bot@fanout.invalid>|task t: result');
    expect(sh(wt, 'status', '--porcelain')).toBe('');
    expect(result.changedFiles.sort()).toEqual(['.gitignore', 'README.md', 'gone.txt', 'logo.bin', 'src/new.ts']);
    expect(result).toMatchObject({ filesChanged: 5, insertions: 4, deletions: 3 });
  });

  it("keeps the agent's own commits and adds one for what it left on top", async () => {
    const { git, wt, baseCommit } = await taskWorktree();
    const w = await git.at(wt);
    write(wt, 'a.txt', '1\n2\n3\n');
    sh(wt, 'mv', 'old-name.txt', 'new-name.txt'); // git mv: a rename, counted once
    write(wt, 'new-name.txt', 'a\nb\nc\nd\ne\nf\ng\nH\n'); // +1 -1 on the renamed file
    sh(wt, 'add', '-A');
    sh(wt, '-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, 'commit', '-q', '-m', 'agent commit');
    const agentCommit = sh(wt, 'rev-parse', 'HEAD');

    const onlyAgent = await commitTaskResult(w, { message: 'unused', identity: agentIdentity, baseCommit });
    expect(onlyAgent.commit).toBe(agentCommit);
    expect(onlyAgent).toMatchObject({ filesChanged: 2, insertions: 4, deletions: 1, changedFiles: ['a.txt', 'new-name.txt'] });

    write(wt, 'b.txt', 'b\n');
    const both = await commitTaskResult(w, { message: 'left over', identity: agentIdentity, baseCommit });
    expect(sh(wt, 'log', '--format=%s', `${baseCommit}..HEAD`)).toBe('left over\nagent commit');
    expect(both.commit).toBe(sh(wt, 'rev-parse', 'HEAD'));
    expect(both).toMatchObject({ filesChanged: 3, insertions: 5, deletions: 1, changedFiles: ['a.txt', 'b.txt', 'new-name.txt'] });
  });

  it('returns commit null when nothing changed', async () => {
    const { wt, baseCommit } = await taskWorktree();
    const result = await commitTaskResult(wt, { message: 'm', identity: agentIdentity, baseCommit });
    expect(result).toEqual({ commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] });
    expect(sh(wt, 'rev-parse', 'HEAD')).toBe(baseCommit);
  });

  it('does not run hooks the agent could have planted in the shared git dir', async () => {
    const { git, wt, baseCommit } = await taskWorktree();
    const marker = path.join(tempDir(), 'hook-ran');
    const hook = path.join(await git.commonDir(), 'hooks', 'pre-commit');
    write(path.dirname(hook), 'pre-commit', `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    chmodSync(hook, 0o755);
    write(wt, 'x.txt', 'x\n');
    // The hook is live for plain git: it runs and blocks the commit.
    sh(wt, 'add', '-A');
    expect(() => sh(wt, 'commit', '-q', '-m', 'plain')).toThrow();
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    const result = await commitTaskResult(wt, { message: 'm', identity: agentIdentity, baseCommit });
    expect(result.commit).not.toBeNull();
    expect(existsSync(marker)).toBe(false);
  });
});

describe('parseNumstatZ', () => {
  it('reads plain, binary and renamed entries', () => {
    const text = '3\t1\tsrc/a.ts\0-\t-\timg.png\0' + '2\t0\t\0old dir/f.txt\0new dir/f.txt\0';
    expect(parseNumstatZ(text)).toEqual({
      filesChanged: 3,
      insertions: 5,
      deletions: 1,
      changedFiles: ['src/a.ts', 'img.png', 'new dir/f.txt'],
    });
  });
});
