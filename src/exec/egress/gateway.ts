/**
 * The egress gateway of one run: an internal Docker network that task containers join (no route
 * out, no address of the host on it), and the proxy container that sits on it and on a network
 * with a route out, forwarding only what each task's allow-list names. Created at the start of a
 * run, removed at its end (also when it is cancelled); labelled so `gc` finds what a killed run
 * left.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import type Docker from 'dockerode';
import { silentLogger, type Logger } from '../../core/logger.js';
import { LABEL_PRODUCT, LABEL_RUN_ID, PRODUCT_NAME, orchestratorLabels } from '../docker/labels.js';
import { parseAllowEntry, type AllowEntry } from './allowlist.js';
import { EgressDockerApi, LABEL_ROLE, ROLE_EGRESS_NETWORK, ROLE_EGRESS_PROXY } from './docker-api.js';
import { LineSplitter, parseProxyEvent } from './proxy-events.js';
import { proxyProgramSource, type ProxyConfig, type ProxyEvent } from './proxy-program.js';

/** The port the proxy listens on, inside the internal network. */
export const PROXY_PORT = 3128;

/** The proxy log stops growing here: an agent retrying a refused host in a loop must not fill the disk. */
export const MAX_PROXY_LOG_BYTES = 32 * 1024 ** 2;

/** Room for the proxy's configuration in its environment (Linux allows 128 KiB per variable). */
const MAX_CONFIG_BYTES = 120 * 1024;

/** Where agents' local connections go without the proxy. */
export const NO_PROXY = 'localhost,127.0.0.1,::1';

export interface EgressGatewayOptions {
  runId: string;
  /** Each task and its allow-list (entries as `parseAllowEntry` reads them). */
  tasks: { id: string; allow: readonly string[] }[];
  /** Image the proxy runs in: it needs `node` (the agent image has it). */
  image: string;
  /** The network with a route out that the proxy joins. Default `bridge`. */
  upstreamNetwork?: string;
  /** Default: a logger that writes nothing. */
  logger?: Logger;
  /** Called with each event the proxy reports (refusals, allowed connections, failures). */
  onEvent?: (event: ProxyEvent) => void;
  /** The proxy's output is appended here (JSON lines, and anything it writes to stderr). */
  logFile?: string;
  /** How long the proxy may take to listen. Default 60 000 ms. */
  readyTimeoutMs?: number;
  /** Default: `DOCKER_HOST`, else the default socket. */
  api?: EgressDockerApi;
}

/** `agent-fanout-<run>-<random>`: readable in `docker network ls`, unique even when a run id repeats. */
function resourceBase(runId: string): string {
  const clean = runId.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[-_.]+/, '').slice(0, 40);
  return `agent-fanout-${clean}-${randomBytes(3).toString('hex')}`;
}

export class EgressGateway {
  /** The internal network task containers join. */
  readonly network: string;
  /** Where tasks reach the proxy: its address on the internal network. */
  readonly proxyAddress: string;
  readonly #tokens: Map<string, string>;
  readonly #api: EgressDockerApi;
  readonly #container: Docker.Container;
  readonly #networkId: string;
  readonly #outputEnded: Promise<void>;
  readonly #logger: Logger;
  readonly #log: fs.WriteStream | undefined;
  #stopping = false;
  #stopped: Promise<void> | undefined;

  private constructor(fields: {
    network: string;
    networkId: string;
    proxyAddress: string;
    tokens: Map<string, string>;
    api: EgressDockerApi;
    container: Docker.Container;
    outputEnded: Promise<void>;
    logger: Logger;
    log: fs.WriteStream | undefined;
  }) {
    this.network = fields.network;
    this.#networkId = fields.networkId;
    this.proxyAddress = fields.proxyAddress;
    this.#tokens = fields.tokens;
    this.#api = fields.api;
    this.#container = fields.container;
    this.#outputEnded = fields.outputEnded;
    this.#logger = fields.logger;
    this.#log = fields.log;
  }

