/**
 * The per-task git state with real git: private task repositories, branch reservation, the collect
 * step (run as a plain subprocess here) and the host's checks on the bundle it writes — including
 * bundles no honest collect step would write.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAgentUser, parseAgentUser } from '../src/exec/agent-user.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { Executor } from '../src/exec/types.js';
import { releaseBranch, reserveBranches } from '../src/git/branches.js';
import { CollectStep, parseCollectOutput, MISSING_GIT_NOTE, type CollectTaskOptions } from '../src/git/collect.js';
import { Git } from '../src/git/git.js';
import { formatLimit, importResult, overLimit, readBundleHeader, type ResultLimits } from '../src/git/result.js';
import { createTaskRepo, initTaskGitDir, objectDirs, removeTaskDir, repoObjects, setUpTask, type RepoObjects } from '../src/git/task-repo.js';
import { cleanupTempDirs, identity, makeRepo, sh, tempDir, write } from './git-fixtures.js';

afterAll(cleanupTempDirs);

const LIMITS: ResultLimits = { maxBytes: 100 * 1024 ** 2, maxFiles: 10_000, maxFileBytes: 50 * 1024 ** 2 };

/** A bare scratch repository borrowing `repo`'s objects, where test commits and bundles are made. */
function sandbox(repo: string): string {
  const dir = tempDir('fanout-sandbox-');
  sh(dir, 'init', '-q', '--bare');
  fs.writeFileSync(path.join(dir, 'objects', 'info', 'alternates'), `${path.join(repo, '.git', 'objects')}\n`);
  return dir;
}

function commitIn(bare: string, files: Record<string, string | Buffer>, parent: string | null, message = 'task'): string {
  const work = tempDir('fanout-work-');
  const env = { ...process.env, GIT_DIR: bare, GIT_WORK_TREE: work, GIT_INDEX_FILE: path.join(work, '..', `${path.basename(work)}.index`) };
  const git = (args: string[], input?: string) => execFileSync('git', args, { env, encoding: 'utf8', input }).trim();
  if (parent) git(['read-tree', parent]);
  for (const [f, c] of Object.entries(files)) write(work, f, c);
  git(['add', '--', ...Object.keys(files)]);
  const tree = git(['write-tree']);
  return git(['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, 'commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message]);
}

function bundle(bare: string, result: string, start: string): string {
  const file = path.join(tempDir('fanout-bundle-'), 'result.bundle');
  sh(bare, 'update-ref', 'refs/fanout/result', result);
  sh(bare, 'bundle', 'create', '-q', file, 'refs/fanout/result', `^${start}`);
  return file;
}

function hasObject(repo: string, sha: string): boolean {
  return spawnSync('git', ['cat-file', '-e', sha], { cwd: repo }).status === 0;
}

async function setup(commits = 1) {
  const repo = makeRepo({ 'README.md': 'hello\n' });
  for (let i = 2; i <= commits; i++) {
    write(repo, `c${i}.txt`, `${i}\n`);
    sh(repo, 'add', '-A');
    sh(repo, 'commit', '-q', '-m', `commit ${i}`);
  }
  const git = await Git.create(repo);
  const base = sh(repo, 'rev-parse', 'HEAD');
  const [branch] = await reserveBranches(git, ['fanout/t'], base);
  return { repo, git, base, branch, commonDir: path.join(repo, '.git') };
}

