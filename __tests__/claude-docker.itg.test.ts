/**
 * The default agent end to end in Docker: the engine runs `claude -p …` in a container built from the
 * agent image with a fake `claude` (recorded outputs) first on PATH, so the command line, the
 * environment, the output parsing and the commit are all the real ones, without an API key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import { DockerClient } from '../src/exec/docker/client.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { fileAt, repoWithPrompts, runPrompts, tempDir, testConfig } from './support/fanout.js';

const IMAGE = 'agent-fanout/itg-fake-claude:latest';
const fixtures = path.resolve('__tests__/fixtures');
const saved: Record<string, string | undefined> = {};
const testEnv = {
  ANTHROPIC_API_KEY: 'sk-ant-test-not-a-real-key',
  GITHUB_TOKEN: 'ghs_must_never_reach_an_agent',
  FAKE_CLAUDE_FIXTURE: 'verbose-array.json',
  FAKE_CLAUDE_EDIT: 'NOTES.md',
  FAKE_CLAUDE_RECORD: 'fake-claude-call',
};

beforeAll(async () => {
  const context = tempDir('fanout-fake-claude-');
  fs.cpSync(path.join(fixtures, 'bin'), path.join(context, 'bin'), { recursive: true });
  fs.cpSync(path.join(fixtures, 'claude'), path.join(context, 'claude'), { recursive: true });
  fs.writeFileSync(
    path.join(context, 'Dockerfile'),
    `FROM ${DEFAULT_IMAGE}\nCOPY bin /opt/fake/bin\nCOPY claude /opt/fake/claude\nENV PATH=/opt/fake/bin:$PATH\n`,
  );
  await DockerClient.connect().buildImage({ contextDir: context, tag: IMAGE });
  for (const [k, v] of Object.entries(testEnv)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
}, 240_000);

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  cleanupTempDirs();
});

describe('the claude agent in Docker', () => {
  it('runs claude -p with the documented flags and only the configured environment, and parses its report', async () => {
    const prompt = '---\ntitle: Add usage notes\n---\nAdd a usage section to NOTES.md.\n';
    const repo = repoWithPrompts({ notes: prompt });
    const config = testConfig(repo, {
      agent: 'claude',
      image: IMAGE,
      maxTurns: 7,
      claudeArgs: ['--model', 'sonnet'],
      env: ['FAKE_CLAUDE_FIXTURE', 'FAKE_CLAUDE_EDIT', 'FAKE_CLAUDE_RECORD', 'GITHUB_TOKEN'],
    });
    const result = await runPrompts(repo, config, { executor: DockerClient.connect().createExecutor() });
    const t = result.tasks[0];
    expect(t.status, t.reason ?? undefined).toBe('succeeded');
    expect(t.agent).toMatchObject({ ok: true, turns: 3, costUsd: 0.0412, finalText: 'Done: the README now has a usage section.' });
    expect(result.run.totalCostUsd).toBeCloseTo(0.0412);
    expect(fileAt(repo, t.branch!, 'NOTES.md')).toBe('edited by fake claude\n');

    const args = fileAt(repo, t.branch!, 'fake-claude-call.args').split('\n').filter(Boolean);
    expect(args).toEqual([
      '-p',
      'Add a usage section to NOTES.md.\n',
      '--dangerously-skip-permissions',
      '--verbose',
      '--max-turns=7',
      '--output-format=json',
      '--model',
      'sonnet',
    ].flatMap((a) => a.split('\n').filter(Boolean)));

    const env = fileAt(repo, t.branch!, 'fake-claude-call.env');
    expect(env).toContain('ANTHROPIC_API_KEY=sk-ant-test-not-a-real-key');
    expect(env).not.toContain('GITHUB_TOKEN');
    expect(env).not.toContain('ghs_must_never_reach_an_agent');
    expect(env).toContain('HOME=/home/agent');
    // Agents never run as root by default, so Claude Code needs no IS_SANDBOX (given only to uid 0).
    expect(env).not.toContain('IS_SANDBOX');
  });

  it('fails the task, keeping the raw log, when the agent reports an error', async () => {
    const repo = repoWithPrompts({ limited: 'Do a lot.\n' });
    process.env.FAKE_CLAUDE_FIXTURE = 'error-max-turns.json';
    try {
      const config = testConfig(repo, { agent: 'claude', image: IMAGE, env: ['FAKE_CLAUDE_FIXTURE'] });
      const result = await runPrompts(repo, config, { executor: DockerClient.connect().createExecutor() });
      const t = result.tasks[0];
      expect(t.status).toBe('failed');
      expect(t.reason).toMatch(/error_max_turns/);
      expect(fs.readFileSync(t.logFile!, 'utf8')).toContain('fake claude: starting');
    } finally {
      process.env.FAKE_CLAUDE_FIXTURE = testEnv.FAKE_CLAUDE_FIXTURE;
    }
  });
});