  /** Creates the network and the proxy and waits until the proxy listens. Leaves nothing behind when it fails. */
  static async start(options: EgressGatewayOptions): Promise<EgressGateway> {
    const logger = options.logger ?? silentLogger;
    const api = options.api ?? new EgressDockerApi();
    const upstream = options.upstreamNetwork ?? 'bridge';
    const base = resourceBase(options.runId);
    const labels = {
      [LABEL_PRODUCT]: PRODUCT_NAME,
      [LABEL_RUN_ID]: options.runId,
      ...orchestratorLabels(process.pid, os.hostname()),
    };
    const tokens = new Map(options.tasks.map((t) => [t.id, randomBytes(18).toString('hex')]));
    const parse = (taskId: string, text: string): AllowEntry => {
      const entry = parseAllowEntry(text);
      if (!entry) throw new TypeError(`task '${taskId}': invalid allow-list entry '${text}'`);
      return entry;
    };
    // Entries every task has go once: the configuration travels in one environment variable,
    // which Linux caps at 128 KiB.
    const shared = options.tasks.length ? options.tasks[0].allow.filter((e) => options.tasks.every((t) => t.allow.includes(e))) : [];
    const tasks: ProxyConfig['tasks'] = {};
    for (const task of options.tasks) {
      tasks[task.id] = { token: tokens.get(task.id)!, allow: task.allow.filter((e) => !shared.includes(e)).map((e) => parse(task.id, e)) };
    }
    const config: ProxyConfig = { port: PROXY_PORT, tasks, shared: shared.map((e) => parse('*', e)) };
    const configText = JSON.stringify(config);
    if (configText.length > MAX_CONFIG_BYTES) {
      throw new Error(`egress: the proxy configuration of ${options.tasks.length} tasks is ${configText.length} bytes, more than ${MAX_CONFIG_BYTES}: run fewer tasks at once, or move per-task allow_hosts into allow-hosts`);
    }

    let log: fs.WriteStream | undefined;
    if (options.logFile) {
      await fs.promises.mkdir(path.dirname(options.logFile), { recursive: true });
      log = fs.createWriteStream(options.logFile, { flags: 'a' });
    }
    const networkName = `${base}-egress`;
    const network = await api.createInternalNetwork(networkName, { ...labels, [LABEL_ROLE]: ROLE_EGRESS_NETWORK }).catch((error: unknown) => {
      log?.end();
      throw new Error(`egress: ${message(error)}`, { cause: error });
    });
    let container: Docker.Container | undefined;
    try {
      config.listenSubnet = network.subnet;
      const started = await api.startProxy({
        name: `${base}-proxy`,
        image: options.image,
        network: networkName,
        upstreamNetwork: upstream,
        argv: ['node', '-e', proxyProgramSource()],
        env: { AGENT_FANOUT_EGRESS_CONFIG: JSON.stringify(config) },
        labels: { ...labels, [LABEL_ROLE]: ROLE_EGRESS_PROXY },
      });
      container = started.container;
      const follower = followProxyOutput(api, started.output, { log, logger, onEvent: options.onEvent });
      const exited = api.waitContainer(started.container);
      const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
      let timer: NodeJS.Timeout | undefined;
      const listening = await Promise.race([
        follower.listening,
        exited.then((code) => {
          throw new Error(`the proxy exited with code ${code} before listening${follower.stderrTail() ? `: ${follower.stderrTail()}` : ''}`);
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the proxy did not listen within ${readyTimeoutMs} ms`)), readyTimeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
      const gateway = new EgressGateway({
        network: networkName,
        networkId: network.id,
        proxyAddress: listening.address,
        tokens,
        api,
        container: started.container,
        outputEnded: follower.ended,
        logger,
        log,
      });
      exited.then(
        (code) => {
          if (!gateway.#stopping) logger.error(`egress: the proxy exited with code ${code} while the run was going on; tasks can reach no host now${follower.stderrTail() ? `: ${follower.stderrTail()}` : ''}`);
        },
        () => undefined,
      );
      logger.debug(`egress: network ${networkName}, proxy at ${listening.address}:${listening.port} (route out: ${upstream})`);
      return gateway;
    } catch (error) {
      if (container) await api.removeContainer(container).catch(() => undefined);
      await api.removeNetwork(network.id).catch(() => undefined);
      log?.end();
      throw new Error(`egress: ${message(error).replace(/^egress: /, '')}`, { cause: error });
    }
  }

  /**
   * The environment that sends a task's traffic through the proxy: upper- and lower-case proxy
   * variables (tools read one or the other) with the task's own credentials, and
   * `NODE_USE_ENV_PROXY` so Node's own `fetch` and `http` honour them too.
   */
  envFor(taskId: string): Record<string, string> {
    const token = this.#tokens.get(taskId);
    if (token === undefined) throw new Error(`egress: task '${taskId}' is not part of this run's gateway`);
    const url = `http://${encodeURIComponent(taskId)}:${token}@${this.proxyAddress}:${PROXY_PORT}`;
    return {
      HTTPS_PROXY: url,
      https_proxy: url,
      HTTP_PROXY: url,
      http_proxy: url,
      NO_PROXY,
      no_proxy: NO_PROXY,
      NODE_USE_ENV_PROXY: '1',
    };
  }

  /**
   * Stops the proxy (it reports the refusals still pending first), then removes it and the
   * network. Never throws: what cannot be removed is logged, and `gc` removes it later.
   */
  stop(): Promise<void> {
    this.#stopped ??= this.#stop();
    return this.#stopped;
  }

  async #stop(): Promise<void> {
    this.#stopping = true;
    try {
      await this.#api.stopContainer(this.#container, 5000);
    } catch (error) {
      this.#logger.warning(`egress: ${message(error)}`);
    }
    // Its last events (pending refusals) arrive before the stream ends; bounded all the same.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.#outputEnded, new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    try {
      await this.#api.removeContainer(this.#container);
    } catch (error) {
      this.#logger.warning(`egress: ${message(error)}`);
    }
    try {
      await this.#api.removeNetwork(this.#networkId);
    } catch (error) {
      this.#logger.warning(`egress: ${message(error)}`);
    }
    if (this.#log) {
      const log = this.#log;
      await new Promise<void>((resolve) => log.end(() => resolve()));
    }
  }
}

/** Reads the proxy's attach stream: events from stdout, stderr kept for error messages. */
function followProxyOutput(
  api: EgressDockerApi,
  stream: Readable,
  options: { log: fs.WriteStream | undefined; logger: Logger; onEvent: ((event: ProxyEvent) => void) | undefined },
): { listening: Promise<{ address: string; port: number }>; ended: Promise<void>; stderrTail: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const tail: string[] = [];
  let logged = 0;
  const writeLog = (line: string) => {
    if (!options.log || logged > MAX_PROXY_LOG_BYTES) return;
    logged += Buffer.byteLength(line) + 1;
    options.log.write(logged > MAX_PROXY_LOG_BYTES ? `(log cut at ${MAX_PROXY_LOG_BYTES} bytes; the results keep counting refusals)\n` : line + '\n');
  };
  let onListening: (value: { address: string; port: number }) => void = () => {};
  const listening = new Promise<{ address: string; port: number }>((resolve) => (onListening = resolve));
  const events = new LineSplitter((line) => {
    if (!line.trim()) return;
    writeLog(line);
    const event = parseProxyEvent(line);
    if (!event) {
      options.logger.debug(`egress proxy: ${line.slice(0, 500)}`);
      return;
    }
    if (event.type === 'listening') onListening({ address: event.address, port: event.port });
    if (event.type === 'error') {
      options.logger.warning(`egress proxy: ${event.detail}`);
      tail.push(event.detail.slice(0, 300));
      if (tail.length > 5) tail.shift();
    }
    try {
      options.onEvent?.(event);
    } catch (error) {
      options.logger.warning(`egress: event listener failed: ${message(error)}`);
    }
  });
  const errors = new LineSplitter((line) => {
    if (!line.trim()) return;
    writeLog(`stderr: ${line}`);
    tail.push(line.slice(0, 300));
    if (tail.length > 5) tail.shift();
  });
  stdout.on('data', (chunk: Buffer) => events.write(chunk));
  stderr.on('data', (chunk: Buffer) => errors.write(chunk));
  api.demux(stream, stdout, stderr);
  const ended = new Promise<void>((resolve) => {
    const done = () => {
      events.end();
      errors.end();
      resolve();
    };
    stream.once('end', done);
    stream.once('close', done);
    stream.once('error', done);
  });
  return { listening, ended, stderrTail: () => tail.join(' | ') };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
