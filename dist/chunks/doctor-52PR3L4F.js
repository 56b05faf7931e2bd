import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  arcKubernetesModeMessage,
  checkDaemonSeesDir,
  defaultAgentUser,
  probeOverlay
} from "./chunk-TJKTIVHG.js";
import {
  findMountTool
} from "./chunk-NZPEG2GE.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-RFCGYHN4.js";
import {
  DockerClient
} from "./chunk-PWII425W.js";
import "./chunk-QY62O2KA.js";
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import {
  DEFAULT_IMAGE,
  defaultConfig
} from "./chunk-NRSFWMVY.js";
import {
  formatBytes
} from "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/cli/doctor.ts
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
var execFileAsync = promisify(execFile), MIN_FREE_BYTES = 2 * 1024 ** 3;
async function doctorChecks(options) {
  let checks = [], nodeMajor = Number(process.versions.node.split(".")[0]);
  checks.push({
    name: "node",
    ok: nodeMajor >= 24,
    detail: `node ${process.versions.node}`,
    fix: "install Node 24 or newer (Actions runs node24)"
  });
  try {
    let { stdout } = await execFileAsync("git", ["--version"]), m = /(\d+)\.(\d+)/.exec(stdout), ok = m !== null && (Number(m[1]) > 2 || Number(m[1]) === 2 && Number(m[2]) >= 38);
    checks.push({ name: "git", ok, detail: stdout.trim(), fix: "git 2.38 or newer is needed (merge-tree --write-tree for dependencies and the conflict check)" });
  } catch {
    checks.push({ name: "git", ok: !1, detail: "git not found", fix: "apt-get install git" });
  }
  let client, securityOptions = [];
  try {
    client = DockerClient.connect(), await client.ping();
    let info = await client.info();
    securityOptions = info.securityOptions, checks.push({
      name: "docker",
      ok: !0,
      detail: `engine ${info.serverVersion}, cgroup v${info.cgroupVersion} (${info.cgroupDriver}), ${info.cpus} CPUs, ${formatBytes(info.memoryBytes)}`
    });
  } catch (error) {
    client = null;
    let arc = arcKubernetesModeMessage(process.env);
    checks.push({
      name: "docker",
      ok: !1,
      detail: arc ?? `the daemon does not answer: ${errorMessage(error)}`,
      fix: arc ? "use containerMode type 'dind' for this runner scale set" : "install Docker (apt-get install docker.io) and start it; make sure this user may use /var/run/docker.sock (docker group). Without Docker, runs fall back to subprocess mode (no isolation)."
    });
  }
  if (client) {
    let present = await client.imageExists(options.image).catch(() => !1);
    if (checks.push({
      name: "image",
      ok: present,
      detail: present ? options.image : `${options.image} is missing`,
      fix: options.image === DEFAULT_IMAGE ? "agent-fanout image build" : `build or load ${options.image}`
    }), present) {
      try {
        await fs.mkdir(options.stateDir, { recursive: !0 }), await checkDaemonSeesDir({ client, dir: options.stateDir, dirName: "the state directory", image: options.image, user: options.user, logger: silentLogger }), checks.push({ name: "docker mounts", ok: !0, detail: `the daemon sees ${options.stateDir}` });
      } catch (error) {
        let message = error instanceof Error ? error.message : String(error), [detail, ...fix] = message.split(". Fix: ");
        checks.push({ name: "docker mounts", ok: !1, detail, fix: fix.join(". Fix: ") || "see docs/scale-out.md" });
      }
      let tmp = await fs.mkdtemp(path.join(os.tmpdir(), "agent-fanout-doctor-"));
      try {
        let result = await client.createExecutor().run({
          runId: "doctor",
          taskId: "claude-version",
          argv: ["claude", "--version"],
          env: {},
          workdir: "/tmp",
          container: { mounts: [], user: options.user, image: options.image, cpus: 1, memoryBytes: 536870912, pidsLimit: 128, network: "none" },
          timeoutMs: 6e4,
          logFile: path.join(tmp, "log"),
          stdoutFile: path.join(tmp, "stdout")
        }), out = (await fs.readFile(path.join(tmp, "stdout"), "utf8").catch(() => "")).trim(), ok = result.outcome === "exited" && result.exitCode === 0;
        checks.push({
          name: "agent CLI",
          ok,
          detail: ok ? `claude ${out} (as ${options.user})` : `claude --version failed in ${options.image} as ${options.user}: ${result.error ?? `exit ${result.exitCode}`}`,
          fix: "rebuild the image (agent-fanout image build); the CLI must be installed for any uid"
        });
      } finally {
        await fs.rm(tmp, { recursive: !0, force: !0 });
      }
    }
  }
  try {
    await fs.mkdir(options.stateDir, { recursive: !0 });
    let st = await fs.statfs(options.stateDir), free = st.bavail * st.bsize;
    checks.push({
      name: "disk",
      ok: free >= MIN_FREE_BYTES,
      detail: `${formatBytes(free)} free at ${options.stateDir}`,
      fix: `free space: worktrees and logs live under ${options.stateDir} (at least ${formatBytes(MIN_FREE_BYTES)} advised)`
    });
  } catch (error) {
    checks.push({ name: "disk", ok: !1, detail: `cannot use ${options.stateDir}: ${error.message}`, fix: "set AGENT_FANOUT_HOME to a writable directory" });
  }
  checks.push(await taskCheckoutCheck(options.stateDir));
  let root = options.user.startsWith("0:"), self = process.getuid?.() ?? 0;
  if (checks.push({
    name: "uid mapping",
    ok: !root,
    detail: root ? "agents would run as uid 0 (--user 0:0); they keep no capabilities, but a container escape would be root on this host" : self === 0 && !options.userGiven ? `agents run as ${options.user} (this process is root: the repository owner, or 1000:1000); their task directories are handed to that user` : `agents run as ${options.user}, the owner of the files they write`,
    fix: "leave --user out: a root orchestrator runs agents as the repository owner or 1000:1000"
  }), client) {
    let remapped = securityOptions.some((o) => /name=(userns|rootless)\b/.test(o));
    checks.push({
      name: "user namespaces",
      ok: remapped,
      advice: !0,
      detail: remapped ? `container uids are mapped away from this host's (${securityOptions.filter((o) => /userns|rootless/.test(o)).join(", ")})` : "the daemon runs without user-namespace remapping: uid N in a container is uid N on this host",
      fix: 'stronger isolation: enable userns-remap in /etc/docker/daemon.json ({"userns-remap": "default"}, then restart dockerd) or use rootless Docker; a process escaping its container then holds an unprivileged, unmapped uid. See docs/security.md.'
    });
  }
  return checks;
}
async function taskCheckoutCheck(stateDir) {
  let name = "task checkouts", fix = "large repositories: run as root or where `sudo -n mount` works (GitHub-hosted runners), with the state directory on a local disk file system (ext4, xfs, tmpfs; not itself an overlay, e.g. inside a container); see docs/architecture.md#task-directories", why, tool = await findMountTool();
  if ("unavailable" in tool)
    why = tool.unavailable;
  else {
    let dir = await fs.mkdtemp(path.join(stateDir, ".doctor-overlay-")).catch(() => null);
    if (dir === null)
      why = `cannot write ${stateDir}`;
    else
      try {
        let options = await probeOverlay(tool, dir);
        return { name, ok: !0, detail: `overlays on one shared checkout of the base per run (${options.join(", ")}${tool.prefix.length ? ", through sudo -n" : ""})` };
      } catch (error) {
        why = `an overlay under ${stateDir} failed: ${errorMessage(error)}`;
      } finally {
        await fs.rm(dir, { recursive: !0, force: !0 }).catch(() => {
        });
      }
  }
  return { name, ok: !1, advice: !0, detail: `a full checkout per task (${why})`, fix };
}
async function runDoctor(args, logger) {
  let { values } = parseArgs({
    args,
    options: { image: { type: "string" }, user: { type: "string" }, "state-dir": { type: "string" }, verbose: { type: "boolean" } },
    strict: !0
  }), stateDir = values["state-dir"] ? path.resolve(values["state-dir"]) : defaultConfig(".").stateDir, user = values.user ?? await defaultAgentUser(await repoTopLevel(process.cwd())), checks = await doctorChecks({ image: values.image ?? DEFAULT_IMAGE, stateDir, user, userGiven: values.user !== void 0 });
  for (let c of checks) {
    let mark = c.ok ? "\u2713" : c.advice ? "!" : "\u2717";
    logger.info(`${mark} ${c.name}: ${c.detail}${!c.ok && c.fix ? `
    ${c.advice ? "advice" : "fix"}: ${c.fix}` : ""}`);
  }
  return checks.filter((c) => !c.ok && !c.advice && c.name !== "uid mapping").length ? 1 : 0;
}
async function repoTopLevel(dir) {
  try {
    return (await execFileAsync("git", ["-C", dir, "rev-parse", "--show-toplevel"])).stdout.trim() || dir;
  } catch {
    return dir;
  }
}
export {
  doctorChecks,
  runDoctor
};
//# sourceMappingURL=doctor-52PR3L4F.js.map
