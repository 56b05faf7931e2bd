/**
 * The speedup estimate's figures exist and say what they are, in the results JSON, the CLI's text and
 * the Markdown summary, for real runs in Docker and as subprocesses. No figure's value is asserted
 * (timings belong in `npm run bench`): only that the estimate is there, with its inputs, or is
 * withheld with a reason.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunResult, TaskRecord } from '../src/core/model.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { renderSummaryMarkdown, renderSummaryText } from '../src/report/index.js';
import { CLI_PATH } from './support/cli.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { repoWithPrompts, runPrompts, scriptPrompt, tempDir, testConfig } from './support/fanout.js';

afterAll(() => cleanupTempDirs());

/** About a second of shell work, then a file to commit: enough for several stall readings. */
const BUSY = 'i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done; echo done > out.txt';

/** Whether this process sees the host's cgroups (not so when the tests run inside a container). */
const hostCgroups = fs.existsSync('/sys/fs/cgroup/cgroup.controllers') || fs.existsSync('/sys/fs/cgroup/cpu') || fs.existsSync('/sys/fs/cgroup/cpu,cpuacct');

function runCli(mode: 'docker' | 'subprocess'): { result: RunResult; stdout: string; summary: string } {
  const repo = repoWithPrompts({ a: scriptPrompt(BUSY), b: scriptPrompt(BUSY), c: scriptPrompt(BUSY) });
  const out = tempDir('fanout-speedup-');
  const r = spawnSync(
    process.execPath,
    [CLI_PATH, 'run', '--repo', repo, '--agent', 'script', '--execution', mode, '--network', 'none', '--max-parallel', '3',
      '--state-dir', tempDir('fanout-state-'), '--json', path.join(out, 'r.json'), '--summary', path.join(out, 's.md'), '--quiet'],
    { encoding: 'utf8', timeout: 200_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  return {
    result: JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8')) as RunResult,
    stdout: r.stdout,
    summary: fs.readFileSync(path.join(out, 's.md'), 'utf8'),
  };
}

function expectMeasuredTask(t: TaskRecord): void {
  expect(t.stall, `task ${t.id} has stall data`).toBeTruthy();
  expect(['schedstat', 'pressure']).toContain(t.stall!.source);
  for (const ms of [t.stall!.cpuWaitMs, t.contentionMs, t.soloMs]) {
    expect(typeof ms).toBe('number');
    expect(ms).toBeGreaterThanOrEqual(0);
  }
  expect(t.stall!.coverage).toBeGreaterThan(0);
  expect(t.stall!.coverage).toBeLessThanOrEqual(1);
  if (os.availableParallelism() >= 2) {
    // The run's memory probe ran (its final passes come after every agent): each task's share is counted, 0 or more.
    expect(typeof t.memoryBandwidthMs, `task ${t.id} has memoryBandwidthMs`).toBe('number');
    expect(t.memoryBandwidthMs).toBeGreaterThanOrEqual(0);
    expect(t.memoryBandwidthMs).toBeLessThanOrEqual(t.contentionMs!);
  }
}

function expectLabelledEstimate({ result, stdout, summary }: ReturnType<typeof runCli>): void {
  const run = result.run;
  expect(Number.isFinite(run.concurrency) && run.concurrency > 0).toBe(true);
  expect(typeof run.speedup).toBe('number');
  expect(run.serialEstimateMs).toBeGreaterThan(0);
  expect(run.speedup).toBeCloseTo(run.serialEstimateMs! / run.wallMs, 10);
  expect(run.contentionMs).toBeGreaterThanOrEqual(0);
  expect(run.speedupMax).toBeNull();
  if (os.availableParallelism() >= 2) {
    // Its slowdown while agents ran: null only when none of its passes fell while agents ran.
    expect(run).toHaveProperty('memorySlowdown');
    if (run.memorySlowdown !== null) expect(run.memorySlowdown).toBeGreaterThan(0);
  }
  for (const t of result.tasks) expectMeasuredTask(t);
  // Each figure says which it is, in the CLI's text and in the summary.
  expect(stdout).toContain(`speedup ${run.speedup!.toFixed(2)}× (estimated vs one task at a time)`);
  expect(stdout).toContain(`mean concurrency ${run.concurrency.toFixed(2)} (agents running at once)`);
  expect(summary).toContain(`speedup **${run.speedup!.toFixed(2)}×** (estimated vs one task at a time)`);
  expect(summary).toContain(`| Mean concurrency (agents at once) | ${run.concurrency.toFixed(2)} |`);
  expect(summary).toMatch(/\| One task at a time \(estimated\) \| \d/);
}

describe('the speedup estimate of real runs', () => {
  it('subprocess mode: every task has its stall from its process tree, and the figures are labelled', () => {
    const run = runCli('subprocess');
    expect(run.result.run.mode).toBe('subprocess');
    expectLabelledEstimate(run);
    for (const t of run.result.tasks) expect(t.stall!.source).toBe('schedstat');
  });

  it('docker mode: every task has its stall from its container\'s cgroup, and the figures are labelled', () => {
    const run = runCli('docker');
    expect(run.result.run.mode).toBe('docker');
    if (hostCgroups) {
      expectLabelledEstimate(run);
    } else {
      // Inside a container without the host's cgroups the estimate is withheld, with its reason.
      expect(run.result.run.speedup).toBeNull();
      expect(run.result.run.speedupNote).toMatch(/^no stall data for 3 of 3 tasks/);
    }
  });

  it('without stall data the speedup is withheld: null, a bound and the reason, printed as such', async () => {
    const repo = repoWithPrompts({ a: scriptPrompt(BUSY), b: scriptPrompt(BUSY) });
    // An executor that reads no stall: what a host without access to /proc and the cgroups gives.
    const executor = DockerClient.connect().createExecutor({ stallIntervalMs: 0 });
    const result = await runPrompts(repo, testConfig(repo, { maxParallel: 2 }), { executor });
    expect(result.tasks.map((t) => t.status)).toEqual(['succeeded', 'succeeded']);
    for (const t of result.tasks) {
      expect(t.stall).toBeNull();
      expect(t.contentionMs).toBeNull();
      expect(t.soloMs).toBeNull();
    }
    const run = result.run;
    expect(run.speedup).toBeNull();
    expect(run.serialEstimateMs).toBeNull();
    expect(run.speedupMax).toBeGreaterThan(0);
    expect(run.speedupNote).toMatch(/^no stall data for 2 of 2 tasks \(100% of agent time\): contention not measured/);
    expect(renderSummaryText(result)).toContain(`speedup ≤ ${run.speedupMax!.toFixed(2)}× (not estimated)`);
    expect(renderSummaryText(result)).toContain('speedup: no stall data for 2 of 2 tasks');
    expect(renderSummaryMarkdown(result)).toContain('> Speedup: no stall data for 2 of 2 tasks');
  });
});
