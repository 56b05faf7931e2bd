import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Git } from '../src/git/index.js';
import { measureResult, parseRawNumstatZ } from '../src/git/result.js';
import { cleanupTempDirs, makeRepo, sh, write } from './git-fixtures.js';

afterAll(cleanupTempDirs);

describe('measureResult', () => {
  it('measures what a result adds and counts its lines as git diff does, renames included', async () => {
    const old = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const repo = makeRepo({ 'README.md': 'one\ntwo\n', 'old-name.txt': old, 'gone.txt': 'x\ny\n' });
    const start = sh(repo, 'rev-parse', 'HEAD');
    write(repo, 'README.md', 'one\nTWO\nthree\n'); // +2 -1, 14 bytes
    sh(repo, 'mv', 'old-name.txt', 'new-name.txt'); // a rename: 0/0
    write(repo, 'logo.bin', Buffer.from([0, 1, 2, 0, 255])); // binary, 5 bytes
    rmSync(path.join(repo, 'gone.txt')); // -2, not counted in the size
    sh(repo, 'add', '-A');
    sh(repo, 'commit', '-q', '-m', 'result');
    const result = sh(repo, 'rev-parse', 'HEAD');

    const git = await Git.create(repo);
    const m = await measureResult(git, start, result);
    expect(m.toType).toBe('commit');
    expect(m.files).toBe(3);
    expect(m.bytes).toBe(14 + 5 + old.length);
    expect(m.largest).toBe(old.length);
    expect(m.biggest.map((f) => f.path)).toEqual(['new-name.txt', 'README.md', 'logo.bin']);
    // The same figures git diff gives.
    expect(m.stats.changedFiles.sort()).toEqual(['README.md', 'gone.txt', 'logo.bin', 'new-name.txt']);
    expect(m.stats).toMatchObject({ filesChanged: 4, insertions: 2, deletions: 3 });
    const numstat = sh(repo, 'diff', '--numstat', '--find-renames', start, result);
    const ins = numstat.split('\n').reduce((sum, l) => sum + (Number(l.split('\t')[0]) || 0), 0);
    expect(m.stats.insertions).toBe(ins);
  });

  it('a result that is not a commit reports its type', async () => {
    const repo = makeRepo({ 'README.md': 'one\n' });
    const start = sh(repo, 'rev-parse', 'HEAD');
    const tree = sh(repo, 'rev-parse', 'HEAD^{tree}');
    const m = await measureResult(await Git.create(repo), start, tree);
    expect(m.toType).toBe('tree');
  });
});

describe('parseRawNumstatZ', () => {
  it('takes paths by position, so a path that looks like a record is a path', () => {
    const zero = '0'.repeat(40);
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const text = [
      `:000000 100644 ${zero} ${a} A`, '1\t2\tlooks-like-numstat',
      `:100644 100644 ${b} ${b} R100`, 'from', `:000000 100644 ${zero} ${a} A`,
      `:000000 160000 ${zero} ${a} A`, 'submodule',
      `:100644 000000 ${b} ${zero} D`, 'deleted',
      '3\t0\t1\t2\tlooks-like-numstat', '0\t0\t', 'from', `:000000 100644 ${zero} ${a} A`,
      '',
    ].join('\0');
    const { entries, numstat } = parseRawNumstatZ(text);
    expect(entries).toEqual([
      { oid: a, path: '1\t2\tlooks-like-numstat' },
      { oid: b, path: `:000000 100644 ${zero} ${a} A` },
    ]);
    expect(numstat).toEqual(['3\t0\t1\t2\tlooks-like-numstat', '0\t0\t', 'from', `:000000 100644 ${zero} ${a} A`]);
  });
});
