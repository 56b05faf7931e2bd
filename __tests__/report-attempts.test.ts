/** Retried tasks in the reports: attempt counts, each attempt's outcome, and cost over all attempts. */
import { describe, expect, it } from 'vitest';
import type { RunInfo, TaskAttempt, TaskRecord } from '../src/core/model.js';
import {
  buildRunResult,
  computeRunMetrics,
  renderCompactHeadline,
  renderCompactTaskTable,
  renderRunningLines,
  renderSummaryMarkdown,
  renderSummaryText,
} from '../src/report/index.js';
import { taskRecord } from './support/factories.js';

const T0 = 1_700_000_000_000;

const RUN_INFO: RunInfo = {
  id: 'run-9',
  modeReason: null,
  repo: '/tmp/repo',
  baseRef: 'HEAD',
  baseCommit: 'a'.repeat(40),
  issue: null,
  startedAt: T0,
  finishedAt: T0 + 60_000,
  mode: 'docker',
  maxParallel: 2,
  runDir: '/tmp/run-9',
};

const overloaded = 'claude reported an error (api_error, HTTP 529) after 1 turn: API Error: 529 | <b>overloaded</b>';

function attempts(...list: Partial<TaskAttempt>[]): TaskAttempt[] {
  return list.map((a, i) => ({ attempt: i + 1, startedAt: T0 + i * 20_000, finishedAt: T0 + i * 20_000 + 15_000, status: 'failed', durationMs: 12_000, costUsd: 0, ...a }));
}

function task(id: string, extra: Partial<TaskRecord>): TaskRecord {
  return taskRecord(id, {
    agentStartedAt: T0,
    agentFinishedAt: T0 + 40_000,
    startedAt: T0,
    finishedAt: T0 + 41_000,
    durationMs: 24_000,
    agent: { ok: true, turns: 2, costUsd: 0.2 },
    ...extra,
  });
}

const retried = () =>
  task('flaky', {
    filesChanged: 1,
    insertions: 3,
    attempts: attempts({ status: 'failed', reason: overloaded, costUsd: 0.05, transient: true }, { status: 'succeeded', costUsd: 0.2 }),
  });
const stopped = () =>
  task('pricey', {
    status: 'failed',
    reason: 'stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd)',
    agent: null,
    attempts: attempts({ status: 'failed', reason: 'stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd)', costUsd: 0.52, costEstimated: true }),
    budget: { maxCostUsd: 0.5, spentUsd: 0.52, exceeded: true, stoppedEarly: true },
  });
const plain = () => task('plain', { attempts: attempts({ status: 'succeeded', costUsd: 0.2 }) });

function result(tasks: TaskRecord[]) {
  return buildRunResult(RUN_INFO, computeRunMetrics(tasks, { startedAt: T0, finishedAt: T0 + 60_000, maxParallel: 2, mode: 'docker' }), tasks);
}

describe('reports of retried tasks', () => {
  it("sum every attempt's reported cost into the task and the run; an estimate stays out", () => {
    const r = result([retried(), stopped(), plain()]);
    expect(r.run.totalCostUsd).toBeCloseTo(0.45, 10);
    expect(renderCompactHeadline({ tasks: r.tasks, wallMs: 60_000, final: { speedup: 1, speedupMax: null } })).toContain('cost **$0.45**');
  });

  it('the text summary says how many attempts a task took', () => {
    const lines = renderSummaryText(result([retried(), stopped(), plain()])).split('\n');
    expect(lines.find((l) => l.includes('flaky'))).toMatch(/✔ succeeded +flaky .*2 attempts {2}\$0\.25/);
    expect(lines.find((l) => l.includes('pricey'))).toContain('— stopped at ≈$0.52: over its budget of $0.50 (max-cost-usd)');
    expect(lines.find((l) => l.includes('plain'))).not.toContain('attempt');
  });

  it('the Markdown summary marks the retried task and lists its attempts, escaped', () => {
    const md = renderSummaryMarkdown(result([retried(), plain()]));
    expect(md).toContain('| ✅ succeeded (2 attempts) | `flaky` |');
    expect(md).toContain('### Retries');
    const line = md.split('\n').find((l) => l.startsWith('- `flaky`:'))!;
    expect(line).toBe(
      '- `flaky`: 1. ❌ failed (12.0s, $0.05): claude reported an error \\(api\\_error, HTTP 529\\) after 1 turn: API Error: 529 \\| &lt;b&gt;overloaded&lt;/b&gt; → 2. ✅ succeeded (12.0s, $0.20)',
    );
    expect(md.split('\n').filter((l) => l.startsWith('- `plain`'))).toEqual([]);
    // No retried task, no section.
    expect(renderSummaryMarkdown(result([plain()]))).not.toContain('### Retries');
  });

  it('the compact table and the running lines show the attempt', () => {
    expect(renderCompactTaskTable([retried()], { detail: false }).split('\n')[2]).toBe('| ✅ succeeded (2 attempts) | `flaky` | – | 24.0s | $0.25 | 1 (+3/-0) |');
    const running = task('flaky', { status: 'running', finishedAt: null, attempts: attempts({ status: 'failed', transient: true }, { status: 'running', finishedAt: null }) });
    expect(renderRunningLines([running], T0 + 45_000)).toBe('- 🔄 `flaky` · agent running (attempt 2) for 45.0s');
  });
});