describe('private task repositories', () => {
  it('borrow the objects, check out the start point on the task branch, and leave the main repository untouched', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n', 'src/a.txt': 'a\n' });
    const git = await Git.create(repo);
    const base = sh(repo, 'rev-parse', 'HEAD');
    const before = fs.readdirSync(path.join(repo, '.git')).sort();
    const dir = path.join(tempDir('fanout-task-'), 't');
    await createTaskRepo(git, { dir, branch: 'fanout/t', startPoint: base, objectDirs: await objectDirs(path.join(repo, '.git')), shallow: [] });
    expect(sh(dir, 'rev-parse', 'HEAD')).toBe(base);
    expect(sh(dir, 'symbolic-ref', 'HEAD')).toBe('refs/heads/fanout/t');
    expect(sh(dir, 'status', '--porcelain')).toBe('');
    expect(fs.readFileSync(path.join(dir, 'src', 'a.txt'), 'utf8')).toBe('a\n');
    expect(fs.existsSync(path.join(dir, '.git', 'hooks'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, '.git', 'objects', 'info', 'alternates'), 'utf8')).toBe(`${fs.realpathSync(path.join(repo, '.git', 'objects'))}\n`);
    expect(fs.readdirSync(path.join(repo, '.git')).sort()).toEqual(before);
    expect(sh(repo, 'branch', '--list', 'fanout/t')).toBe('');
  });

  it('are made by hand as git makes them, and by git for a name or format it does not write by hand', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const git = await Git.create(repo);
    const base = sh(repo, 'rev-parse', 'HEAD');
    const objects = await objectDirs(path.join(repo, '.git'));
    const config = (dir: string) => sh(dir, 'config', '--local', '--list').split('\n').sort();
    const reference = path.join(tempDir('fanout-ref-'), 'r');
    sh(tempDir('fanout-cwd-'), 'init', '-q', '--template=', '-b', 'fanout/a-1.x', reference);
    for (const [branch, startPoint] of [['fanout/a-1.x', base], ['fanout/a+b', base], ['fanout/t', base.slice(0, 12)]]) {
      const dir = path.join(tempDir('fanout-task-'), 't');
      await initTaskGitDir(git, { dir, branch, startPoint, objectDirs: objects, shallow: [] });
      expect(sh(dir, 'symbolic-ref', 'HEAD')).toBe(`refs/heads/${branch}`);
      expect(sh(dir, 'rev-parse', 'HEAD')).toBe(base);
      expect(config(dir)).toEqual(config(reference));
      expect(fs.readdirSync(path.join(dir, '.git')).filter((e) => e !== 'logs').sort()).toEqual(['HEAD', 'config', 'objects', 'refs']);
      sh(dir, 'fsck', '--no-dangling', '--connectivity-only');
    }
    // A name git refuses is refused, never written as a path.
    const dir = path.join(tempDir('fanout-task-'), 't');
    await expect(initTaskGitDir(git, { dir, branch: 'odd@{x}/../../../escape', startPoint: base, objectDirs: objects, shallow: [] })).rejects.toThrow(/invalid initial branch name/);
    expect(fs.existsSync(path.join(dir, '..', 'escape'))).toBe(false);
  });

  it("list the repository's own alternates too, and copy its shallow file", async () => {
    const origin = makeRepo({ 'a.txt': 'a\n' });
    write(origin, 'b.txt', 'b\n');
    sh(origin, 'add', '-A');
    sh(origin, 'commit', '-q', '-m', 'second');
    const clone = path.join(tempDir('fanout-clone-'), 'c');
    execFileSync('git', ['clone', '-q', '--shared', '--depth', '1', `file://${origin}`, clone]);
    // --depth over file:// ignores --shared: add the alternate by hand, as a reference clone has one.
    fs.writeFileSync(path.join(clone, '.git', 'objects', 'info', 'alternates'), `${path.join(origin, '.git', 'objects')}\n`);
    const git = await Git.create(clone);
    const repo = await repoObjects(git);
    expect(repo.objectDirs).toEqual([fs.realpathSync(path.join(clone, '.git', 'objects')), fs.realpathSync(path.join(origin, '.git', 'objects'))]);
    expect(repo.shallow).toEqual([sh(clone, 'rev-parse', 'HEAD')]);
    const dir = path.join(tempDir('fanout-task-'), 't');
    const [branch] = await reserveBranches(git, ['fanout/t'], repo.shallow[0]);
    await setUpTask(git, repo, { dir, branch, startPoint: repo.shallow[0], branchAt: repo.shallow[0] });
    expect(fs.readFileSync(path.join(dir, '.git', 'shallow'), 'utf8')).toBe(`${repo.shallow[0]}\n`);
    expect(sh(dir, 'log', '--format=%s')).toBe('second');
  });

  it('are deleted without following symlinks, also out of directories made read-only', async () => {
    const victim = tempDir('fanout-victim-');
    fs.writeFileSync(path.join(victim, 'keep.txt'), 'keep\n');
    const dir = path.join(tempDir('fanout-task-'), 't');
    fs.mkdirSync(path.join(dir, 'ro', 'deeper'), { recursive: true });
    fs.symlinkSync(victim, path.join(dir, 'link'));
    fs.symlinkSync(victim, path.join(dir, 'ro', 'deeper', 'link'));
    fs.chmodSync(path.join(dir, 'ro', 'deeper'), 0o500);
    fs.chmodSync(path.join(dir, 'ro'), 0o500);
    await removeTaskDir(dir);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readFileSync(path.join(victim, 'keep.txt'), 'utf8')).toBe('keep\n');
  });
});

