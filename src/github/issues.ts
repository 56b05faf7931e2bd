/** Small issue operations: the 👀 reaction, removing the trigger label, reading an issue. */
import type { GitHubClient, RepoRef } from './client.js';
import { httpStatus } from './client.js';

/** Adds 👀 to the issue (or, with `commentId`, to the `/fanout` comment) to say the run started. */
export async function addEyesReaction(octokit: GitHubClient, target: RepoRef & { issueNumber: number; commentId?: number | null }): Promise<void> {
  const { owner, repo } = target;
  if (target.commentId) {
    await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: target.commentId, content: 'eyes' });
  } else {
    await octokit.rest.reactions.createForIssue({ owner, repo, issue_number: target.issueNumber, content: 'eyes' });
  }
}

/** Removes `label` from the issue; already gone (404) is fine. Returns whether it was removed. */
export async function removeLabel(octokit: GitHubClient, target: RepoRef & { issueNumber: number; label: string }): Promise<boolean> {
  try {
    await octokit.rest.issues.removeLabel({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, name: target.label });
    return true;
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}

export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  isPullRequest: boolean;
}

export async function getIssue(octokit: GitHubClient, target: RepoRef & { issueNumber: number }): Promise<IssueInfo> {
  const { data } = await octokit.rest.issues.get({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber });
  return { number: data.number, title: data.title, body: data.body ?? '', isPullRequest: Boolean(data.pull_request) };
}

/** The base branch of pull request `number`. */
export async function getPullBase(octokit: GitHubClient, target: RepoRef & { number: number }): Promise<string> {
  const { data } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.number });
  return data.base.ref;
}
