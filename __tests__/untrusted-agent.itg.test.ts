/**
 * Issue 8's attacks, run by script agents as an attacker would: each plants something that runs a
 * command writing a marker into a host directory that no container has (so a marker appears only if
 * something ran on the host), then the user looks around in the repository. No marker may appear,
 * and the main repository's HEAD, refs (but this run's task branches and refs/fanout/*), config,
 * hooks and info/ must be byte-identical. In subprocess mode the agent itself is not sandboxed, so
 * only what the host does with the agent's leftovers is under test there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DockerClient } from '../src/exec/docker/client.js';
import { createSubprocessExecutor } from '../src/exec/subprocess.js';
import type { Executor } from '../src/exec/types.js';
import type { TaskRecord } from '../src/core/model.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { extraWorktrees, fileAt, repoWithPrompts, runPrompts, scriptPrompt, sh, taskDirs, testConfig } from './support/fanout.js';
import { expectCommitsReferenced, markerDir, markers, runRefs, snapshot, userLooksAround } from './support/untrusted.js';

afterAll(() => cleanupTempDirs());

const modes: { mode: 'docker' | 'subprocess'; executor: () => Executor }[] = [
  { mode: 'docker', executor: () => DockerClient.connect().createExecutor() },
  { mode: 'subprocess', executor: () => createSubprocessExecutor() },
];

function byId(tasks: TaskRecord[]): Record<string, TaskRecord> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}

/** Hooks an agent plants (each writes its own marker). */
const HOOKS = [
  'pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'post-checkout', 'post-merge',
  'reference-transaction', 'pre-auto-gc', 'post-index-change', 'post-rewrite', 'pre-push', 'fsmonitor-watchman',
];

/**
 * Git settings that make git run a program, each as the config text an agent appends to its git dir's
 * config (`$E` is the agent's `.evil/` directory, `$E/<name>.sh` a marker-writing script) and the
 * .gitattributes lines that put it to use.
 */
const SETTINGS: { id: string; config: string; attributes?: string }[] = [
  { id: 'filter-clean', config: '[filter "evil"]\n\tclean = $E/filter-clean.sh\n\trequired = true', attributes: '* filter=evil' },
  { id: 'filter-smudge', config: '[filter "evil"]\n\tsmudge = $E/filter-smudge.sh\n\trequired = true', attributes: '* filter=evil' },
  { id: 'filter-process', config: '[filter "evil"]\n\tprocess = $E/filter-process.sh', attributes: '* filter=evil' },
  { id: 'fsmonitor', config: '[core]\n\tfsmonitor = $E/fsmonitor.sh' },
  { id: 'ssh-command', config: '[core]\n\tsshCommand = $E/ssh-command.sh\n[remote "origin"]\n\turl = ssh://example.invalid/r.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*' },
  { id: 'diff-external', config: '[diff]\n\texternal = $E/diff-external.sh' },
  { id: 'pager', config: '[core]\n\tpager = $E/pager.sh\n[pager]\n\tlog = $E/pager.sh\n\tdiff = $E/pager.sh\n\tstatus = $E/pager.sh' },
  { id: 'gpg', config: '[gpg]\n\tprogram = $E/gpg.sh\n[commit]\n\tgpgSign = true\n[tag]\n\tgpgSign = true' },
  {
    id: 'include',
    config: '[include]\n\tpath = $E/include.config\n[includeIf "gitdir:/"]\n\tpath = $E/include.config',
    attributes: '* filter=inc',
  },
  { id: 'hooks-path', config: '[core]\n\thooksPath = $E/hooks' },
  { id: 'own-hooks', config: '' },
  {
    id: 'helpers',
    config: '[credential]\n\thelper = !$E/helpers.sh\n[core]\n\taskPass = $E/helpers.sh\n\teditor = $E/helpers.sh\n\talternateRefsCommand = $E/helpers.sh\n[sequence]\n\teditor = $E/helpers.sh',
  },
  {
    id: 'drivers',
    config: '[diff "evil"]\n\ttextconv = $E/drivers.sh\n\tcommand = $E/drivers.sh\n[merge "evil"]\n\tdriver = $E/drivers.sh %O %A %B',
    attributes: '* diff=evil merge=evil',
  },
];

