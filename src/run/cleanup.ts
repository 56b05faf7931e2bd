/**
 * Sweeping what runs leave behind: a run's containers (by label) and worktrees (from its run
 * directory). Used by `agent-fanout gc`, the action's post step and the engine's cancel path.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DockerClient } from '../exec/docker/client.js';
import { sweepContainers } from '../exec/docker/gc.js';
import { labelFilter, parseLabels } from '../exec/docker/labels.js';
import { Git } from '../git/git.js';
import { removeWorktree } from '../git/worktrees.js';
import type { Logger } from '../core/logger.js';
import { processState } from './liveness.js';
import { RunDir, runsDir } from './rundir.js';
import { errorMessage } from '../core/errors.js';
import { sweepEgressNetworks } from '../exec/egress/gc.js';

export interface SweepReport {
  containers: string[];
  /** Egress networks (`network: allowlist`). */
  networks: string[];
  worktrees: string[];
  /** Runs left alone because their process is still alive. */
  skippedLive: string[];
  errors: string[];
}

async function connectDocker(logger: Logger): Promise<DockerClient | null> {
  try {
    const client = DockerClient.connect();
    await client.ping();
    return client;
  } catch {
    logger.debug('Docker does not answer: no containers to sweep');
    return null;
  }
}

/** Removes the worktrees left in one run directory (the branches keep the results). */
export async function sweepWorktrees(runDir: RunDir, report: SweepReport, options: { logger: Logger; dryRun?: boolean }): Promise<void> {
  const worktreesDir = runDir.worktreesDir;
  const entries = await fs.readdir(worktreesDir).catch(() => [] as string[]);
  if (entries.length === 0) return;
  const meta = await runDir.readMeta();
  const git = meta ? await Git.create(meta.repo).catch(() => null) : null;
  for (const entry of entries) {
    const worktree = path.join(worktreesDir, entry);
    report.worktrees.push(worktree);
    if (options.dryRun) continue;
    try {
      if (git) await removeWorktree(git, worktree);
      await fs.rm(worktree, { recursive: true, force: true });
    } catch (error) {
      report.errors.push(`worktree ${worktree}: ${errorMessage(error)}`);
    }
  }
  if (!options.dryRun) await fs.rm(worktreesDir, { recursive: true, force: true });
}

/**
 * Sweeps every run that is not live: containers carrying the product label and worktrees under
 * `<stateDir>/runs/*`. Runs whose process is alive are left alone.
 */
export async function collectGarbage(stateDir: string, options: { logger: Logger; dryRun?: boolean }): Promise<SweepReport> {
  const report: SweepReport = { containers: [], networks: [], worktrees: [], skippedLive: [], errors: [] };
  const live = new Set<string>();
  for (const runId of (await fs.readdir(runsDir(stateDir)).catch(() => [] as string[])).sort()) {
    const runDir = RunDir.of(stateDir, runId);
    const meta = await runDir.readMeta();
    if (meta && processState(meta.pid, meta.host, meta.startedAt) === 'alive') {
      live.add(runId);
      report.skippedLive.push(runId);
      continue;
    }
    await sweepWorktrees(runDir, report, options);
  }
  const client = await connectDocker(options.logger);
  if (client) {
    const runIds = new Set<string>();
    for (const summary of await client.listContainers(labelFilter({}))) {
      const ids = parseLabels(summary.labels);
      if (!ids || live.has(ids.runId)) continue;
      // A container names its orchestrator: alive, or on another host we cannot check → leave it.
      if (ids.pid !== undefined && processState(ids.pid, ids.host, summary.createdAt) !== 'dead') {
        if (!report.skippedLive.includes(ids.runId)) report.skippedLive.push(ids.runId);
        continue;
      }
      runIds.add(ids.runId);
    }
    for (const runId of runIds) {
      const swept = await sweepContainers(client, { runId, dryRun: options.dryRun ?? false, logger: options.logger });
      report.containers.push(...swept.removed.map((c) => c.id));
      report.errors.push(...swept.failed.map((f) => `container ${f.container.name}: ${f.error}`));
    }
    // After the containers: a network goes only once nothing is attached to it.
    const networks = await sweepEgressNetworks({
      dryRun: options.dryRun ?? false,
      logger: options.logger,
      isLive: (labels) => {
        const ids = parseLabels(labels);
        if (!ids || live.has(ids.runId)) return true;
        // Networks carry no creation time here: no pid-reuse check, only whether the pid lives.
        return ids.pid !== undefined && processState(ids.pid, ids.host, Number.POSITIVE_INFINITY) !== 'dead';
      },
    });
    report.networks.push(...networks.removed);
    for (const runId of networks.skippedLive) if (!report.skippedLive.includes(runId)) report.skippedLive.push(runId);
    report.errors.push(...networks.failed.map((f) => `network ${f.network}: ${f.error}`));
  }
  return report;
}
