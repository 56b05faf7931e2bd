/** Passing a GitHub token to git for one command, as a header, never in a URL or on disk. */
import type { Git } from './git.js';

export interface AuthArgs {
  /** `-c` options to put before the git subcommand. Empty without a token. */
  args: string[];
  /** What must never appear in messages: the token and the header value that carries it. */
  secrets: string[];
}

/**
 * `-c` options that send `token` as a basic `AUTHORIZATION` header to `remote`'s host.
 *
 * The key is URL-scoped (`http.https://github.com/.extraheader`) and first reset to empty: an
 * actions/checkout clone keeps its own token under exactly that key in the local config, and git
 * lets a URL-scoped key win over a plain `http.extraheader`, so a plain `-c` would silently send
 * the checkout token instead (or, without the reset, both headers, which GitHub rejects).
 * `credential.helper` is cleared so a host helper cannot prompt or substitute other credentials.
 */
export async function authConfigArgs(git: Git, remote: string, token: string | undefined, direction: 'fetch' | 'push'): Promise<AuthArgs> {
  if (!token) return { args: [], secrets: [] };
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  const header = `AUTHORIZATION: basic ${basic}`;
  const origin = httpOrigin(await remoteUrl(git, remote, direction));
  const key = origin ? `http.${origin}.extraheader` : 'http.extraheader';
  return {
    args: ['-c', 'credential.helper=', '-c', `${key}=`, '-c', `${key}=${header}`],
    secrets: [token, basic],
  };
}

/** The URL git uses for `remote` (insteadOf rules applied); `remote` itself when it is not a configured remote. */
async function remoteUrl(git: Git, remote: string, direction: 'fetch' | 'push'): Promise<string> {
  const args = direction === 'push' ? ['remote', 'get-url', '--push', remote] : ['remote', 'get-url', remote];
  const out = await git.exec(args, { allowFailure: true });
  return out.exitCode === 0 ? out.stdout.trim() : remote;
}

/** `https://host[:port]/` for an http(s) URL (what git's URL-scoped config keys match), else `null`. */
function httpOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.host}/` : null;
  } catch {
    return null;
  }
}
