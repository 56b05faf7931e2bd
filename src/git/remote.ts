/** Asking a remote about its branches, with a token passed for that one command. */
import { authConfigArgs } from './auth.js';
import { assertNotOption, GitError, redact, redactArgs, type Git } from './git.js';

/**
 * Names of every branch on `remote` (a remote name or URL), from one `ls-remote`, however many names
 * are checked; asked over the wire because remote-tracking refs of a shallow CI checkout are incomplete.
 */
export async function remoteBranches(git: Git, remote: string, opts: { token?: string } = {}): Promise<Set<string>> {
  assertNotOption(remote, 'remote');
  const auth = await authConfigArgs(git, remote, opts.token, 'fetch');
  const out = await git.exec([...auth.args, 'ls-remote', '--heads', remote], { allowFailure: true, secrets: auth.secrets });
  if (out.exitCode !== 0) {
    throw new GitError(redactArgs(['ls-remote', '--heads', remote], auth.secrets), out.exitCode, redact(out.stderr, auth.secrets));
  }
  const names = new Set<string>();
  for (const line of out.stdout.split('\n')) {
    const ref = line.split('\t')[1];
    if (ref?.startsWith('refs/heads/')) names.add(ref.slice('refs/heads/'.length));
  }
  return names;
}
