/**
 * Sweeping what runs leave behind: a run's containers (by label) and worktrees (from its run
 * directory). Used by `agent-fanout gc`, the action's post step and the engine's cancel path.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunDirMeta } from './engine.js';
import { DockerClient } from './exec/docker.js';
import { sweepContainers } from './exec/gc.js';
import { labelFilter, parseLabels } from './exec/labels.js';
import { removeTaskDir } from './git/task-repo.js';
import type { Logger } from './logger.js';

export interface SweepReport {
  containers: string[];
  worktrees: string[];
  /** Runs left alone because their process is still alive. */
  skippedLive: string[];
  errors: string[];
}

export async function readRunMeta(runDir: string): Promise<RunDirMeta | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(runDir, 'run.json'), 'utf8')) as RunDirMeta;
  } catch {
    return null;
  }
}

/** A run is live while its orchestrating process (on this host) is alive. */
export function isProcessAlive(meta: Pick<RunDirMeta, 'pid' | 'host'>): boolean {
  if (meta.host !== os.hostname()) return false;
  try {
    process.kill(meta.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

/** Removes one run's containers and worktrees (branches are kept). */
export async function sweepRun(stateDir: string, runId: string, options: { logger: Logger; dryRun?: boolean }): Promise<SweepReport> {
  const report: SweepReport = { containers: [], worktrees: [], skippedLive: [], errors: [] };
  const client = await connectDocker(options.logger);
  if (client) {
    const swept = await sweepContainers(client, { runId, dryRun: options.dryRun ?? false, logger: options.logger });
    report.containers.push(...swept.removed.map((c) => c.id));
    report.errors.push(...swept.failed.map((f) => `container ${f.container.name}: ${f.error}`));
  }
  await sweepWorktrees(path.join(stateDir, 'runs', runId), report, options);
  return report;
}

async function sweepWorktrees(runDir: string, report: SweepReport, options: { logger: Logger; dryRun?: boolean }) {
  const worktreesDir = path.join(runDir, 'worktrees');
  const entries = await fs.readdir(worktreesDir).catch(() => [] as string[]);
  // The collect steps' out dirs (bundles) of a run that was killed.
  if (!options.dryRun) await removeTaskDir(path.join(runDir, 'results')).catch(() => undefined);
  if (entries.length === 0) return;
  for (const entry of entries) {
    const worktree = path.join(worktreesDir, entry);
    report.worktrees.push(worktree);
    if (options.dryRun) continue;
    try {
      // A task directory is the agent's: deleted without following its symlinks, no git run in it.
      await removeTaskDir(worktree);
    } catch (error) {
      report.errors.push(`worktree ${worktree}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!options.dryRun) await fs.rm(worktreesDir, { recursive: true, force: true });
}

/**
 * Sweeps every run that is not live: containers carrying the product label and worktrees under
 * `<stateDir>/runs/*`. Runs whose process is alive are left alone.
 */
export async function collectGarbage(stateDir: string, options: { logger: Logger; dryRun?: boolean }): Promise<SweepReport> {
  const report: SweepReport = { containers: [], worktrees: [], skippedLive: [], errors: [] };
  const runsDir = path.join(stateDir, 'runs');
  const live = new Set<string>();
  for (const runId of (await fs.readdir(runsDir).catch(() => [] as string[])).sort()) {
    const runDir = path.join(runsDir, runId);
    const meta = await readRunMeta(runDir);
    if (meta && isProcessAlive(meta)) {
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
      if (ids.pid !== undefined && (ids.host !== os.hostname() || isProcessAlive({ pid: ids.pid, host: ids.host }))) {
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
  }
  return report;
}
