/** DockerClient, image helpers and the container sweeper against the real daemon. */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_IMAGE, DEFAULT_IMAGE } from '../src/core/config.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { sweepContainers } from '../src/exec/docker/gc.js';
import { ensureImage, locateDockerfile, pinnedClaudeVersion } from '../src/exec/docker/image.js';
import { LABEL_PRODUCT, LABEL_RUN_ID, LABEL_TASK_ID, containerLabels, labelFilter, orchestratorLabels } from '../src/exec/docker/labels.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
let client: DockerClient;

beforeAll(async () => {
  client = DockerClient.connect();
  await client.ping();
});

afterAll(async () => {
  await Promise.all(dirs.map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

describe.concurrent('DockerClient', () => {
  it('reports version and cgroup info', async () => {
    const [version, info] = await Promise.all([client.version(), client.info()]);
    expect(version.apiVersion).toMatch(/^1\.\d+$/);
    expect(['1', '2']).toContain(info.cgroupVersion);
    expect(info.cgroupDriver).toMatch(/^(cgroupfs|systemd)$/);
    expect(info.cpus).toBeGreaterThan(0);
  });

  it('says why a daemon is unreachable', async () => {
    const nowhere = DockerClient.connect({ socketPath: path.join(os.tmpdir(), `no-docker-${randomBytes(4).toString('hex')}.sock`) });
    await expect(nowhere.ping()).rejects.toThrow(/docker daemon at .*no-docker-.*\.sock is not reachable: .*ENOENT/);
  });

  it('tells present from missing images', async () => {
    expect(await client.imageExists(DEFAULT_BASE_IMAGE)).toBe(true);
    expect(await client.imageExists('agent-fanout/missing:nope')).toBe(false);
    expect(await ensureImage(client, DEFAULT_BASE_IMAGE)).toBe('present');
    await expect(ensureImage(client, 'agent-fanout/missing:nope')).rejects.toThrow(
      /^Image 'agent-fanout\/missing:nope' is not present on the Docker host and pulling it failed: .*log in to docker\.io first/,
    );
  });

  it('rejects a failing build with the step and its error', async () => {
    const context = await fsp.mkdtemp(path.join(os.tmpdir(), 'af-build-'));
    dirs.push(context);
    await fsp.writeFile(path.join(context, 'Dockerfile'), `FROM ${DEFAULT_BASE_IMAGE}\nRUN echo about to fail && exit 3\n`);
    const lines: string[] = [];
    const build = client.buildImage({ contextDir: context, tag: `agent-fanout/itg-fail:${randomBytes(3).toString('hex')}`, onProgress: (l) => lines.push(l) });
    await expect(build).rejects.toThrow(/failed at Step 2\/2 : RUN echo about to fail && exit 3: .*returned a non-zero code: 3/);
    expect(lines).toContain('about to fail');
  });

  it('removes a container that is gone already without complaint', async () => {
    expect(await client.removeContainer('0123456789ab0123456789ab')).toBe(false);
  });
});

describe('agent image files', () => {
  it('finds docker/Dockerfile from the sources, the bundles and not from elsewhere', () => {
    const expected = path.join(root, 'docker', 'Dockerfile');
    expect(locateDockerfile()).toBe(expected);
    expect(locateDockerfile(path.join(root, 'dist', 'cli'))).toBe(expected);
    expect(locateDockerfile(path.join(root, 'dist'))).toBe(expected);
    expect(() => locateDockerfile(os.tmpdir())).toThrow(/docker\/Dockerfile not found above/);
  });

  it('pins the Claude Code version and keeps the CA folder', async () => {
    const text = await fsp.readFile(path.join(root, 'docker', 'Dockerfile'), 'utf8');
    expect(pinnedClaudeVersion(text)).toMatch(/^\d+\.\d+\.\d+$/);
    expect(text).toMatch(/^ARG BASE_IMAGE=node:24-bookworm-slim$/m);
    await expect(fsp.stat(path.join(root, 'docker', 'ca-certificates', '.keep'))).resolves.toBeTruthy();
  });

  it('labels: identifiers only, and extra labels cannot override them', () => {
    const labels = containerLabels('run-1', 'task-a', { [LABEL_RUN_ID]: 'spoofed', 'dev.agent-fanout.note': 'x' });
    expect(labels).toEqual({ [LABEL_PRODUCT]: 'agent-fanout', [LABEL_RUN_ID]: 'run-1', [LABEL_TASK_ID]: 'task-a', 'dev.agent-fanout.note': 'x' });
    expect(labelFilter({ runId: 'run-1' })).toEqual(['dev.agent-fanout.product=agent-fanout', 'dev.agent-fanout.run-id=run-1']);
    expect(DEFAULT_IMAGE).toBe('agent-fanout/agent:latest');
  });
});

describe('sweepContainers', () => {
  const runA = `gc-a-${randomBytes(3).toString('hex')}`;
  const runB = `gc-b-${randomBytes(3).toString('hex')}`;

  async function leftover(runId: string, taskId: string, start: boolean): Promise<string> {
    // This live test process as orchestrator: a concurrent `gc` test must leave these alone.
    const labels = Object.entries(containerLabels(runId, taskId, orchestratorLabels(process.pid, os.hostname()))).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
    const args = start ? ['run', '-d', ...labels, DEFAULT_BASE_IMAGE, 'sleep', '120'] : ['create', ...labels, DEFAULT_BASE_IMAGE, 'true'];
    return (await run('docker', args)).stdout.trim();
  }

  afterAll(async () => {
    await sweepContainers(client, { runId: runA });
    await sweepContainers(client, { runId: runB });
  });

  it('lists in a dry run, then removes one run’s containers (running ones too), leaving other runs', async () => {
    const [stopped, running, other] = await Promise.all([leftover(runA, 't1', false), leftover(runA, 't2', true), leftover(runB, 't1', false)]);
    const dry = await sweepContainers(client, { runId: runA, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.removed.map((c) => c.id).sort()).toEqual([stopped, running].sort());
    expect((await client.listContainers(labelFilter({ runId: runA }))).length).toBe(2);

    const swept = await sweepContainers(client, { runId: runA });
    expect(swept.failed).toEqual([]);
    expect(swept.removed.map((c) => `${c.runId}/${c.taskId}`).sort()).toEqual([`${runA}/t1`, `${runA}/t2`]);
    expect(await client.listContainers(labelFilter({ runId: runA }))).toEqual([]);
    expect((await client.listContainers(labelFilter({ runId: runB }))).map((c) => c.id)).toEqual([other]);
  });
});
