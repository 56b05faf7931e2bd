/**
 * The GitHub client: Octokit from @actions/github (proxy-aware, the runner's user agent) with the retry
 * plugin (5xx and network errors) and the throttling plugin (primary and secondary rate limits).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../core/logger.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Where a run's repository lives, as `GITHUB_REPOSITORY` names it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  /** API root. Default `GITHUB_API_URL`, else `https://api.github.com` (GitHub Enterprise sets the variable). */
  baseUrl?: string;
  logger: Logger;
  /** Retries of a 5xx or network failure. Default 3. */
  retries?: number;
  /**
   * Base of the retry back-off in ms: the k-th retry waits k² × this. Default 1000; tests pass 1 so a
   * retried 502 does not slow the suite.
   */
  retryBaseMs?: number;
  /** Retries after hitting a primary or secondary rate limit. Default 2. */
  rateLimitRetries?: number;
  /**
   * Client-side pacing of writes (GitHub asks for ≥1 s between writes and ≥3 s between writes that
   * notify people). Default true; unit tests turn it off.
   */
  throttle?: boolean;
}

/** Longest wait (seconds) for a rate limit to reset before a request is given up. */
export const MAX_RATE_LIMIT_WAIT_S = 15 * 60;

export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  if (!token) throw new TypeError('createGitHubClient: a token is required');
  const { logger } = options;
  const retries = options.retries ?? 3;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= rateLimitRetries) {
        logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}; giving up after ${retryCount} retries`);
        return false;
      }
      // The wait comes from a response header: a huge one would overflow the retry timer (and fire
      // at once) or hold the step for hours.
      if (!(retryAfter <= MAX_RATE_LIMIT_WAIT_S)) {
        logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}; it asks to wait ${retryAfter}s, more than ${MAX_RATE_LIMIT_WAIT_S}s: giving up`);
        return false;
      }
      logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}; retrying in ${retryAfter}s`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      retry: { retries, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      throttle:
        options.throttle === false
          ? { enabled: false }
          : {
              onRateLimit: onLimit('primary'),
              onSecondaryRateLimit: onLimit('secondary'),
              retryAfterBaseValue: options.retryBaseMs ?? 1000,
            },
      log: {
        debug: (m: string) => logger.debug(m),
        info: (m: string) => logger.debug(m),
        warn: (m: string) => logger.warning(m),
        error: (m: string) => logger.debug(m),
      },
    },
    retry,
    throttling,
  );
}

/** `owner/name` → `{ owner, repo }`, refusing anything else. */
export function parseRepository(text: string | undefined): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text ?? '');
  if (!m) throw new Error(`GITHUB_REPOSITORY is '${text ?? ''}'; expected 'owner/name'`);
  return { owner: m[1], repo: m[2] };
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

export { errorMessage } from '../core/errors.js';
