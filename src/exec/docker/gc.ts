/**
 * Garbage collection of what runs leave behind. Containers: everything carrying the product label
 * (optionally of one run) — normally nothing, since the executor removes its containers, but a
 * killed runner process can leave some.
 */
import { silentLogger, type Logger } from '../../core/logger.js';
import type { DockerClient } from './client.js';
import { labelFilter, parseLabels } from './labels.js';
import { errorMessage } from '../../core/errors.js';

export interface SweepContainersOptions {
  /** Only this run's containers. Default: every run's. */
  runId?: string;
  /** List what would be removed without removing it. Default false. */
  dryRun?: boolean;
  /** Default: a logger that writes nothing. */
  logger?: Logger;
}

export interface SweptContainer {
  id: string;
  name: string;
  runId: string;
  taskId: string;
  /** State when found: `running`, `exited`, … */
  state: string;
}

export interface SweepContainersResult {
  /** Removed (or, in a dry run, would be removed). */
  removed: SweptContainer[];
  /** Containers that could not be removed, with the reason. */
  failed: { container: SweptContainer; error: string }[];
  dryRun: boolean;
}

/** Removes the product's containers (running ones too: they are killed). */
export async function sweepContainers(client: DockerClient, options: SweepContainersOptions = {}): Promise<SweepContainersResult> {
  const logger = options.logger ?? silentLogger;
  const dryRun = options.dryRun ?? false;
  const found = await client.listContainers(labelFilter({ runId: options.runId }));
  const result: SweepContainersResult = { removed: [], failed: [], dryRun };
  for (const summary of found) {
    const ids = parseLabels(summary.labels);
    // The label filter already selected ours; this guards against a daemon ignoring filters.
    if (!ids) continue;
    const container: SweptContainer = { id: summary.id, name: summary.name, runId: ids.runId, taskId: ids.taskId, state: summary.state };
    const what = `container ${summary.name} (run ${ids.runId}, task '${ids.taskId}', ${summary.state})`;
    if (dryRun) {
      logger.info(`would remove ${what}`);
      result.removed.push(container);
      continue;
    }
    try {
      await client.removeContainer(summary.id);
      logger.info(`removed ${what}`);
      result.removed.push(container);
    } catch (error) {
      const message = errorMessage(error);
      logger.warning(`could not remove ${what}: ${message}`);
      result.failed.push({ container, error: message });
    }
  }
  return result;
}
