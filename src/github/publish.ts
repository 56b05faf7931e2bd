/**
 * Publishing a run's results: every task branch with changes is pushed to origin by the
 * orchestrator (never by the container), with the attempt refs of best-of-N tasks; successful ones
 * (and, with `pr-when: always`, those whose verify failed, as drafts) get a pull request, created or
 * updated, whose body is about that task (its figures, final message, checks, prompt, conflicts)
 * and links its siblings. Problems are reported per task, never thrown.
 */
import { pushBranch, pushRefs, type Git } from '../git/index.js';
import type { Logger } from '../core/logger.js';
import type { RunResult, TaskRecord } from '../core/model.js';
import type { ConflictNote, Redactor } from '../report/index.js';
import type { GitHubClient, RepoRef } from './client.js';
import { errorMessage } from './client.js';
import { createOrUpdatePull, updatePullBody } from './pulls.js';
import { renderPullBody, type Publication, type PullBodyInput, type SiblingPull } from './render.js';

export interface PublishOptions extends RepoRef {
  octokit: GitHubClient;
  git: Git;
  result: RunResult;
  /** The issue or PR the run belongs to (`Refs #N`). */
  issue: number | null;
  /** Branch the PRs merge into. */
  baseBranch: string;
  createPr: 'draft' | 'true' | 'false';
  /** `always`: a task whose verify failed gets a (draft) pull request too; `verified`: it does not. Default `always`. */
  prWhen?: 'always' | 'verified';
  /** Token for the push (sent as a header). */
  token: string;
  /** Remote to push to. Default `origin`. */
  remote?: string;
  /** Link to the workflow run, for PR bodies. */
  link: string;
  /** The prompt each task was given, by task id (shown collapsed in its PR body). Default: none. */
  prompts?: ReadonlyMap<string, string>;
  /** Branches that conflict with each other (shown in the PR bodies of both). Default: none. */
  conflicts?: readonly ConflictNote[];
  /** The run's comment on the issue, linked from every PR body. Default: none. */
  runCommentUrl?: string | null;
  /** `https://github.com/owner/repo`, for links to the prompt files at the run's base commit. Default: none. */
  repoUrl?: string;
  /** Applied to everything a PR body shows. Default: none. */
  redactor?: Redactor;
  logger: Logger;
}

/** A link to a file at a commit on GitHub, each path segment encoded. */
function blobUrl(repoUrl: string | undefined, commit: string, file: string): string | null {
  if (!repoUrl || !/^https?:\/\//.test(repoUrl) || !/^[0-9a-f]{40,64}$/.test(commit)) return null;
  return `${repoUrl}/blob/${commit}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

function noChangeNote(record: TaskRecord): string {
  return record.status === 'succeeded' ? 'no changes: no pull request' : `${record.status.replace(/_/g, ' ')} without changes: nothing pushed`;
}

/**
 * Pushes the attempt refs of a best-of-N task (every attempt with a result), so that reviewers can
 * fetch the ones that did not win. A failure is a warning: the task's branch is what counts.
 */
async function pushAttemptRefs(git: Git, remote: string, record: TaskRecord, token: string, logger: Logger): Promise<void> {
  const refs = (record.bestOf?.attempts ?? []).flatMap((a) => (a.ref ? [a.ref] : []));
  if (refs.length === 0) return;
  try {
    await pushRefs(git, remote, refs, { token });
    logger.info(`task '${record.id}': pushed ${refs.length} attempt ref(s) under ${refs[0].replace(/\/\d+$/, '/')}`);
  } catch (error) {
    logger.warning(`task '${record.id}': pushing its attempt refs failed: ${errorMessage(error)}`);
  }
}

export async function publishResults(options: PublishOptions): Promise<Publication[]> {
  const { octokit, git, result, logger } = options;
  const remote = options.remote ?? 'origin';
  const publications: Publication[] = [];
  const siblingsOf = (): SiblingPull[] =>
    publications.flatMap((p) => (p.pr ? [{ taskId: p.taskId, title: p.title, number: p.pr.number, url: p.pr.url }] : []));
  const bodyOf = (record: TaskRecord, siblings: SiblingPull[]): string => {
    const input: PullBodyInput = {
      record,
      prompt: options.prompts?.get(record.id) ?? null,
      issue: options.issue,
      runId: result.run.id,
      link: options.link,
      runCommentUrl: options.runCommentUrl ?? null,
      promptUrl: blobUrl(options.repoUrl, result.run.baseCommit, record.file),
      siblings,
      conflicts: options.conflicts ?? [],
      redactor: options.redactor,
    };
    return renderPullBody(input);
  };

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
    await pushAttemptRefs(git, remote, record, options.token, logger);
    const verifyFailedPr = record.status === 'verify_failed' && (options.prWhen ?? 'always') === 'always';
    if (record.status !== 'succeeded' && !verifyFailedPr) {
      const why = record.status === 'verify_failed' ? ' (pr-when: verified)' : '';
      pub.note = `${record.status.replace(/_/g, ' ')}: branch pushed for inspection, no pull request${why}`;
      continue;
    }
    if (options.createPr === 'false') {
      pub.note = 'branch pushed; create-pr is false';
      continue;
    }
    try {
      pub.pr = await createOrUpdatePull(
        octokit,
        {
          owner: options.owner,
          repo: options.repo,
          head: record.branch,
          base: options.baseBranch,
          title: record.title,
          body: bodyOf(record, siblingsOf()),
          // A result whose checks failed is not ready for review, whatever create-pr says.
          draft: options.createPr === 'draft' || verifyFailedPr,
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
  const all = siblingsOf();
  const records = new Map(result.tasks.map((t) => [t.id, t]));
  for (const [index, pub] of publications.entries()) {
    const record = records.get(pub.taskId);
    if (!pub.pr || !record) continue;
    const later = publications.slice(index + 1).some((p) => p.pr);
    if (!later) continue;
    try {
      await updatePullBody(octokit, { owner: options.owner, repo: options.repo, number: pub.pr.number, body: bodyOf(record, all) });
    } catch (error) {
      logger.warning(`task '${pub.taskId}': could not add sibling links to #${pub.pr.number}: ${errorMessage(error)}`);
    }
  }
  return publications;
}
