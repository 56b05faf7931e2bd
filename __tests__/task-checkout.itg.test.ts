/**
 * Overlay task checkouts (`task-checkout`): one checkout of the base per run, an overlay mount per
 * task. Real mounts, real git, real Docker. A task that rewrites or deletes the base must not change
 * what another task sees; what an agent does through its overlay (adds, edits, deletes, renames of
 * files and directories, mode changes, symlinks, a directory replaced) comes back exactly; a cancelled
 * run and a killed one (after `gc`) leave no mount and no directory; where overlays are not possible
 * the run says so and makes full checkouts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunConfig } from '../src/core/config.js';
import type { RunEvent, RunResult, TaskRecord } from '../src/core/model.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { Executor } from '../src/exec/types.js';
import { Git } from '../src/git/git.js';
import { isMountPoint, mountsUnder, unmountAllUnder } from '../src/git/overlay.js';
import { repoObjects } from '../src/git/task-repo.js';
import { TaskTrees } from '../src/git/task-trees.js';
import { silentLogger } from '../src/core/logger.js';
import { CLI_PATH, runCli as runCliAs } from './support/cli.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { fileAt, repoWithPrompts, runPrompts, scriptPrompt, sh, taskDirs, tempDir, testConfig } from './support/fanout.js';
import { productContainers, runCli, startNode, waitFor } from './support/reliability.js';

const root = process.getuid?.() === 0;

afterAll(async () => {
  // A failed test must not leave mounts in the temp dirs it made.
  for (const dir of made) await unmountAllUnder({ prefix: [] }, dir).catch(() => undefined);
  cleanupTempDirs();
});

const made: string[] = [];
function stateDir(): string {
  const dir = tempDir('fanout-state-');
  made.push(dir);
  return dir;
}

/**
 * Runs `fn` as a GitHub-hosted runner's user: not root, `sudo` without a password, the docker group.
 * The user is the test's own (`af-hosted-runner`, the first free uid from 1001, as on a hosted
 * runner), never an account of this host, and the sudo rule names it alone: the other tests' runner
 * user (1000) never has sudo. Both go when `fn` ends.
 */
