/**
 * The action's post step: removes what the run left behind — its containers (by label) and its
 * worktrees — also after a cancelled or killed main step. Each cleanup is a log group of its own;
 * a failing cleanup is a warning, never a failed job.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { DockerClient } from './exec/docker.js';
import { sweepEgressNetworks } from './exec/egress/gc.js';
import { sweepContainers } from './exec/gc.js';
import { Git, listWorktrees, removeWorktree } from './git/index.js';
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

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Removes the worktrees git lists under `<stateDir>/runs/<runId>/`, then prunes stale entries. */
export async function removeRunWorktrees(repo: string, runDir: string, logger: Logger): Promise<string[]> {
  const git = await Git.create(repo);
  const removed: string[] = [];
  for (const worktree of await listWorktrees(git)) {
    if (!isInside(path.resolve(worktree.path), path.resolve(runDir))) continue;
    await removeWorktree(git, worktree.path);
    removed.push(worktree.path);
    logger.info(`removed worktree ${worktree.path}`);
  }
  await git.exec(['worktree', 'prune']);
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
      // After the containers: a network goes only once nothing is attached to it.
      const networks = await sweepEgressNetworks({ runId, logger: postLogger });
      if (networks.failed.length > 0) throw new Error(`${networks.failed.length} network(s) could not be removed`);
      if (networks.removed.length) core.info(`removed ${networks.removed.length} egress network(s)`);
    });
    if (core.getState('keepWorktrees') === 'true') {
      core.info('agent-fanout: keep-worktrees is set: worktrees are kept');
    } else if (repo) {
      await cleanup(`Remove worktrees of run ${runId}`, async () => {
        const removed = await removeRunWorktrees(repo, path.join(stateDir, 'runs', runId), postLogger);
        core.info(removed.length ? `removed ${removed.length} worktree(s)` : 'no worktrees left');
      });
    }
  } catch (error) {
    core.warning(`agent-fanout cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
