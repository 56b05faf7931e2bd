/**
 * The action's post step: removes what the run left behind — its containers (by label) and its
 * worktrees — also after a cancelled or killed main step. Each cleanup is a log group of its own;
 * a failing cleanup is a warning, never a failed job.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { DockerClient } from './exec/docker.js';
import { sweepContainers } from './exec/gc.js';
import fs from 'node:fs/promises';
import { removeTaskDir } from './git/task-repo.js';
import type { Logger } from './logger.js';

const postLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.warning(m),
};

async function cleanup(title: string, fn: () => Promise<void>): Promise<void> {
  core.startGroup(title);
  try {
    await fn();
  } catch (error) {
    core.warning(`${title} failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    core.endGroup();
  }
}

/**
 * Removes the task directories under `<runDir>/worktrees/`: deleted with fs.rm (an agent's symlinks
 * are not followed), no git run in them; the main repository has no record of them to prune.
 */
export async function removeRunWorktrees(runDir: string, logger: Logger): Promise<string[]> {
  const dir = path.join(runDir, 'worktrees');
  const removed: string[] = [];
  for (const entry of await fs.readdir(dir).catch(() => [] as string[])) {
    const worktree = path.join(dir, entry);
    await removeTaskDir(worktree);
    removed.push(worktree);
    logger.info(`removed worktree ${worktree}`);
  }
  await fs.rm(dir, { recursive: true, force: true });
  return removed;
}

export async function run(): Promise<void> {
  try {
    const runId = core.getState('runId');
    const stateDir = core.getState('stateDir');
    const repo = core.getState('repo');
    if (!runId || !stateDir) {
      core.info('agent-fanout: no run was started; nothing to clean up');
      return;
    }
    await cleanup(`Remove containers of run ${runId}`, async () => {
      const client = DockerClient.connect();
      const swept = await sweepContainers(client, { runId, dryRun: false, logger: postLogger });
      if (swept.failed.length > 0) throw new Error(`${swept.failed.length} container(s) could not be removed`);
      core.info(swept.removed.length ? `removed ${swept.removed.length} container(s)` : 'no containers left');
    });
    if (core.getState('keepWorktrees') === 'true') {
      core.info('agent-fanout: keep-worktrees is set: worktrees are kept');
    } else if (repo) {
      await cleanup(`Remove worktrees of run ${runId}`, async () => {
        const removed = await removeRunWorktrees(path.join(stateDir, 'runs', runId), postLogger);
        core.info(removed.length ? `removed ${removed.length} worktree(s)` : 'no worktrees left');
      });
    }
  } catch (error) {
    core.warning(`agent-fanout cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
