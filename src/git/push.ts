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
  assertNotOption(branch, 'branch name');
  const ref = `refs/heads/${branch}`;
  const commit = await git.revParse(ref);
  await pushRefs(git, remote, [ref], opts);
  return { ref, commit };
}

/**
 * `git push <remote> <ref>:<ref> …` for full ref names (e.g. the attempt refs of a best-of-N task
 * under `refs/fanout/attempts/`), in one push. Not forced, like {@link pushBranch}.
 */
export async function pushRefs(git: Git, remote: string, refs: readonly string[], opts: PushOptions = {}): Promise<void> {
  assertNotOption(remote, 'remote');
  for (const ref of refs) {
    if (!/^refs\/[A-Za-z0-9._/-]+$/.test(ref) || ref.includes('..')) throw new Error(`not a ref name to push: ${JSON.stringify(ref)}`);
  }
  if (refs.length === 0) return;
  const auth = await authConfigArgs(git, remote, opts.token, 'push');
  await git.exec([...auth.args, 'push', '--quiet', remote, ...refs.map((ref) => `${ref}:${ref}`)], { secrets: auth.secrets });
}
