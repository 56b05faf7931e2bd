import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";

// src/exec/runner-environment.ts
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
function arcKubernetesModeMessage(env) {
  return env.ACTIONS_RUNNER_CONTAINER_HOOKS ? `This runner uses actions-runner-controller's kubernetes container mode (ACTIONS_RUNNER_CONTAINER_HOOKS=${env.ACTIONS_RUNNER_CONTAINER_HOOKS}) and has no Docker daemon. agent-fanout does not support that mode: it needs a Docker daemon to isolate each agent, and does not fall back to running agents unisolated on the runner. Use containerMode type 'dind' in the runner scale set (see docs/scale-out.md).` : null;
}
var DockerMountError = class extends Error {
  constructor(message) {
    super(message), this.name = "DockerMountError";
  }
};
function fixText(daemon) {
  return `A bind mount of a path the daemon does not share gives the agent an empty or missing directory. This happens when ${daemon} is on another machine or in a sidecar container (actions-runner-controller's dind mode shares only the runner's work volume, /home/runner/_work). Fix: keep the state directory (AGENT_FANOUT_HOME or --state-dir; in the action it defaults to $RUNNER_TEMP/agent-fanout) and the repository checkout on a path the daemon shares, or point DOCKER_HOST at a daemon on this machine.`;
}
async function checkDaemonSeesDir(options) {
  let { client, dir, logger } = options, daemon = options.daemon ?? `the Docker daemon at ${process.env.DOCKER_HOST || "unix:///var/run/docker.sock"}`, dirName = options.dirName ?? "the run directory", token = randomBytes(16).toString("hex"), probe = path.join(dir, `.docker-mount-check-${token.slice(0, 8)}`), logs = await fs.mkdtemp(path.join(os.tmpdir(), "agent-fanout-mount-check-"));
  await fs.writeFile(probe, token, { mode: 420 });
  try {
    let script = options.gitDir ? 'cat "$1" && test -d "$2/objects"' : 'cat "$1"', result = await client.createExecutor({ logger: silentLogger }).run({
      runId: "mount-check",
      taskId: `mount-check-${token.slice(0, 8)}`,
      argv: ["sh", "-c", script, "sh", probe, ...options.gitDir ? [options.gitDir] : []],
      env: {},
      workdir: "/",
      timeoutMs: 6e4,
      logFile: path.join(logs, "log"),
      stdoutFile: path.join(logs, "stdout"),
      container: {
        mounts: [{ path: dir, readOnly: !0 }, ...options.gitDir ? [{ path: options.gitDir, readOnly: !0 }] : []],
        user: options.user,
        image: options.image,
        cpus: 0.5,
        memoryBytes: 64 * 1024 ** 2,
        pidsLimit: 32,
        network: "none"
      }
    }), seen = (await fs.readFile(path.join(logs, "stdout"), "utf8").catch(() => "")).trim();
    if (result.outcome === "exited" && result.exitCode === 0 && seen === token) {
      logger.debug(`${daemon} sees ${dir}${options.gitDir ? ` and ${options.gitDir}` : ""}`);
      return;
    }
    let output = (await fs.readFile(path.join(logs, "log"), "utf8").catch(() => "")).trim().slice(0, 200), detail = result.outcome === "error" ? result.error?.replace(/^task '[^']*': /, "") : output || `exit ${result.exitCode}`, why = seen === token ? `cannot see the repository's git directory ${options.gitDir} (${detail})` : result.outcome === "error" ? `cannot see ${dirName} ${dir}: a container with it mounted could not be created (${detail})` : `cannot see ${dirName} ${dir}: a file written there is missing in a container that mounts it (${detail})`;
    throw new DockerMountError(`${daemon} ${why}. ${fixText(daemon)}`);
  } finally {
    await fs.rm(probe, { force: !0 }), await fs.rm(logs, { recursive: !0, force: !0 });
  }
}
async function checkRunMounts(options) {
  let { DockerClient } = await import("./client-HKFQAPB6.js");
  await checkDaemonSeesDir({ ...options, client: DockerClient.connect() });
}

// src/exec/agent-user.ts
import fs2 from "node:fs/promises";
var FALLBACK_AGENT_USER = "1000:1000";
async function defaultAgentUser(repoDir, self = processUser()) {
  if (self === null) return FALLBACK_AGENT_USER;
  if (self.uid !== 0) return `${self.uid}:${self.gid}`;
  let st = await fs2.stat(repoDir).catch(() => null);
  return st && st.uid !== 0 ? `${st.uid}:${st.gid}` : FALLBACK_AGENT_USER;
}
function parseAgentUser(user) {
  let m = /^(\d+):(\d+)$/.exec(user);
  return m ? { uid: Number(m[1]), gid: Number(m[2]) } : null;
}
function processUser() {
  return process.getuid && process.getgid ? { uid: process.getuid(), gid: process.getgid() } : null;
}

export {
  arcKubernetesModeMessage,
  checkDaemonSeesDir,
  checkRunMounts,
  defaultAgentUser,
  parseAgentUser
};
//# sourceMappingURL=chunk-CPWZ4VYV.js.map