describe('branch reservation', () => {
  it('creates each branch atomically at the base, moving on to -tryN when another run took the name meanwhile', async () => {
    const repo = makeRepo();
    const git = await Git.create(repo);
    const base = sh(repo, 'rev-parse', 'HEAD');
    const [first, second] = await Promise.all([reserveBranches(git, ['fanout/a', 'fanout/b'], base), reserveBranches(git, ['fanout/a'], base)]);
    expect([...first, ...second].sort()).toEqual(['fanout/a', 'fanout/a-try2', 'fanout/b']);
    for (const b of [...first, ...second]) expect(sh(repo, 'rev-parse', b)).toBe(base);
    // Released only while it still points where the run left it.
    sh(repo, 'update-ref', 'refs/heads/fanout/b', sh(repo, 'commit-tree', 'HEAD^{tree}', '-p', 'HEAD', '-m', 'someone else'));
    expect(await releaseBranch(git, 'fanout/b', base)).toBe(false);
    expect(await releaseBranch(git, first.includes('fanout/a') ? 'fanout/a' : 'fanout/a-try2', base)).toBe(true);
  });
});

describe('the default agent user', () => {
  it('is this process for a non-root one, else the repository owner, else 1000:1000', async () => {
    const repo = tempDir('fanout-owner-');
    expect(await defaultAgentUser(repo, { uid: 501, gid: 20 })).toBe('501:20');
    const st = fs.statSync(repo);
    expect(await defaultAgentUser(repo, { uid: 0, gid: 0 })).toBe(st.uid === 0 ? '1000:1000' : `${st.uid}:${st.gid}`);
    expect(parseAgentUser('1000:1000')).toEqual({ uid: 1000, gid: 1000 });
    expect(parseAgentUser('agent')).toBeNull();
  });
});

