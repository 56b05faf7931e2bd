/** Which uid:gid agents run as when `--user` is not given. */
import fs from 'node:fs/promises';

/** The fallback when both this process and the repository's owner are root. */
export const FALLBACK_AGENT_USER = '1000:1000';

/**
 * This process's uid:gid; when that is root, the repository owner's (when not root), else
 * {@link FALLBACK_AGENT_USER}: an agent never gets uid 0 unless asked for with `--user 0:0`.
 */
export async function defaultAgentUser(repoDir: string, self: { uid: number; gid: number } | null = processUser()): Promise<string> {
  if (self === null) return FALLBACK_AGENT_USER;
  if (self.uid !== 0) return `${self.uid}:${self.gid}`;
  const st = await fs.stat(repoDir).catch(() => null);
  if (st && st.uid !== 0) return `${st.uid}:${st.gid}`;
  return FALLBACK_AGENT_USER;
}

/** `"1000:1000"` → `{ uid: 1000, gid: 1000 }`; null for anything else (a name, a bare uid). */
export function parseAgentUser(user: string): { uid: number; gid: number } | null {
  const m = /^(\d+):(\d+)$/.exec(user);
  return m ? { uid: Number(m[1]), gid: Number(m[2]) } : null;
}

function processUser(): { uid: number; gid: number } | null {
  return process.getuid && process.getgid ? { uid: process.getuid(), gid: process.getgid() } : null;
}
