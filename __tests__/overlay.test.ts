/** Reading which mounts a run left (`/proc/self/mountinfo`), and the option that picks how task directories are made. */
import { describe, expect, it } from 'vitest';
import { mountsUnder, parseMountInfo, type MountEntry } from '../src/git/overlay.js';
import { InvalidValue, taskCheckoutValue } from '../src/core/options.js';

const MOUNTINFO = [
  '22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw',
  '301 22 0:52 / /state/runs/r1/base/tree ro,relatime shared:150 - ext4 /dev/vda rw',
  '302 22 0:53 / /state/runs/r1/worktrees/a rw,relatime shared:151 - overlay agent-fanout rw,lowerdir=base/tree,upperdir=layers/a/upper,workdir=layers/a/work,redirect_dir=on',
  '303 22 0:54 / /state/runs/r1/worktrees/with\\040space rw,relatime - overlay agent-fanout rw,lowerdir=base/tree',
  '304 302 0:55 / /state/runs/r1/worktrees/a/inner rw,relatime - tmpfs tmpfs rw',
  '305 22 0:56 / /state/runs/r10/worktrees/b rw,relatime - overlay agent-fanout rw',
  '306 302 0:57 / /state/runs/r1/worktrees/a rw,relatime - overlay agent-fanout rw',
].join('\n');

describe('parseMountInfo', () => {
  it('reads mount point, type and source, decoding octal escapes', () => {
    const mounts = parseMountInfo(MOUNTINFO);
    expect(mounts).toHaveLength(7);
    expect(mounts[2]).toEqual({ mountPoint: '/state/runs/r1/worktrees/a', fsType: 'overlay', source: 'agent-fanout' });
    expect(mounts[3].mountPoint).toBe('/state/runs/r1/worktrees/with space');
  });

  it('skips lines it cannot read', () => {
    expect(parseMountInfo('garbage\n\n1 2 3')).toEqual([]);
  });
});

describe('mountsUnder', () => {
  const mounts: MountEntry[] = parseMountInfo(MOUNTINFO);

  it('lists what is at or under a directory, deepest and latest first, not a sibling sharing its prefix', async () => {
    // The directory does not exist here: its path is taken as given.
    expect(await mountsUnder('/state/runs/r1', mounts)).toEqual([
      '/state/runs/r1/worktrees/a/inner',
      '/state/runs/r1/worktrees/a',
      '/state/runs/r1/worktrees/with space',
      '/state/runs/r1/worktrees/a',
      '/state/runs/r1/base/tree',
    ]);
    expect(await mountsUnder('/state/runs/r10', mounts)).toEqual(['/state/runs/r10/worktrees/b']);
    expect(await mountsUnder('/elsewhere', mounts)).toEqual([]);
  });
});

describe('task-checkout', () => {
  it('takes auto, overlay and full, and names them when given anything else', () => {
    expect(taskCheckoutValue('auto')).toBe('auto');
    expect(taskCheckoutValue('overlay')).toBe('overlay');
    expect(taskCheckoutValue('full')).toBe('full');
    expect(() => taskCheckoutValue('copy')).toThrow(InvalidValue);
    expect(() => taskCheckoutValue('copy')).toThrow('expected one of auto, overlay, full');
  });
});
