/** Helpers for engine/CLI integration tests: repos with script prompts, runs, and leftovers checks. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultConfig, type RunConfig } from '../../src/core/config.js';
import { runFanout, type RunFanoutOptions } from '../../src/run/engine.js';
import { DockerClient } from '../../src/exec/docker/client.js';
import { labelFilter } from '../../src/exec/docker/labels.js';
import { silentLogger } from '../../src/core/logger.js';
import type { RunResult } from '../../src/core/model.js';
import { fsPromptSource } from '../../src/tasks/source.js';
import { loadTasks } from '../../src/tasks/load.js';
import { makeRepo, sh, tempDir, write } from '../git-fixtures.js';

export { makeRepo, sh, tempDir, write };

/** A script prompt: front matter from `meta`, body running `script`. */
export function scriptPrompt(script: string, meta: Record<string, string | string[]> = {}): string {
  const fm = Object.entries({ agent: 'script', ...meta })
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)
    .join('\n');
  return `---\n${fm}\n---\n# Task\n\n\`\`\`sh\n${script}\n\`\`\`\n`;
}

/** A repo whose `prompts/<id>.md` files hold the given prompts, committed. */
export function repoWithPrompts(prompts: Record<string, string>, files: Record<string, string> = { 'README.md': 'hello\n' }): string {
  const repo = makeRepo(files);
  for (const [id, text] of Object.entries(prompts)) write(repo, `prompts/${id}.md`, text);
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'prompts');
  return repo;
}

export function testConfig(repo: string, overrides: Partial<RunConfig> = {}): RunConfig {
  return {
    ...defaultConfig(repo),
    agent: 'script',
    stateDir: tempDir('fanout-state-'),
    memoryBytes: 256 * 1024 ** 2,
    network: 'none',
    timeoutMs: 120_000,
    ...overrides,
  };
}

export async function runPrompts(
  repo: string,
  config: RunConfig,
  extra: Partial<RunFanoutOptions> = {},
): Promise<RunResult> {
  const source = fsPromptSource(repo);
  const files = fs.readdirSync(path.join(repo, 'prompts')).sort().map((f) => `prompts/${f}`);
  const tasks = await loadTasks(repo, files, source, silentLogger);
  return runFanout({ config, tasks, logger: silentLogger, ...extra });
}

/** Containers (running or not) carrying the product label and, when given, the run id. */
export async function containersOfRun(runId?: string): Promise<string[]> {
  const client = DockerClient.connect();
  const list = await client.listContainers(labelFilter({ runId }));
  return list.map((c) => c.id);
}

/** Task directories left in the run directories under `stateDir` (the engine deletes each when its task ends). */
export function taskDirs(stateDir: string): string[] {
  const runs = path.join(stateDir, 'runs');
  if (!fs.existsSync(runs)) return [];
  return fs.readdirSync(runs).flatMap((run) => {
    const dir = path.join(runs, run, 'worktrees');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((t) => path.join(dir, t)) : [];
  });
}

/**
 * Worktrees git knows of besides the main one. Tasks have private repositories, so a run never adds
 * one: anything here is a leftover of the old model or a bug.
 */
export function extraWorktrees(repo: string): string[] {
  return sh(repo, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice('worktree '.length))
    .filter((p) => fs.realpathSync(p) !== fs.realpathSync(repo));
}

export function fileAt(repo: string, ref: string, file: string): string {
  return execFileSync('git', ['show', `${ref}:${file}`], { cwd: repo, encoding: 'utf8' });
}

export async function dockerAvailable(): Promise<boolean> {
  try {
    await DockerClient.connect().ping();
    return true;
  } catch {
    return false;
  }
}
