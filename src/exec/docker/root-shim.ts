/**
 * Images ship `/root` as 0700, so an unprivileged container user cannot reach a mount under it — the
 * default state dir of a root orchestrator (`/root/.agent-fanout`) or a repository in `/root`. A
 * tmpfs there does not help (Docker copies the image directory's mode onto it). Instead a host
 * directory of empty directories mirroring the mount paths, mode 0755, is bind-mounted read-only at
 * `/root`; the real mounts then go on top of its directories.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RootShim {
  /** The host directory to bind-mount read-only at `/root`. */
  source: string;
  remove(): Promise<void>;
}

/** A shim for `mountPaths` under `/root` when `user` is not root; null when none is needed. */
export async function rootShim(mountPaths: string[], user: string): Promise<RootShim | null> {
  if (/^0(:|$)/.test(user)) return null;
  const under = mountPaths.filter((p) => p.startsWith('/root/')).map((p) => path.relative('/root', p));
  if (under.length === 0) return null;
  const source = await fs.mkdtemp(path.join(os.tmpdir(), 'agent-fanout-root-'));
  await fs.chmod(source, 0o755);
  for (const rel of under) {
    let dir = source;
    for (const part of rel.split('/')) {
      dir = path.join(dir, part);
      await fs.mkdir(dir, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    }
  }
  return { source, remove: () => fs.rm(source, { recursive: true, force: true }) };
}
