import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger.js';
import { discoverTasksForIssue, findPromptReferences } from '../src/tasks/discover.js';
import { fsPromptSource, gitPromptSource } from '../src/tasks/source.js';

function recorder(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, debug() {}, info: (m) => infos.push(m), warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

describe('findPromptReferences', () => {
  it('finds each reference form, in body order, once', () => {
    const body = [
      'Please run [the login task](prompts/login.md) and `prompts/db.md`.',
      'Also https://github.com/o/r/blob/main/prompts/api.md#L3 and',
      'https://github.com/o/r/blob/feature/x/.github/prompts/ci.md?plain=1,',
      'raw: https://raw.githubusercontent.com/o/r/refs/heads/main/prompts/raw.md',
      'relative link [x](/o/r/blob/main/prompts/rel.md)',
      'bare prompts/bare.md. And **prompts/bold.md** and ./prompts/dot.md',
      '| prompts/table.md | and prompts/sub/nested.md and again [x](prompts/login.md)',
      'prompts/my%20task.md',
    ].join('\n');
    expect(findPromptReferences(body)).toEqual({
      paths: [
        'prompts/login.md',
        'prompts/db.md',
        'prompts/api.md',
        '.github/prompts/ci.md',
        'prompts/raw.md',
        'prompts/rel.md',
        'prompts/bare.md',
        'prompts/bold.md',
        'prompts/dot.md',
        'prompts/table.md',
        'prompts/sub/nested.md',
        'prompts/my task.md',
      ],
      errors: [],
    });
  });

  it('ignores paths outside the prompt directories, non-.md files, other hosts and HTML comments', () => {
    const body = [
      'docs/guide.md src/prompts/x.md prompts-old/a.md prompts/a.txt',
      'https://example.com/o/r/blob/main/prompts/evil.md mailto:prompts/a.md',
      '<!-- list prompt files here, like prompts/example.md -->',
      '../docs/readme.md',
    ].join('\n');
    expect(findPromptReferences(body)).toEqual({ paths: [], errors: [] });
  });

  it('honours custom prompt directories', () => {
    expect(findPromptReferences('tasks/a.md prompts/b.md', ['./tasks/']).paths).toEqual(['tasks/a.md']);
  });

  it('reports ../ and absolute paths to prompt-like files as forbidden', () => {
    const body = 'see ../prompts/a.md, [x](/etc/prompts/b.md), `prompts/../../secret.md`, ~/prompts/c.md C:\\prompts\\d.md';
    const { paths, errors } = findPromptReferences(body);
    expect(paths).toEqual([]);
    expect(errors).toEqual([
      "'../prompts/a.md': forbidden prompt path; reference prompt files by their path inside the repository, like prompts/name.md",
      expect.stringMatching(/^'\/etc\/prompts\/b\.md': forbidden prompt path/),
      expect.stringMatching(/^'prompts\/\.\.\/\.\.\/secret\.md': forbidden prompt path/),
      expect.stringMatching(/^'~\/prompts\/c\.md': forbidden prompt path/),
      expect.stringMatching(/^'C:\\prompts\\d\.md': forbidden prompt path/),
    ]);
  });
});

describe('discoverTasksForIssue', () => {
  let tmp: string;
  let repo: string;

  const write = async (rel: string, content: string) => {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), content);
  };

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fanout-tasks-discover-'));
    repo = path.join(tmp, 'repo');
    await fs.mkdir(repo);
    await write('prompts/login.md', '---\ndepends_on: setup\n---\n# Login\n');
    await write('prompts/setup.md', '# Setup\n');
    await write('prompts/for-7.md', '---\nissue: 7\n---\nseven');
    await write('prompts/also-7.md', '---\nissue: [3, 7]\nunknown_key: 1\n---\nalso seven');
    await write('.github/prompts/gh-7.md', '---\nissue: 7\n---\ngh');
    await write('prompts/other.md', '---\nissue: 8\nbogus: x\n---\nother');
    await write('prompts/broken.md', '---\nissue: [\n---\nbroken');
    await write('prompts/orphan.md', '---\ndepends_on: ghost\n---\nx');
    await write('prompts/needs-orphan.md', '---\ndepends_on: orphan\n---\nx');
    await write('prompts/cyc-a.md', '---\ndepends_on: cyc-b\n---\nx');
    await write('prompts/cyc-b.md', '---\ndepends_on: cyc-a\n---\nx');
    await write('prompts/dup1.md', '---\nid: dup\n---\nx');
    await write('prompts/dup2.md', '---\nid: dup\n---\ny');
  });

  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const discover = (body: string, issueNumber = 1, maxTasks?: number, logger = recorder()) =>
    discoverTasksForIssue({ repoRoot: repo, source: fsPromptSource(repo), body, issueNumber, maxTasks, logger });

  it('takes referenced files first, then front-matter matches by path', async () => {
    const logger = recorder();
    const result = await discover('Run `prompts/for-7.md` please', 7, undefined, logger);
    expect(result.tasks.map((t) => t.file)).toEqual(['prompts/for-7.md', '.github/prompts/gh-7.md', 'prompts/also-7.md']);
    expect(result.errors).toEqual([]);
    // Warnings of selected files are replayed; those of unrelated files are not; broken files are mentioned.
    expect(logger.warnings).toContainEqual(expect.stringContaining("prompts/also-7.md: unknown front matter key 'unknown_key'"));
    expect(logger.warnings.join('\n')).not.toContain('bogus');
    expect(logger.warnings).toContainEqual(expect.stringMatching(/^skipped: prompts\/broken\.md: invalid YAML/));
  });

  it('adds a dependency from the prompt directories and says so', async () => {
    const result = await discover('[login](prompts/login.md)');
    expect(result.tasks.map((t) => t.id)).toEqual(['login', 'setup']);
    expect(result.notes).toEqual(["added task 'setup' (prompts/setup.md) because 'login' depends on it"]);
    expect(result.errors).toEqual([]);
  });

  it('reports missing and forbidden references without throwing', async () => {
    const result = await discover('prompts/nope.md ../prompts/setup.md prompts/setup.md');
    expect(result.tasks.map((t) => t.id)).toEqual(['setup']);
    expect(result.errors).toEqual([
      expect.stringMatching(/^'\.\.\/prompts\/setup\.md': forbidden prompt path/),
      'prompts/nope.md: referenced in the body but not found (working tree)',
    ]);
  });

  it('reports a referenced file that does not parse', async () => {
    const result = await discover('prompts/broken.md');
    expect(result.tasks).toEqual([]);
    expect(result.errors).toEqual([expect.stringMatching(/^prompts\/broken\.md: invalid YAML front matter at line 2/)]);
  });

  it('caps the set at maxTasks and names what was left out', async () => {
    const result = await discover('prompts/setup.md', 7, 2);
    expect(result.tasks.map((t) => t.file)).toEqual(['prompts/setup.md', '.github/prompts/gh-7.md']);
    expect(result.errors).toEqual([
      '4 prompt files selected, more than max-tasks (2); not running: prompts/also-7.md, prompts/for-7.md',
    ]);
  });

  it('counts added dependencies against maxTasks', async () => {
    const result = await discover('prompts/login.md', 1, 1);
    expect(result.tasks).toEqual([]);
    expect(result.errors).toEqual([
      "prompts/login.md: field 'depends_on': needs task 'setup' (prompts/setup.md), which would exceed max-tasks (1)",
    ]);
  });

  it('drops a task with an unknown dependency, and its dependents, keeping the rest', async () => {
    const result = await discover('prompts/needs-orphan.md prompts/setup.md');
    expect(result.tasks.map((t) => t.id)).toEqual(['setup']);
    expect(result.errors).toEqual([
      "prompts/orphan.md: field 'depends_on': unknown task 'ghost'; no prompt file in prompts, .github/prompts has that id",
      "prompts/needs-orphan.md: not run: it depends on 'orphan', which cannot run (see above)",
    ]);
    // `orphan` was added only for `needs-orphan`, so no note survives.
    expect(result.notes).toEqual([]);
  });

  it('reports cycles and duplicate ids', async () => {
    const cyc = await discover('prompts/cyc-a.md prompts/setup.md');
    expect(cyc.tasks.map((t) => t.id)).toEqual(['setup']);
    expect(cyc.errors).toEqual(["prompts/cyc-a.md: field 'depends_on': dependency cycle: cyc-a -> cyc-b -> cyc-a"]);

    const dup = await discover('prompts/dup1.md prompts/dup2.md');
    expect(dup.tasks.map((t) => t.file)).toEqual(['prompts/dup1.md']);
    expect(dup.errors).toEqual([
      "prompts/dup2.md: field 'id': duplicate task id 'dup': used by both prompts/dup1.md and prompts/dup2.md",
    ]);
  });

  it('reads prompts as committed at the base ref', async () => {
    const execGit = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    execGit('init', '-q', '-b', 'main');
    execGit('add', '-A');
    execGit('commit', '-q', '-m', 'base');
    // A change on the head side (here: the working tree) must not select or alter anything.
    await write('prompts/sneaky.md', '---\nissue: 7\n---\nnot committed');
    await write('prompts/for-7.md', '---\nissue: 7\n---\nchanged');
    const result = await discoverTasksForIssue({
      repoRoot: repo,
      source: gitPromptSource(repo, 'main'),
      body: 'prompts/sneaky.md',
      issueNumber: 7,
      logger: recorder(),
    });
    expect(result.tasks.map((t) => t.file)).toEqual(['.github/prompts/gh-7.md', 'prompts/also-7.md', 'prompts/for-7.md']);
    expect(result.tasks[2].prompt).toBe('seven');
    expect(result.errors).toEqual(["prompts/sneaky.md: referenced in the body but not found (ref 'main')"]);
  });
});
