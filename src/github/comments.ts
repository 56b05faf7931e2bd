/**
 * Sticky comments: one comment per issue and purpose, found again by a hidden marker, created once
 * and then edited, so re-runs and progress updates never pile up comments. Progress edits are
 * throttled; the final edit is always made.
 */
import type { Logger } from '../core/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { errorMessage, httpStatus } from './client.js';
import { MAX_TIMER_DELAY_MS } from '../core/timers.js';

/** GitHub refuses issue, comment and PR bodies longer than this many characters. */
export const MAX_BODY_CHARS = 65_536;

/** The hidden first line that identifies a sticky comment: `<!-- agent-fanout:<key> -->`. */
export function stickyMarker(key: string): string {
  if (!/^[a-z0-9][a-z0-9:_-]*$/i.test(key)) throw new TypeError(`sticky comment key '${key}' must be letters, digits, ':', '_' or '-'`);
  return `<!-- agent-fanout:${key} -->`;
}

/**
 * Cuts `body` to at most `limit` characters, ending with a note that says so. A code fence left
 * open by the cut is closed, so the note is not swallowed by it.
 */
export function truncateBody(body: string, limit = MAX_BODY_CHARS, note = 'see the job summary for everything'): string {
  if (body.length <= limit) return body;
  const suffix = (omitted: number, fence: boolean) => `${fence ? '\n```' : ''}\n\n_… truncated: ${omitted} characters omitted; ${note}._\n`;
  // The suffix's length depends on the omitted count; reserve room for the longest form.
  const room = limit - suffix(body.length, true).length;
  let cut = body.slice(0, Math.max(0, room));
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const fences = cut.match(/^[ \t]*```/gm)?.length ?? 0;
  return cut + suffix(body.length - cut.length, fences % 2 === 1);
}

export interface StickyTarget extends RepoRef {
  issueNumber: number;
  /** What the comment is for, e.g. `run` (the issue's progress/summary comment). */
  key: string;
}

export interface FoundComment {
  id: number;
  body: string;
  url: string;
}

/**
 * The issue's comment whose body starts with the marker of `key`, searching every page. Starting
 * with it (not merely containing it) keeps a user quoting the comment from being taken for it.
 */
export async function findStickyComment(octokit: GitHubClient, target: StickyTarget): Promise<FoundComment | null> {
  const marker = stickyMarker(target.key);
  let found: FoundComment | null = null;
  await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
    (response, done) => {
      const hit = response.data.find((c) => (c.body ?? '').trimStart().startsWith(marker));
      if (hit && !found) {
        found = { id: hit.id, body: hit.body ?? '', url: hit.html_url };
        done();
      }
      return [];
    },
  );
  return found;
}

/** The full text of a sticky comment: marker line, then the body, within GitHub's limit. */
export function stickyBody(key: string, body: string): string {
  const marker = stickyMarker(key);
  return `${marker}\n${truncateBody(body, MAX_BODY_CHARS - marker.length - 1)}`;
}

/**
 * Creates the sticky comment, or edits it when it exists (`knownId`, else found by its marker).
 * A known comment that was deleted meanwhile is created again.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: StickyTarget,
  body: string,
  knownId: number | null = null,
): Promise<{ id: number; url: string; created: boolean }> {
  const { owner, repo } = target;
  const text = stickyBody(target.key, body);
  const id = knownId ?? (await findStickyComment(octokit, target))?.id ?? null;
  if (id !== null) {
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: text });
      return { id: data.id, url: data.html_url, created: false };
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body: text });
  return { id: data.id, url: data.html_url, created: true };
}

export interface StickyCommentOptions extends StickyTarget {
  octokit: GitHubClient;
  logger: Logger;
  /** Least time between two edits, in ms. Default 5000 (progress must not eat the API's write budget). */
  minIntervalMs?: number;
  /** Default `Date.now`. */
  clock?: () => number;
  /** Default `setTimeout` (unref'd). */
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Default `clearTimeout`. */
  clearTimer?: (handle: unknown) => void;
}

/**
 * A sticky comment kept up to date: `update()` is cheap and can be called on every event — it
 * writes at once when the last write is old enough, else remembers only the newest body and writes
 * it when the interval is over. `flush()` writes its body now, whatever the interval. Failed
 * writes are warnings: progress reporting never stops a run.
 */
export class StickyComment {
  readonly #octokit: GitHubClient;
  readonly #target: StickyTarget;
  readonly #logger: Logger;
  readonly #minIntervalMs: number;
  readonly #clock: () => number;
  readonly #setTimer: (fn: () => void, ms: number) => unknown;
  readonly #clearTimer: (handle: unknown) => void;
  #id: number | null = null;
  #url: string | null = null;
  #pending: string | null = null;
  #timer: unknown = null;
  #writing: Promise<void> | null = null;
  #lastWriteAt = -Infinity;

  constructor(options: StickyCommentOptions) {
    const minIntervalMs = options.minIntervalMs ?? 5000;
    if (!Number.isFinite(minIntervalMs) || minIntervalMs < 0 || minIntervalMs > MAX_TIMER_DELAY_MS) {
      throw new TypeError(`StickyComment: minIntervalMs must be a number from 0 to ${MAX_TIMER_DELAY_MS}, got ${minIntervalMs}`);
    }
    stickyMarker(options.key);
    this.#octokit = options.octokit;
    this.#target = { owner: options.owner, repo: options.repo, issueNumber: options.issueNumber, key: options.key };
    this.#logger = options.logger;
    this.#minIntervalMs = minIntervalMs;
    this.#clock = options.clock ?? Date.now;
    this.#setTimer =
      options.setTimer ??
      ((fn, ms) => {
        const t = setTimeout(fn, ms);
        t.unref();
        return t;
      });
    this.#clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  }

  /** The comment's id once it has been written. */
  get id(): number | null {
    return this.#id;
  }

  get url(): string | null {
    return this.#url;
  }

  /** Asks for `body` to be shown; written now or when the throttle interval allows. */
  update(body: string): void {
    this.#pending = body;
    if (this.#timer !== null || this.#writing !== null) return;
    this.#schedule();
  }

  /** Writes `body` (default: the pending one) now, after any write in flight; cancels the pending edit. */
  async flush(body?: string): Promise<number | null> {
    if (this.#timer !== null) {
      this.#clearTimer(this.#timer);
      this.#timer = null;
    }
    const text = body ?? this.#pending;
    this.#pending = null;
    while (this.#writing) await this.#writing;
    if (text !== null) await this.#write(text);
    return this.#id;
  }

  #schedule(): void {
    const wait = this.#lastWriteAt + this.#minIntervalMs - this.#clock();
    if (wait <= 0) {
      this.#startWrite();
    } else {
      this.#timer = this.#setTimer(() => {
        this.#timer = null;
        this.#startWrite();
      }, wait);
    }
  }

  #startWrite(): void {
    const text = this.#pending;
    this.#pending = null;
    if (text === null) return;
    this.#writing = this.#write(text).finally(() => {
      this.#writing = null;
      if (this.#pending !== null && this.#timer === null) this.#schedule();
    });
  }

  async #write(text: string): Promise<void> {
    this.#lastWriteAt = this.#clock();
    try {
      const result = await upsertStickyComment(this.#octokit, this.#target, text, this.#id);
      this.#id = result.id;
      this.#url = result.url;
    } catch (error) {
      this.#logger.warning(`could not write the comment on #${this.#target.issueNumber}: ${errorMessage(error)}`);
    }
  }
}