/**
 * The agent's script for one setting: replace the task's `.git` (with a repository of its own, or
 * with a gitfile pointing at a moved copy), plant the setting, hooks and attributes, leave changes.
 * After planting, the agent runs no git itself (in subprocess mode it runs on the host).
 */
function attackScript(setting: (typeof SETTINGS)[number], variant: 'own-repo' | 'gitfile', markerPath: string): string {
  const replace =
    variant === 'own-repo'
      ? 'rm -rf .git\ngit init -q\ngit add -A\ngit commit -q -m "a repository of its own"\nGD=$PWD/.git'
      : 'mkdir -p "$E"\nmv .git "$E/git"\nprintf "gitdir: %s\\n" "$E/git" > .git\nGD=$E/git';
  return [
    `M='${markerPath}'`,
    'E=$PWD/.evil',
    replace,
    'mkdir -p "$E/hooks" "$GD/hooks"',
    // Filters must pass content through; everything else just leaves its marker.
    `for n in ${setting.id} include; do printf '#!/bin/sh\\ntouch "%s/%s-%s"\\ncat\\n' "$M" "$AGENT_FANOUT_TASK_ID" "$n" > "$E/$n.sh"; chmod +x "$E/$n.sh"; done`,
    `for h in ${HOOKS.join(' ')}; do`,
    `  printf '#!/bin/sh\\ntouch "%s/%s-hook-%s"\\n' "$M" "$AGENT_FANOUT_TASK_ID" "$h" > "$E/hooks/$h"; chmod +x "$E/hooks/$h"`,
    ...(setting.id === 'own-hooks' ? ['  cp "$E/hooks/$h" "$GD/hooks/$h"'] : []),
    'done',
    'cat > "$E/include.config" <<EOF',
    '[core]\n\tfsmonitor = $E/include.sh\n[filter "inc"]\n\tclean = $E/include.sh\n\tsmudge = $E/include.sh\n\trequired = true',
    'EOF',
    'cat >> "$GD/config" <<EOF',
    setting.config,
    'EOF',
    `printf '%s\\n' '${setting.attributes ?? ''}' > .gitattributes`,
    "printf '.evil/\\n' > .gitignore",
    'echo "changed by the agent" >> README.md',
    'echo "new file" > new.txt',
  ].join('\n');
}

