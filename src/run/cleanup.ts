/**
 * Sweeping what runs leave behind: a run's containers (by label), worktrees (from its run
 * directory) and, in subprocess mode, agent processes that outlived a killed orchestrator. Used by `agent-fanout gc`, the action's post step and the engine's cancel path.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DockerClient } from '../exec/docker/client.js';
import { sweepContainers } from '../exec/docker/gc.js';
import { readProcStat } from '../exec/proctree.js';
import type { AgentGroupRecord } from '../exec/subprocess.js';
import { labelFilter, parseLabels } from '../exec/docker/labels.js';
import { removeTaskDir } from '../git/task-repo.js';
import { findMountTool, mountsUnder, removeLayers, unmountAllUnder } from '../git/overlay.js';
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
  /** Mounts (overlay task checkouts, the shared base) a run left, unmounted before anything is deleted. */
  mounts?: string[];
  /** Host processes of agents (subprocess mode) that outlived their orchestrator, as `pid (task)`. */
  processes?: string[];
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

/**
 * Removes the worktrees left in one run directory (the branches keep the results): first its mounts
 * (overlay task directories, the shared base's read-only bind), so that nothing is deleted through
 * one; a run whose mounts cannot all go is left as it is, with an error.
 */
export async function sweepWorktrees(runDir: RunDir, report: SweepReport, options: { logger: Logger; dryRun?: boolean }): Promise<void> {
  const mounts = await mountsUnder(runDir.path);
  // Layers left by a run that mounted through `sudo -n` hold directories only the mount tool can delete.
  const layers = (await fs.readdir(runDir.layersDir).catch(() => [])).length > 0;
  const found = !options.dryRun && (mounts.length > 0 || layers) ? await findMountTool() : null;
  const tool = found && !('unavailable' in found) ? found : null;
  if (mounts.length > 0) {
    report.mounts ??= [];
    report.mounts.push(...mounts);
    if (!options.dryRun) {
      try {
        if (!tool) throw new Error(found && 'unavailable' in found ? found.unavailable : 'no mount tool');
        await unmountAllUnder(tool, runDir.path);
      } catch (error) {
        report.errors.push(`mounts under ${runDir.path} (${mounts.join(', ')}) could not be unmounted, nothing of the run was deleted: ${errorMessage(error)}`);
        return;
      }
    }
  }
  if (!options.dryRun) {
    // The collect steps' out dirs (bundles), the shared base and the task layers of a run that was killed.
    for (const dir of [runDir.resultsDir, runDir.baseDir]) await removeTaskDir(dir).catch(() => undefined);
    await removeLayers(tool, runDir.layersDir).catch((error: unknown) => {
      report.errors.push(`overlay layers ${runDir.layersDir}: ${errorMessage(error)}`);
    });
  }
  const worktreesDir = runDir.worktreesDir;
  const entries = await fs.readdir(worktreesDir).catch(() => [] as string[]);
  if (entries.length === 0) return;
  for (const entry of entries) {
    const worktree = path.join(worktreesDir, entry);
    report.worktrees.push(worktree);
    if (options.dryRun) continue;
    try {
      // A task directory is the agent's: deleted without following its symlinks, no git run in it.
      await removeTaskDir(worktree);
    } catch (error) {
      report.errors.push(`worktree ${worktree}: ${errorMessage(error)}`);
    }
  }
  if (!options.dryRun) await fs.rm(worktreesDir, { recursive: true, force: true });
}

/**
 * Kills the host processes agents of a dead run left (subprocess mode, orchestrator SIGKILLed): each
 * task's `agent.pid` names its session; every process still in that session that started no earlier
 * than its leader is killed. A recycled pid is never hit: it would have to lead a session of its own
 * under the same number.
 */
export async function sweepAgentProcesses(runDir: RunDir, report: SweepReport, options: { logger: Logger; dryRun?: boolean }): Promise<void> {
  const tasksDir = path.join(runDir.path, 'tasks');
  for (const taskId of await fs.readdir(tasksDir).catch(() => [] as string[])) {
    const file = path.join(tasksDir, taskId, 'agent.pid');
    let record: AgentGroupRecord;
    try {
      record = JSON.parse(await fs.readFile(file, 'utf8')) as AgentGroupRecord;
    } catch {
      continue;
    }
    if (record.host !== os.hostname() || !Number.isInteger(record.pgid) || record.pgid <= 1) continue;
    const members: number[] = [];
    for (const name of await fs.readdir('/proc').catch(() => [] as string[])) {
      if (!/^\d+$/.test(name)) continue;
      const stat = await readProcStat(Number(name));
      if (stat && stat.session === record.pgid && stat.startTime >= record.startTime) members.push(stat.pid);
    }
    report.processes ??= [];
    report.processes.push(...members.map((pid) => `${pid} (task '${taskId}')`));
    if (options.dryRun) continue;
    for (const pid of members) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone in between.
      }
    }
    await fs.rm(file, { force: true });
    if (members.length) options.logger.debug(`killed ${members.length} process(es) left by task '${taskId}' of ${runDir.path}`);
  }
}

/**
 * Sweeps every run that is not live (or only run `runId`): containers carrying the product label and
 * worktrees under `<stateDir>/runs/*`. Runs whose process is alive are left alone.
 */
export async function collectGarbage(stateDir: string, options: { logger: Logger; dryRun?: boolean; runId?: string }): Promise<SweepReport> {
  const report: SweepReport = { containers: [], networks: [], worktrees: [], skippedLive: [], errors: [] };
  const live = new Set<string>();
  const only = (runId: string) => options.runId === undefined || runId === options.runId;
  for (const runId of (await fs.readdir(runsDir(stateDir)).catch(() => [] as string[])).filter(only).sort()) {
    const runDir = RunDir.of(stateDir, runId);
    const meta = await runDir.readMeta();
    if (meta && processState(meta.pid, meta.host, meta.startedAt) === 'alive') {
      live.add(runId);
      report.skippedLive.push(runId);
      continue;
    }
    await sweepAgentProcesses(runDir, report, options);
    await sweepWorktrees(runDir, report, options);
  }
  const client = await connectDocker(options.logger);
  if (client) {
    const runIds = new Set<string>();
    for (const summary of await client.listContainers(labelFilter({}))) {
      const ids = parseLabels(summary.labels);
      if (!ids || live.has(ids.runId) || !only(ids.runId)) continue;
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
