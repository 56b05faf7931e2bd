/**
 * The real, pinned Claude Code CLI in the agent image, driven by `agent-fanout run`, against the
 * project's stub of the Messages API. The stub listens on a Unix socket; agents reach it over an
 * internal Docker network through a forwarder container (support/stub-network.ts): no host network,
 * no route off the machine. One run holds one task per scenario, so they also run side by side.
 */
import fs from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { AnthropicStub } from './support/anthropic-stub.js';
import { CLI_PATH, assertReadableBy, runnerUser } from './support/cli.js';
import { PINNED_CLAUDE_VERSION } from './support/claude-cli.js';
import {
  expectApiError,
  expectMaxTurns,
  expectStreamProgress,
  expectTimeout,
  expectWriteNotes,
  runScenarios,
  type ScenarioRun,
} from './support/claude-real.js';
import { scenarioScript, type ScenarioName } from './support/claude-scenarios.js';
import { containersOfRun, tempDir } from './support/fanout.js';
import { createStubNetwork, type StubNetwork } from './support/stub-network.js';

const user = runnerUser();
let stub: AnthropicStub;
let net: StubNetwork;

beforeAll(async () => {
  assertReadableBy(user, CLI_PATH, process.execPath);
  const socketDir = tempDir('fanout-stub-');
  fs.chmodSync(socketDir, 0o755);
  stub = await AnthropicStub.start({ script: scenarioScript(), socketPath: path.join(socketDir, 'stub.sock') });
  net = await createStubNetwork(stub.socketPath!);
});

afterAll(async () => {
  await net?.remove();
  await stub?.close();
  cleanupTempDirs();
});

function dockerRun(names: readonly ScenarioName[], output: 'json' | 'stream'): Promise<ScenarioRun> {
  stub.reset(scenarioScript());
  return runScenarios({ names, execution: 'docker', output, baseUrl: net.baseUrl, network: net.network, user });
}

describe('the real Claude Code CLI in the agent image', () => {
  it('is the pinned version, and the stub is reachable only over an internal network', async () => {
    const docker = new Docker();
    const image = await docker.getImage(DEFAULT_IMAGE).inspect();
    expect(image.Config.Labels['dev.agent-fanout.claude-code-version']).toBe(PINNED_CLAUDE_VERSION);
    const network = await docker.getNetwork(net.network).inspect();
    expect(network.Internal).toBe(true);
  });

  describe('with --claude-output json (the default flags)', () => {
    let run: ScenarioRun;
    beforeAll(async () => {
      run = await dockerRun(['write-notes', 'api-500', 'api-529', 'api-401', 'max-turns', 'slow-reply'], 'json');
    });

    it('runs as the runner user and exits 1 because some tasks failed', async () => {
      expect(run.cli.code, run.cli.stderr).toBe(1);
      expect(run.result.run.mode).toBe('docker');
      expect(await containersOfRun(run.result.run.id)).toEqual([]);
    });

    it('commits the file the model asked to write; figures, session and final text are the CLI\'s own', () => {
      expectWriteNotes(run, stub);
      // The run's cost is the sum of the CLI's figures (the tool loop also spent some).
      const costs = run.result.tasks.map((t) => t.agent?.costUsd ?? 0);
      expect(run.result.run.totalCostUsd).toBeCloseTo(costs.reduce((a, b) => a + b, 0), 10);
      expect(run.task('max-turns').agent?.costUsd).toBeGreaterThan(0);
    });

    it('ends 500, 529 and 401 with the status in the reason, after CLAUDE_CODE_MAX_RETRIES retries', () => {
      expectApiError(run, stub, 'api-500', 500);
      expectApiError(run, stub, 'api-529', 529);
      expectApiError(run, stub, 'api-401', 401);
    });

    it('stops an endless tool loop at max_turns and says how the CLI counts turns', () => {
      expectMaxTurns(run, stub);
    });

    it('kills a task waiting on a model that never answers at its timeout', () => {
      expectTimeout(run, stub);
    });
  });

  describe('with --claude-output stream', () => {
    let run: ScenarioRun;
    beforeAll(async () => {
      run = await dockerRun(['write-notes', 'api-529', 'max-turns'], 'stream');
    });

    it('reports the same figures as in json mode', () => {
      expect(run.stdout('write-notes').split('\n')[0]).toMatch(/^\{"type":"system","subtype":"init"/);
      expectWriteNotes(run, stub);
      expectApiError(run, stub, 'api-529', 529);
      expectMaxTurns(run, stub);
    });

    it('journals live progress read from the container\'s output as it comes', () => {
      expectStreamProgress(run);
    });
  });
});
