import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  dockerMessage,
  require_docker
} from "./chunk-PWII425W.js";
import {
  LABEL_PRODUCT,
  LABEL_RUN_ID,
  PRODUCT_NAME
} from "./chunk-QY62O2KA.js";
import {
  PRODUCT_LABEL
} from "./chunk-NRSFWMVY.js";
import {
  __toESM
} from "./chunk-R53F5UBH.js";

// src/run/rundir.ts
import fs2 from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/exec/docker/loopback-hosts.ts
import fs from "node:fs/promises";
var LOOPBACK_HOSTS = [
  "127.0.0.1	localhost",
  "::1	localhost ip6-localhost ip6-loopback",
  "fe00::0	ip6-localnet",
  "ff00::0	ip6-mcastprefix",
  "ff02::1	ip6-allnodes",
  "ff02::2	ip6-allrouters",
  ""
].join(`
`);
async function writeLoopbackHosts(file) {
  await fs.writeFile(file, LOOPBACK_HOSTS, { mode: 420 }), await fs.chmod(file, 420);
}

// src/run/rundir.ts
function runsDir(stateDir) {
  return path.join(stateDir, "runs");
}
function runDirFor(stateDir, runId) {
  return path.join(runsDir(stateDir), runId);
}
function unitKey(taskId, attempt) {
  return attempt === null ? taskId : path.join(taskId, "attempts", String(attempt));
}
var RunDir = class _RunDir {
  path;
  constructor(path2) {
    this.path = path2;
  }
  static of(stateDir, runId) {
    return new _RunDir(runDirFor(stateDir, runId));
  }
  get metaFile() {
    return path.join(this.path, "run.json");
  }
  /** The `/etc/hosts` of the run's containers without network (see loopback-hosts.ts). */
  get hostsFile() {
    return path.join(this.path, "hosts");
  }
  get worktreesDir() {
    return path.join(this.path, "worktrees");
  }
  /** Where each task's collect step writes its result (never mounted into the agent's container). */
  get resultsDir() {
    return path.join(this.path, "results");
  }
  /** The run's shared checkout of its base (overlay task checkouts). */
  get baseDir() {
    return path.join(this.path, "base");
  }
  /** Each overlay task directory's upper and work layers, under `<layersDir>/<task>`. */
  get layersDir() {
    return path.join(this.path, "layers");
  }
  resultDir(taskId) {
    return path.join(this.resultsDir, taskId);
  }
  worktree(taskId) {
    return path.join(this.worktreesDir, taskId);
  }
  /** The fresh checkout of a task's result that its checks run in. */
  checkDir(taskId) {
    return path.join(this.worktreesDir, `${taskId}.check`);
  }
  taskDir(taskId) {
    return path.join(this.path, "tasks", taskId);
  }
  promptFile(taskId) {
    return path.join(this.taskDir(taskId), "prompt.md");
  }
  /** Combined stdout and stderr, as the task wrote them. */
  logFile(taskId) {
    return path.join(this.taskDir(taskId), "output.log");
  }
  /** Raw stdout only: what agent adapters parse. */
  stdoutFile(taskId) {
    return path.join(this.taskDir(taskId), "stdout.log");
  }
  /** The combined output of attempt `attempt` of a task that was retried (the last attempt's is {@link logFile}). */
  attemptLogFile(taskId, attempt) {
    return path.join(this.taskDir(taskId), `output.attempt-${attempt}.log`);
  }
  attemptStdoutFile(taskId, attempt) {
    return path.join(this.taskDir(taskId), `stdout.attempt-${attempt}.log`);
  }
  /** Creates the directory and its `run.json`; on failure (a full disk) removes what it made and says where. */
  async create(meta) {
    let full = { ...meta, pid: process.pid, host: os.hostname() };
    try {
      await fs2.mkdir(this.worktreesDir, { recursive: !0 }), await fs2.writeFile(this.metaFile, JSON.stringify(full, null, 2)), await writeLoopbackHosts(this.hostsFile);
    } catch (error) {
      throw await fs2.rm(this.path, { recursive: !0, force: !0 }).catch(() => {
      }), new Error(`creating the run directory ${this.path} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return full;
  }
  async readMeta() {
    try {
      return JSON.parse(await fs2.readFile(this.metaFile, "utf8"));
    } catch {
      return null;
    }
  }
};

// src/exec/egress/docker-api.ts
var import_dockerode = __toESM(require_docker(), 1);
var LABEL_ROLE = `${PRODUCT_LABEL}.role`, ROLE_EGRESS_NETWORK = "egress-network", ROLE_EGRESS_PROXY = "egress-proxy", INHIBIT_IPV4 = "com.docker.network.bridge.inhibit_ipv4";
function statusCode(error) {
  let code = error?.statusCode;
  return typeof code == "number" ? code : void 0;
}
var EgressDockerApi = class {
  #docker;
  constructor(options = {}) {
    this.#docker = options.socketPath ? new import_dockerode.default({ socketPath: options.socketPath }) : new import_dockerode.default();
  }
  /**
   * Creates a network without a route out: `Internal` (Docker adds no forwarding for it), and
   * with no host address on its bridge, so containers cannot reach the runner's own services
   * either (an internal network still gives the host an address containers can connect to).
   */
  async createInternalNetwork(name, labels) {
    let network = await this.#call(
      `network create ${name}`,
      () => this.#docker.createNetwork({ Name: name, Driver: "bridge", Internal: !0, CheckDuplicate: !0, Labels: labels, Options: { [INHIBIT_IPV4]: "true" } })
    ), info = await this.#call(`network inspect ${name}`, () => network.inspect()), cidr = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(":"))?.Subnet, match = cidr ? /^([\d.]+)\/(\d+)$/.exec(cidr) : null;
    if (!match)
      throw await this.removeNetwork(network.id).catch(() => {
      }), new Error(`docker network ${name} has no IPv4 subnet (IPAM: ${JSON.stringify(info.IPAM ?? null)})`);
    return { id: network.id, subnet: { address: match[1], prefix: Number(match[2]) } };
  }
  /** Networks carrying every `key=value` label of the filter. */
  async listNetworks(labelFilter) {
    let list = await this.#call("network list", () => this.#docker.listNetworks({ filters: { label: labelFilter } })), out = [];
    for (let n of list) {
      let info = await this.#docker.getNetwork(n.Id).inspect().catch(() => n);
      out.push({ id: n.Id, name: n.Name, labels: n.Labels ?? {}, containers: Object.keys(info.Containers ?? {}) });
    }
    return out;
  }
  /**
   * Removes a network, first disconnecting containers still attached (a task container whose
   * removal failed must not keep the network). False when it was already gone.
   */
  async removeNetwork(id) {
    let network = this.#docker.getNetwork(id), info;
    try {
      info = await network.inspect();
    } catch (error) {
      if (statusCode(error) === 404) return !1;
      throw new Error(`docker network inspect ${id.slice(0, 12)} failed: ${dockerMessage(error)}`, { cause: error });
    }
    for (let container of Object.keys(info.Containers ?? {}))
      await network.disconnect({ Container: container, Force: !0 }).catch(() => {
      });
    for (let attempt = 0; ; attempt++)
      try {
        return await network.remove(), !0;
      } catch (error) {
        if (statusCode(error) === 404) return !1;
        if (attempt >= 20 || !/active endpoints/i.test(dockerMessage(error)))
          throw new Error(`docker network remove ${info.Name} failed: ${dockerMessage(error)}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
  }
  /** Creates the proxy container on `network`, joins it to `upstreamNetwork`, attaches, starts it. */
  async startProxy(spec) {
    try {
      await this.#docker.getNetwork(spec.upstreamNetwork).inspect();
    } catch (error) {
      throw statusCode(error) === 404 ? new Error(`the network '${spec.upstreamNetwork}' the proxy should reach allowed hosts through does not exist`, { cause: error }) : new Error(`docker network inspect ${spec.upstreamNetwork} failed: ${dockerMessage(error)}`, { cause: error });
    }
    let container = await this.#call(
      `proxy container create (image ${spec.image})`,
      () => this.#docker.createContainer({
        name: spec.name,
        Image: spec.image,
        Entrypoint: [],
        Cmd: spec.argv,
        User: "65534:65534",
        Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
        Labels: spec.labels,
        Tty: !1,
        AttachStdout: !0,
        AttachStderr: !0,
        HostConfig: {
          NetworkMode: spec.network,
          ReadonlyRootfs: !0,
          CapDrop: ["ALL"],
          SecurityOpt: ["no-new-privileges"],
          Memory: 256 * 1024 ** 2,
          MemorySwap: 256 * 1024 ** 2,
          NanoCpus: 1e9,
          PidsLimit: 128,
          // Docker turns forwarding on in every container; the proxy must only ever relay what it
          // accepted as a client connection, never route a task's packets.
          Sysctls: { "net.ipv4.ip_forward": "0" },
          // Its output is read from the attach stream (and kept in the run directory).
          LogConfig: { Type: "none", Config: {} },
          Init: !0
        }
      })
    );
    try {
      await this.#call(`network connect ${spec.upstreamNetwork}`, () => this.#docker.getNetwork(spec.upstreamNetwork).connect({ Container: container.id }));
      let output = await this.#call(
        "proxy container attach",
        () => container.attach({ stream: !0, stdout: !0, stderr: !0 })
      );
      return await this.#call("proxy container start", () => container.start()), { container, output };
    } catch (error) {
      throw await this.removeContainer(container).catch(() => {
      }), error;
    }
  }
  /** Splits an attach stream into stdout and stderr. */
  demux(stream, stdout, stderr) {
    this.#docker.modem.demuxStream(stream, stdout, stderr);
  }
  /** Asks the container to stop (SIGTERM), then kills it when it is still running after `graceMs`. */
  async stopContainer(container, graceMs) {
    try {
      await container.stop({ t: Math.max(1, Math.ceil(graceMs / 1e3)) });
    } catch (error) {
      if (statusCode(error) !== 304 && statusCode(error) !== 404) throw new Error(`proxy container stop failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
  async removeContainer(container) {
    try {
      await container.remove({ force: !0, v: !0 });
    } catch (error) {
      let code = statusCode(error);
      if (code === 404 || code === 409 && /already in progress/i.test(dockerMessage(error))) return;
      throw new Error(`proxy container remove failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
  /** Resolves with the exit code when the container stops. */
  async waitContainer(container) {
    let result = await container.wait();
    return typeof result?.StatusCode == "number" ? result.StatusCode : null;
  }
  async #call(what, fn) {
    try {
      return await fn();
    } catch (error) {
      throw new Error(`docker ${what} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
};
function egressNetworkFilter(runId) {
  return [`${LABEL_PRODUCT}=${PRODUCT_NAME}`, `${LABEL_ROLE}=${ROLE_EGRESS_NETWORK}`, ...runId === void 0 ? [] : [`${LABEL_RUN_ID}=${runId}`]];
}

export {
  LABEL_ROLE,
  ROLE_EGRESS_NETWORK,
  ROLE_EGRESS_PROXY,
  EgressDockerApi,
  egressNetworkFilter,
  runsDir,
  unitKey,
  RunDir
};
//# sourceMappingURL=chunk-XFRNSDKF.js.map
