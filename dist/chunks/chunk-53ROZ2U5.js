import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  GitError,
  assertNotOption,
  identityArgs,
  redact,
  redactArgs
} from "./chunk-FMZOOYNV.js";
import {
  dockerMessage,
  require_docker
} from "./chunk-ENLI7GB4.js";
import {
  LABEL_PRODUCT,
  LABEL_RUN_ID,
  PRODUCT_NAME
} from "./chunk-637TQNQI.js";
import {
  PRODUCT_LABEL
} from "./chunk-3G3J4R6R.js";
import {
  __toESM
} from "./chunk-R53F5UBH.js";

// src/git/auth.ts
async function authConfigArgs(git, remote, token, direction) {
  if (!token) return { args: [], secrets: [] };
  let basic = Buffer.from(`x-access-token:${token}`, "utf8").toString("base64"), header = `AUTHORIZATION: basic ${basic}`, origin = httpOrigin(await remoteUrl(git, remote, direction)), key = origin ? `http.${origin}.extraheader` : "http.extraheader";
  return {
    args: ["-c", "credential.helper=", "-c", `${key}=`, "-c", `${key}=${header}`],
    secrets: [token, basic]
  };
}
async function remoteUrl(git, remote, direction) {
  let args = direction === "push" ? ["remote", "get-url", "--push", remote] : ["remote", "get-url", remote], out = await git.exec(args, { allowFailure: !0 });
  return out.exitCode === 0 ? out.stdout.trim() : remote;
}
function httpOrigin(url) {
  try {
    let u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? `${u.protocol}//${u.host}/` : null;
  } catch {
    return null;
  }
}

// src/git/merge-tree.ts
async function mergeTree(git, a, b) {
  let out = await git.exec(["merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", a, b], { allowFailure: !0 }), fields = out.stdout.split("\0").filter((f) => f !== ""), tree = fields[0] ?? "";
  if (out.exitCode !== 0 && out.exitCode !== 1 || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tree))
    throw new Error(`git merge-tree ${a} ${b} failed with exit code ${out.exitCode}: ${out.stderr.trim() || out.stdout.trim()}`);
  return { clean: out.exitCode === 0, tree, conflictedFiles: out.exitCode === 1 ? fields.slice(1) : [] };
}

// src/git/remote.ts
async function remoteBranches(git, remote, opts = {}) {
  assertNotOption(remote, "remote");
  let auth = await authConfigArgs(git, remote, opts.token, "fetch"), out = await git.exec([...auth.args, "ls-remote", "--heads", remote], { allowFailure: !0, secrets: auth.secrets });
  if (out.exitCode !== 0)
    throw new GitError(redactArgs(["ls-remote", "--heads", remote], auth.secrets), out.exitCode, redact(out.stderr, auth.secrets));
  let names = /* @__PURE__ */ new Set();
  for (let line of out.stdout.split(`
`)) {
    let ref = line.split("	")[1];
    ref?.startsWith("refs/heads/") && names.add(ref.slice(11));
  }
  return names;
}

// src/git/worktrees.ts
var MergeConflictError = class extends Error {
  constructor(commits, files) {
    super(`merging ${commits.map((c) => c.slice(0, 12)).join(" and ")} conflicts in: ${files.join(", ")}`);
    this.commits = commits;
    this.files = files;
    this.name = "MergeConflictError";
  }
  commits;
  files;
};
function taskBranchName(prefix, taskId, issue) {
  let p = prefix.replace(/\/+$/, "");
  return issue == null ? `${p}/${taskId}` : `${p}/${issue}/${taskId}`;
}
async function uniqueBranchNames(git, bases, remote, opts = {}) {
  let local = await git.localBranches(), onRemote = remote !== void 0 ? await remoteBranches(git, remote, { token: opts.token }) : /* @__PURE__ */ new Set(), maxTries = opts.maxTries ?? 100, chosen = /* @__PURE__ */ new Set(), taken = (name) => local.has(name) || onRemote.has(name) || chosen.has(name) || [...local, ...chosen].some((b) => b.startsWith(`${name}/`));
  return bases.map((base) => {
    assertNotOption(base, "branch name");
    let parts = base.split("/");
    for (let i = 1; i < parts.length; i++) {
      let prefix = parts.slice(0, i).join("/");
      if (local.has(prefix))
        throw new Error(`cannot create branch '${base}': branch '${prefix}' exists, and git cannot have both; rename one or change the branch prefix`);
    }
    for (let n = 1; n <= maxTries; n++) {
      let name = n === 1 ? base : `${base}-try${n}`;
      if (!taken(name))
        return chosen.add(name), name;
    }
    throw new Error(`no free branch name for '${base}': '${base}' to '${base}-try${maxTries}' all exist`);
  });
}
async function mergeStartPoint(git, commits, opts) {
  if (commits.length === 0) throw new TypeError("mergeStartPoint needs at least one commit");
  let shas = [...new Set(await Promise.all(commits.map((c) => git.revParse(c))))], heads = [];
  for (let sha of shas) {
    if (await containedIn(git, sha, heads)) continue;
    let kept = [];
    for (let h of heads) await isAncestor(git, h, sha) || kept.push(h);
    heads.splice(0, heads.length, ...kept, sha);
  }
  if (heads.length === 1) return heads[0];
  let idArgs = identityArgs(opts.identity), acc = heads[0], tree = "";
  for (let i = 1; i < heads.length; i++) {
    let next = heads[i], merged = await mergeTree(git, acc, next);
    if (!merged.clean) throw new MergeConflictError(heads.slice(0, i + 1), merged.conflictedFiles);
    tree = merged.tree, i < heads.length - 1 && (acc = await commitTree(git, idArgs, tree, [acc, next], "intermediate merge"));
  }
  let message = opts.message ?? `Merge dependencies ${heads.map((h) => h.slice(0, 12)).join(", ")}`;
  return commitTree(git, idArgs, tree, heads, message);
}
async function commitTree(git, idArgs, tree, parents, message) {
  return (await git.exec([...idArgs, "commit-tree", tree, ...parents.flatMap((p) => ["-p", p])], { input: `${message}
` })).stdout.trim();
}
async function isAncestor(git, ancestor, of) {
  let out = await git.exec(["merge-base", "--is-ancestor", ancestor, of], { allowFailure: !0 });
  if (out.exitCode > 1) throw new Error(`git merge-base --is-ancestor ${ancestor} ${of} failed: ${out.stderr.trim()}`);
  return out.exitCode === 0;
}
async function containedIn(git, sha, heads) {
  for (let h of heads) if (await isAncestor(git, sha, h)) return !0;
  return !1;
}

