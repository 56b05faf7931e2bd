import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../src/core/config.js';
import { PullProgress, registryAuthFor, registryHost } from '../src/exec/pull.js';
import { arcKubernetesModeMessage } from '../src/exec/runner-environment.js';
import { selectExecutor } from '../src/exec/select.js';
import { silentLogger } from '../src/core/logger.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ARC kubernetes container mode', () => {
  it('is recognised by the container hooks and refused instead of falling back to subprocesses', async () => {
    expect(arcKubernetesModeMessage({})).toBeNull();
    const env = { ACTIONS_RUNNER_CONTAINER_HOOKS: '/home/runner/k8s/index.js' };
    expect(arcKubernetesModeMessage(env)).toMatch(/kubernetes container mode .*not support that mode.*containerMode type 'dind'/);

    vi.stubEnv('DOCKER_HOST', `unix://${path.join(os.tmpdir(), 'no-such-dir-af', 'docker.sock')}`);
    vi.stubEnv('ACTIONS_RUNNER_CONTAINER_HOOKS', '/home/runner/k8s/index.js');
    const config = { ...defaultConfig('/repo'), execution: 'auto' as const };
    await expect(selectExecutor(config, [], silentLogger)).rejects.toThrow(/actions-runner-controller's kubernetes container mode \(ACTIONS_RUNNER_CONTAINER_HOOKS=\/home\/runner\/k8s\/index\.js\)/);
    // Asked for explicitly, running without isolation stays the user's choice.
    expect((await selectExecutor({ ...config, execution: 'subprocess' }, [], silentLogger)).executor.mode).toBe('subprocess');
    vi.stubEnv('ACTIONS_RUNNER_CONTAINER_HOOKS', '');
    expect((await selectExecutor(config, [], silentLogger)).executor.mode).toBe('subprocess');
  });
});

describe('registry references', () => {
  it.each([
    ['ghcr.io/acme/agent-fanout-agent:1.2', 'ghcr.io'],
    ['localhost:5000/agent', 'localhost:5000'],
    ['127.0.0.1:5000/a/b@sha256:' + 'a'.repeat(64), '127.0.0.1:5000'],
    ['agent-fanout/agent:latest', 'docker.io'],
    ['node:24-bookworm-slim', 'docker.io'],
  ])('%s is pulled from %s', (ref, host) => {
    expect(registryHost(ref)).toBe(host);
  });

  it('takes the credentials docker login stored: auths, identity tokens, credential helpers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-docker-config-'));
    try {
      const env = { DOCKER_CONFIG: dir };
      expect(await registryAuthFor('ghcr.io/a/b:1', { env })).toBeUndefined();
      fs.writeFileSync(
        path.join(dir, 'config.json'),
        JSON.stringify({
          auths: {
            'ghcr.io': { auth: Buffer.from('octo:ghp_secret:with:colons').toString('base64') },
            'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') },
            'registry.example': { identitytoken: 'idtok' },
          },
          credHelpers: { 'xyz.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' },
        }),
      );
      expect(await registryAuthFor('ghcr.io/a/b:1', { env })).toEqual({ username: 'octo', password: 'ghp_secret:with:colons', serveraddress: 'ghcr.io' });
      expect(await registryAuthFor('agent-fanout/agent:1', { env })).toEqual({ username: 'hubuser', password: 'hubpass', serveraddress: 'https://index.docker.io/v1/' });
      expect(await registryAuthFor('registry.example/x', { env })).toEqual({ identitytoken: 'idtok', serveraddress: 'registry.example' });
      const calls: string[] = [];
      const runHelper = async (helper: string, host: string) => {
        calls.push(`${helper} ${host}`);
        return JSON.stringify({ Username: 'AWS', Secret: 'ecr-token' });
      };
      expect(await registryAuthFor('xyz.dkr.ecr.eu-west-1.amazonaws.com/agent:1', { env, runHelper })).toEqual({
        username: 'AWS',
        password: 'ecr-token',
        serveraddress: 'xyz.dkr.ecr.eu-west-1.amazonaws.com',
      });
      expect(calls).toEqual(['ecr-login xyz.dkr.ecr.eu-west-1.amazonaws.com']);
      const failing = async () => {
        throw new Error('helper missing');
      };
      expect(await registryAuthFor('xyz.dkr.ecr.eu-west-1.amazonaws.com/agent:1', { env, runHelper: failing })).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs pull progress at most every interval: layers done and bytes', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new PullProgress('ghcr.io/a/b:1', (l) => lines.push(l), { clock: () => now, intervalMs: 2000 });
    progress.handle({ status: 'Pulling from a/b', id: '1' });
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Pulling fs layer' });
    progress.handle({ id: 'bbbbbbbbbbbb', status: 'Already exists' });
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Downloading', progressDetail: { current: 1024 ** 2, total: 4 * 1024 ** 2 } });
    expect(lines).toEqual([]);
    now = 2500;
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Downloading', progressDetail: { current: 2 * 1024 ** 2, total: 4 * 1024 ** 2 } });
    expect(lines).toEqual(['ghcr.io/a/b:1: 1/2 layers done, 2.0 MiB of 4.0 MiB']);
    progress.handle({ id: 'aaaaaaaaaaaa', status: 'Pull complete' });
    progress.handle({ status: 'Digest: sha256:' + 'c'.repeat(64) });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('ghcr.io/a/b:1: Digest: sha256:' + 'c'.repeat(64));
    expect(progress.summary()).toBe('ghcr.io/a/b:1: 2/2 layers done, 4.0 MiB of 4.0 MiB');
  });
});
