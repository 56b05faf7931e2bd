import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  GitError,
  assertNotOption,
  identityArgs,
  redact,
  redactArgs
} from "./chunk-I5LSRXNW.js";

// src/git/worktrees.ts
import { existsSync, realpathSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

// src/git/merge-tree.ts
async function mergeTree(git, a, b) {
  let out = await git.exec(["merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", a, b], { allowFailure: !0 }), fields = out.stdout.split("\0").filter((f) => f !== ""), tree = fields[0] ?? "";
  if (out.exitCode !== 0 && out.exitCode !== 1 || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tree))
    throw new Error(`git merge-tree ${a} ${b} failed with exit code ${out.exitCode}: ${out.stderr.trim() || out.stdout.trim()}`);
  return { clean: out.exitCode === 0, tree, conflictedFiles: out.exitCode === 1 ? fields.slice(1) : [] };
}

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
var repoLocks = /* @__PURE__ */ new Map();
function withRepoLock(git, fn) {
  let key = git.topLevel, result = (repoLocks.get(key) ?? Promise.resolve()).then(fn, fn), tail = result.catch(() => {
  });
  return repoLocks.set(key, tail), tail.then(() => {
    repoLocks.get(key) === tail && repoLocks.delete(key);
  }), result;
}
async function createWorktree(git, opts) {
  assertNotOption(opts.branch, "branch name");
  let baseCommit = await git.revParse(opts.startPoint), dir = path.resolve(opts.path);
  return await withRepoLock(git, () => git.exec(["worktree", "add", "--quiet", "--no-track", "--no-checkout", "-b", opts.branch, dir, baseCommit])), await git.exec(["reset", "--hard", "--quiet"], { cwd: dir }), { path: dir, branch: opts.branch, baseCommit };
}
async function removeWorktree(git, worktreePath) {
  return withRepoLock(git, () => removeWorktreeUnlocked(git, worktreePath));
}
async function removeWorktreeUnlocked(git, worktreePath) {
  let dir = path.resolve(worktreePath), removed = await git.exec(["worktree", "remove", "--force", "--force", dir], { allowFailure: !0 });
  if (removed.exitCode !== 0) {
    let index = (await listWorktrees(git)).findIndex((w) => samePath(w.path, dir));
    if (index === 0) throw new Error(`refusing to remove ${dir}: it is the main working tree`);
    index > 0 && await rm(dir, { recursive: !0, force: !0 });
  }
  if (await git.exec(["worktree", "prune"]), existsSync(dir) && (await listWorktrees(git)).some((w) => samePath(w.path, dir)))
    throw new Error(`git worktree remove ${dir} failed: ${removed.stderr.trim()}`);
}
async function listWorktrees(git) {
  let out = await git.exec(["worktree", "list", "--porcelain", "-z"]), result = [], cur = null;
  for (let field of out.stdout.split("\0")) {
    if (field === "") {
      cur && result.push(cur), cur = null;
      continue;
    }
    let sp = field.indexOf(" "), key = sp < 0 ? field : field.slice(0, sp), value = sp < 0 ? "" : field.slice(sp + 1);
    if (key === "worktree") {
      cur && result.push(cur), cur = { path: value, head: null, branch: null, bare: !1, detached: !1, locked: null, prunable: null };
      continue;
    }
    cur && (key === "HEAD" ? cur.head = /^0+$/.test(value) ? null : value : key === "branch" ? cur.branch = value.replace(/^refs\/heads\//, "") : key === "bare" ? cur.bare = !0 : key === "detached" ? cur.detached = !0 : key === "locked" ? cur.locked = value : key === "prunable" && (cur.prunable = value));
  }
  return cur && result.push(cur), result;
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
function samePath(a, b) {
  return canonical(a) === canonical(b);
}
function canonical(p) {
  let abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

// src/run/rundir.ts
import fs from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
function runsDir(stateDir) {
  return path2.join(stateDir, "runs");
}
function runDirFor(stateDir, runId) {
  return path2.join(runsDir(stateDir), runId);
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
  worktree(taskId) {
    return path2.join(this.worktreesDir, taskId);
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
  async create(meta) {
    await fs.mkdir(this.worktreesDir, { recursive: !0 });
    let full = { ...meta, pid: process.pid, host: os.hostname() };
    return await fs.writeFile(this.metaFile, JSON.stringify(full, null, 2)), full;
  }
  async readMeta() {
    try {
      return JSON.parse(await fs.readFile(this.metaFile, "utf8"));
    } catch {
      return null;
    }
  }
};

export {
  mergeTree,
  authConfigArgs,
  taskBranchName,
  uniqueBranchNames,
  createWorktree,
  removeWorktree,
  mergeStartPoint,
  runsDir,
  RunDir
};
//# sourceMappingURL=chunk-XVA5DYO3.js.map
