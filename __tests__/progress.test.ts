import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AgentProgress } from '../src/agents/types.js';
import type { RunEvent, TaskRecord } from '../src/core/model.js';
import { PLAIN_PROGRESS_INTERVAL_MS, ProgressReporter } from '../src/cli/progress.js';
import { formatAgentProgress } from '../src/report/format.js';

function capture() {
  const out = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  let text = '';
  out.on('data', (d) => (text += d));
  return { out, text: () => text };
}

const started: RunEvent = {
  type: 'run-started',
  at: 0,
  run: { id: 'r1', repo: '/r', baseRef: 'HEAD', baseCommit: 'abc', issue: null, startedAt: 0, finishedAt: null, mode: 'docker', modeReason: null, maxParallel: 2, runDir: '/x' },
  tasks: [
    { id: 'alpha', title: 'Alpha', file: 'prompts/alpha.md', dependsOn: [], branch: 'fanout/alpha' },
    { id: 'beta', title: 'Beta', file: 'prompts/beta.md', dependsOn: ['alpha'], branch: 'fanout/beta' },
  ],
};

function state(taskId: string, status: TaskRecord['status'], patch: Partial<TaskRecord>): RunEvent {
  return { type: 'task-state', at: 0, runId: 'r1', taskId, status, record: { id: taskId, status, startedAt: null, finishedAt: null, ...patch } as TaskRecord };
}

describe('ProgressReporter', () => {
  it('prints plain lines when not a terminal: state changes and prefixed output', () => {
    const { out, text } = capture();
    const p = new ProgressReporter({ out, live: false, clock: () => 5000 });
    p.handle(started);
    p.handle(state('alpha', 'running', { startedAt: 1000 }));
    p.handle({ type: 'task-output', at: 0, runId: 'r1', taskId: 'alpha', stream: 'stdout', text: 'hello\nwor' });
    p.handle({ type: 'task-output', at: 0, runId: 'r1', taskId: 'alpha', stream: 'stdout', text: 'ld\n' });
    p.handle(state('alpha', 'succeeded', { startedAt: 1000, finishedAt: 3500 }));
    p.handle(state('beta', 'skipped', { reason: "dependency 'alpha' failed" }));
    expect(text()).toBe(
      '▶ alpha running (4.0s)\n[alpha] hello\n[alpha] world\n✓ alpha succeeded (2.5s)\n' + "↷ beta skipped (dependency 'alpha' failed)\n",
    );
  });

  it('redraws one line per task in place in a terminal, with output above the block', () => {
    const { out, text } = capture();
    const p = new ProgressReporter({ out, live: true, clock: () => 2000 });
    p.handle(started);
    p.handle(state('alpha', 'running', { startedAt: 0 }));
    p.handle({ type: 'task-output', at: 0, runId: 'r1', taskId: 'alpha', stream: 'stdout', text: 'working\n' });
    p.stop();
    const screen = text();
    expect(screen).toContain('\x1b[2F\x1b[J'); // moves up over the two task lines and clears them
    expect(screen).toContain('[alpha] working\n');
    expect(screen.endsWith('▶ alpha running   (2.0s)\n· beta  queued   \n')).toBe(true);
  });

  const progress = (patch: Partial<AgentProgress>): AgentProgress => ({
    turns: 3,
    toolCalls: 2,
    tool: { name: 'Edit', detail: 'src/app.ts', running: true },
    tokens: { input: 1000, output: 200, cacheRead: 40_000, cacheCreation: 0 },
    costUsd: 0.0321,
    final: false,
    retry: null,
    model: 'claude-sonnet-4-5',
    ...patch,
  });
  const progressEvent = (taskId: string, p: AgentProgress, at = 0): RunEvent => ({ type: 'task-progress', at, runId: 'r1', taskId, progress: p });

  it('shows what a streaming agent does on its live line, and does not echo its JSON stdout', () => {
    const { out, text } = capture();
    const p = new ProgressReporter({ out, live: true, clock: () => 2000 });
    p.handle(started);
    p.handle(state('alpha', 'running', { startedAt: 0 }));
    p.handle(progressEvent('alpha', progress({})));
    p.handle({ type: 'task-output', at: 0, runId: 'r1', taskId: 'alpha', stream: 'stdout', text: '{"type":"assistant"}\n' });
    p.handle({ type: 'task-output', at: 0, runId: 'r1', taskId: 'alpha', stream: 'stderr', text: 'a warning\n' });
    p.stop();
    const screen = text();
    expect(screen).not.toContain('"assistant"');
    expect(screen).toContain('[alpha] a warning\n');
    expect(screen.endsWith('▶ alpha running   (2.0s, turn 3 · Edit(src/app.ts) · 41.2k tokens · ≈$0.03)\n· beta  queued   \n')).toBe(true);
  });

  it('prints progress in plain mode when the agent moves on, at most every few seconds', () => {
    const { out, text } = capture();
    let now = 0;
    const p = new ProgressReporter({ out, live: false, clock: () => now });
    p.handle(started);
    p.handle(progressEvent('alpha', progress({ turns: 1, toolCalls: 1 })));
    now = 1000;
    p.handle(progressEvent('alpha', progress({ turns: 2, toolCalls: 2 }))); // too soon
    now = 1000 + PLAIN_PROGRESS_INTERVAL_MS;
    p.handle(progressEvent('alpha', progress({ turns: 2, toolCalls: 2, tokens: { input: 1, output: 1, cacheRead: 1, cacheCreation: 1 } })));
    now += PLAIN_PROGRESS_INTERVAL_MS;
    p.handle(progressEvent('alpha', progress({ turns: 2, toolCalls: 2 }))); // nothing new
    p.handle(progressEvent('alpha', progress({ final: true, turns: 2 })));
    const lines = text().split('\n').filter((l) => l.startsWith('…'));
    expect(lines).toEqual(['… alpha turn 1 · Edit(src/app.ts) · 41.2k tokens · ≈$0.03', '… alpha turn 2 · Edit(src/app.ts) · 4 tokens · ≈$0.03']);
  });
});