describe('importResult', () => {
  it('takes a result that descends from the start point and moves the branch with a compare-and-swap', async () => {
    const { repo, git, base, branch, commonDir } = await setup();
    const box = sandbox(repo);
    const result = commitIn(box, { 'new.txt': 'new\n' }, base);
    const out = await importResult(git, { runId: 'r1', taskId: 't', branch, startPoint: base, result, bundle: bundle(box, result, base), commonDir, limits: LIMITS });
    expect(out).toMatchObject({ kind: 'accepted', commit: result, changedFiles: ['new.txt'], insertions: 1 });
    expect(sh(repo, 'rev-parse', branch)).toBe(result);
    expect(fs.readdirSync(path.join(commonDir, 'objects')).filter((d) => d.startsWith('incoming'))).toEqual([]);
    expect(hasObject(repo, `${result}:new.txt`)).toBe(true);

    // A result of many objects stays a pack (index-pack), as `git fetch` keeps it.
    const many = commitIn(box, Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`many/${i}.txt`, `${i}\n`])), result);
    const packsBefore = fs.readdirSync(path.join(commonDir, 'objects', 'pack')).length;
    const second = await importResult(git, { runId: 'r1', taskId: 't', branch, startPoint: result, result: many, bundle: bundle(box, many, result), commonDir, limits: LIMITS });
    expect(second).toMatchObject({ kind: 'accepted', commit: many, filesChanged: 150 });
    expect(fs.readdirSync(path.join(commonDir, 'objects', 'pack')).length).toBe(packsBefore + 2);
    expect(sh(repo, 'fsck', '--no-dangling')).toBe('');
  });

  it('keeps a result that does not descend under refs/fanout/rejected and leaves the branch', async () => {
    const { repo, git, base, branch, commonDir } = await setup();
    const box = sandbox(repo);
    const result = commitIn(box, { 'root.txt': 'root\n' }, null);
    const out = await importResult(git, { runId: 'r1', taskId: 't', branch, startPoint: base, result, bundle: bundle(box, result, base), commonDir, limits: LIMITS });
    expect(out).toEqual({
      kind: 'rejected',
      ref: 'refs/fanout/rejected/r1/t',
      commit: result,
      reason: `the result ${result.slice(0, 12)} does not descend from the task's start point ${base.slice(0, 12)}; it is kept as refs/fanout/rejected/r1/t`,
    });
    expect(sh(repo, 'rev-parse', 'refs/fanout/rejected/r1/t')).toBe(result);
    expect(sh(repo, 'rev-parse', branch)).toBe(base);
  });

  it('checks the limits itself and drops a result over one: nothing of it enters the repository', async () => {
    const { repo, git, base, branch, commonDir } = await setup();
    const box = sandbox(repo);
    const big = Buffer.alloc(3 * 1024 ** 2, 7);
    const result = commitIn(box, { 'big.bin': big, 'small.txt': 'x\n' }, base);
    const limits = { ...LIMITS, maxFileBytes: 1024 ** 2 };
    const out = await importResult(git, { runId: 'r1', taskId: 't', branch, startPoint: base, result, bundle: bundle(box, result, base), commonDir, limits });
    expect(out).toEqual({ kind: 'dropped', reason: 'the result has a file over the limit of 1 MiB per file (max-file-size): big.bin (3.0 MiB); the result was dropped' });
    expect(sh(repo, 'rev-parse', branch)).toBe(base);
    expect(hasObject(repo, result)).toBe(false);
    expect(hasObject(repo, sh(box, 'rev-parse', `${result}:big.bin`))).toBe(false);
  });

  it('refuses objects that fail fsck, a symlink, a bundle over the cap, and a header naming something else', async () => {
    const { repo, git, base, branch, commonDir } = await setup();
    const box = sandbox(repo);
    const tree = sh(repo, 'rev-parse', 'HEAD^{tree}');
    const bad = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], {
      cwd: box,
      encoding: 'utf8',
      input: `tree ${tree}\nparent ${base}\nauthor Bad <bad> notatime\ncommitter x <x> 1 +0000\n\nm\n`,
    }).trim();
    const opts = { runId: 'r1', taskId: 't', branch, startPoint: base, commonDir, limits: LIMITS };
    await expect(importResult(git, { ...opts, result: bad, bundle: bundle(box, bad, base) })).rejects.toThrow(/failed the object checks: .*badDate/);
    expect(hasObject(repo, bad)).toBe(false);

    const good = commitIn(box, { 'a.txt': 'a\n' }, base);
    const file = bundle(box, good, base);
    const link = path.join(tempDir('fanout-link-'), 'result.bundle');
    fs.symlinkSync(file, link);
    await expect(importResult(git, { ...opts, result: good, bundle: link })).rejects.toThrow(/is not a regular file/);
    await expect(importResult(git, { ...opts, result: good, bundle: file, limits: { ...LIMITS, maxBytes: 0 } })).resolves.toMatchObject({ kind: 'dropped' });
    const huge = path.join(tempDir('fanout-huge-'), 'result.bundle');
    fs.writeFileSync(huge, '# v2 git bundle\n');
    fs.truncateSync(huge, LIMITS.maxBytes + 17 * 1024 ** 2);
    await expect(importResult(git, { ...opts, result: good, bundle: huge })).rejects.toThrow(/over the cap of/);
    await expect(importResult(git, { ...opts, result: base, bundle: file })).rejects.toThrow(/does not hold exactly the reported result/);
    expect(sh(repo, 'rev-parse', branch)).toBe(base);
  });

  it('keeps the result apart when the branch moved meanwhile', async () => {
    const { repo, git, base, branch, commonDir } = await setup();
    const box = sandbox(repo);
    const result = commitIn(box, { 'a.txt': 'a\n' }, base);
    const moved = sh(repo, 'commit-tree', 'HEAD^{tree}', '-p', 'HEAD', '-m', 'moved');
    sh(repo, 'update-ref', `refs/heads/${branch}`, moved);
    const out = await importResult(git, { runId: 'r1', taskId: 't', branch, startPoint: base, result, bundle: bundle(box, result, base), commonDir, limits: LIMITS });
    expect(out).toMatchObject({ kind: 'rejected', ref: 'refs/fanout/rejected/r1/t' });
    expect(sh(repo, 'rev-parse', branch)).toBe(moved);
  });

  it('reads bundle headers strictly', async () => {
    const dir = tempDir('fanout-hdr-');
    const file = path.join(dir, 'b');
    const header = `# v2 git bundle\n-${'a'.repeat(40)} base\n${'b'.repeat(40)} refs/fanout/result\n\n`;
    fs.writeFileSync(file, Buffer.concat([Buffer.from(header), Buffer.from('PACK'), Buffer.from([0, 0, 0, 2, 0, 0, 1, 2])]));
    await expect(readBundleHeader(file, 1024)).resolves.toEqual({
      refs: [{ oid: 'b'.repeat(40), name: 'refs/fanout/result' }],
      prerequisites: ['a'.repeat(40)],
      packOffset: header.length,
      objects: 258,
    });
    fs.writeFileSync(file, header);
    await expect(readBundleHeader(file, 1024)).rejects.toThrow(/holds no pack/);
    fs.writeFileSync(file, `# v9 git bundle\n\n`);
    await expect(readBundleHeader(file, 1024)).rejects.toThrow(/not a git bundle/);
    fs.writeFileSync(file, `# v2 git bundle\n${'b'.repeat(40)} refs/x y\n\n`);
    await expect(readBundleHeader(file, 1024)).rejects.toThrow(/malformed header line/);
  });

  it('names the limit and the biggest files', () => {
    const size = { files: 3, bytes: 3000, largest: 2000, biggest: [{ path: 'a\nb', size: 2000 }, { path: 'c', size: 1000 }], toType: 'commit' };
    expect(overLimit(size, { maxBytes: 2048, maxFiles: 10, maxFileBytes: 4096 })).toBe(
      'the result adds 2.9 KiB, over the limit of 2 KiB (max-result-size); biggest files: "a\\nb" (2.0 KiB), c (1000 B)',
    );
    expect(overLimit(size, { maxBytes: 1e6, maxFiles: 2, maxFileBytes: 4096 })).toMatch(/adds or changes 3 files, over the limit of 2 \(max-result-files\)/);
    expect(overLimit(size, LIMITS)).toBeNull();
    expect(formatLimit(50 * 1024 ** 2)).toBe('50 MiB');
    expect(formatLimit(1500)).toBe('1.5 KiB');
  });
});

