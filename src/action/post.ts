/**
 * The action's post step: removes what the run left behind — its containers (by label) and its
 * worktrees — also after a cancelled or killed main step. Each cleanup is a log group of its own;
 * a failing cleanup is a warning, never a failed job.
 */
import * as core from '@actions/core';
import { DockerClient } from '../exec/docker/client.js';
import { sweepContainers } from '../exec/docker/gc.js';
import { sweepEgressNetworks } from '../exec/egress/gc.js';
import type { Logger } from '../core/logger.js';
import { sweepAgentProcesses, sweepWorktrees, type SweepReport } from '../run/cleanup.js';
import { RunDir } from '../run/rundir.js';
import { loadRunState } from './state.js';
import { errorMessage } from '../core/errors.js';

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
    core.warning(`${title} failed: ${errorMessage(error)}`);
  } finally {
    core.endGroup();
  }
}

export async function run(): Promise<void> {
  try {
    const saved = loadRunState();
    if (!saved) {
      core.info('agent-fanout: no run was started; nothing to clean up');
      return;
    }
    const { runId, stateDir } = saved;
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
    if (saved.keepWorktrees) {
      core.info('agent-fanout: keep-worktrees is set: worktrees are kept');
    } else {
      await cleanup(`Remove worktrees of run ${runId}`, async () => {
        const report: SweepReport = { containers: [], networks: [], worktrees: [], skippedLive: [], errors: [] };
        await sweepAgentProcesses(RunDir.of(stateDir, runId), report, { logger: postLogger });
        await sweepWorktrees(RunDir.of(stateDir, runId), report, { logger: postLogger });
        if (report.errors.length > 0) throw new Error(report.errors.join('; '));
        core.info(report.worktrees.length ? `removed ${report.worktrees.length} worktree(s)` : 'no worktrees left');
      });
    }
  } catch (error) {
    core.warning(`agent-fanout cleanup failed: ${errorMessage(error)}`);
  }
}
