/**
 * The Docker calls of the egress gateway: the per-run internal network and the proxy container.
 * Next to the executor's client rather than in it, so each keeps to its own concern; both talk to
 * the same daemon (`DOCKER_HOST`, else the default socket).
 */
import type { Readable } from 'node:stream';
import Docker from 'dockerode';
import { dockerMessage } from '../docker/client.js';
import { LABEL_PRODUCT, LABEL_RUN_ID, PRODUCT_NAME } from '../docker/labels.js';
import { PRODUCT_LABEL } from '../../core/config.js';

/** What a product resource is for: `egress-network` or `egress-proxy`. */
export const LABEL_ROLE = `${PRODUCT_LABEL}.role`;
export const ROLE_EGRESS_NETWORK = 'egress-network';
export const ROLE_EGRESS_PROXY = 'egress-proxy';

/** Docker's bridge option that leaves the host without an address on the network (Docker 20.10+). */
const INHIBIT_IPV4 = 'com.docker.network.bridge.inhibit_ipv4';

export interface NetworkSummary {
  id: string;
  name: string;
  labels: Record<string, string>;
  /** Ids of the containers attached. */
  containers: string[];
}

export interface ProxyContainerSpec {
  name: string;
  image: string;
  /** The internal network the proxy listens on. */
  network: string;
  /** The network with a route out. */
  upstreamNetwork: string;
  argv: string[];
  env: Record<string, string>;
  labels: Record<string, string>;
}

function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

export class EgressDockerApi {
  readonly #docker: Docker;

  constructor(options: { socketPath?: string } = {}) {
    this.#docker = options.socketPath ? new Docker({ socketPath: options.socketPath }) : new Docker();
  }