/** The collect step of task `t` of run `r1`, its directories under `run`, as the engine sets it up. */
function stepOptions(o: { objects: RepoObjects; run: string; dir: string; branch: string; startPoint: string; limits: ResultLimits }): CollectTaskOptions {
  return {
    runId: 'r1',
    taskId: 't',
    workDir: o.dir,
    outDir: path.join(o.run, 'results', 't'),
    taskDir: path.join(o.run, 'tasks', 't'),
    branch: o.branch,
    startPoint: o.startPoint,
    commonDir: o.objects.commonDir,
    objectFormat: o.objects.objectFormat,
    objectDirs: o.objects.objectDirs,
    shallow: o.objects.shallow,
    message: 'Task\n\nagent-fanout task',
    identity,
    limits: o.limits,
    sandbox: { user: '1000:1000', image: 'unused', cpus: 1, memoryBytes: 256 * 1024 ** 2, pidsLimit: 64 },
    agentTimeoutMs: 60_000,
  };
}

describe('the collect step (as a subprocess)', () => {
  async function collect(prepare: (dir: string, base: string) => void, limits: ResultLimits = LIMITS, commits = 1) {
    const { repo, git, base, branch } = await setup(commits);
    const objects = await repoObjects(git);
    const run = tempDir('fanout-run-');
    const dir = path.join(run, 'worktrees', 't');
    await setUpTask(git, objects, { dir, branch, startPoint: base, branchAt: base });
    prepare(dir, base);
    const step = await CollectStep.prepare(createSubprocessExecutor(), git, stepOptions({ objects, run, dir, branch, startPoint: base, limits }));
    step.prestart(); // no gate outside Docker: a no-op
    const taken = await step.finish();
    await step.done;
    expect(fs.existsSync(path.join(run, 'results', 't'))).toBe(false);
    return { repo, base, branch, taken };
  }

  it('commits what was left on the agent HEAD', async () => {
    const { repo, base, branch, taken } = await collect((dir) => {
      write(dir, 'a.txt', 'a\n');
      execFileSync('git', ['add', 'a.txt'], { cwd: dir });
      execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@a', 'commit', '-q', '-m', 'agent'], { cwd: dir });
      write(dir, 'b.txt', 'b\n');
    });
    expect(taken.problem).toBeUndefined();
    expect(taken.commit).toBe(sh(repo, 'rev-parse', branch));
    expect(sh(repo, 'log', '--format=%s %an', `${base}..${branch}`).split('\n')).toEqual([`Task ${identity.name}`, 'agent a']);
    expect(taken.phases).toHaveProperty('collect');
    expect(taken.phases).toHaveProperty('import');
  });

  it("takes the agent's own commit as it is when nothing is left over, and a deletion or a mode change alone", async () => {
    const committed = await collect((dir) => {
      write(dir, 'a.txt', 'a\n');
      execFileSync('git', ['add', 'a.txt'], { cwd: dir });
      execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@a', 'commit', '-q', '-m', 'agent'], { cwd: dir });
    });
    expect(committed.taken.problem).toBeUndefined();
    expect(sh(committed.repo, 'log', '--format=%s', `${committed.base}..${committed.branch}`)).toBe('agent');
    const unstaged = await collect((dir) => {
      fs.rmSync(path.join(dir, 'README.md'));
      write(dir, 'run.sh', 'echo hi\n');
      execFileSync('git', ['add', 'run.sh'], { cwd: dir });
      execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@a', 'commit', '-q', '-m', 'agent'], { cwd: dir });
      fs.chmodSync(path.join(dir, 'run.sh'), 0o755);
    });
    expect(unstaged.taken.problem).toBeUndefined();
    expect(sh(unstaged.repo, 'ls-tree', '-r', '--format=%(objectmode) %(path)', unstaged.branch)).toBe('100755 run.sh');
    expect(sh(unstaged.repo, 'log', '--format=%s', `${unstaged.base}..${unstaged.branch}`).split('\n')).toEqual(['Task', 'agent']);
  });

  it('commits on the start point when the .git is gone, with a note', async () => {
    const { repo, base, branch, taken } = await collect((dir) => {
      fs.rmSync(path.join(dir, '.git'), { recursive: true });
      write(dir, 'z.txt', 'z\n');
    });
    expect(taken.note).toBe(MISSING_GIT_NOTE);
    expect(sh(repo, 'rev-parse', `${branch}^`)).toBe(base);
  });

  it('fails early, naming the files, when one is over the per-file limit', async () => {
    const { repo, base, branch, taken } = await collect((dir) => {
      fs.writeFileSync(path.join(dir, 'big.bin'), '');
      fs.truncateSync(path.join(dir, 'big.bin'), 2 * 1024 ** 2);
    }, { ...LIMITS, maxFileBytes: 1024 ** 2 });
    expect(taken.problem).toBe('the result has a file over the limit of 1 MiB per file (max-file-size): big.bin (2.0 MiB); the result was dropped');
    expect(taken.commit).toBeNull();
    expect(sh(repo, 'rev-parse', branch)).toBe(base);
  });

  it('keeps a reset to an older commit apart, without a bundle', async () => {
    const { repo, base, branch, taken } = await collect((dir, start) => {
      execFileSync('git', ['reset', '-q', '--hard', `${start}^`], { cwd: dir });
    }, LIMITS, 2);
    expect(taken.rejectedRef).toBe('refs/fanout/rejected/r1/t');
    expect(sh(repo, 'rev-parse', 'refs/fanout/rejected/r1/t')).toBe(sh(repo, 'rev-parse', `${base}^`));
    expect(taken.problem).toMatch(/does not descend from the task's start point/);
    expect(sh(repo, 'rev-parse', branch)).toBe(base);
  });
});

describe('parseCollectOutput', () => {
  it('reads a result, an over-limit report, and nothing from garbage', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    expect(parseCollectOutput(`AF-RESULT ${a} ${b} missing-git\nAF-BUNDLE yes\n`)).toEqual({ kind: 'result', head: a, result: b, missingGit: true, bundle: true });
    expect(parseCollectOutput('AF-LIMIT file 100\nAF-OFFENDER 200 big file.bin\n')).toEqual({
      kind: 'over-limit',
      limit: 'file',
      value: 100,
      offenders: [{ size: 200, path: 'big file.bin' }],
    });
    expect(parseCollectOutput(`AF-RESULT ${a} ${b} -\n`)).toBeNull();
    expect(parseCollectOutput(`AF-RESULT ${a} nothex -\nAF-BUNDLE no\n`)).toBeNull();
  });
});

