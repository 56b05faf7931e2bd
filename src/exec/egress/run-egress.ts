/**
 * `network: allowlist` for one run, as the engine sees it: which hosts each task may reach, the
 * gateway (network + proxy) started before the first task and stopped after the last, and every
 * refused connection put into its task's record and the journal as it happens.
 */
import path from 'node:path';
import type { RunConfig } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import { MAX_EGRESS_REFUSALS, type EgressRefusal, type RunEgressInfo, type RunEvent, type TaskRecord } from '../../core/model.js';
import type { TaskSpec } from '../../tasks/types.js';
import type { ExecutorMode } from '../types.js';
import { ALLOWLIST_NETWORK, modelApiAllowEntry } from './allowlist.js';
import { EgressGateway, type EgressGatewayOptions } from './gateway.js';
import type { ProxyEvent } from './proxy-program.js';

export interface RunEgress {
  /** The network task containers join. */
  readonly network: string;
  /** The proxy variables of one task. */
  envFor(taskId: string): Record<string, string>;
  readonly info: RunEgressInfo;
  /** Removes the proxy and the network; the last refusals are recorded before it returns. */
  stop(): Promise<void>;
}

export interface StartRunEgressOptions {
  config: RunConfig;
  tasks: readonly TaskSpec[];
  runId: string;
  runDir: string;
  /** The run's task records: refusals and counts are added to them. */
  records: Map<string, TaskRecord>;
  /** Emits a run event (journal, listeners). */
  emit: (event: RunEvent) => void;
  logger: Logger;
  /** Where `ANTHROPIC_BASE_URL` is read (the variables agents get). Default `process.env`. */
  hostEnv?: NodeJS.ProcessEnv;
  /** Overrides of the gateway (tests). */
  gateway?: Partial<Pick<EgressGatewayOptions, 'image' | 'upstreamNetwork' | 'api' | 'readyTimeoutMs'>>;
}

/** Throws when the run asks for `allowlist` but its tasks do not run in Docker: nothing would enforce it. */
export function assertEgressEnforceable(config: RunConfig, mode: ExecutorMode, modeReason: string | undefined): void {
  if (config.network !== ALLOWLIST_NETWORK || mode === 'docker') return;
  throw new Error(
    `network '${ALLOWLIST_NETWORK}' needs Docker (task containers behind the egress proxy), but tasks would run as subprocesses` +
      (modeReason ? ` (${modeReason})` : '') +
      `; use execution docker, or another network`,
  );
}

/**
 * The entries every task gets: the model API when any task runs the claude agent, and the
 * configured `allowHosts`.
 */
export function runAllowList(config: RunConfig, tasks: readonly TaskSpec[], hostEnv: NodeJS.ProcessEnv, logger: Logger): { base: string[]; model: string | undefined } {
  let model: string | undefined;
  if (tasks.some((t) => (t.agent ?? config.agent) === 'claude')) {
    model = modelApiAllowEntry(hostEnv);
    if (!model) logger.warning(`ANTHROPIC_BASE_URL '${hostEnv.ANTHROPIC_BASE_URL}' is not an http(s) URL: its host is not on the allow-list`);
  }
  return { base: [...new Set([...(model ? [model] : []), ...config.allowHosts])], model };
}

/** One task's allow-list: the model API when it runs claude, the run's entries, its own. */
export function taskAllowList(config: RunConfig, task: TaskSpec, model: string | undefined): string[] {
  const own = (task.agent ?? config.agent) === 'claude' && model ? [model] : [];
  return [...new Set([...own, ...config.allowHosts, ...(task.allowHosts ?? [])])];
}

/** Starts the gateway when the run asks for `allowlist`; null (with a warning for stray `allow_hosts`) otherwise. */
export async function startRunEgress(options: StartRunEgressOptions): Promise<RunEgress | null> {
  const { config, tasks, logger, records } = options;
  if (config.network !== ALLOWLIST_NETWORK) {
    const stray = tasks.filter((t) => t.allowHosts?.length);
    if (stray.length) {
      logger.warning(`allow_hosts of ${stray.map((t) => `'${t.id}'`).join(', ')} ignored: network is '${config.network}', not '${ALLOWLIST_NETWORK}'`);
    }
    return null;
  }
  const hostEnv = options.hostEnv ?? process.env;
  const { base, model } = runAllowList(config, tasks, hostEnv, logger);
  const lists = new Map(tasks.map((t) => [t.id, taskAllowList(config, t, model)]));
  for (const [id, allowHosts] of lists) {
    const record = records.get(id);
    if (record) record.egress = { allowHosts, allowed: 0, refused: 0, refusals: [] };
  }
  const info: RunEgressInfo = { policy: 'allowlist', allowHosts: base, startMs: 0, unattributed: [] };

  const onEvent = (event: ProxyEvent) => {
    if (event.type === 'allowed') {
      const egress = records.get(event.task)?.egress;
      if (egress) egress.allowed++;
      return;
    }
    if (event.type === 'failed') {
      logger.info(`task '${event.task}': egress: ${event.detail}`);
      return;
    }
    if (event.type !== 'refused') return;
    const refusal: EgressRefusal = { at: event.at, host: event.host, port: event.port, reason: event.reason, detail: event.detail };
    const egress = event.task === null ? undefined : records.get(event.task)?.egress;
    let kept: boolean;
    if (egress) {
      egress.refused++;
      kept = egress.refusals.length < MAX_EGRESS_REFUSALS;
      if (kept) egress.refusals.push(refusal);
    } else {
      kept = info.unattributed.length < MAX_EGRESS_REFUSALS;
      if (kept) info.unattributed.push(refusal);
    }
    if (!kept) return;
    const who = egress ? `task '${event.task}'` : `an unidentified task (from ${event.source})`;
    logger.info(`${who}: egress refused ${event.host}:${event.port}: ${event.detail}`);
    options.emit({ type: 'egress-refused', at: event.at, runId: options.runId, taskId: egress ? event.task : null, refusal });
  };

  const started = Date.now();
  const gateway = await EgressGateway.start({
    runId: options.runId,
    tasks: tasks.map((t) => ({ id: t.id, allow: lists.get(t.id)! })),
    image: config.image,
    upstreamNetwork: config.egressNetwork,
    logger,
    onEvent,
    logFile: path.join(options.runDir, 'egress', 'proxy.log'),
    ...options.gateway,
  });
  info.startMs = Date.now() - started;
  logger.info(
    `egress: network allowlist, proxy up in ${info.startMs} ms; every task may reach ${base.length ? base.join(', ') : 'nothing'}` +
      (tasks.some((t) => t.allowHosts?.length) ? ' (some tasks more: allow_hosts)' : ''),
  );
  return {
    network: gateway.network,
    envFor: (taskId) => gateway.envFor(taskId),
    info,
    stop: () => gateway.stop(),
  };
}