describe('ProgressReporter with retries', () => {
  const attempt = (n: number, status: TaskRecord['status']) => ({ attempt: n, startedAt: 0, finishedAt: status === 'running' ? null : 1, status, durationMs: null, costUsd: null });

  it('names the attempt of a task that runs again, and forgets the earlier session\'s progress', () => {
    const { out, text } = capture();
    const p = new ProgressReporter({ out, live: false, clock: () => 9000 });
    p.handle(started);
    p.handle(state('alpha', 'running', { startedAt: 1000, attempts: [attempt(1, 'running')] }));
    p.handle({ type: 'task-progress', at: 0, runId: 'r1', taskId: 'alpha', progress: { turns: 1, toolCalls: 0, tool: null, tokens: { input: 1, output: 1, cacheRead: 0, cacheCreation: 0 }, costUsd: 0, final: true, retry: null, model: null } });
    p.handle(state('alpha', 'running', { startedAt: 1000, attempts: [attempt(1, 'failed'), attempt(2, 'running')] }));
    // The new session's stdout is echoed until its own progress arrives (nothing is hidden meanwhile).
    p.handle({ type: 'task-output', at: 0, runId: 'r1', taskId: 'alpha', stream: 'stdout', text: 'second session\n' });
    p.handle(state('alpha', 'succeeded', { startedAt: 1000, finishedAt: 8000, attempts: [attempt(1, 'failed'), attempt(2, 'succeeded')] }));
    expect(text()).toBe('▶ alpha running (8.0s)\n▶ alpha running (8.0s, attempt 2)\n[alpha] second session\n✓ alpha succeeded (7.0s, 2 attempts)\n');
  });
});

describe('formatAgentProgress', () => {
  const base: AgentProgress = { turns: 0, toolCalls: 0, tool: null, tokens: { input: 0, output: 0, cacheRead: 0, cacheCreation: 0 }, costUsd: null, final: false, retry: null, model: null };

  it('says what is going on, marking a running cost as an estimate', () => {
    expect(formatAgentProgress(base)).toBe('waiting for the model');
    expect(formatAgentProgress({ ...base, retry: { attempt: 2, maxRetries: 10, status: 529 } })).toBe('API retry 2/10 (HTTP 529)');
    expect(formatAgentProgress({ ...base, turns: 4, tool: { name: 'Bash', detail: null, running: false }, costUsd: 0.5 })).toBe('turn 4 · last Bash · ≈$0.50');
    expect(
      formatAgentProgress({ ...base, final: true, turns: 3, tool: { name: 'Write', detail: 'a.md', running: false }, tokens: { input: 5, output: 5, cacheRead: 2_000_000, cacheCreation: 0 }, costUsd: 1.02 }),
    ).toBe('3 turns · last Write(a.md) · 2.0M tokens · $1.02');
  });
});
