import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunEvent, TaskRecord } from '../src/core/model.js';
import { ProgressReporter } from '../src/cli/progress.js';

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
});