// src/git/branches.ts
async function reserveBranches(git, bases, at, opts = {}) {
  let names = await uniqueBranchNames(git, bases, opts.remote, { token: opts.token, maxTries: opts.maxTries });
  if (names.length === 0 || await createRefs(git, names, at)) return names;
  let chosen = [];
  for (let [i, base] of bases.entries()) {
    let name = names[i];
    for (let attempt = 1; !await createRefs(git, [name], at); attempt++) {
      if (attempt >= (opts.maxTries ?? 100)) throw new Error(`could not reserve a branch name for '${base}': another process keeps taking them`);
      name = (await uniqueBranchNames(git, [base], opts.remote, { token: opts.token, maxTries: opts.maxTries }))[0];
    }
    chosen.push(name);
  }
  return chosen;
}
async function createRefs(git, names, at) {
  for (let name of names) assertNotOption(name, "branch name");
  let input = names.map((n) => `create refs/heads/${n} ${at}
`).join("");
  return (await git.exec(["update-ref", "--stdin"], { input, allowFailure: !0 })).exitCode === 0;
}
async function moveBranch(git, branch, to, from) {
  return assertNotOption(branch, "branch name"), to === from ? await git.tryRevParse(`refs/heads/${branch}`) === from : (await git.exec(["update-ref", `refs/heads/${branch}`, to, from], { allowFailure: !0 })).exitCode === 0;
}
async function releaseBranch(git, branch, at) {
  return assertNotOption(branch, "branch name"), (await git.exec(["update-ref", "-d", `refs/heads/${branch}`, at], { allowFailure: !0 })).exitCode === 0;
}

