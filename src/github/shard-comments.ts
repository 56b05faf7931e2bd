/** Removing a sticky comment (a shard's progress comment, once the combined report is written). */
import type { GitHubClient } from './client.js';
import { httpStatus } from './client.js';
import { findStickyComment, type StickyTarget } from './comments.js';

/** Deletes the sticky comment of `target.key`, if there is one; gone already is fine. */
export async function deleteStickyComment(octokit: GitHubClient, target: StickyTarget): Promise<boolean> {
  const found = await findStickyComment(octokit, target);
  if (!found) return false;
  try {
    await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: found.id });
    return true;
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}
