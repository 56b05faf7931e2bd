/**
 * Makes an {@link AnthropicStub} listening on a Unix socket reachable from agent containers without
 * `--network host` and without any route off the machine:
 *
 * - an `--internal` Docker network (no gateway to the outside world) that the test creates, labelled
 *   `dev.agent-fanout.test`, and removes afterwards;
 * - on it, a tiny forwarder container (the base Node image, `node -e` with a dozen lines) known by the
 *   alias `anthropic-stub`, which pipes each TCP connection on port 8080 to the stub's socket,
 *   bind-mounted from the host.
 *
 * Agents get `ANTHROPIC_BASE_URL=http://anthropic-stub:8080` and `--network <name>`. The stub itself
 * stays in the test process, so tests script it and read what it recorded directly. Reaching the
 * host from an internal network by its gateway address works on some Docker versions and not on
 * others; a socket file does not depend on that.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Docker from 'dockerode';
import { DEFAULT_BASE_IMAGE } from '../../src/core/config.js';

/** Marks everything these tests create (not the product label: `gc` must not sweep it). */
export const TEST_LABEL = 'dev.agent-fanout.test';
export const STUB_ALIAS = 'anthropic-stub';
export const STUB_PORT = 8080;

const FORWARDER = `
const net = require('node:net');
net.createServer((client) => {
  const upstream = net.connect(process.argv[1]);
  client.pipe(upstream).pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
}).listen(${STUB_PORT}, () => console.log('forwarder ready'));
`;

export interface StubNetwork {
  /** The Docker network to give agents (`--network`). */
  network: string;
  /** `ANTHROPIC_BASE_URL` for agents on that network. */
  baseUrl: string;
  forwarderId: string;
  remove(): Promise<void>;
}

/**
 * Creates the internal network and the forwarder to `socketPath` (whose directory is mounted).
 * `image` must have `node` (default: the base image).
 */
export async function createStubNetwork(socketPath: string, options: { image?: string; timeoutMs?: number } = {}): Promise<StubNetwork> {
  await removeStaleStubNetworks();
  const docker = new Docker();
  const id = randomBytes(4).toString('hex');
  const labels = { [TEST_LABEL]: 'anthropic-stub', [`${TEST_LABEL}.pid`]: String(process.pid) };
  const name = `af-test-stub-${id}`;
  const network = await docker.createNetwork({ Name: name, Internal: true, CheckDuplicate: true, Labels: labels });
  let container: Docker.Container | undefined;
  const remove = async () => {
    await container?.remove({ force: true }).catch(() => undefined);
    await network.remove().catch(() => undefined);
  };
  try {
    const dir = path.dirname(socketPath);
    container = await docker.createContainer({
      name: `${name}-forwarder`,
      Image: options.image ?? DEFAULT_BASE_IMAGE,
      Entrypoint: [],
      Cmd: ['node', '-e', FORWARDER, `/stub/${path.basename(socketPath)}`],
      Labels: labels,
      HostConfig: {
        NetworkMode: name,
        Mounts: [{ Type: 'bind', Source: dir, Target: '/stub' }],
        CapDrop: ['ALL'],
        SecurityOpt: ['no-new-privileges'],
        Memory: 128 * 1024 ** 2,
        PidsLimit: 64,
      },
      NetworkingConfig: { EndpointsConfig: { [name]: { Aliases: [STUB_ALIAS] } } },
    });
    await container.start();
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    for (;;) {
      const logs = String(await container.logs({ stdout: true, stderr: true }));
      if (logs.includes('forwarder ready')) break;
      const state = (await container.inspect()).State;
      if (!state.Running) throw new Error(`the stub forwarder exited (${state.ExitCode}): ${logs}`);
      if (Date.now() > deadline) throw new Error(`the stub forwarder did not start in time: ${logs}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { network: name, baseUrl: `http://${STUB_ALIAS}:${STUB_PORT}`, forwarderId: container.id, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * Removes stub networks and forwarders that earlier test processes left behind (killed before their
 * afterAll): only those labelled by this module whose creating pid is gone.
 */
export async function removeStaleStubNetworks(): Promise<void> {
  const docker = new Docker();
  const filters = { label: [`${TEST_LABEL}=anthropic-stub`] };
  const dead = (labels: Record<string, string> | undefined) => {
    const pid = Number(labels?.[`${TEST_LABEL}.pid`]);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  };
  for (const c of await docker.listContainers({ all: true, filters })) {
    if (dead(c.Labels)) await docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined);
  }
  for (const n of await docker.listNetworks({ filters })) {
    if (dead(n.Labels)) await docker.getNetwork(n.Id).remove().catch(() => undefined);
  }
}
