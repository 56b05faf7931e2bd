/** Pull requests for task branches: create-or-update, so a re-run never opens a duplicate. */
import type { Logger } from '../core/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { errorMessage, httpStatus } from './client.js';
import { MAX_BODY_CHARS, truncateBody } from './comments.js';

export interface PullRequestSpec extends RepoRef {
  /** The branch with the changes (in `owner/repo`). */
  head: string;
  /** The branch to merge into. */
  base: string;
  title: string;
  body: string;
  /** Open new PRs as drafts. Existing PRs keep their draft state. */
  draft: boolean;
}

export interface PullRequestRef {
  number: number;
  url: string;
  /** Whether this call opened it (false: an open PR for the branch existed and was updated). */
  created: boolean;
}

/** GitHub's limit is 256 characters; longer titles are refused outright. */
const MAX_TITLE_CHARS = 256;

function cleanTitle(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim() || 'agent-fanout task';
  return oneLine.length <= MAX_TITLE_CHARS ? oneLine : `${oneLine.slice(0, MAX_TITLE_CHARS - 1)}…`;
}

/** The open PR whose head is `owner:branch`, if there is one. */
export async function findOpenPull(octokit: GitHubClient, spec: RepoRef & { head: string }): Promise<{ number: number; url: string } | null> {
  const { data } = await octokit.rest.pulls.list({
    owner: spec.owner,
    repo: spec.repo,
    head: `${spec.owner}:${spec.head}`,
    state: 'open',
    per_page: 10,
  });
  const pr = data.find((p) => p.head.ref === spec.head);
  return pr ? { number: pr.number, url: pr.html_url } : null;
}

/**
 * Updates the open PR for `head` (title, body) or opens one. A repository that does not allow
 * drafts (some plans) gets a ready PR instead, with a warning, rather than none.
 */
export async function createOrUpdatePull(octokit: GitHubClient, spec: PullRequestSpec, logger: Logger): Promise<PullRequestRef> {
  const { owner, repo, head, base } = spec;
  const title = cleanTitle(spec.title);
  const body = truncateBody(spec.body, MAX_BODY_CHARS, 'see the job summary and the branch for everything');
  const existing = await findOpenPull(octokit, spec);
  if (existing) {
    await octokit.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body });
    return { ...existing, created: false };
  }
  try {
    const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft: spec.draft });
    return { number: data.number, url: data.html_url, created: true };
  } catch (error) {
    if (!spec.draft || httpStatus(error) !== 422 || !/draft/i.test(errorMessage(error))) throw error;
    logger.warning(`draft pull requests are not available in ${owner}/${repo}; opening '${head}' as a ready pull request`);
    const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft: false });
    return { number: data.number, url: data.html_url, created: true };
  }
}

export async function updatePullBody(octokit: GitHubClient, spec: RepoRef & { number: number; body: string }): Promise<void> {
  const body = truncateBody(spec.body, MAX_BODY_CHARS, 'see the job summary and the branch for everything');
  await octokit.rest.pulls.update({ owner: spec.owner, repo: spec.repo, pull_number: spec.number, body });
}