  /**
   * Creates a network without a route out: `Internal` (Docker adds no forwarding for it), and
   * with no host address on its bridge, so containers cannot reach the runner's own services
   * either (an internal network still gives the host an address containers can connect to).
   */
  async createInternalNetwork(name: string, labels: Record<string, string>): Promise<{ id: string; subnet: { address: string; prefix: number } }> {
    const network = await this.#call(`network create ${name}`, () =>
      this.#docker.createNetwork({ Name: name, Driver: 'bridge', Internal: true, CheckDuplicate: true, Labels: labels, Options: { [INHIBIT_IPV4]: 'true' } }),
    );
    const info = (await this.#call(`network inspect ${name}`, () => network.inspect())) as Docker.NetworkInspectInfo;
    const cidr = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(':'))?.Subnet;
    const match = cidr ? /^([\d.]+)\/(\d+)$/.exec(cidr) : null;
    if (!match) {
      await this.removeNetwork(network.id).catch(() => undefined);
      throw new Error(`docker network ${name} has no IPv4 subnet (IPAM: ${JSON.stringify(info.IPAM ?? null)})`);
    }
    return { id: network.id, subnet: { address: match[1], prefix: Number(match[2]) } };
  }

  /** Networks carrying every `key=value` label of the filter. */
  async listNetworks(labelFilter: string[]): Promise<NetworkSummary[]> {
    const list = await this.#call('network list', () => this.#docker.listNetworks({ filters: { label: labelFilter } }));
    const out: NetworkSummary[] = [];
    for (const n of list) {
      // The list leaves `Containers` empty; only an inspect names them.
      const info = (await this.#docker.getNetwork(n.Id).inspect().catch(() => n)) as Docker.NetworkInspectInfo;
      out.push({ id: n.Id, name: n.Name, labels: n.Labels ?? {}, containers: Object.keys(info.Containers ?? {}) });
    }
    return out;
  }

  /**
   * Removes a network, first disconnecting containers still attached (a task container whose
   * removal failed must not keep the network). False when it was already gone.
   */
  async removeNetwork(id: string): Promise<boolean> {
    const network = this.#docker.getNetwork(id);
    let info: Docker.NetworkInspectInfo;
    try {
      info = (await network.inspect()) as Docker.NetworkInspectInfo;
    } catch (error) {
      if (statusCode(error) === 404) return false;
      throw new Error(`docker network inspect ${id.slice(0, 12)} failed: ${dockerMessage(error)}`, { cause: error });
    }
    for (const container of Object.keys(info.Containers ?? {})) {
      await network.disconnect({ Container: container, Force: true }).catch(() => undefined);
    }
    // The daemon can need a moment to release an endpoint whose container was just removed.
    for (let attempt = 0; ; attempt++) {
      try {
        await network.remove();
        return true;
      } catch (error) {
        if (statusCode(error) === 404) return false;
        if (attempt >= 20 || !/active endpoints/i.test(dockerMessage(error))) {
          throw new Error(`docker network remove ${info.Name} failed: ${dockerMessage(error)}`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /** Creates the proxy container on `network`, joins it to `upstreamNetwork`, attaches, starts it. */
  async startProxy(spec: ProxyContainerSpec): Promise<{ container: Docker.Container; output: Readable }> {
    try {
      await this.#docker.getNetwork(spec.upstreamNetwork).inspect();
    } catch (error) {
      if (statusCode(error) === 404) throw new Error(`the network '${spec.upstreamNetwork}' the proxy should reach allowed hosts through does not exist`, { cause: error });
      throw new Error(`docker network inspect ${spec.upstreamNetwork} failed: ${dockerMessage(error)}`, { cause: error });
    }
    const container = await this.#call(`proxy container create (image ${spec.image})`, () =>
      this.#docker.createContainer({
        name: spec.name,
        Image: spec.image,
        Entrypoint: [],
        Cmd: spec.argv,
        User: '65534:65534',
        Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
        Labels: spec.labels,
        Tty: false,
        AttachStdout: true,
        AttachStderr: true,
        HostConfig: {
          NetworkMode: spec.network,
          ReadonlyRootfs: true,
          CapDrop: ['ALL'],
          SecurityOpt: ['no-new-privileges'],
          Memory: 256 * 1024 ** 2,
          MemorySwap: 256 * 1024 ** 2,
          NanoCpus: 1e9,
          PidsLimit: 128,
          // Docker turns forwarding on in every container; the proxy must only ever relay what it
          // accepted as a client connection, never route a task's packets.
          Sysctls: { 'net.ipv4.ip_forward': '0' },
          // Its output is read from the attach stream (and kept in the run directory).
          LogConfig: { Type: 'none', Config: {} },
          Init: true,
        },
      }),
    );
    try {
      await this.#call(`network connect ${spec.upstreamNetwork}`, () => this.#docker.getNetwork(spec.upstreamNetwork).connect({ Container: container.id }));
      const output = (await this.#call('proxy container attach', () =>
        container.attach({ stream: true, stdout: true, stderr: true }),
      )) as unknown as Readable;
      await this.#call('proxy container start', () => container.start());
      return { container, output };
    } catch (error) {
      await this.removeContainer(container).catch(() => undefined);
      throw error;
    }
  }

  /** Splits an attach stream into stdout and stderr. */
  demux(stream: Readable, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
    this.#docker.modem.demuxStream(stream, stdout, stderr);
  }

  /** Asks the container to stop (SIGTERM), then kills it when it is still running after `graceMs`. */
  async stopContainer(container: Docker.Container, graceMs: number): Promise<void> {
    try {
      await container.stop({ t: Math.max(1, Math.ceil(graceMs / 1000)) });
    } catch (error) {
      // 304: already stopped; 404: gone.
      if (statusCode(error) !== 304 && statusCode(error) !== 404) throw new Error(`proxy container stop failed: ${dockerMessage(error)}`, { cause: error });
    }
  }

  async removeContainer(container: Docker.Container): Promise<void> {
    try {
      await container.remove({ force: true, v: true });
    } catch (error) {
      const code = statusCode(error);
      if (code === 404 || (code === 409 && /already in progress/i.test(dockerMessage(error)))) return;
      throw new Error(`proxy container remove failed: ${dockerMessage(error)}`, { cause: error });
    }
  }

  /** Resolves with the exit code when the container stops. */
  async waitContainer(container: Docker.Container): Promise<number | null> {
    const result = (await container.wait()) as { StatusCode?: number } | undefined;
    return typeof result?.StatusCode === 'number' ? result.StatusCode : null;
  }

  async #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new Error(`docker ${what} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
}

/** The label filter of the product's egress networks, optionally of one run. */
export function egressNetworkFilter(runId?: string): string[] {
  return [`${LABEL_PRODUCT}=${PRODUCT_NAME}`, `${LABEL_ROLE}=${ROLE_EGRESS_NETWORK}`, ...(runId === undefined ? [] : [`${LABEL_RUN_ID}=${runId}`])];
}
