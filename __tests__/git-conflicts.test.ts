import { afterAll, describe, expect, it } from 'vitest';
import { Git, findConflicts } from '../src/git/index.js';
import { cleanupTempDirs, commitOnBranch, makeRepo, sh } from './git-fixtures.js';

afterAll(cleanupTempDirs);

describe('findConflicts', () => {
  it('reports exactly the pair of branches that conflicts, with the files', async () => {
    const repo = makeRepo({ 'app.ts': 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n', 'docs/guide.md': 'guide\n' });
    // login and signup change the same line of app.ts; docs changes another line of it, and guide.md.
    commitOnBranch(repo, 'fanout/login', 'main', { 'app.ts': 'line 1 login\nline 2\nline 3\nline 4\nline 5\nline 6\n', 'my file.ts': 'l\n' });
    commitOnBranch(repo, 'fanout/signup', 'main', { 'app.ts': 'line 1 signup\nline 2\nline 3\nline 4\nline 5\nline 6\n' });
    commitOnBranch(repo, 'fanout/docs', 'main', { 'docs/guide.md': 'better guide\n', 'app.ts': 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6 docs\n' });
    const git = await Git.create(repo);

    const conflicts = await findConflicts(git, [
      { taskId: 'login', ref: 'fanout/login' },
      { taskId: 'signup', ref: 'fanout/signup' },
      { taskId: 'docs', ref: 'fanout/docs' },
    ]);
    expect(conflicts).toEqual([{ a: 'login', b: 'signup', files: ['app.ts'] }]);
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('names the tasks when a ref is missing', async () => {
    const git = await Git.create(makeRepo());
    await expect(
      findConflicts(git, [
        { taskId: 'a', ref: 'main' },
        { taskId: 'b', ref: 'fanout/missing' },
      ]),
    ).rejects.toThrow(/conflict check of tasks 'a' and 'b': git merge-tree main fanout\/missing failed/);
  });
});
