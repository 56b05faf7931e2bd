import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createGitHubClient } from '../src/github/client.js';
import { MAX_BODY_CHARS, StickyComment, stickyMarker, truncateBody, upsertStickyComment } from '../src/github/comments.js';
import type { Logger } from '../src/core/logger.js';
import { silentLogger } from '../src/core/logger.js';

const API = 'https://api.github.test';
const octokit = createGitHubClient('ghs_test', { baseUrl: API, logger: silentLogger, retryBaseMs: 1, throttle: false });
const target = { owner: 'acme', repo: 'app', issueNumber: 7, key: 'run' };
const MARKER = '<!-- agent-fanout:run -->';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function comment(id: number, body: string) {
  return { id, body, html_url: `https://github.test/acme/app/issues/7#issuecomment-${id}` };
}

describe('stickyMarker', () => {
  test('is a hidden HTML comment naming the key', () => {
    expect(stickyMarker('run')).toBe(MARKER);
    expect(() => stickyMarker('bad key -->')).toThrow(TypeError);
  });
});

describe('upsertStickyComment', () => {
  test('creates the comment when no comment carries the marker', async () => {
    const created: string[] = [];
    const scope = nock(API)
      .get('/repos/acme/app/issues/7/comments')
      .query(true)
      .reply(200, [comment(1, 'hello'), comment(2, `> ${MARKER}\nquoted by a user`)])
      .post('/repos/acme/app/issues/7/comments', (b: { body: string }) => {
        created.push(b.body);
        return true;
      })
      .reply(201, comment(10, 'x'));
    const result = await upsertStickyComment(octokit, target, 'first');
    expect(result).toMatchObject({ id: 10, created: true });
    expect(created).toEqual([`${MARKER}\nfirst`]);
    expect(scope.isDone()).toBe(true);
  });

  test('edits the marked comment found on a later page instead of creating another', async () => {
    const scope = nock(API)
      .get('/repos/acme/app/issues/7/comments')
      .query((q) => q.page === undefined)
      .reply(200, [comment(1, 'a')], { link: `<${API}/repos/acme/app/issues/7/comments?per_page=100&page=2>; rel="next"` })
      .get('/repos/acme/app/issues/7/comments')
      .query((q) => q.page === '2')
      .reply(200, [comment(42, `${MARKER}\nold`)])
      .patch('/repos/acme/app/issues/comments/42', { body: `${MARKER}\nnew` })
      .reply(200, comment(42, 'new'));
    const result = await upsertStickyComment(octokit, target, 'new');
    expect(result).toMatchObject({ id: 42, created: false });
    expect(scope.isDone()).toBe(true);
  });

  test('re-creates a known comment that was deleted meanwhile', async () => {
    const scope = nock(API)
      .patch('/repos/acme/app/issues/comments/42')
      .reply(404, { message: 'Not Found' })
      .post('/repos/acme/app/issues/7/comments')
      .reply(201, comment(43, 'x'));
    expect(await upsertStickyComment(octokit, target, 'again', 42)).toMatchObject({ id: 43, created: true });
    expect(scope.isDone()).toBe(true);
  });
});

