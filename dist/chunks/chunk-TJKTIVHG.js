import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  OVERLAY_OPTIONS,
  bindReadOnly,
  chownTree,
  createTaskRepo,
  findMountTool,
  initTaskGitDir,
  isMountPoint,
  mountOverlay,
  moveBranch,
  removeLayers,
  removeTaskDir,
  setUpTask,
  unmount,
  unmountAllUnder
} from "./chunk-NZPEG2GE.js";
import {
  parseDockerHost
} from "./chunk-KBPS5WAM.js";
import {
  assertNotOption,
  launch
} from "./chunk-RFCGYHN4.js";
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";

// src/exec/runner-environment.ts
import { randomBytes } from "node:crypto";
import fsSync from "node:fs";
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
    let { overlay } = options, script = `${options.gitDir ? 'cat "$1" && test -d "$2/objects"' : 'cat "$1"'}${overlay ? ' && { echo; cat "$3" 2>/dev/null; true; }' : ""}`, result = await client.createExecutor({ logger: silentLogger }).run({
      runId: "mount-check",
      taskId: `mount-check-${token.slice(0, 8)}`,
      argv: ["sh", "-c", script, "sh", probe, options.gitDir ?? "", ...overlay ? [overlay.file] : []],
      env: {},
      workdir: "/",
      timeoutMs: 6e4,
      logFile: path.join(logs, "log"),
      stdoutFile: path.join(logs, "stdout"),
      container: {
        mounts: [
          { path: dir, readOnly: !0 },
          ...options.gitDir ? [{ path: options.gitDir, readOnly: !0 }] : [],
          ...overlay ? [{ path: overlay.dir, readOnly: !0 }] : []
        ],
        user: options.user,
        image: options.image,
        cpus: 0.5,
        memoryBytes: 64 * 1024 ** 2,
        pidsLimit: 32,
        network: "none"
      }
    }), [seen = "", overlaySeen = ""] = (await fs.readFile(path.join(logs, "stdout"), "utf8").catch(() => "")).split(`
`).map((l) => l.trim());
    if (result.outcome === "exited" && result.exitCode === 0 && seen === token)
      return logger.debug(`${daemon} sees ${dir}${options.gitDir ? ` and ${options.gitDir}` : ""}`), { overlaySeen: overlay !== void 0 && overlaySeen === overlay.token };
    let output = (await fs.readFile(path.join(logs, "log"), "utf8").catch(() => "")).trim().slice(0, 200), detail = result.outcome === "error" ? result.error?.replace(/^task '[^']*': /, "") : output || `exit ${result.exitCode}`, why = seen === token ? `cannot see the repository's git directory ${options.gitDir} (${detail})` : result.outcome === "error" ? `cannot see ${dirName} ${dir}: a container with it mounted could not be created (${detail})` : `cannot see ${dirName} ${dir}: a file written there is missing in a container that mounts it (${detail})`;
    throw new DockerMountError(`${daemon} ${why}. ${fixText(daemon)}`);
  } finally {
    await fs.rm(probe, { force: !0 }), await fs.rm(logs, { recursive: !0, force: !0 });
  }
}
function daemonSocketPath(env) {
  let endpoint = parseDockerHost(env);
  return endpoint && "socketPath" in endpoint ? endpoint.socketPath : null;
}
async function daemonSharesMounts(env = process.env, proc = "/proc") {
  let socket = daemonSocketPath(env);
  if (socket === null) return !1;
  let read = (f) => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  try {
    let real = fsSync.realpathSync(socket), inodes = /* @__PURE__ */ new Set();
    for (let line of fsSync.readFileSync(path.join(proc, "net", "unix"), "utf8").split(`
