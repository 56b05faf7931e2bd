/** Pushing a task branch, with the token passed as a header for this one command. */
import { authConfigArgs } from './auth.js';
import { assertNotOption, type Git } from './git.js';

export interface PushOptions {
  /** GitHub token sent as an `AUTHORIZATION` header; never put in the URL and never logged. Default: git's own credentials. */
  token?: string;
}

export interface PushResult {
  /** The remote ref written, `refs/heads/<branch>`. */
  ref: string;
  /** The commit pushed. */
  commit: string;
}

/**
 * `git push <remote> <branch>:refs/heads/<branch>`. Not forced: branch names come from
 * {@link uniqueBranchName}, so a rejected push means someone else's branch, which must not be lost.
 */
export async function pushBranch(git: Git, remote: string, branch: string, opts: PushOptions = {}): Promise<PushResult> {
  assertNotOption(remote, 'remote');
  assertNotOption(branch, 'branch name');
  const commit = await git.revParse(`refs/heads/${branch}`);
  const auth = await authConfigArgs(git, remote, opts.token, 'push');
  const ref = `refs/heads/${branch}`;
  await git.exec([...auth.args, 'push', '--quiet', remote, `${ref}:${ref}`], { secrets: auth.secrets });
  return { ref, commit };
}
