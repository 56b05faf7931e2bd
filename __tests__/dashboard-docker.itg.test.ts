/** The dashboard's container check against the real Docker daemon: a run is live while a container labelled with its id runs. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_BASE_IMAGE } from '../src/core/config.js';
import { dockerEndpoint, dockerRunLiveness } from '../src/dashboard/docker-live.js';
import { DashboardState } from '../src/dashboard/state.js';
import { containerLabels, orchestratorLabels } from '../src/exec/docker/labels.js';
import { silentLogger } from '../src/core/logger.js';
import { runInfo, startJournal } from './dashboard-fixtures.js';

const runId = `dash-live-${process.pid}`;
const containers: string[] = [];
const dirs: string[] = [];

afterAll(() => {
  if (containers.length) spawnSync('docker', ['rm', '-f', ...containers]);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

it('reads DOCKER_HOST', () => {
  expect(dockerEndpoint({})).toEqual({ socketPath: '/var/run/docker.sock' });
  expect(dockerEndpoint({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toEqual({ socketPath: '/run/user/1000/docker.sock' });
  expect(dockerEndpoint({ DOCKER_HOST: 'tcp://10.0.0.5:2375' })).toEqual({ host: '10.0.0.5', port: 2375 });
  expect(() => dockerEndpoint({ DOCKER_HOST: 'ssh://me@box' })).toThrow(/not supported/);
});

it('shows an unfinished run whose process died as running while its container runs, interrupted once it is gone', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-dash-docker-'));
  dirs.push(dir);
  // Labelled with this (live) test process as orchestrator, as the engine does, so a concurrent
  // `gc` test leaves it alone.
  const labels = Object.entries(containerLabels(runId, 'task-1', orchestratorLabels(process.pid, os.hostname()))).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  const id = execFileSync('docker', ['run', '-d', '--rm', ...labels, DEFAULT_BASE_IMAGE, 'sleep', '120'], { encoding: 'utf8' }).trim();
  containers.push(id);

  const isRunLive = dockerRunLiveness();
  expect(await isRunLive(runId)).toBe(true);
  expect(await isRunLive(`${runId}-other`)).toBe(false);

  const deadPid = spawnSync('true').pid!;
  startJournal(dir, runInfo(dir, runId, { pid: deadPid, host: os.hostname() }), ['task-1']).close();
  const state = new DashboardState({ stateDir: dir, logger: silentLogger, isRunLive, livenessMs: 100 });
  await state.start();
  try {
    expect(state.listRuns()[0].state).toBe('running');
    execFileSync('docker', ['rm', '-f', id]);
    // A ceiling for a busy machine: liveness is checked every 100 ms here.
    const end = Date.now() + 60_000;
    while (state.listRuns()[0].state !== 'interrupted' && Date.now() < end) await state.poll().then(() => new Promise((r) => setTimeout(r, 100)));
    expect(state.listRuns()[0].state).toBe('interrupted');
  } finally {
    await state.close();
  }
});

it('says why when the daemon cannot be reached', async () => {
  const isRunLive = dockerRunLiveness({ env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' } });
  await expect(isRunLive(runId)).rejects.toThrow(/docker container list: connect ENOENT/);
});