describe("the collect step with the host's index of the task directory", () => {
  /**
   * Like the engine: the task directory, then the step prepared (it copies the directory's index
   * while the host still owns it), then the agent, then the step. Git's trace of the step tells how
   * many index entries the refresh had to check by content (`refresh/sum_scan`).
   */
  async function collectTraced(agent: (dir: string) => void, startIndex: boolean) {
    const { repo, git, base, branch } = await setup(1);
    for (let i = 0; i < 30; i++) write(repo, `many/f${i}.txt`, `file ${i}\n`);
    sh(repo, 'add', 'many');
    sh(repo, 'commit', '-q', '-m', 'thirty files');
    const start = sh(repo, 'rev-parse', 'HEAD');
    const objects = await repoObjects(git);
    const run = tempDir('fanout-run-');
    const dir = path.join(run, 'worktrees', 't');
    await setUpTask(git, objects, { dir, branch, startPoint: start, branchAt: base });
    // A checkout's index is written in the second its files were: git keeps no stat data for those
    // entries (racily clean). A second later, the host's refresh records them, as it does for the
    // overlay base every task directory copies its index from.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    execFileSync('git', ['update-index', '-q', '--refresh'], { cwd: dir });
    const trace = path.join(tempDir('fanout-trace-'), 'trace.json');
    const inner = createSubprocessExecutor();
    const traced: Executor = { mode: inner.mode, run: (spec) => inner.run({ ...spec, env: { ...spec.env, GIT_TRACE2_EVENT: trace } }) };
    const step = await CollectStep.prepare(traced, git, {
      ...stepOptions({ objects, run, dir, branch, startPoint: start, limits: LIMITS }),
      ...(startIndex ? { startIndex: path.join(dir, '.git', 'index') } : {}),
    });
    agent(dir);
    const taken = await step.finish();
    await step.done;
    const scanned = [...fs.readFileSync(trace, 'utf8').matchAll(/"key":"refresh\/sum_scan","value":"(\d+)"/g)].map((m) => Number(m[1]));
    return { repo, branch, taken, scanned };
  }

  it('checks by content only the files whose stat data changed, and still takes every change', async () => {
    const edit = (dir: string) => {
      write(dir, 'many/f3.txt', 'changed\n');
      write(dir, 'new.txt', 'new\n');
    };
    const fast = await collectTraced(edit, true);
    const slow = await collectTraced(edit, false);
    for (const { repo, branch, taken } of [fast, slow]) {
      expect(taken.problem).toBeUndefined();
      expect(sh(repo, 'show', `${branch}:many/f3.txt`)).toBe('changed');
      expect(sh(repo, 'show', `${branch}:new.txt`)).toBe('new');
      expect(taken.changedFiles.sort()).toEqual(['many/f3.txt', 'new.txt']);
    }
    // Without the host's index every tracked file is checked by content; with it, at most the few
    // the agent touched and any git takes as racily clean (written in the second of the index).
    expect(Math.max(...slow.scanned)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...fast.scanned)).toBeLessThan(30);
  });

  it('never reads through a symlink where the index was: no copy, the step still takes the changes', async () => {
    const { repo, git, base, branch } = await setup(1);
    const objects = await repoObjects(git);
    const run = tempDir('fanout-run-');
    const dir = path.join(run, 'worktrees', 't');
    await setUpTask(git, objects, { dir, branch, startPoint: base, branchAt: base });
    const secret = path.join(tempDir('fanout-secret-'), 'secret');
    fs.writeFileSync(secret, 'not for the task\n');
    fs.rmSync(path.join(dir, '.git', 'index'));
    fs.symlinkSync(secret, path.join(dir, '.git', 'index'));
    const options = { ...stepOptions({ objects, run, dir, branch, startPoint: base, limits: LIMITS }), startIndex: path.join(dir, '.git', 'index') };
    const step = await CollectStep.prepare(createSubprocessExecutor(), git, options);
    expect(fs.existsSync(path.join(options.outDir, 'index.base'))).toBe(false);
    write(dir, 'new.txt', 'new\n');
    const taken = await step.finish();
    await step.done;
    expect(taken.problem).toBeUndefined();
    expect(sh(repo, 'show', `${branch}:new.txt`)).toBe('new');
  });

  it('takes an edit that kept the size and set the modification time back', async () => {
    const { repo, branch, taken } = await collectTraced((dir) => {
      const file = path.join(dir, 'many', 'f7.txt');
      const before = fs.statSync(file);
      fs.writeFileSync(file, 'FILE 7\n'); // same size as 'file 7\n'
      fs.utimesSync(file, before.atime, before.mtime); // the ctime cannot be set back
    }, true);
    expect(taken.problem).toBeUndefined();
    expect(sh(repo, 'show', `${branch}:many/f7.txt`)).toBe('FILE 7');
    expect(taken.changedFiles).toEqual(['many/f7.txt']);
  });
});