/** A clock and timer the test moves by hand. */
function manualTime() {
  let now = 1_000_000;
  const timers: { at: number; fn: () => void; handle: number }[] = [];
  let next = 1;
  return {
    clock: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const handle = next++;
      timers.push({ at: now + ms, fn, handle });
      return handle;
    },
    clearTimer: (handle: unknown) => {
      const i = timers.findIndex((t) => t.handle === handle);
      if (i >= 0) timers.splice(i, 1);
    },
    pending: () => timers.length,
    advance(ms: number) {
      now += ms;
      for (const t of [...timers].filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
  };
}


describe('StickyComment', () => {
  test('creates once, then edits the same comment; throttled edits keep only the newest body; the final edit is always made', async () => {
    const time = manualTime();
    const writes: { method: string; body: string }[] = [];
    const record = (method: string) => (b: { body: string }) => {
      writes.push({ method, body: b.body.replace(`${MARKER}\n`, '') });
      return true;
    };
    const scope = nock(API)
      .get('/repos/acme/app/issues/7/comments')
      .query(true)
      .once()
      .reply(200, [])
      .post('/repos/acme/app/issues/7/comments', record('create'))
      .once()
      .reply(201, comment(77, 'x'))
      .patch('/repos/acme/app/issues/comments/77', record('edit'))
      .times(3)
      .reply(200, comment(77, 'x'));

    const sticky = new StickyComment({ octokit, ...target, logger: silentLogger, minIntervalMs: 5000, ...time });
    expect(await sticky.flush('queued')).toBe(77);

    // Within the interval: nothing is written, only the newest body is remembered.
    sticky.update('progress 1');
    sticky.update('progress 2');
    // Deferred: a timer instead of a write.
    expect(time.pending()).toBe(1);
    time.advance(4999);
    expect(time.pending()).toBe(1);

    time.advance(1);
    await vi.waitFor(() => expect(writes.map((w) => w.body)).toEqual(['queued', 'progress 2']));

    // A pending edit is replaced by the final one, which does not wait for the interval.
    sticky.update('progress 3');
    await vi.waitFor(() => expect(time.pending()).toBe(1));
    await sticky.flush('final');
    expect(time.pending()).toBe(0);
    expect(writes).toEqual([
      { method: 'create', body: 'queued' },
      { method: 'edit', body: 'progress 2' },
      { method: 'edit', body: 'final' },
    ]);
    expect(sticky.id).toBe(77);
    expect(scope.pendingMocks()).toHaveLength(1); // one of the three allowed edits unused
  });

  test('an update after the interval is written at once', async () => {
    const time = manualTime();
    nock(API).get('/repos/acme/app/issues/7/comments').query(true).reply(200, [comment(5, `${MARKER}\nold`)]);
    const edits: string[] = [];
    nock(API)
      .patch('/repos/acme/app/issues/comments/5', (b: { body: string }) => {
        edits.push(b.body);
        return true;
      })
      .times(2)
      .reply(200, comment(5, 'x'));
    const sticky = new StickyComment({ octokit, ...target, logger: silentLogger, minIntervalMs: 3000, ...time });
    sticky.update('one');
    await vi.waitFor(() => expect(edits).toHaveLength(1));
    time.advance(3001);
    sticky.update('two');
    expect(time.pending()).toBe(0);
    await vi.waitFor(() => expect(edits).toEqual([`${MARKER}\none`, `${MARKER}\ntwo`]));
  });

  test('a failed write is a warning, not an error', async () => {
    nock(API).get('/repos/acme/app/issues/7/comments').query(true).reply(403, { message: 'Resource not accessible by integration' });
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warning: (m) => warnings.push(m) };
    const sticky = new StickyComment({ octokit, ...target, logger });
    expect(await sticky.flush('body')).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^could not write the comment on #7: Resource not accessible by integration/);
  });
});

describe('truncateBody', () => {
  test('leaves short bodies alone', () => {
    expect(truncateBody('short')).toBe('short');
  });

  test('cuts long bodies under the limit and says so', () => {
    const body = 'x'.repeat(MAX_BODY_CHARS * 2);
    const cut = truncateBody(body);
    expect(cut.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(cut.length).toBeGreaterThan(MAX_BODY_CHARS - 200);
    expect(cut).toMatch(/_… truncated: \d+ characters omitted; see the job summary for everything\._\n$/);
    const omitted = Number(/truncated: (\d+)/.exec(cut)![1]);
    expect(cut.indexOf('\n\n_…')).toBe(body.length - omitted);
  });

  test('closes a code fence left open by the cut', () => {
    const body = `intro\n\n\`\`\`text\n${'log line\n'.repeat(20)}`;
    const cut = truncateBody(body, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.match(/^```/gm)).toHaveLength(2);
    expect(cut.trimEnd().endsWith('._')).toBe(true);
  });

  test('the sticky comment text with marker stays within the limit', async () => {
    let sent = '';
    nock(API)
      .post('/repos/acme/app/issues/7/comments', (b: { body: string }) => {
        sent = b.body;
        return true;
      })
      .reply(201, comment(1, 'x'));
    nock(API).get('/repos/acme/app/issues/7/comments').query(true).reply(200, []);
    await upsertStickyComment(octokit, target, 'y'.repeat(100_000));
    expect(sent.startsWith(MARKER)).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });
});
