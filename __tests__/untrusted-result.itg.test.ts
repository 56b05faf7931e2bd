/**
 * What an agent's result is, whatever it did to its git state: the commit at its HEAD (any branch,
 * detached or not) plus what it left uncommitted, descending from the task's start point, within the
 * limits; anything else fails with a reason and, where something is kept, the ref it is kept under.
 * Also: agents run unprivileged by default, concurrent runs reserve distinct branches, and cleanup
 * never follows an agent's symlink.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DockerClient } from '../src/exec/docker/client.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { Executor } from '../src/exec/types.js';
import { MISSING_GIT_NOTE } from '../src/git/collect.js';
import type { TaskRecord } from '../src/core/model.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { fileAt, repoWithPrompts, runPrompts, scriptPrompt, sh, taskDirs, tempDir, testConfig } from './support/fanout.js';
import { expectCommitsReferenced } from './support/untrusted.js';

afterAll(() => cleanupTempDirs());

const modes: { mode: 'docker' | 'subprocess'; executor: () => Executor }[] = [
  { mode: 'docker', executor: () => DockerClient.connect().createExecutor() },
  { mode: 'subprocess', executor: () => createSubprocessExecutor() },
];

function byId(tasks: TaskRecord[]): Record<string, TaskRecord> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}

describe.each(modes)('the result is the agent HEAD plus what it left ($mode)', ({ executor }) => {
  it('after a branch switch, a detached HEAD, own commits with uncommitted changes, an unrelated root, a deleted .git', async () => {
    const repo = repoWithPrompts({
      switch: scriptPrompt('git checkout -q -b elsewhere\necho x > x.txt\ngit add x.txt\ngit commit -q -m "on another branch"'),
      detached: scriptPrompt('git checkout -q --detach\necho y > y.txt\ngit add y.txt\ngit commit -q -m "detached"'),
      mixed: scriptPrompt('echo a > a.txt\ngit add a.txt\ngit commit -q -m "own commit"\necho b > b.txt\necho more >> README.md'),
      orphan: scriptPrompt('git checkout -q --orphan root\ngit rm -rqf .\necho r > r.txt\ngit add r.txt\ngit commit -q -m "unrelated root"'),
      nogit: scriptPrompt('rm -rf .git\necho z > z.txt'),
    });
    const result = await runPrompts(repo, testConfig(repo, { maxParallel: 5 }), { executor: executor() });
    const t = byId(result.tasks);
    const base = result.run.baseCommit;

    expect(t.switch.status, t.switch.reason ?? undefined).toBe('succeeded');
    expect(sh(repo, 'log', '-1', '--format=%s', 'fanout/switch')).toBe('on another branch');
    expect(t.switch.commit).toBe(sh(repo, 'rev-parse', 'fanout/switch'));

    expect(t.detached.status, t.detached.reason ?? undefined).toBe('succeeded');
    expect(sh(repo, 'log', '-1', '--format=%s', 'fanout/detached')).toBe('detached');
    expect(fileAt(repo, 'fanout/detached', 'y.txt')).toBe('y\n');

    expect(t.mixed.status, t.mixed.reason ?? undefined).toBe('succeeded');
    expect(sh(repo, 'log', '--format=%s', `${base}..fanout/mixed`).split('\n')).toEqual(['Task', 'own commit']);
    expect(fileAt(repo, 'fanout/mixed', 'b.txt')).toBe('b\n');
    expect(fileAt(repo, 'fanout/mixed', 'README.md')).toBe('hello\nmore\n');
    expect(t.mixed.changedFiles.sort()).toEqual(['README.md', 'a.txt', 'b.txt']);

    expect(t.orphan.status).toBe('failed');
    expect(t.orphan.reason).toMatch(/^the result [0-9a-f]{12} does not descend from the task's start point [0-9a-f]{12}; it is kept as refs\/fanout\/rejected\//);
    expect(t.orphan.rejectedRef).toBe(`refs/fanout/rejected/${result.run.id}/orphan`);
    expect(t.orphan.reason).toContain(t.orphan.rejectedRef);
    expect(sh(repo, 'log', '-1', '--format=%s', t.orphan.rejectedRef!)).toBe('unrelated root');
    expect(t.orphan.commit).toBeNull();
    expect(sh(repo, 'rev-parse', 'fanout/orphan')).toBe(base);

    expect(t.nogit.status, t.nogit.reason ?? undefined).toBe('succeeded');
    expect(t.nogit.resultNote).toBe(MISSING_GIT_NOTE);
    expect(sh(repo, 'rev-parse', 'fanout/nogit^')).toBe(base);
    expect(fileAt(repo, 'fanout/nogit', 'z.txt')).toBe('z\n');

    expectCommitsReferenced(repo, result);
  });
});

describe.each(modes)('limits on the result ($mode)', ({ executor }) => {
  it('a 1 GiB sparse file, a 1 GiB file of zeros, a committed 60 MiB file and too many files each fail, naming the limit and the files; nothing is kept', async () => {
    const repo = repoWithPrompts({
      sparse: scriptPrompt('truncate -s 1G big.bin\necho small > small.txt'),
      zeros: scriptPrompt('dd if=/dev/zero of=zeros.bin bs=1M count=1024 status=none'),
      committed: scriptPrompt('dd if=/dev/zero of=blob.bin bs=1M count=60 status=none\ngit add blob.bin\ngit commit -q -m "a big file"'),
      many: scriptPrompt('mkdir many\nfor i in $(seq 1 30); do echo $i > many/$i.txt; done'),
      fits: scriptPrompt('dd if=/dev/zero of=ok.bin bs=1M count=2 status=none'),
    });
    const config = testConfig(repo, { maxParallel: 5, maxResultFiles: 20 });
    const result = await runPrompts(repo, config, { executor: executor() });
    const t = byId(result.tasks);
    const base = result.run.baseCommit;
    for (const id of ['sparse', 'zeros', 'committed', 'many']) {
      expect(t[id].status, `${id}: ${t[id].reason}`).toBe('failed');
      expect(t[id].commit).toBeNull();
      expect(t[id].rejectedRef).toBeUndefined();
      expect(t[id].reason).toMatch(/the result was dropped$/);
      expect(sh(repo, 'rev-parse', t[id].branch!), id).toBe(base);
    }
    expect(t.sparse.reason).toMatch(/over the limit of 50 MiB per file \(max-file-size\): big\.bin \(1\.0 GiB\)/);
    expect(t.zeros.reason).toMatch(/over the limit of 50 MiB per file \(max-file-size\): zeros\.bin \(1\.0 GiB\)/);
    expect(t.committed.reason).toMatch(/over the limit of 50 MiB per file \(max-file-size\): blob\.bin \(60\.0 MiB\)/);
    expect(t.many.reason).toMatch(/more than the limit of 20 files \(max-result-files\)/);
    expect(t.fits.status, t.fits.reason ?? undefined).toBe('succeeded');
    expect(t.fits.changedFiles).toEqual(['ok.bin']);
    // Nothing of the dropped results reached the repository.
    expect(execFileSync('git', ['cat-file', '--batch-all-objects', '--batch-check=%(objectsize)'], { cwd: repo, encoding: 'utf8' })
      .split('\n').filter((s) => Number(s) > 3 * 1024 ** 2)).toEqual([]);
    expect(taskDirs(config.stateDir)).toEqual([]);
    expect(fs.readdirSync(result.run.runDir)).not.toContain('results');
  });
});

describe('agents run unprivileged by default', () => {
  it.skipIf(process.getuid?.() !== 0)('as 1000:1000 when the repository is root-owned, as its owner otherwise; the files come back', async () => {
    const script = 'id -u > uid.txt\nid -g > gid.txt\ngit status --porcelain > status.txt\ngit add uid.txt\ngit commit -q -m "as $(id -u)"';
    const rootOwned = repoWithPrompts({ who: scriptPrompt(script) });
    const owned = repoWithPrompts({ who: scriptPrompt(script) });
    execFileSync('chown', ['-R', '4242:4343', owned]);
    const executor = DockerClient.connect().createExecutor();
    for (const [repo, uid, gid] of [[rootOwned, '1000', '1000'], [owned, '4242', '4343']] as const) {
      const result = await runPrompts(repo, testConfig(repo), { executor });
      // Inspected as root without tripping git's ownership check.
      execFileSync('chown', ['-R', '0:0', repo]);
      const t = result.tasks[0];
      expect(t.status, t.reason ?? undefined).toBe('succeeded');
      expect(fileAt(repo, 'fanout/who', 'uid.txt')).toBe(`${uid}\n`);
      expect(fileAt(repo, 'fanout/who', 'gid.txt')).toBe(`${gid}\n`);
      expect(fileAt(repo, 'fanout/who', 'status.txt')).toBe('?? gid.txt\n?? status.txt\n?? uid.txt\n');
      expect(sh(repo, 'log', '-2', '--format=%s', 'fanout/who').split('\n')).toEqual(['Task', `as ${uid}`]);
    }
  });
});

describe('a root orchestrator with its state under /root', () => {
  // Images ship /root as 0700; the unprivileged agent must still reach its task directory there.
  it.skipIf(process.getuid?.() !== 0 || os.homedir() !== '/root')('runs the agent as 1000:1000 with the task directory under /root', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.homedir(), '.fanout-test-state-'));
    try {
      const repo = repoWithPrompts({ home: scriptPrompt('id -u > uid.txt\ngit status --porcelain > status.txt') });
      const result = await runPrompts(repo, testConfig(repo, { stateDir }), { executor: DockerClient.connect().createExecutor() });
      const t = result.tasks[0];
      expect(t.status, t.reason ?? undefined).toBe('succeeded');
      expect(t.worktree!.startsWith('/root/')).toBe(true);
      expect(fileAt(repo, t.branch!, 'uid.txt')).toBe('1000\n');
    } finally {
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

describe('branch names', () => {
  it('two runs at once on the same repository reserve distinct branches', async () => {
    const repo = repoWithPrompts({ same: scriptPrompt('echo "$AGENT_FANOUT_TASK_ID $$" > who.txt\nsleep 1') });
    const executor = createSubprocessExecutor();
    const [a, b] = await Promise.all([runPrompts(repo, testConfig(repo), { executor }), runPrompts(repo, testConfig(repo), { executor })]);
    const branches = [a.tasks[0].branch, b.tasks[0].branch].sort();
    expect(branches).toEqual(['fanout/same', 'fanout/same-try2']);
    for (const r of [a, b]) {
      expect(r.tasks[0].status, r.tasks[0].reason ?? undefined).toBe('succeeded');
      expect(sh(repo, 'rev-parse', r.tasks[0].branch!)).toBe(r.tasks[0].commit);
    }
    expect(a.tasks[0].commit).not.toBe(b.tasks[0].commit);
  });

  it('a skipped task leaves no branch behind; an existing branch is never reused', async () => {
    const repo = repoWithPrompts({
      bad: scriptPrompt('exit 1'),
      child: scriptPrompt('echo never > c.txt', { depends_on: 'bad' }),
      taken: scriptPrompt('echo t > t.txt'),
    });
    sh(repo, 'branch', 'fanout/taken');
    const result = await runPrompts(repo, testConfig(repo), { executor: createSubprocessExecutor() });
    const t = byId(result.tasks);
    expect(t.child.status).toBe('skipped');
    expect(sh(repo, 'branch', '--list', 'fanout/child')).toBe('');
    expect(t.taken.branch).toBe('fanout/taken-try2');
    expect(fileAt(repo, 'fanout/taken-try2', 't.txt')).toBe('t\n');
    expect(sh(repo, 'rev-parse', 'fanout/taken')).toBe(result.run.baseCommit);
  });
});

describe.each(modes)('cleanup ($mode)', ({ executor }) => {
  it('does not follow a symlink the agent left pointing at a host directory', async () => {
    const victim = tempDir('fanout-victim-');
    fs.writeFileSync(path.join(victim, 'precious.txt'), 'keep me\n');
    const repo = repoWithPrompts({
      links: scriptPrompt(
        `ln -s '${victim}' to-victim\nln -s '${victim}' .git/to-victim\nmkdir -p deep/er\nln -s '${victim}/precious.txt' deep/er/file\nchmod 500 deep/er`,
      ),
    });
    const config = testConfig(repo);
    const result = await runPrompts(repo, config, { executor: executor() });
    expect(result.tasks[0].status, result.tasks[0].reason ?? undefined).toBe('succeeded');
    expect(taskDirs(config.stateDir)).toEqual([]);
    expect(fs.readFileSync(path.join(victim, 'precious.txt'), 'utf8')).toBe('keep me\n');
    // The links themselves are the result: symlinks, as the agent left them.
    expect(sh(repo, 'ls-tree', '-r', 'fanout/links', '--format=%(objectmode) %(path)').split('\n').sort()).toEqual([
      '100644 README.md',
      '100644 prompts/links.md',
      '120000 deep/er/file',
      '120000 to-victim',
    ]);
  });
});
