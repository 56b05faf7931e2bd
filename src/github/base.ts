/**
 * The commit a run starts from and reads its prompt files from: the base branch as committed on
 * origin — never the checkout of a pull request, whose merge commit holds the PR head's files.
 */
import { authConfigArgs, type Git } from '../git/index.js';
import type { Logger } from '../core/logger.js';

export interface ResolvedBase {
  /** What was asked for (branch, tag or sha). */
  ref: string;
  /** The commit: tasks start here and prompt files are read here. */
  commit: string;
  /** The branch PRs merge into: `ref` when it is a branch, else the default branch. */
  branch: string;
  /** Where the commit was found, for the log. */
  source: string;
}

export interface ResolveBaseOptions {
  git: Git;
  /** Branch, tag or sha to start from. */
  ref: string;
  /** The repository's default branch (PR base when `ref` is not a branch). */
  defaultBranch: string;
  /** Token for fetching from origin. */
  token?: string;
  remote?: string;
  logger: Logger;
}

/**
 * Fetches `ref` from origin (the checkout may not have it: a PR checkout holds only the merge commit)
 * and resolves it to a commit; when the fetch fails (not a branch or tag on origin, no network)
 * the local ref is used. A shallow checkout is fetched shallow, a full one in full, so the fetch
 * never turns the user's full clone into a shallow one.
 */
export async function resolveBase(options: ResolveBaseOptions): Promise<ResolvedBase> {
  const { git, ref, logger } = options;
  const remote = options.remote ?? 'origin';
  if (/^[0-9a-f]{40}$/i.test(ref) || /^[0-9a-f]{64}$/i.test(ref)) {
    const commit = await git.tryRevParse(ref);
    if (commit) return { ref, commit, branch: options.defaultBranch, source: 'local commit' };
  }
  const hasRemote = (await git.exec(['remote', 'get-url', remote], { allowFailure: true })).exitCode === 0;
  if (hasRemote && !ref.startsWith('refs/') && ref !== 'HEAD') {
    const shallow = (await git.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).stdout.trim() === 'true';
    const auth = await authConfigArgs(git, remote, options.token, 'fetch');
    const tracking = `refs/remotes/${remote}/${ref}`;
    const out = await git.exec(
      [...auth.args, 'fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth=1'] : []), remote, `+refs/heads/${ref}:${tracking}`],
      { allowFailure: true, secrets: auth.secrets },
    );
    if (out.exitCode === 0) {
      return { ref, commit: await git.revParse(tracking), branch: ref, source: `${remote}/${ref}` };
    }
    logger.debug(`fetching branch '${ref}' from ${remote} failed (${out.stderr.trim()}); looking for it locally`);
  }
  for (const candidate of [`refs/remotes/${remote}/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`, ref]) {
    const commit = await git.tryRevParse(candidate);
    if (commit) {
      const isBranch = candidate.startsWith('refs/heads/') || candidate.startsWith('refs/remotes/');
      return { ref, commit, branch: isBranch ? ref : options.defaultBranch, source: candidate };
    }
  }
  throw new Error(`base ref '${ref}' names no commit: not a branch on ${remote} and not known to the checkout in ${git.topLevel}`);
}

/**
 * actions/checkout (before v6) leaves its token in `.git/config` as an `extraheader`. The agent
 * containers mount the repository's git directory, so that token would be theirs to read; pushes
 * send their own header, so it is removed before any agent starts.
 */
export async function removePersistedCredentials(git: Git, logger: Logger): Promise<string[]> {
  const removed: string[] = [];
  const out = await git.exec(['config', '--local', '--name-only', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFailure: true });
  for (const key of new Set(out.stdout.split('\n').map((k) => k.trim()).filter(Boolean))) {
    await git.exec(['config', '--local', '--unset-all', key]);
    logger.info(`removed '${key}' from the checkout's .git/config: agent containers can read that file (use persist-credentials: false)`);
    removed.push(key);
  }
  return removed;
}
