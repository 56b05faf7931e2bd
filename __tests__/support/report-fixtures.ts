/**
 * Results of runs as the action renders them, for the renderer tests and the docs screenshots
 * (`npm run docs:screens`): a realistic five-task run of Claude Code tasks on a web app (one failed,
 * one too short to be sampled, two conflicting), the same run in progress, and a large run (100 tasks
 * with long titles and long final messages) for GitHub's size limits.
 */
import type { Publication } from '../../src/github/render.js';
import type { RunInfo, RunResult, TaskRecord } from '../../src/core/model.js';
import { buildRunResult, computeRunMetrics, type ConflictNote } from '../../src/report/index.js';

/** 2026-11-29 02:15:00 UTC. */
export const T0 = Date.UTC(2026, 10, 29, 2, 15, 0);
export const REPO_URL = 'https://github.com/acme/webshop';
export const RUN_LINK = `${REPO_URL}/actions/runs/12081234567`;
export const COMMENT_URL = `${REPO_URL}/issues/42#issuecomment-2519934512`;
/** A secret an agent was given (`env: [STRIPE_TEST_KEY]`) and repeated in its final message. */
export const LEAKED_SECRET = 'sk_test_51Hx9kLmN0pQrStUvWxYz';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** A finished task record; times in seconds from {@link T0}. */
export function reportTask(id: string, title: string, startS: number, endS: number, patch: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id,
    title,
    file: `prompts/${id}.md`,
    issues: [42],
    dependsOn: [],
    status: 'succeeded',
    reason: null,
    exitCode: 0,
    branch: `fanout/42/${id}`,
    baseCommit: 'a3f1c9e07b2d4c58e6f0a1b2c3d4e5f607182930',
    commit: 'c0ffee1234567890abcdef1234567890abcdef12',
    filesChanged: 3,
    insertions: 120,
    deletions: 4,
    changedFiles: [],
    queuedAt: T0,
    readyAt: T0,
    startedAt: T0 + startS * 1000 - 900,
    agentStartedAt: T0 + startS * 1000,
    agentFinishedAt: T0 + endS * 1000,
    finishedAt: T0 + endS * 1000 + 1400,
    durationMs: (endS - startS) * 1000,
    queueWaitMs: 12,
    overheadMs: 2300,
    phases: { worktree: 180, create: 240, attach: 6, start: 310, wait: (endS - startS) * 1000, stats: 4, inspect: 9, remove: 420, commit: 95, cleanup: 60 },
    cpu: { seconds: (endS - startS) * 0.21, avgPercent: 21, peakPercent: 96 },
    memory: { peakBytes: 410 * MiB, limitBytes: 4 * GiB },
    peakPids: 23,
    // Each agent waited 4 s for a CPU the others held: the speedup estimate takes it out.
    contentionMs: 4_000,
    agent: { ok: true, turns: 14, costUsd: 0.41, durationMs: (endS - startS) * 1000 - 1500, finalText: 'Done.' },
    logFile: null,
    worktree: null,
    ...patch,
  };
}

const LOGIN_MESSAGE = `I added the login form and wired it to the existing session API.

## Changes
- \`src/pages/login.tsx\`: new page with an email and password form, client-side validation (required fields, email format) and an error banner for failed sign-ins.
- \`src/api/session.ts\`: \`signIn()\` now returns a typed \`SignInError\` instead of throwing on 401, so the form can show "wrong email or password" without a stack trace.
- \`src/pages/login.test.tsx\`: 9 tests (rendering, validation, successful sign-in redirects to \`/account\`, 401 shows the banner, 500 shows a retry hint).

## Checks
\`npm test\`: 214 passed. \`npm run lint\`: clean.

I used the Stripe test key from the environment (${LEAKED_SECRET}) only to run the checkout tests locally; nothing was committed with it.

Not done: "remember me" needs a decision on cookie lifetime, so I left a TODO in \`session.ts\`.`;

const DATE_MESSAGE = `Fixed the off-by-one in \`parseOrderDate()\`: dates without a time zone were parsed as UTC and shown a day early for users west of Greenwich. They are now parsed in the shop's configured zone (\`config.shop.timeZone\`), with a regression test for 2026-03-29 (DST change in Europe/Berlin).`;

