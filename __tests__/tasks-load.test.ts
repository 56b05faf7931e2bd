import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger.js';
import { expandPromptArgs, loadTasks, resolvePromptPath } from '../src/tasks/load.js';
import { fsPromptSource, gitPromptSource, type PromptSource } from '../src/tasks/source.js';
import { PromptError } from '../src/tasks/types.js';

function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
}

async function write(root: string, rel: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await fs.writeFile(path.join(root, rel), content);
}

async function rejection(promise: Promise<unknown>): Promise<PromptError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PromptError);
  return error as PromptError;
}

let tmp: string;
let repo: string;
let source: PromptSource;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fanout-tasks-load-'));
  repo = path.join(tmp, 'repo');
  await fs.mkdir(repo);
  git(repo, 'init', '-q', '-b', 'main');
  await write(repo, 'prompts/a.md', '---\nid: a\n---\n# Task A\ncommitted text\n');
  await write(repo, 'prompts/b.md', '---\ndepends_on: a\n---\nB\n');
  await write(repo, 'prompts/notes.txt', 'not a prompt');
  await write(repo, 'prompts/sub/c.md', 'C\n');
  await write(repo, 'prompts/sub/deeper/d.md', 'D\n');
  await write(repo, 'empty/.keep', '');
  await write(repo, 'outside.md', 'secret\n');
  await fs.symlink('a.md', path.join(repo, 'prompts/link.md'));
  await fs.symlink('prompts', path.join(repo, 'linked-dir'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'prompts');
  // The working tree now differs from the commit: a git source must not see this.
  await write(repo, 'prompts/a.md', '---\nid: a\n---\n# Task A\nuncommitted text\n');
  await write(repo, 'prompts/new.md', 'new, never committed\n');
  source = fsPromptSource(repo);
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('resolvePromptPath', () => {
  it('returns repo-relative forward-slash paths', () => {
    expect(resolvePromptPath(repo, 'prompts/a.md')).toBe('prompts/a.md');
    expect(resolvePromptPath(repo, './prompts//sub/../a.md')).toBe('prompts/a.md');
    expect(resolvePromptPath(repo, path.join(repo, 'prompts/a.md'))).toBe('prompts/a.md');
    expect(resolvePromptPath(repo, 'a.md', path.join(repo, 'prompts'))).toBe('prompts/a.md');
    expect(resolvePromptPath(repo, repo)).toBe('.');
  });

  it.each(['../x.md', 'prompts/../../x.md', '/etc/passwd'])('rejects %s as outside the repository', (input) => {
    expect(() => resolvePromptPath(repo, input)).toThrow(PromptError);
    expect(() => resolvePromptPath(repo, input)).toThrow(`${input}: path is outside the repository ${repo}`);
  });

  it('rejects paths into .git', () => {
    expect(() => resolvePromptPath(repo, '.git/config')).toThrow(".git/config: path is inside '.git'");
  });
});

describe('expandPromptArgs', () => {
  it('expands directories to their .md files, sorted, non-recursive', async () => {
    expect(await expandPromptArgs(repo, ['prompts'], source)).toEqual([
      'prompts/a.md',
      'prompts/b.md',
      'prompts/link.md',
      'prompts/new.md',
    ]);
  });

  it('expands globs, including **, and de-duplicates in argument order', async () => {
    expect(await expandPromptArgs(repo, ['prompts/b.md', 'prompts/*.md'], source)).toEqual([
      'prompts/b.md',
      'prompts/a.md',
      'prompts/link.md',
      'prompts/new.md',
    ]);
    expect(await expandPromptArgs(repo, ['prompts/**/*.md'], source)).toEqual([
      'prompts/a.md',
      'prompts/b.md',
      'prompts/link.md',
      'prompts/new.md',
      'prompts/sub/c.md',
      'prompts/sub/deeper/d.md',
    ]);
    expect(await expandPromptArgs(repo, ['prompts/*/c.md'], source)).toEqual(['prompts/sub/c.md']);
  });

  it('passes missing files through and refuses empty directories and globs without matches', async () => {
    expect(await expandPromptArgs(repo, ['prompts/nope.md'], source)).toEqual(['prompts/nope.md']);
    expect((await rejection(expandPromptArgs(repo, ['empty'], source))).message).toBe(
      'empty: directory contains no .md prompt files',
    );
    expect((await rejection(expandPromptArgs(repo, ['prompts/*.yaml'], source))).message).toBe(
      'prompts/*.yaml: pattern matches no files',
    );
    expect((await rejection(expandPromptArgs(repo, ['../*.md'], source))).message).toContain('outside the repository');
  });

  it('globs over a committed tree too', async () => {
    expect(await expandPromptArgs(repo, ['prompts/*.md'], gitPromptSource(repo, 'main'))).toEqual([
      'prompts/a.md',
      'prompts/b.md',
      'prompts/link.md',
    ]);
  });
});

describe('loadTasks', () => {
  it('loads, parses and returns tasks in input order', async () => {
    const logger = recorder();
    const tasks = await loadTasks(repo, ['prompts/b.md', 'prompts/a.md', 'prompts/a.md'], source, logger);
    expect(tasks.map((t) => [t.id, t.title, t.dependsOn])).toEqual([
      ['b', 'b', ['a']],
      ['a', 'Task A', []],
    ]);
    expect(tasks[1].prompt).toContain('uncommitted text');
    expect(logger.warnings).toEqual([]);
  });

  it('refuses a missing file', async () => {
    const error = await rejection(loadTasks(repo, ['prompts/nope.md'], source, recorder()));
    expect(error.message).toBe('prompts/nope.md: file not found (working tree)');
  });

  it('refuses symlinks, and files below a symlinked directory', async () => {
    expect((await rejection(loadTasks(repo, ['prompts/link.md'], source, recorder()))).message).toContain(
      'prompts/link.md: is a symbolic link',
    );
    expect((await rejection(loadTasks(repo, ['linked-dir/a.md'], source, recorder()))).message).toContain(
      'linked-dir/a.md: is a symbolic link (or inside one)',
    );
  });

  it('refuses a directory and a path outside the repository', async () => {
    expect((await rejection(loadTasks(repo, ['prompts/sub'], source, recorder()))).message).toContain(
      'prompts/sub: is a directory',
    );
    expect((await rejection(loadTasks(repo, ['../outside.md'], source, recorder()))).message).toContain(
      '../outside.md: path is outside the repository',
    );
  });

  it('refuses files over 256 KiB', async () => {
    await write(repo, 'big/huge.md', `# Big\n${'x'.repeat(256 * 1024)}`);
    const error = await rejection(loadTasks(repo, ['big/huge.md'], source, recorder()));
    expect(error.message).toBe('big/huge.md: file is 262150 bytes; the limit is 262144 bytes (256 KiB)');
  });

  it('names both files of a duplicate id', async () => {
    await write(repo, 'dup/one.md', '---\nid: same\n---\nx');
    await write(repo, 'dup/two.md', '---\nid: same\n---\ny');
    const error = await rejection(loadTasks(repo, ['dup/one.md', 'dup/two.md'], source, recorder()));
    expect(error.message).toBe("dup/two.md: field 'id': duplicate task id 'same': used by both dup/one.md and dup/two.md");
  });

  it('refuses an unknown dependency', async () => {
    const error = await rejection(loadTasks(repo, ['prompts/b.md'], source, recorder()));
    expect(error.message).toBe(
      "prompts/b.md: field 'depends_on': unknown task 'a'; expected the id of another prompt file in this run (b)",
    );
  });

  it('prints a dependency cycle', async () => {
    await write(repo, 'cyc/a.md', '---\ndepends_on: b\n---\nx');
    await write(repo, 'cyc/b.md', '---\ndepends_on: [c]\n---\nx');
    await write(repo, 'cyc/c.md', '---\ndepends_on: a\n---\nx');
    const error = await rejection(loadTasks(repo, ['cyc/a.md', 'cyc/b.md', 'cyc/c.md'], source, recorder()));
    expect(error.message).toBe("cyc/a.md: field 'depends_on': dependency cycle: a -> b -> c -> a");
  });

  it('passes parse warnings to the logger', async () => {
    await write(repo, 'warn/w.md', '---\nfoo: 1\n---\nx');
    const logger = recorder();
    await loadTasks(repo, ['warn/w.md'], source, logger);
    expect(logger.warnings).toEqual([expect.stringContaining("warn/w.md: unknown front matter key 'foo' ignored")]);
  });
});

describe('gitPromptSource', () => {
  it('reads the committed file, not the working tree', async () => {
    const committed = gitPromptSource(repo, 'main');
    const [a] = await loadTasks(repo, ['prompts/a.md'], committed, recorder());
    expect(a.prompt).toContain('committed text');
    expect(a.prompt).not.toContain('uncommitted');
  });

  it('describes paths by their tree mode', async () => {
    const committed = gitPromptSource(repo, 'HEAD');
    expect(await committed.stat('prompts/a.md')).toEqual({ kind: 'file', size: 38 });
    expect((await committed.stat('prompts/link.md')).kind).toBe('symlink');
    expect((await committed.stat('linked-dir')).kind).toBe('symlink');
    expect((await committed.stat('linked-dir/a.md')).kind).toBe('symlink');
    expect((await committed.stat('prompts/sub')).kind).toBe('dir');
    expect((await committed.stat('prompts/new.md')).kind).toBe('missing');
    expect(await committed.list('prompts')).toEqual(['a.md', 'b.md', 'link.md', 'notes.txt', 'sub']);
    expect(await committed.list('nope')).toEqual([]);
  });

  it('refuses committed symlinks and files missing at the ref', async () => {
    const committed = gitPromptSource(repo, 'main');
    expect((await rejection(loadTasks(repo, ['prompts/link.md'], committed, recorder()))).message).toContain(
      "prompts/link.md: is a symbolic link (or inside one); prompt files must be regular files (ref 'main')",
    );
    expect((await rejection(loadTasks(repo, ['prompts/new.md'], committed, recorder()))).message).toBe(
      "prompts/new.md: file not found (ref 'main')",
    );
  });

  it('fails clearly for an unknown ref', async () => {
    await expect(gitPromptSource(repo, 'no-such-branch').stat('prompts/a.md')).rejects.toThrow(
      "cannot read prompt files at ref 'no-such-branch': no such commit",
    );
  });
});

describe('fsPromptSource', () => {
  it('never follows symlinks when reading', async () => {
    await expect(source.read('prompts/link.md')).rejects.toThrow();
    expect(await source.read('prompts/sub/c.md')).toBe('C\n');
  });
});