`).slice(1)) {
      let fields = line.trim().split(/\s+/), bound = fields.slice(7).join(" ");
      fields.length < 8 || path.basename(bound) !== path.basename(real) || (bound === socket || read(() => fsSync.realpathSync(bound)) === real) && inodes.add(`socket:[${fields[6]}]`);
    }
    if (inodes.size === 0) return !1;
    let self = path.join(proc, "self"), ns = fsSync.readlinkSync(path.join(self, "ns", "mnt")), root = fsSync.readlinkSync(path.join(self, "root"));
    for (let pid of fsSync.readdirSync(proc).filter((e) => /^\d+$/.test(e))) {
      let dir = path.join(proc, pid);
      if (read(() => fsSync.readFileSync(path.join(dir, "comm"), "utf8"))?.trim() !== "dockerd" || read(() => fsSync.readlinkSync(path.join(dir, "ns", "mnt"))) !== ns || read(() => fsSync.readlinkSync(path.join(dir, "root"))) !== root) continue;
      if ((read(() => fsSync.readdirSync(path.join(dir, "fd"))) ?? []).some((fd) => inodes.has(read(() => fsSync.readlinkSync(path.join(dir, "fd", fd))) ?? ""))) return !0;
    }
  } catch {
  }
  return !1;
}
async function checkRunMounts(options) {
  let { DockerClient } = await import("./client-CCPQC6VO.js");
  return checkDaemonSeesDir({ ...options, client: DockerClient.connect() });
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

// src/git/task-trees.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs3 from "node:fs/promises";
import path2 from "node:path";
var TaskTrees = class _TaskTrees {
  #o;
  #clock;
  #mode;
  #reason;
  #tool;
  /** The overlay options this kernel took in the probe. */
  #options = OVERLAY_OPTIONS[0];
  #base = null;
  #baseMs = null;
  /** Mount points of this run: task directories, and the base's read-only bind (`baseDir`). */
  #mounted = /* @__PURE__ */ new Set();
  #used = !1;
  constructor(o, mode, reason, tool) {
    this.#o = o, this.#clock = o.clock ?? Date.now, this.#mode = mode, this.#reason = reason, this.#tool = tool;
  }
  /**
   * Decides how this run's task directories are made: overlay when asked for (or `auto`) and a probe
   * overlay under the run directory behaves (mount, write, delete, rename, unmount). Throws when
   * `overlay` was asked for and is not possible.
   */
  static async open(o) {
    if (o.want === "full") return new _TaskTrees(o, "full", null, null);
    let refuse = (why) => {
      if (o.want === "overlay") throw new Error(`task-checkout overlay is not possible here: ${why}`);
      return new _TaskTrees(o, "full", why, null);
    };
    if (o.fullBecause) return refuse(o.fullBecause);
    let tool = await findMountTool();
    if ("unavailable" in tool) return refuse(tool.unavailable);
    let trees = new _TaskTrees(o, "overlay", null, tool);
    try {
      return trees.#options = await probeOverlay(tool, o.layout.layersDir), trees;
    } catch (error) {
      return refuse(`a probe overlay in ${o.layout.layersDir} failed: ${errorMessage(error)}`);
    }
  }
  get mode() {
    return this.#mode;
  }
  get info() {
    return { mode: this.#mode, reason: this.#reason, baseMs: this.#baseMs };
  }
  /** One line for the run's log. */
  describe() {
    return this.#mode === "overlay" ? "task checkouts: one shared checkout of the base, an overlay (copy-on-write) per task" : `task checkouts: a full checkout per task${this.#reason ? ` (no overlay: ${this.#reason})` : " (task-checkout full)"}`;
  }
  /**
   * Gives up on overlays before any task directory was made (e.g. the Docker daemon does not see
   * this process's mounts). Throws when `overlay` was asked for.
   */
  fallBack(reason) {
    if (this.#mode !== "full") {
      if (this.#used) throw new Error(`cannot fall back to full checkouts: task directories exist already (${reason})`);
      if (this.#o.want === "overlay") throw new Error(`task-checkout overlay is not possible here: ${reason}`);
      this.#mode = "full", this.#reason = reason;
    }
  }
  /** Starts making the shared base now (overlay), so that it overlaps with the rest of the run's set-up. */
  prepare() {
    this.#mode === "overlay" && this.#ensureBase().catch(() => {
    });
  }
  /** Settles once the shared base is made (overlay; rejects when that failed); at once for full checkouts. */
  async ready() {
    this.#mode === "overlay" && await this.#ensureBase();
  }
  /**
   * Moves the task branch to its start point (when `branchAt` is set; see {@link setUpTask}) and
   * makes the task directory `o.dir`, handed to `o.owner`.
   */
  async setUp(o) {
    if (this.#used = !0, this.#mode === "full") return setUpTask(this.#o.git, this.#o.repo, o);
    let { git } = this.#o;
    if (o.branchAt !== null && !await moveBranch(git, o.branch, o.startPoint, o.branchAt))
      throw new Error(`branch ${o.branch} was changed by another process after this run reserved it`);
    let base = await this.#ensureBase();
    await this.#mountTask(base, o);
  }
  /** Unmounts (when mounted) and deletes a task directory and its layers; no git runs in them. */
  async remove(dir) {
    this.#tool !== null && await isMountPoint(dir) && await unmount(this.#tool, dir), this.#mounted.delete(dir), await removeTaskDir(dir), this.#tool !== null && await removeLayers(this.#tool, this.#layerDir(dir));
  }
  /**
   * The run's end (also when cancelled): every task directory still mounted goes, then the base.
   * Task directories of a full checkout are left to the caller (`keep-worktrees`).
   */
  async close() {
    let errors = [];
    await this.#base?.catch(() => {
    });
    for (let dir of [...this.#mounted])
      dir !== this.#o.layout.baseDir && await this.remove(dir).catch((error) => errors.push(`${dir}: ${errorMessage(error)}`));
    if (this.#tool !== null) {
      for (let dir of [this.#o.layout.worktreesDir, this.#o.layout.layersDir, this.#o.layout.baseDir])
        await unmountAllUnder(this.#tool, dir).catch((error) => errors.push(`${dir}: ${errorMessage(error)}`));
      this.#mounted.clear();
    }
    if (errors.length === 0 && (await removeTaskDir(this.#o.layout.baseDir), await removeLayers(this.#tool, this.#o.layout.layersDir)), errors.length) throw new Error(`could not unmount every task directory: ${errors.join("; ")}`);
  }
  /**
   * Mounts a small overlay whose `file` reads `token`, for a check from elsewhere (the Docker daemon
   * must see this process's mounts). Overlay mode only.
   */
  async mountProbe() {
    if (this.#tool === null) throw new Error("no overlay probe: task checkouts are full");
    let token = randomBytes2(16).toString("hex"), probe = await probeLayers(this.#o.layout.layersDir);
    try {
      await fs3.writeFile(path2.join(probe.lower, "probe"), token, { mode: 420 }), await mountOverlay(this.#tool, probe.layers, probe.merged, this.#options);
    } catch (error) {
      throw await removeLayers(this.#tool, probe.dir), error;
    }
    let tool = this.#tool;
    return {
      dir: probe.merged,
      file: path2.join(probe.merged, "probe"),
      token,
      release: async () => {
        await unmount(tool, probe.merged), await removeLayers(tool, probe.dir);
      }
    };
  }
  #baseTree() {
    return path2.join(this.#o.layout.baseDir, "tree");
  }
  #layerDir(dir) {
    let key = path2.relative(this.#o.layout.worktreesDir, dir);
    if (!key || key.startsWith("..") || path2.isAbsolute(key)) throw new Error(`${dir} is not a task directory of this run`);
    return path2.join(this.#o.layout.layersDir, key);
  }
  #relLayers(l) {
    let { root } = this.#o.layout;
    return { cwd: root, lower: path2.relative(root, l.lower), upper: path2.relative(root, l.upper), work: path2.relative(root, l.work) };
  }
  #ensureBase() {
    return this.#base ??= this.#makeBase().catch((error) => {
      throw new Error(`making the run's shared checkout of ${this.#o.baseCommit.slice(0, 12)} failed: ${errorMessage(error)}`, { cause: error });
    }), this.#base;
  }
  /**
   * The base checkout: made like a task's (same git, same filters), its `.git` moved out of the tree
   * so that the lower layer holds the files only, handed to the agent's user (its index refreshed),
   * then made read-only, index included. (A task whose index is copied within the same second as
   * the last file was written re-checks those files on its first `git status`: git's racily-clean
   * rule, as after any checkout; waiting out that second here would cost every run up to a second.)
   */
  async #makeBase() {
    let t0 = this.#clock(), { git, repo, baseCommit, owner, layout } = this.#o, tree = this.#baseTree(), gitDir = path2.join(layout.baseDir, "git");
    return await removeTaskDir(layout.baseDir), await createTaskRepo(git, { dir: tree, branch: "base", startPoint: baseCommit, objectDirs: repo.objectDirs, shallow: repo.shallow, objectFormat: repo.objectFormat }), await fs3.rename(path2.join(tree, ".git"), gitDir), owner && (await launch("chown", ["-h", "-R", `${owner.uid}:${owner.gid}`, "--", tree]), await git.exec(["--git-dir", gitDir, "--work-tree", tree, "update-index", "-q", "--refresh"], { cwd: tree, allowFailure: !0 })), await bindReadOnly(this.#tool, layout.baseDir), this.#mounted.add(layout.baseDir), this.#baseMs = this.#clock() - t0, this.#o.logger.debug(`shared checkout of ${baseCommit.slice(0, 12)} made in ${this.#baseMs} ms`), { tree, gitDir };
  }
  /**
   * A task directory on the base: its git dir written into a fresh upper layer (so nothing of it is
   * in the base), the base's index copied in, the overlay mounted; a start point other than the base
   * is then checked out on top (only the files that differ are written).
   */
  async #mountTask(base, o) {
    assertNotOption(o.branch, "branch name");
    let { git, repo, baseCommit, owner } = this.#o, layer = this.#layerDir(o.dir), upper = path2.join(layer, "upper"), work = path2.join(layer, "work");
    if (await removeLayers(this.#tool, layer), await fs3.mkdir(work, { recursive: !0 }), await initTaskGitDir(git, { dir: upper, branch: o.branch, startPoint: baseCommit, objectDirs: repo.objectDirs, shallow: repo.shallow, objectFormat: repo.objectFormat }), await fs3.copyFile(path2.join(base.gitDir, "index"), path2.join(upper, ".git", "index"), fs3.constants.COPYFILE_FICLONE).catch((error) => {
      if (error.code !== "ENOENT") throw error;
    }), owner && await chownTree(upper, owner.uid, owner.gid), await fs3.mkdir(o.dir, { recursive: !0 }), this.#mounted.add(o.dir), await mountOverlay(this.#tool, this.#relLayers({ lower: base.tree, upper, work }), o.dir, this.#options), o.startPoint === baseCommit) return;
    let at = ["--git-dir", path2.join(o.dir, ".git"), "--work-tree", o.dir];
    await git.exec([...at, "read-tree", "-m", "-u", baseCommit, o.startPoint], { cwd: o.dir }), await git.exec([...at, "update-ref", `refs/heads/${o.branch}`, o.startPoint], { cwd: o.dir }), owner && await this.#chownChanged(o.dir, baseCommit, o.startPoint, owner);
  }
  /** Hands the files a checkout on top of the base wrote (and their new directories) to `owner`. */
  async #chownChanged(dir, from, to, owner) {
    let out = await this.#o.git.exec(["diff-tree", "-r", "-z", "--name-only", "--no-renames", from, to], { cwd: dir }), seen = /* @__PURE__ */ new Set();
    for (let rel of out.stdout.split("\0").filter(Boolean)) {
      let parts = rel.split("/");
      for (let i = parts.length; i >= 1; i--) {
        let p = path2.join(dir, ...parts.slice(0, i));
        if (seen.has(p)) break;
        seen.add(p);
        let st = await fs3.lstat(p).catch(() => null);
        st && (st.uid !== owner.uid || st.gid !== owner.gid) && await fs3.lchown(p, owner.uid, owner.gid);
      }
    }
  }
};
async function probeLayers(parent) {
  let dir = path2.join(parent, `probe-${randomBytes2(4).toString("hex")}`), parts = { dir, lower: path2.join(dir, "lower"), upper: path2.join(dir, "upper"), work: path2.join(dir, "work"), merged: path2.join(dir, "merged") };
  for (let d of [parts.lower, parts.upper, parts.work, parts.merged]) await fs3.mkdir(d, { recursive: !0 });
  return { ...parts, layers: { cwd: dir, lower: "lower", upper: "upper", work: "work" } };
}
async function probeOverlay(tool, parent) {
  let first;
  for (let options of OVERLAY_OPTIONS)
    try {
      return await probeWith(tool, parent, options), options;
    } catch (error) {
      first ??= error;
    }
  throw first;
}
async function probeWith(tool, parent, options) {
  let p = await probeLayers(parent), boundLower = !1, mounted = !1;
  try {
    await fs3.mkdir(path2.join(p.lower, "d")), await fs3.writeFile(path2.join(p.lower, "f"), `base
`), await fs3.writeFile(path2.join(p.lower, "d", "g"), `base
`), await bindReadOnly(tool, p.lower), boundLower = !0, await mountOverlay(tool, p.layers, p.merged, options), mounted = !0, await fs3.writeFile(path2.join(p.merged, "f"), `task
`), await fs3.rm(path2.join(p.merged, "d", "g")), await fs3.rename(path2.join(p.merged, "d"), path2.join(p.merged, "e"));
    let seen = await fs3.readFile(path2.join(p.merged, "f"), "utf8"), lower = await fs3.readFile(path2.join(p.lower, "f"), "utf8"), kept = await fs3.readFile(path2.join(p.lower, "d", "g"), "utf8");
    if (seen !== `task
` || lower !== `base
` || kept !== `base
`) throw new Error("the overlay did not keep its writes apart from its lower layer");
  } finally {
    mounted && await unmount(tool, p.merged), boundLower && await unmount(tool, p.lower), await removeLayers(tool, p.dir);
  }
}

export {
  arcKubernetesModeMessage,
  checkDaemonSeesDir,
  daemonSharesMounts,
  checkRunMounts,
  defaultAgentUser,
  parseAgentUser,
  TaskTrees,
  probeOverlay
};
//# sourceMappingURL=chunk-TJKTIVHG.js.map