const DOCS_MESSAGE = `Documented the public REST API in \`docs/api.md\` (12 endpoints, request and response examples taken from the integration tests) and linked it from the README.`;

export const REALISTIC_PROMPTS: Record<string, string> = {
  'add-login': `# Add a login form

Add a login page at \`/login\` with an email and a password field.

- Validate on the client: both fields required, the email must look like an email.
- Sign in with \`signIn()\` from \`src/api/session.ts\`; on success go to \`/account\`.
- On a 401 show "Wrong email or password" above the form; on other errors a retry hint.
- Tests next to the page, in the style of \`src/pages/cart.test.tsx\`.

Do not change the session cookie settings.`,
  'fix-date-parsing': '# Fix order dates shown a day early\n\n`parseOrderDate()` shows dates one day early for US customers. Find out why and fix it, with a test.',
  'document-api': '# Document the REST API\n\nWrite `docs/api.md`: every public endpoint of `src/server/routes/`, with an example request and response each. Link it from the README.',
  'migrate-orders': '# Move orders to the new schema\n\nWrite the migration from `orders_v1` to `orders` (see `docs/schema.md`) and update the queries in `src/db/orders.ts`.',
  'bump-deps': '# Bump the test dependencies\n\nUpdate vitest and @testing-library/react to their latest minor versions; fix what breaks.',
};

const RUN_INFO: RunInfo = {
  id: '20261129-021500-7f3a',
  repo: '/home/runner/work/webshop/webshop',
  baseRef: 'a3f1c9e07b2d4c58e6f0a1b2c3d4e5f607182930',
  baseCommit: 'a3f1c9e07b2d4c58e6f0a1b2c3d4e5f607182930',
  issue: 42,
  modeReason: null,
  startedAt: T0,
  finishedAt: T0 + 431_000,
  mode: 'docker',
  maxParallel: 4,
  runDir: '/home/runner/.agent-fanout/runs/20261129-021500-7f3a',
};

export function result(info: RunInfo, tasks: TaskRecord[]): RunResult {
  const metrics = computeRunMetrics(tasks, { startedAt: info.startedAt, finishedAt: info.finishedAt!, maxParallel: info.maxParallel, mode: info.mode });
  return buildRunResult(info, metrics, tasks);
}

/** The realistic run's tasks, finished. */
export function realisticTasks(): TaskRecord[] {
  return [
    reportTask('add-login', 'Add a login form', 2, 412, {
      filesChanged: 3,
      insertions: 248,
      deletions: 11,
      agent: { ok: true, turns: 31, costUsd: 1.87, finalText: LOGIN_MESSAGE },
      cpu: { seconds: 96.4, avgPercent: 23.5, peakPercent: 181 },
      memory: { peakBytes: 1.3 * GiB, limitBytes: 4 * GiB },
    }),
    reportTask('fix-date-parsing', 'Fix order dates shown a day early', 2, 187, {
      filesChanged: 2,
      insertions: 38,
      deletions: 6,
      agent: { ok: true, turns: 12, costUsd: 0.46, finalText: DATE_MESSAGE },
    }),
    reportTask('document-api', 'Document the REST API', 3, 265, {
      filesChanged: 2,
      insertions: 412,
      deletions: 1,
      agent: { ok: true, turns: 18, costUsd: 0.92, finalText: DOCS_MESSAGE },
    }),
    reportTask('migrate-orders', 'Move orders to the new schema', 3, 428, {
      status: 'failed',
      exitCode: 1,
      reason: 'agent stopped at its turn limit (error_max_turns, 80 turns)',
      filesChanged: 4,
      insertions: 96,
      deletions: 40,
      agent: { ok: false, error: 'error_max_turns', turns: 80, costUsd: 3.12, finalText: '' },
    }),
    // Ended before the first stats interval: CPU time and average known, no peak.
    reportTask('bump-deps', 'Bump the test dependencies', 188, 188.6, {
      filesChanged: 0,
      insertions: 0,
      deletions: 0,
      commit: null,
      cpu: { seconds: 0.23, avgPercent: 38, peakPercent: null },
      memory: { peakBytes: 96 * MiB, limitBytes: 4 * GiB },
      agent: { ok: true, turns: 2, costUsd: 0.03, finalText: 'Both are already at their latest minor versions; nothing to change.' },
    }),
  ];
}

