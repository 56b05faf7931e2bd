/**
 * The gate: only people who could push to the repository anyway may start agents on it. Anyone can
 * label-request or comment on a public repository's issues, so the event alone proves nothing.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { errorMessage, httpStatus } from './client.js';
import type { Sender } from './trigger.js';

/** Roles that may start a run. `triage` and `read` may label issues but not push. */
export const ALLOWED_ROLES: readonly string[] = ['admin', 'maintain', 'write'];

export type GateDecision = { allowed: true; role: string } | { allowed: false; reason: string };

export interface GateOptions extends RepoRef {
  sender: Sender | null;
  /** Bot logins allowed to trigger (lower case, without `[bot]`). */
  allowedBots: readonly string[];
}

export function isBot(sender: Sender): boolean {
  return sender.type === 'Bot' || /\[bot\]$/i.test(sender.login);
}

/**
 * Decides whether the event's sender may start a run. Listed bots are trusted without a permission
 * lookup: GitHub Apps are not collaborators, and listing one is the maintainer's decision.
 * Humans need admin, maintain or write (`role_name`, else the legacy `permission` field).
 */
export async function checkSenderPermission(octokit: GitHubClient, options: GateOptions): Promise<GateDecision> {
  const { owner, repo, sender } = options;
  if (!sender) return { allowed: false, reason: 'the event names no sender, so its permission cannot be checked' };
  if (isBot(sender)) {
    const name = sender.login.toLowerCase().replace(/\[bot\]$/, '');
    return options.allowedBots.includes(name)
      ? { allowed: true, role: 'allowed bot' }
      : { allowed: false, reason: `'${sender.login}' is a bot and is not listed in the input 'allowed-bots'` };
  }
  let data: { permission?: string; role_name?: string };
  try {
    ({ data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: sender.login }));
  } catch (error) {
    if (httpStatus(error) === 404) {
      return { allowed: false, reason: `'${sender.login}' is not a collaborator of ${owner}/${repo}` };
    }
    throw new Error(`permission check of '${sender.login}' on ${owner}/${repo} failed: ${errorMessage(error)}`, { cause: error });
  }
  const role = data.role_name || data.permission || 'none';
  if (ALLOWED_ROLES.includes(role) || (data.permission !== undefined && ALLOWED_ROLES.includes(data.permission))) {
    return { allowed: true, role };
  }
  return {
    allowed: false,
    reason: `'${sender.login}' has '${role}' permission on ${owner}/${repo}; starting agents needs ${ALLOWED_ROLES.join(', ')}`,
  };
}