// src/git/task-repo.ts
import fs from "node:fs/promises";
import path from "node:path";
async function objectDirs(commonDir) {
  let found = [], visit = async (dir, depth) => {
    let real = await fs.realpath(dir).catch(() => null);
    if (real === null || found.includes(real) || (found.push(real), depth >= 5)) return;
    let text = await fs.readFile(path.join(real, "info", "alternates"), "utf8").catch(() => "");
    for (let line of text.split(`
`)) {
      let entry = line.trim();
      !entry || entry.startsWith("#") || entry.startsWith('"') || await visit(path.resolve(real, entry), depth + 1);
    }
  };
  return await visit(path.join(commonDir, "objects"), 0), found;
}
async function shallowCommits(commonDir) {
  return (await fs.readFile(path.join(commonDir, "shallow"), "utf8").catch(() => "")).split(`
`).map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}
async function createTaskRepo(git, opts) {
  assertNotOption(opts.branch, "branch name");
  let dir = path.resolve(opts.dir), gitDir = path.join(dir, ".git");
  await fs.mkdir(dir, { recursive: !0 }), await git.exec(["init", "--quiet", "--template=", `--object-format=${opts.objectFormat ?? "sha1"}`, "-b", opts.branch, dir], { cwd: dir });
  let info = path.join(gitDir, "objects", "info");
  await fs.mkdir(info, { recursive: !0 }), await fs.writeFile(path.join(info, "alternates"), opts.objectDirs.map((d) => `${d}
`).join("")), opts.shallow.length && await fs.writeFile(path.join(gitDir, "shallow"), opts.shallow.map((s) => `${s}
`).join(""));
  let at = ["--git-dir", gitDir, "--work-tree", dir];
  await git.exec([...at, "update-ref", `refs/heads/${opts.branch}`, opts.startPoint], { cwd: dir }), await git.exec([...at, "reset", "--hard", "--quiet"], { cwd: dir });
}
async function chownTree(dir, uid, gid) {
  await fs.lchown(dir, uid, gid);
  for (let entry of await fs.readdir(dir, { withFileTypes: !0 })) {
    let p = path.join(dir, entry.name);
    entry.isDirectory() ? await chownTree(p, uid, gid) : await fs.lchown(p, uid, gid);
  }
}
async function removeTaskDir(dir) {
  try {
    await fs.rm(dir, { recursive: !0, force: !0 });
  } catch (error) {
    let code = error.code;
    if (code !== "EACCES" && code !== "EPERM") throw error;
    await makeWritable(dir), await fs.rm(dir, { recursive: !0, force: !0 });
  }
}
async function makeWritable(dir) {
  if ((await fs.lstat(dir).catch(() => null))?.isDirectory()) {
    await fs.chmod(dir, 448).catch(() => {
    });
    for (let entry of await fs.readdir(dir, { withFileTypes: !0 }).catch(() => []))
      entry.isDirectory() && await makeWritable(path.join(dir, entry.name));
  }
}
async function repoObjects(git) {
  let commonDir = await git.commonDir(), objectFormat = (await git.exec(["rev-parse", "--show-object-format"])).stdout.trim() || "sha1";
  return { commonDir, objectFormat, objectDirs: await objectDirs(commonDir), shallow: await shallowCommits(commonDir) };
}
async function setUpTask(git, repo, o) {
  if (o.branchAt !== null && !await moveBranch(git, o.branch, o.startPoint, o.branchAt))
    throw new Error(`branch ${o.branch} was changed by another process after this run reserved it`);
  await createTaskRepo(git, { dir: o.dir, branch: o.branch, startPoint: o.startPoint, objectDirs: repo.objectDirs, shallow: repo.shallow, objectFormat: repo.objectFormat }), o.owner && await chownTree(o.dir, o.owner.uid, o.owner.gid);
}

// src/run/rundir.ts
import fs2 from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
function runsDir(stateDir) {
  return path2.join(stateDir, "runs");
}
function runDirFor(stateDir, runId) {
  return path2.join(runsDir(stateDir), runId);
}
function unitKey(taskId, attempt) {
  return attempt === null ? taskId : path2.join(taskId, "attempts", String(attempt));
}
var RunDir = class _RunDir {
  path;
  constructor(path3) {
    this.path = path3;
  }
  static of(stateDir, runId) {
    return new _RunDir(runDirFor(stateDir, runId));
  }
  get metaFile() {
    return path2.join(this.path, "run.json");
  }
  get worktreesDir() {
    return path2.join(this.path, "worktrees");
  }
  /** Where each task's collect step writes its result (never mounted into the agent's container). */
  get resultsDir() {
    return path2.join(this.path, "results");
  }
  resultDir(taskId) {
    return path2.join(this.resultsDir, taskId);
  }
  worktree(taskId) {
    return path2.join(this.worktreesDir, taskId);
  }
  /** The fresh checkout of a task's result that its checks run in. */
  checkDir(taskId) {
    return path2.join(this.worktreesDir, `${taskId}.check`);
  }
  taskDir(taskId) {
    return path2.join(this.path, "tasks", taskId);
  }
  promptFile(taskId) {
    return path2.join(this.taskDir(taskId), "prompt.md");
  }
  /** Combined stdout and stderr, as the task wrote them. */
  logFile(taskId) {
    return path2.join(this.taskDir(taskId), "output.log");
  }
  /** Raw stdout only: what agent adapters parse. */
  stdoutFile(taskId) {
    return path2.join(this.taskDir(taskId), "stdout.log");
  }
  /** The combined output of attempt `attempt` of a task that was retried (the last attempt's is {@link logFile}). */
  attemptLogFile(taskId, attempt) {
    return path2.join(this.taskDir(taskId), `output.attempt-${attempt}.log`);
  }
  attemptStdoutFile(taskId, attempt) {
    return path2.join(this.taskDir(taskId), `stdout.attempt-${attempt}.log`);
  }
  /** Creates the directory and its `run.json`; on failure (a full disk) removes what it made and says where. */
  async create(meta) {
    let full = { ...meta, pid: process.pid, host: os.hostname() };
    try {
      await fs2.mkdir(this.worktreesDir, { recursive: !0 }), await fs2.writeFile(this.metaFile, JSON.stringify(full, null, 2));
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
  mergeTree,
  authConfigArgs,
  taskBranchName,
  mergeStartPoint,
  reserveBranches,
  moveBranch,
  releaseBranch,
  removeTaskDir,
  repoObjects,
  setUpTask,
  runsDir,
  unitKey,
  RunDir
};
//# sourceMappingURL=chunk-53ROZ2U5.js.map
