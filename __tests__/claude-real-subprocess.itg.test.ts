/**
 * The real Claude Code CLI in subprocess mode: the version pinned in docker/Dockerfile, installed
 * from npm under `.tools/`, run by `agent-fanout run --execution subprocess` on this host against the
 * stub on 127.0.0.1. Same scenarios and checks as in Docker.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from './git-fixtures.js';
import { AnthropicStub } from './support/anthropic-stub.js';
import { CLI_PATH, assertReadableBy, runCli, runnerUser } from './support/cli.js';
import { PINNED_CLAUDE_VERSION, ensureClaudeCli } from './support/claude-cli.js';
import {
  expectApiError,
  expectMaxTurns,
  expectStreamProgress,
  expectTimeout,
  expectWriteNotes,
  runScenarios,
  saveStreamFixtures,
  type ScenarioRun,
} from './support/claude-real.js';
import { scenarioScript, type ScenarioName } from './support/claude-scenarios.js';

const user = runnerUser();
let stub: AnthropicStub;
let claudeBin: string;

beforeAll(async () => {
  claudeBin = ensureClaudeCli();
  assertReadableBy(user, CLI_PATH, process.execPath, path.join(claudeBin, 'claude'));
  stub = await AnthropicStub.start({ script: scenarioScript() });
});

afterAll(async () => {
  await stub?.close();
  cleanupTempDirs();
});

function subprocessRun(names: readonly ScenarioName[], output: 'json' | 'stream'): Promise<ScenarioRun> {
  stub.reset(scenarioScript());
  return runScenarios({ names, execution: 'subprocess', output, baseUrl: stub.url, pathPrefix: claudeBin, user });
}

describe('the real Claude Code CLI as a subprocess', () => {
  it('refuses an unknown --claude-output before anything starts', async () => {
    const r = await runCli(['run', '--claude-output', 'ndjson'], { env: process.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Invalid value 'ndjson' for option '--claude-output'. Expected one of json, stream.");
  });

  describe('with --claude-output json', () => {
    let run: ScenarioRun;
    beforeAll(async () => {
      run = await subprocessRun(['write-notes', 'api-500', 'api-529', 'api-401', 'max-turns', 'slow-reply'], 'json');
    });

    it('runs every scenario and exits 1 because some tasks failed', () => {
      expect(run.cli.code, run.cli.stderr).toBe(1);
      expect(run.result.run.mode).toBe('subprocess');
    });

    it('commits the file the model asked to write; figures, session and final text are the CLI\'s own', () => {
      expectWriteNotes(run, stub);
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
    const names = ['write-notes', 'api-529', 'max-turns'] as const;
    let run: ScenarioRun;
    beforeAll(async () => {
      run = await subprocessRun(names, 'stream');
      saveStreamFixtures(run, names, PINNED_CLAUDE_VERSION);
    });

    it('runs the CLI with stream-json and reports the same figures as in json mode', () => {
      expect(run.stdout('write-notes').split('\n')[0]).toMatch(/^\{"type":"system","subtype":"init"/);
      expectWriteNotes(run, stub);
      expectApiError(run, stub, 'api-529', 529);
      expectMaxTurns(run, stub);
    });

    it('journals live progress: turns, the running tool, retries, and the final figures', () => {
      expectStreamProgress(run);
    });
  });
});