export function realisticRun(): RunResult {
  return result(RUN_INFO, realisticTasks());
}

export const REALISTIC_CONFLICTS: ConflictNote[] = [{ a: 'add-login', b: 'document-api', files: ['README.md'] }];

export function realisticPublications(): Publication[] {
  const pr = (taskId: string, title: string, number: number): Publication => ({
    taskId,
    title,
    branch: `fanout/42/${taskId}`,
    pushed: true,
    pr: { number, url: `${REPO_URL}/pull/${number}`, created: true },
    note: '',
  });
  return [
    pr('add-login', 'Add a login form', 57),
    pr('fix-date-parsing', 'Fix order dates shown a day early', 58),
    pr('document-api', 'Document the REST API', 59),
    {
      taskId: 'migrate-orders',
      title: 'Move orders to the new schema',
      branch: 'fanout/42/migrate-orders',
      pushed: true,
      pr: null,
      note: 'failed: branch pushed for inspection, no pull request',
    },
    { taskId: 'bump-deps', title: 'Bump the test dependencies', branch: 'fanout/42/bump-deps', pushed: false, pr: null, note: 'no changes: no pull request' },
  ];
}

/** The same run 3m 10s in: two done, two running (one still preparing), one queued. */
export function inProgressRecords(): { records: TaskRecord[]; now: number } {
  const now = T0 + 190_000;
  const [login, date, docs, migrate, bump] = realisticTasks();
  const running = (t: TaskRecord, agentStarted: boolean): TaskRecord => ({
    ...t,
    status: 'running',
    agentStartedAt: agentStarted ? t.agentStartedAt : null,
    agentFinishedAt: null,
    finishedAt: null,
    durationMs: null,
    cpu: null,
    memory: null,
    peakPids: null,
    agent: null,
    commit: null,
    filesChanged: 0,
    insertions: 0,
    deletions: 0,
  });
  const queued: TaskRecord = { ...running(migrate, false), status: 'queued', reason: null, exitCode: null, startedAt: null, branch: null };
  return { records: [running(login, true), date, running(docs, true), queued, { ...running(bump, false), startedAt: now - 1500 }], now };
}

/** 100 tasks, long titles, 30,000-character final messages; every tenth failed. */
export function largeRun(): { result: RunResult; publications: Publication[]; conflicts: ConflictNote[]; prompts: Map<string, string> } {
  const tasks: TaskRecord[] = [];
  const publications: Publication[] = [];
  const prompts = new Map<string, string>();
  for (let i = 0; i < 100; i++) {
    const id = `task-${String(i).padStart(3, '0')}-${'long-name-'.repeat(3)}end`;
    const title = `Refactor module ${i} | with <b>markup</b>, @mentions and ${'a long title '.repeat(12)}`;
    const failed = i % 10 === 9;
    tasks.push(
      reportTask(id, title, i, i + 300, {
        status: failed ? 'failed' : 'succeeded',
        reason: failed ? `agent exited with code 1: ${'the agent printed a very long reason '.repeat(20)}` : undefined,
        agent: { ok: !failed, turns: 40, costUsd: 0.5, finalText: `Step ${i}: ${'changed things and explained them at length. '.repeat(700)}` },
      }),
    );
    prompts.set(id, `# Task ${i}\n\n${'Do this and that, carefully. '.repeat(2000)}`);
    publications.push({
      taskId: id,
      title,
      branch: `fanout/42/${id}`,
      pushed: true,
      pr: failed ? null : { number: 1000 + i, url: `${REPO_URL}/pull/${1000 + i}`, created: true },
      note: failed ? 'failed: branch pushed for inspection, no pull request' : '',
    });
  }
  const conflicts: ConflictNote[] = [];
  for (let i = 0; i < 60; i++) conflicts.push({ a: tasks[0].id, b: tasks[i + 1].id, files: Array.from({ length: 12 }, (_, j) => `src/module-${j}/index.ts`) });
  const info: RunInfo = { ...RUN_INFO, finishedAt: T0 + 1_900_000, maxParallel: 16 };
  return { result: result(info, tasks), publications, conflicts, prompts };
}