describe.each(modes)('a replaced .git: no git setting of the agent runs on the host ($mode)', ({ executor }) => {
  it('each setting, from a repository of its own and from a gitfile', async () => {
    const marks = markerDir();
    const prompts: Record<string, string> = {};
    for (const setting of SETTINGS) {
      for (const variant of ['own-repo', 'gitfile'] as const) prompts[`${setting.id}-${variant}`] = scriptPrompt(attackScript(setting, variant, marks));
    }
    // The agent also commits a tree with a `.git/hooks/post-checkout` entry of its own making.
    prompts['dotgit-tree'] = scriptPrompt(
      [
        `blob=$(printf '#!/bin/sh\\ntouch "%s/dotgit-tree"\\n' '${marks}' | git hash-object -w --stdin)`,
        "inner=$(printf '100755 blob %s\\tpost-checkout\\n' \"$blob\" | git mktree)",
        "hooks=$(printf '040000 tree %s\\thooks\\n' \"$inner\" | git mktree)",
        "top=$(printf '040000 tree %s\\t.git\\n' \"$hooks\" | git mktree)",
        'git update-ref HEAD "$(git commit-tree "$top" -p HEAD -m "a .git of its own in the tree")"',
      ].join('\n'),
    );
    const repo = repoWithPrompts(prompts, { 'README.md': 'hello\n', 'lib.txt': 'lib\n' });
    const before = snapshot(repo);
    const config = testConfig(repo, { maxParallel: 4 });
    const result = await runPrompts(repo, config, { executor: executor() });
    const skip = runRefs(result);
    const t = byId(result.tasks);

    expect(markers(marks), 'markers right after the run').toEqual([]);
    userLooksAround(repo, result);
    expect(markers(marks), 'markers after checkout, status and log -p').toEqual([]);
    expect(snapshot(repo, skip)).toEqual({ ...before, refs: Object.fromEntries(Object.entries(before.refs).filter(([r]) => !skip(r))) });
    expectCommitsReferenced(repo, result);
    expect(extraWorktrees(repo)).toEqual([]);
    expect(taskDirs(config.stateDir)).toEqual([]);

    for (const setting of SETTINGS) {
      // A gitfile keeps the task's history: the agent's files are its result.
      const viaGitfile = t[`${setting.id}-gitfile`];
      expect(viaGitfile.status, `${viaGitfile.id}: ${viaGitfile.reason}`).toBe('succeeded');
      expect(fileAt(repo, viaGitfile.branch!, 'new.txt')).toBe('new file\n');
      expect(fileAt(repo, viaGitfile.branch!, 'README.md')).toBe('hello\nchanged by the agent\n');
      // A repository of its own starts an unrelated history: refused, and kept for a look.
      const ownRepo = t[`${setting.id}-own-repo`];
      expect(ownRepo.status).toBe('failed');
      expect(ownRepo.reason).toMatch(/does not descend from the task's start point/);
      expect(ownRepo.rejectedRef).toBe(`refs/fanout/rejected/${result.run.id}/${ownRepo.id}`);
      expect(fileAt(repo, ownRepo.rejectedRef!, 'new.txt')).toBe('new file\n');
      expect(ownRepo.commit).toBeNull();
      expect(sh(repo, 'rev-parse', ownRepo.branch!)).toBe(result.run.baseCommit);
    }
    const dotgit = t['dotgit-tree'];
    expect(dotgit.status).toBe('failed');
    expect(dotgit.reason).toMatch(/HEAD commit [0-9a-f]{40} could not be read/);
    expect(dotgit.commit).toBeNull();
    expect(fs.existsSync(path.join(repo, '.git', 'hooks', 'post-checkout'))).toBe(false);
  });
});

/** The main repository's git dir as an agent finds it: next to the objects its alternates name. */
const FIND_MAIN = 'main=$(dirname "$(head -n 1 .git/objects/info/alternates)")';

describe('an agent in Docker cannot touch the main repository', () => {
  it.each([{ user: undefined }, { user: '0:0' }])('plants no hook when .git/hooks does not exist (user $user)', async ({ user }) => {
    const marks = markerDir();
    const repo = repoWithPrompts({
      planter: scriptPrompt(
        [
          FIND_MAIN,
          `hook='#!/bin/sh\ntouch ${marks}/main-hook-$(basename "$0")\n'`,
          'for h in post-checkout pre-commit post-commit reference-transaction post-index-change; do',
          '  (mkdir -p "$main/hooks" && printf "$hook" > "$main/hooks/$h" && chmod +x "$main/hooks/$h" && echo "planted $h") || echo "refused $h"',
          'done',
          '(mkdir -p "$main/info" && echo "* filter=evil" > "$main/info/attributes") || echo "refused info"',
          `(printf '[core]\\n\\tfsmonitor = /bin/false\\n' >> "$main/config") || echo "refused config"`,
          'echo done > done.txt',
        ].join('\n'),
      ),
    });
    fs.rmSync(path.join(repo, '.git', 'hooks'), { recursive: true, force: true });
    const before = snapshot(repo);
    expect(before.hooks).toBeNull();
    const result = await runPrompts(repo, testConfig(repo, { user }), { executor: DockerClient.connect().createExecutor() });
    const t = result.tasks[0];
    expect(t.status, t.reason ?? undefined).toBe('succeeded');
    // Root in the container may write where the main git dir's path is in its own file system: the host's is not there.
    if (user === undefined) expect(fs.readFileSync(t.logFile!, 'utf8')).not.toMatch(/^planted/m);
    userLooksAround(repo, result);
    expect(markers(marks)).toEqual([]);
    const skip = runRefs(result);
    expect(snapshot(repo, skip)).toEqual({ ...before, refs: Object.fromEntries(Object.entries(before.refs).filter(([r]) => !skip(r))) });
    expect(fs.existsSync(path.join(repo, '.git', 'hooks'))).toBe(false);
  });

  it("changes no HEAD and deletes or moves no ref: not main, not another task's branch", async () => {
    const repo = repoWithPrompts({
      attacker: scriptPrompt(
        [
          FIND_MAIN,
          'set +e',
          'echo evil > evil.txt && git add evil.txt && git commit -q -m evil',
          'git --git-dir="$main" update-ref -d refs/heads/main && echo "deleted main"',
          'git --git-dir="$main" update-ref -d refs/heads/fanout/victim && echo "deleted victim"',
          'git --git-dir="$main" update-ref refs/heads/main "$(git rev-parse HEAD)" && echo "moved main"',
          'git --git-dir="$main" symbolic-ref HEAD refs/heads/evil && echo "moved HEAD"',
          'echo "ref: refs/heads/evil" > "$main/HEAD" && echo "wrote HEAD"',
          'if [ -d "$main/refs/heads" ]; then rm -rf "$main/refs/heads" && echo "removed refs"; fi',
          'echo garbage > "$main/packed-refs" && echo "wrote packed-refs"',
          'rm -f "$main"/objects/*/* 2>/dev/null; ls "$main/objects" >/dev/null && echo "objects still there"',
          'exit 0',
        ].join('\n'),
      ),
      victim: scriptPrompt('sleep 2\necho "victim work" > victim.txt'),
    });
    const before = snapshot(repo);
    const allObjects = () => new Set(sh(repo, 'cat-file', '--batch-all-objects', '--batch-check=%(objectname)').split('\n'));
    const objectsBefore = allObjects();
    const result = await runPrompts(repo, testConfig(repo, { maxParallel: 2 }), { executor: DockerClient.connect().createExecutor() });
    const t = byId(result.tasks);
    const log = fs.readFileSync(t.attacker.logFile!, 'utf8');
    for (const done of ['deleted main', 'deleted victim', 'moved main', 'moved HEAD', 'wrote HEAD', 'removed refs', 'wrote packed-refs']) {
      expect(log).not.toContain(done);
    }
    expect(t.victim.status, t.victim.reason ?? undefined).toBe('succeeded');
    expect(fileAt(repo, 'fanout/victim', 'victim.txt')).toBe('victim work\n');
    expect(t.attacker.status, t.attacker.reason ?? undefined).toBe('succeeded');
    expect(fileAt(repo, 'fanout/attacker', 'evil.txt')).toBe('evil\n');
    const skip = runRefs(result);
    expect(snapshot(repo, skip)).toEqual({ ...before, refs: Object.fromEntries(Object.entries(before.refs).filter(([r]) => !skip(r))) });
    expect(sh(repo, 'rev-parse', 'main')).toBe(result.run.baseCommit);
    expect(sh(repo, 'fsck', '--no-dangling')).toBe('');
    // Every object there before is there still (the import only adds).
    const objectsAfter = allObjects();
    expect([...objectsBefore].filter((o) => !objectsAfter.has(o))).toEqual([]);
    expectCommitsReferenced(repo, result);
  });
});

describe('subprocess mode: the host still moves task branches only from the value it set', () => {
  it('an agent that moves its own task branch in the main repository fails, and its result is kept apart', async () => {
    const repo = repoWithPrompts({
      mover: scriptPrompt(
        [
          FIND_MAIN,
          'evil=$(git --git-dir="$main" commit-tree "$(git rev-parse HEAD^{tree})" -p HEAD -m "moved behind the host\'s back")',
          'git --git-dir="$main" update-ref "refs/heads/fanout/$AGENT_FANOUT_TASK_ID" "$evil"',
          'echo work > work.txt',
        ].join('\n'),
      ),
    });
    const result = await runPrompts(repo, testConfig(repo), { executor: createSubprocessExecutor() });
    const t = result.tasks[0];
    expect(t.status).toBe('failed');
    expect(t.reason).toMatch(/branch fanout\/mover no longer points at the task's start point/);
    expect(t.rejectedRef).toBe(`refs/fanout/rejected/${result.run.id}/mover`);
    expect(fileAt(repo, t.rejectedRef!, 'work.txt')).toBe('work\n');
    expect(t.commit).toBeNull();
    expect(sh(repo, 'log', '-1', '--format=%s', 'fanout/mover')).toBe("moved behind the host's back");
  });
});
