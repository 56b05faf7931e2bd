/**
 * Sweeping egress networks a run left behind (its process was killed before it removed them).
 * The proxy container carries the product labels like task containers and goes with them; a
 * network can only go once no container is attached, so networks are swept after containers.
 */
import { silentLogger, type Logger } from '../../core/logger.js';
import { LABEL_RUN_ID, parseLabels } from '../docker/labels.js';
import { EgressDockerApi, egressNetworkFilter } from './docker-api.js';

export interface SweepNetworksOptions {
  /** Only this run's networks. Default: every run's. */
  runId?: string;
  /** Networks of runs for which this says true are left alone (their orchestrator is alive). */
  isLive?: (labels: Record<string, string>) => boolean;
  dryRun?: boolean;
  logger?: Logger;
  api?: EgressDockerApi;
}

export interface SweepNetworksResult {
  /** Names removed (or, in a dry run, that would be). */
  removed: string[];
  /** Run ids left alone because they are live. */
  skippedLive: string[];
  failed: { network: string; error: string }[];
}

export async function sweepEgressNetworks(options: SweepNetworksOptions = {}): Promise<SweepNetworksResult> {
  const logger = options.logger ?? silentLogger;
  const api = options.api ?? new EgressDockerApi();
  const result: SweepNetworksResult = { removed: [], skippedLive: [], failed: [] };
  for (const network of await api.listNetworks(egressNetworkFilter(options.runId))) {
    // The filter selected ours; this guards against a daemon ignoring filters.
    if (!parseLabels(network.labels)) continue;
    const runId = network.labels[LABEL_RUN_ID] ?? '';
    if (options.isLive?.(network.labels)) {
      if (!result.skippedLive.includes(runId)) result.skippedLive.push(runId);
      continue;
    }
    const what = `network ${network.name} (run ${runId})`;
    if (options.dryRun) {
      logger.info(`would remove ${what}`);
      result.removed.push(network.name);
      continue;
    }
    try {
      if (await api.removeNetwork(network.id)) logger.info(`removed ${what}`);
      result.removed.push(network.name);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warning(`could not remove ${what}: ${message}`);
      result.failed.push({ network: network.name, error: message });
    }
  }
  return result;
}
