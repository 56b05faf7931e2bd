/**
 * Publishing a run's results: every task branch with changes is pushed to origin by the
 * orchestrator (never by the container); successful ones get a pull request, created or updated,
 * whose body links its siblings. Problems are reported per task, never thrown.
 */
import fs from 'node:fs/promises';
import { pushBranch, type Git } from '../git/index.js';
import type { Logger } from '../core/logger.js';
import type { RunResult, TaskRecord } from '../core/model.js';
import type { GitHubClient, RepoRef } from './client.js';
import { errorMessage } from './client.js';
import { createOrUpdatePull, updatePullBody } from './pulls.js';
import { renderPullBody, tail, type Publication } from './render.js';

export interface PublishOptions extends RepoRef {
  octokit: GitHubClient;
  git: Git;
  result: RunResult;
  /** The issue or PR the run belongs to (`Refs #N`). */
  issue: number | null;
  /** Branch the PRs merge into. */
  baseBranch: string;
  createPr: 'draft' | 'true' | 'false';
  /** Token for the push (sent as a header). */
  token: string;
  /** Remote to push to. Default `origin`. */
  remote?: string;
  /** Link to the workflow run, for PR bodies. */
  link: string;
  logger: Logger;
}

/** The end of a task's log for a PR body: at most 60 lines / 6,000 characters. */
export async function readLogTail(file: string | null, maxLines = 60, maxChars = 6000): Promise<string> {
  if (!file) return '';
  try {
    const text = await fs.readFile(file, 'utf8');
    const t = tail(text, maxLines, maxChars);
    return t.cut ? `…\n${t.text}` : t.text;
  } catch {
    return '';
  }
}

function noChangeNote(record: TaskRecord): string {
  return record.status === 'succeeded' ? 'no changes: no pull request' : `${record.status.replace(/_/g, ' ')} without changes: nothing pushed`;
}

export async function publishResults(options: PublishOptions): Promise<Publication[]> {
  const { octokit, git, result, logger } = options;
  const remote = options.remote ?? 'origin';
  const publications: Publication[] = [];
  const bodies = new Map<string, { record: TaskRecord; logTail: string }>();

  for (const record of result.tasks) {
    const pub: Publication = { taskId: record.id, title: record.title, branch: record.branch, pushed: false, pr: null, note: '' };
    publications.push(pub);
    if (!record.commit || !record.branch) {
      pub.note = noChangeNote(record);
      continue;
    }
    try {
      await pushBranch(git, remote, record.branch, { token: options.token });
      pub.pushed = true;
      logger.info(`task '${record.id}': pushed ${record.branch}`);
    } catch (error) {
      pub.note = `push of ${record.branch} failed: ${errorMessage(error)}`;
      logger.warning(`task '${record.id}': ${pub.note}`);
      continue;
    }
    if (record.status !== 'succeeded') {
      pub.note = `${record.status.replace(/_/g, ' ')}: branch pushed for inspection, no pull request`;
      continue;
    }
    if (options.createPr === 'false') {
      pub.note = 'branch pushed; create-pr is false';
      continue;
    }
    const logTail = await readLogTail(record.logFile);
    bodies.set(record.id, { record, logTail });
    const siblings = publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, ...p.pr }] : []));
    try {
      pub.pr = await createOrUpdatePull(
        octokit,
        {
          owner: options.owner,
          repo: options.repo,
          head: record.branch,
          base: options.baseBranch,
          title: record.title,
          body: renderPullBody({ record, issue: options.issue, runId: result.run.id, link: options.link, logTail, siblings }),
          draft: options.createPr === 'draft',
        },
        logger,
      );
      logger.info(`task '${record.id}': pull request #${pub.pr.number} ${pub.pr.created ? 'opened' : 'updated'}: ${pub.pr.url}`);
    } catch (error) {
      pub.note = `pull request for ${record.branch} failed: ${errorMessage(error)}`;
      logger.warning(`task '${record.id}': ${pub.note}`);
    }
  }

  // Earlier PRs were written before their later siblings existed.
  const all = publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, ...p.pr }] : []));
  for (const [index, pub] of publications.entries()) {
    const known = bodies.get(pub.taskId);
    if (!pub.pr || !known) continue;
    const later = publications.slice(index + 1).some((p) => p.pr);
    if (!later) continue;
    try {
      await updatePullBody(octokit, {
        owner: options.owner,
        repo: options.repo,
        number: pub.pr.number,
        body: renderPullBody({ ...known, issue: options.issue, runId: result.run.id, link: options.link, siblings: all }),
      });
    } catch (error) {
      logger.warning(`task '${pub.taskId}': could not add sibling links to #${pub.pr.number}: ${errorMessage(error)}`);
    }
  }
  return publications;
}