async function asHostedRunner(fn: (runner: { uid: number; gid: number }) => Promise<void>): Promise<void> {
  if (spawnSync('sh', ['-c', 'command -v sudo']).status !== 0) {
    throw new Error('sudo is not installed: `bash scripts/provision.sh test` installs it (this test runs the orchestrator as a user who mounts through sudo -n)');
  }
  const name = 'af-hosted-runner';
  const gid = Number(execFileSync('getent', ['group', 'docker'], { encoding: 'utf8' }).split(':')[2]);
  // Left by a test that was killed: taken over as it is.
  if (spawnSync('getent', ['passwd', name]).status !== 0) {
    let free = 1001;
    while (spawnSync('getent', ['passwd', String(free)]).status === 0) free++;
    execFileSync('useradd', ['--uid', String(free), '--gid', String(gid), '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  }
  const uid = Number(execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).split(':')[2]);
  const rule = '/etc/sudoers.d/zz-agent-fanout-test';
  fs.writeFileSync(rule, `${name} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
  try {
    await fn({ uid, gid });
  } finally {
    fs.rmSync(rule, { force: true });
    execFileSync('userdel', [name]);
  }
}

const modes: { mode: 'docker' | 'subprocess'; executor: () => Executor }[] = [
  { mode: 'docker', executor: () => DockerClient.connect().createExecutor() },
  { mode: 'subprocess', executor: () => createSubprocessExecutor() },
];

function byId(tasks: TaskRecord[]): Record<string, TaskRecord> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}

/** `path → "<mode> <content or link target>"` of a commit's tree, leaving out the prompts. */
function treeAt(repo: string, ref: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of sh(repo, 'ls-tree', '-r', '--full-tree', ref).split('\n').filter(Boolean)) {
    const [meta, file] = line.split('\t');
    const [mode, , sha] = meta.split(' ');
    if (file.startsWith('prompts/')) continue;
    out[file] = `${mode} ${execFileSync('git', ['cat-file', 'blob', sha], { cwd: repo, encoding: 'utf8' })}`;
  }
  return out;
}

/** A repository with a symlink and an executable file besides plain files in nested directories. */
function baseRepo(prompts: Record<string, string>): string {
  const repo = repoWithPrompts(prompts, {
    'README.md': 'hello\n',
    'a.txt': 'a\n',
    'b.txt': 'b\n',
    'run.sh': '#!/bin/sh\necho run\n',
    'tool.sh': '#!/bin/sh\necho tool\n',
    'dir/c.txt': 'c\n',
    'dir/sub/d.txt': 'd\n',
    'gone/e.txt': 'e\n',
    'olddir/f.txt': 'f\n',
    'olddir/deep/g.txt': 'g\n',
    'opaque/x.txt': 'x\n',
    'opaque/y.txt': 'y\n',
    'typechange/z.txt': 'z\n',
  });
  fs.symlinkSync('a.txt', path.join(repo, 'link'));
  fs.chmodSync(path.join(repo, 'tool.sh'), 0o755);
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'symlink, executable');
  return repo;
}

/** What every test checks about the run: it used overlays, and left no mount and no task directory. */
async function expectOverlayRunClean(result: RunResult, config: RunConfig): Promise<void> {
  expect(result.run.checkout).toMatchObject({ mode: 'overlay', reason: null });
  expect(result.run.checkout?.baseMs).toBeGreaterThanOrEqual(0);
  expect(await mountsUnder(config.stateDir)).toEqual([]);
  expect(taskDirs(config.stateDir)).toEqual([]);
  for (const dir of ['base', 'layers']) expect(fs.existsSync(path.join(result.run.runDir, dir)), dir).toBe(false);
}

describe.runIf(root).each(modes)('overlay task checkouts ($mode)', ({ mode, executor }) => {
  it('the result holds exactly what the agent did through its overlay: adds, edits, deletes, renames, mode changes, symlinks', async () => {
    const script = [
      'set -e',
      // The copied index: git sees the shared base's files as clean.
      'st=$(git status --porcelain); printf "%s" "$st" > status-before.txt',
      'echo added > added.txt',
      'mkdir -p newdir/deeper && echo deep > newdir/deeper/n.txt',
      'echo more >> a.txt',
      'rm b.txt',
      'rm -r gone',
      'mv dir/c.txt dir/c-renamed.txt',
      // rename(2) of a directory of the base (not mv, which would copy on EXDEV).
      "node -e \"require('fs').renameSync('olddir', 'renamed-dir')\"",
      'chmod +x run.sh',
      'chmod -x tool.sh',
      'ln -s dir/sub/d.txt newlink',
      'rm link && ln -s README.md link',
      // A directory of the base deleted and made again: only its new file may come back.
      'rm -r opaque && mkdir opaque && echo only > opaque/only.txt',
      'rm -r typechange && echo now-a-file > typechange',
      'echo committed > committed.txt && git add committed.txt && git commit -q -m "agent commit"',
    ].join('\n');
    const repo = baseRepo({ edit: scriptPrompt(script) });
    const config = testConfig(repo, { stateDir: stateDir(), taskCheckout: 'overlay' });
    const result = await runPrompts(repo, config, { executor: executor() });
    const t = result.tasks[0];
    expect(t.status, t.reason ?? undefined).toBe('succeeded');
    expect(treeAt(repo, t.branch!)).toEqual({
      'README.md': '100644 hello\n',
      'a.txt': '100644 a\nmore\n',
      'added.txt': '100644 added\n',
      'committed.txt': '100644 committed\n',
      'dir/c-renamed.txt': '100644 c\n',
      'dir/sub/d.txt': '100644 d\n',
      link: '120000 README.md',
      newlink: '120000 dir/sub/d.txt',
      'newdir/deeper/n.txt': '100644 deep\n',
      'opaque/only.txt': '100644 only\n',
      'renamed-dir/f.txt': '100644 f\n',
      'renamed-dir/deep/g.txt': '100644 g\n',
      'run.sh': '100755 #!/bin/sh\necho run\n',
      'tool.sh': '100644 #!/bin/sh\necho tool\n',
      typechange: '100644 now-a-file\n',
      'status-before.txt': '100644 ',
    });
    // The agent's own commit, then the collect step's for what it left uncommitted.
    expect(sh(repo, 'log', '--format=%s', `${result.run.baseCommit}..${t.branch!}`).split('\n')).toEqual([t.title, 'agent commit']);
    await expectOverlayRunClean(result, config);
  });

  it('a task that rewrites, deletes and renames the base cannot change what another task sees', async () => {
    const attack = [
      'set +e',
      'for f in README.md a.txt dir/c.txt dir/sub/d.txt; do echo pwned > "$f"; done',
      'chmod 000 b.txt',
      'rm -rf gone olddir',
      'mv opaque opaque-moved',
      'git rm -q -r --cached . >/dev/null; git commit -q -m "wipe the index"',
      'git clean -q -f -d -x -e .git',
      'echo pwned > README.md',
      // The shared base by its path: in subprocess mode it is there (read-only), in Docker not at all.
      '{ echo pwned > ../../base/tree/README.md; } 2> direct.err; echo "direct=$?" > direct.txt',
      'rm -f ../../base/tree/a.txt 2>> direct.err',
      '{ echo garbage > ../../base/git/index; } 2>> direct.err',
      'echo attacked > attacked.txt',
    ].join('\n');
    const look = [
      'set -e',
      'st=$(git status --porcelain); printf "%s" "$st" > status.txt',
      'cat README.md a.txt b.txt dir/c.txt dir/sub/d.txt gone/e.txt olddir/f.txt opaque/x.txt > seen.txt',
      'ls=$(ls -A | LC_ALL=C sort | tr "\\n" " "); printf "%s" "$ls" > ls.txt',
    ].join('\n');
    // One at a time, the attacker first (prompt order): the victim starts on the base the attacker had.
    const repo = baseRepo({ 'a-attacker': scriptPrompt(attack), 'b-victim': scriptPrompt(look) });
    const config = testConfig(repo, { stateDir: stateDir(), taskCheckout: 'overlay', maxParallel: 1 });
    const original = treeAt(repo, 'HEAD');
    let runDir = '';
    let baseAfterAttack: Record<string, string> | null = null;
    const onEvent = (event: RunEvent) => {
      if (event.type === 'run-started') runDir = event.run.runDir;
      // The shared base on the host, the moment the attacker is done (it is still mounted for the victim).
      if (event.type === 'task-state' && event.taskId === 'a-attacker' && (event.status === 'succeeded' || event.status === 'failed') && runDir) {
        baseAfterAttack = readTree(path.join(runDir, 'base', 'tree'));
      }
    };
    const result = await runPrompts(repo, config, { executor: executor(), onEvent });
    const t = byId(result.tasks);
    // The base on the host, right after the attack: every file as committed.
    const expectedBase = Object.fromEntries(Object.entries(original).map(([f, v]) => [f, v.replace(/^\d+ /, '')]));
    expect(baseAfterAttack).toEqual(expectedBase);
    // The victim's view: the base, clean.
    const victim = t['b-victim'].branch!;
    expect(fileAt(repo, victim, 'seen.txt')).toBe('hello\na\nb\nc\nd\ne\nf\nx\n');
    expect(fileAt(repo, victim, 'status.txt')).toBe('');
    expect(fileAt(repo, victim, 'ls.txt')).toBe('.git README.md a.txt b.txt dir gone link olddir opaque prompts run.sh seen.txt status.txt tool.sh typechange ');

    expect(t['a-attacker'].status, t['a-attacker'].reason ?? undefined).toBe('succeeded');
    expect(t['b-victim'].status, t['b-victim'].reason ?? undefined).toBe('succeeded');
    expect(t['b-victim'].startedAt!).toBeGreaterThanOrEqual(t['a-attacker'].finishedAt!);

    // The attacker did what it set out to do, on its own branch only.
    expect(fileAt(repo, t['a-attacker'].branch!, 'attacked.txt')).toBe('attacked\n');
    expect(fileAt(repo, t['a-attacker'].branch!, 'README.md')).toBe('pwned\n');
    expect(fileAt(repo, t['a-attacker'].branch!, 'direct.txt')).not.toBe('direct=0\n');
    if (mode === 'subprocess') {
      const refused = fileAt(repo, t['a-attacker'].branch!, 'direct.err').trim().split('\n');
      expect(refused).toHaveLength(3);
      for (const line of refused) expect(line).toMatch(/Read-only file system/);
    }

    await expectOverlayRunClean(result, config);
  });
});

/** `path → content` (symlinks as their target) of a directory on the host, `.git` left out. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (rel === '.git' || rel.startsWith('prompts')) continue;
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) out[rel] = fs.readlinkSync(p);
      else out[rel] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe.runIf(root)('overlay task checkouts: other start points, the agent user, verify', () => {
  it('a dependent task starts from its dependency’s result on the shared base, and its agent (uid 1000) may change what that result wrote', async () => {
    const repo = baseRepo({
      dep: scriptPrompt('echo dep > dep.txt\nmkdir -p newdir && echo n > newdir/n.txt\necho changed >> README.md\nrm b.txt'),
      child: scriptPrompt(
        [
          'set -e',
          'test "$(id -u)" = 1000',
          'st=$(git status --porcelain); printf "%s" "$st" > status.txt',
          'echo more >> dep.txt',
          'echo more >> README.md',
          'echo child > newdir/child.txt',
          'test ! -e b.txt',
        ].join('\n'),
        { depends_on: 'dep', verify: '"grep -q more dep.txt && test -f newdir/child.txt"' },
      ),
    });
    // The repository is root's: agents run as 1000:1000.
    const config = testConfig(repo, { stateDir: stateDir(), taskCheckout: 'overlay' });
    const result = await runPrompts(repo, config, { executor: DockerClient.connect().createExecutor() });
    const t = byId(result.tasks);
    expect(t.dep.status, t.dep.reason ?? undefined).toBe('succeeded');
    expect(t.child.status, t.child.reason ?? undefined).toBe('succeeded');
    expect(t.child.baseCommit).toBe(t.dep.commit);
    expect(t.child.verify?.passed).toBe(true);
    const child = t.child.branch!;
    expect(fileAt(repo, child, 'dep.txt')).toBe('dep\nmore\n');
    expect(fileAt(repo, child, 'README.md')).toBe('hello\nchanged\nmore\n');
    expect(fileAt(repo, child, 'newdir/child.txt')).toBe('child\n');
    expect(fileAt(repo, child, 'status.txt')).toBe('');
    expect(spawnSync('git', ['cat-file', '-e', `${child}:b.txt`], { cwd: repo }).status).not.toBe(0);
    await expectOverlayRunClean(result, config);
  });
});

describe.runIf(root).each(modes)('overlay task checkouts: a cancelled run ($mode)', ({ executor }) => {
  it('unmounts and deletes everything, the shared base included', async () => {
    const repo = baseRepo({ slow: scriptPrompt('echo started\nsleep 600'), other: scriptPrompt('sleep 600') });
    const config = testConfig(repo, { stateDir: stateDir(), taskCheckout: 'overlay', maxParallel: 2 });
    const controller = new AbortController();
    let running = 0;
    const run = runPrompts(repo, config, {
      executor: executor(),
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'task-state' && event.status === 'running') running++;
      },
    });
    await waitFor('both tasks to run', async () => (running === 2 && (await mountsUnder(config.stateDir)).length >= 3 ? true : undefined));
    const mountsWhileRunning = await mountsUnder(config.stateDir);
    controller.abort();
    const result = await run;
    expect(result.tasks.map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
    // The base's read-only bind and one overlay per task.
    expect(mountsWhileRunning.filter((m) => m.endsWith('/base'))).toHaveLength(1);
    expect(mountsWhileRunning.filter((m) => /\/worktrees\/(slow|other)$/.test(m))).toHaveLength(2);
    await expectOverlayRunClean(result, config);
  });
});

describe.runIf(root)('overlay task checkouts: a killed orchestrator', () => {
  it('gc unmounts what it left (the base and each task), then deletes it', async () => {
    const repo = baseRepo({ slow: scriptPrompt('echo slow started\nsleep 600') });
    const state = stateDir();
    const proc = startNode(CLI_PATH, ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'docker', '--network', 'none', '--memory', '128m', '--task-checkout', 'overlay'], { cwd: repo });
    const runId = await waitFor('the run directory', () => (fs.existsSync(path.join(state, 'runs')) ? fs.readdirSync(path.join(state, 'runs'))[0] : undefined));
    await waitFor('the task to run', async () => (proc.output().includes('slow started') && (await mountsUnder(state)).length >= 2 ? true : undefined));
    proc.child.kill('SIGKILL');
    await proc.done;
    const left = await mountsUnder(state);
    expect(left, left.join(', ')).toHaveLength(2);
    expect(left.some((m) => m.endsWith('/base'))).toBe(true);
    expect(left.some((m) => m.endsWith('/worktrees/slow'))).toBe(true);

    const dry = await runCli(['gc', '--dry-run', '--state-dir', state, '--run', runId]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would unmount 2 mount\(s\) of task checkouts/);
    expect(await mountsUnder(state)).toEqual(left);
    const gc = await runCli(['gc', '--state-dir', state, '--run', runId]);
    expect(gc.code, gc.stderr).toBe(0);
    expect(gc.stdout).toMatch(/unmounted 2 mount\(s\) of task checkouts/);
    expect(await mountsUnder(state)).toEqual([]);
    expect(await productContainers({ runId })).toEqual([]);
    const runDir = path.join(state, 'runs', runId);
    for (const dir of ['base', 'layers', 'worktrees']) expect(fs.existsSync(path.join(runDir, dir)), dir).toBe(false);
  });
});

describe.runIf(root)('TaskTrees', () => {
  it('a task directory made again in the same place starts fresh; one still in use is detached and removed', async () => {
    const repo = baseRepo({ unused: scriptPrompt('true') });
    const git = await Git.create(repo);
    const run = path.join(stateDir(), 'runs', 'r');
    const layout = { root: run, worktreesDir: path.join(run, 'worktrees'), baseDir: path.join(run, 'base'), layersDir: path.join(run, 'layers') };
    fs.mkdirSync(layout.worktreesDir, { recursive: true });
    const baseCommit = sh(repo, 'rev-parse', 'HEAD');
    const trees = await TaskTrees.open({ git, repo: await repoObjects(git), baseCommit, layout, want: 'overlay', logger: silentLogger });
    const dir = path.join(layout.worktreesDir, 'task');
    const status = () => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });
    try {
      await trees.setUp({ dir, branch: 'fanout/task', startPoint: baseCommit, branchAt: null });
      fs.writeFileSync(path.join(dir, 'left.txt'), 'left\n');
      fs.writeFileSync(path.join(dir, 'a.txt'), 'changed\n');
      await trees.remove(dir);
      expect(fs.existsSync(dir)).toBe(false);
      // A retry: the same directory, from the start point again.
      await trees.setUp({ dir, branch: 'fanout/task', startPoint: baseCommit, branchAt: null });
      expect(fs.existsSync(path.join(dir, 'left.txt'))).toBe(false);
      expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('a\n');
      expect(status()).toBe('');
      expect(sh(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('fanout/task');
      // A process that outlived its task, its cwd in the directory.
      const straggler = spawn('sleep', ['600'], { cwd: dir, stdio: 'ignore' });
      try {
        await trees.remove(dir);
        expect(await isMountPoint(dir)).toBe(false);
        expect(fs.existsSync(dir)).toBe(false);
        expect(fs.existsSync(path.join(layout.layersDir, 'task'))).toBe(false);
      } finally {
        straggler.kill('SIGKILL');
      }
    } finally {
      await trees.close();
    }
    expect(await mountsUnder(run)).toEqual([]);
    expect(fs.readdirSync(run)).toEqual(['worktrees']);
  });
});

describe('where overlays are not possible', () => {
  it.runIf(root)('a state dir on an overlay (a container’s own file system): the run says why and makes full checkouts', async () => {
    // The state dir on an overlay mount of its own, which the kernel refuses as an upper layer.
    const outer = tempDir('fanout-outer-');
    made.push(outer);
    for (const d of ['l', 'u', 'w', 'm']) fs.mkdirSync(path.join(outer, d));
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${outer}/l,upperdir=${outer}/u,workdir=${outer}/w`, `${outer}/m`]);
    try {
      const repo = baseRepo({ edit: scriptPrompt('echo more >> a.txt') });
      const config = testConfig(repo, { stateDir: path.join(outer, 'm', 'state') });
      const result = await runPrompts(repo, config, { executor: createSubprocessExecutor() });
      expect(result.tasks[0].status, result.tasks[0].reason ?? undefined).toBe('succeeded');
      expect(fileAt(repo, result.tasks[0].branch!, 'a.txt')).toBe('a\nmore\n');
      expect(result.run.checkout?.mode).toBe('full');
      expect(result.run.checkout?.reason).toMatch(/a probe overlay in .* failed/);
      expect(result.run.checkout?.baseMs).toBeNull();
      expect(await mountsUnder(config.stateDir)).toEqual([]);
      // Asked for explicitly, it is an error before any task starts.
      const strict = await runPrompts(repo, { ...config, taskCheckout: 'overlay' }, { executor: createSubprocessExecutor() }).catch((e: unknown) => e as Error);
      expect(strict).toBeInstanceOf(Error);
      expect((strict as Error).message).toMatch(/task-checkout overlay is not possible here: a probe overlay/);
      // doctor says so too (advice), and where overlays work, that they do.
      const doctor = await runCli(['doctor', '--state-dir', config.stateDir]);
      expect(doctor.stdout + doctor.stderr).toMatch(/! task checkouts: a full checkout per task \(an overlay under .* failed/);
      const fine = await runCli(['doctor', '--state-dir', stateDir()]);
      expect(fine.stdout + fine.stderr).toMatch(/✓ task checkouts: overlays on one shared checkout of the base per run/);
    } finally {
      execFileSync('umount', [`${outer}/m`]);
    }
  });

  it.runIf(root)('an orchestrator that is not root and has no sudo: full checkouts, said in the log and the results', async () => {
    const repo = baseRepo({ edit: scriptPrompt('echo more >> a.txt') });
    const state = tempDir('fanout-state-');
    const home = tempDir('fanout-home-');
    const json = path.join(tempDir('fanout-out-'), 'results.json');
    for (const p of [repo, state, home, path.dirname(json)]) execFileSync('chown', ['-R', '1000:1000', p]);
    const env = { ...process.env, HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin' };
    const args = ['run', '--repo', repo, '--state-dir', state, '--agent', 'script', '--execution', 'subprocess', '--json', json];
    const r = await runCliAs(args, { env, cwd: repo, user: { uid: 1000, gid: 1000 } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).toMatch(/task checkouts: a full checkout per task \(no overlay: not root/);
    const results = JSON.parse(fs.readFileSync(json, 'utf8')) as RunResult;
    expect(results.run.checkout).toMatchObject({ mode: 'full', baseMs: null });
    expect(results.run.checkout?.reason).toMatch(/not root, and sudo without a password failed \(sudo -n true: /);
    // The repository is uid 1000's: git as root here would refuse it without safe.directory.
    expect(execFileSync('git', ['-c', 'safe.directory=*', 'show', `${results.tasks[0].branch!}:a.txt`], { cwd: repo, encoding: 'utf8' })).toBe('a\nmore\n');
    const strict = await runCliAs([...args, '--task-checkout', 'overlay'], { env, cwd: repo, user: { uid: 1000, gid: 1000 } });
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toMatch(/task-checkout overlay is not possible here: not root/);
  });

  it.runIf(root)('an orchestrator that is not root and has sudo without a password (a GitHub-hosted runner): overlays through sudo -n, nothing left, gc too', async () => {
    await asHostedRunner(async (runner) => {
      const repo = baseRepo({
        edit: scriptPrompt('echo more >> a.txt\nrm b.txt\nmv olddir newdir\nmkdir -p new && echo n > new/n.txt'),
        slow: scriptPrompt('echo slow started\nsleep 600'),
      });
      const state = tempDir('fanout-state-');
      made.push(state);
      const home = tempDir('fanout-home-');
      const json = path.join(tempDir('fanout-out-'), 'results.json');
      for (const p of [repo, state, home, path.dirname(json)]) execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, p]);
      const env = { ...process.env, HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin' };
      const common = ['--repo', repo, '--state-dir', state, '--agent', 'script', '--task-checkout', 'overlay'];
      // Agents in containers, as the runner user: the kernel's root-owned work dirs of each overlay
      // (`work/work`, `incompat/volatile`) go through sudo too.
      const r = await runCliAs(['run', ...common, '--execution', 'docker', '--network', 'none', '--json', json, 'prompts/edit.md'], { env, cwd: repo, user: runner });
      expect(r.code, r.stderr).toBe(0);
      const results = JSON.parse(fs.readFileSync(json, 'utf8')) as RunResult;
      expect(results.run.checkout).toMatchObject({ mode: 'overlay', reason: null });
      const branch = results.tasks[0].branch!;
      const git = (...args: string[]) => execFileSync('git', ['-c', 'safe.directory=*', ...args], { cwd: repo, encoding: 'utf8' });
      expect(git('show', `${branch}:a.txt`)).toBe('a\nmore\n');
      expect(git('show', `${branch}:newdir/deep/g.txt`)).toBe('g\n');
      expect(git('show', `${branch}:new/n.txt`)).toBe('n\n');
      expect(git('ls-tree', '--name-only', branch).split('\n')).not.toContain('b.txt');
      expect(git('ls-tree', '--name-only', branch).split('\n')).not.toContain('olddir');
      const runDir = results.run.runDir;
      for (const dir of ['base', 'layers', 'worktrees', 'results']) expect(fs.existsSync(path.join(runDir, dir)), dir).toBe(false);
      expect(await mountsUnder(state)).toEqual([]);

      // Killed while its agent runs: the runner user's gc unmounts and deletes what it left.
      const child = spawn(process.execPath, [CLI_PATH, 'run', ...common, '--execution', 'subprocess', 'prompts/slow.md'], { cwd: repo, env, uid: runner.uid, gid: runner.gid, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (c: string) => (output += c));
      const closed = new Promise((resolve) => child.on('close', resolve));
      await waitFor('the slow task to run', async () => (output.includes('slow started') && (await mountsUnder(state)).length >= 2 ? true : undefined));
      child.kill('SIGKILL');
      await closed;
      const killedRun = fs.readdirSync(path.join(state, 'runs')).find((id) => path.join(state, 'runs', id) !== runDir)!;
      expect(fs.readdirSync(path.join(state, 'runs', killedRun, 'layers'))).toEqual(['slow']);
      const gc = await runCliAs(['gc', '--state-dir', state], { env, cwd: repo, user: runner });
      expect(gc.code, gc.stderr).toBe(0);
      expect(gc.stdout).toMatch(/unmounted 2 mount\(s\) of task checkouts/);
      expect(gc.stdout + gc.stderr).not.toMatch(/overlay layers/);
      expect(await mountsUnder(state)).toEqual([]);
      for (const dir of ['base', 'layers', 'worktrees']) expect(fs.existsSync(path.join(state, 'runs', killedRun, dir)), dir).toBe(false);
    });
  });

  it('full, and keep-worktrees: full checkouts that outlive the run, no mount', async () => {
    const repo = baseRepo({ edit: scriptPrompt('echo more >> a.txt') });
    const full = await runPrompts(repo, testConfig(repo, { stateDir: stateDir(), taskCheckout: 'full' }), { executor: createSubprocessExecutor() });
    expect(full.run.checkout).toEqual({ mode: 'full', reason: null, baseMs: null });
    expect(full.tasks[0].status, full.tasks[0].reason ?? undefined).toBe('succeeded');
    const keepConfig = testConfig(repo, { stateDir: stateDir(), keepWorktrees: true });
    const kept = await runPrompts(repo, keepConfig, { executor: createSubprocessExecutor() });
    expect(kept.run.checkout?.mode).toBe('full');
    if (root) expect(kept.run.checkout?.reason).toMatch(/keep-worktrees/);
    expect(fs.readFileSync(path.join(kept.tasks[0].worktree!, 'a.txt'), 'utf8')).toBe('a\nmore\n');
    expect(await mountsUnder(keepConfig.stateDir)).toEqual([]);
  });
});
