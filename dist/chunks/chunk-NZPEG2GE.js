import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  GitError,
  assertNotOption,
  identityArgs,
  launch,
  redact,
  redactArgs
} from "./chunk-RFCGYHN4.js";

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
  let dir = path.resolve(opts.dir);
  await initTaskGitDir(git, opts), await git.exec(["--git-dir", path.join(dir, ".git"), "--work-tree", dir, "reset", "--hard", "--quiet"], { cwd: dir });
}
async function initTaskGitDir(git, opts) {
  assertNotOption(opts.branch, "branch name");
  let dir = path.resolve(opts.dir), gitDir = path.join(dir, ".git"), format = opts.objectFormat ?? "sha1";
  await fs.mkdir(dir, { recursive: !0 });
  let byHand = plainBranchName(opts.branch) && /^[a-z0-9]+$/.test(format) && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(opts.startPoint);
  if (byHand) {
    let heads = path.join(gitDir, "refs", "heads");
    await fs.mkdir(path.join(gitDir, "objects", "pack"), { recursive: !0 }), await fs.mkdir(path.join(gitDir, "refs", "tags"), { recursive: !0 }), await fs.mkdir(path.dirname(path.join(heads, opts.branch)), { recursive: !0 });
    let extensions = format === "sha1" ? "" : `[extensions]
	objectformat = ${format}
`, config = `[core]
	repositoryformatversion = ${extensions ? 1 : 0}
	filemode = true
	bare = false
	logallrefupdates = true
${extensions}`;
    await fs.writeFile(path.join(gitDir, "config"), config), await fs.writeFile(path.join(gitDir, "HEAD"), `ref: refs/heads/${opts.branch}
`), await fs.writeFile(path.join(heads, opts.branch), `${opts.startPoint}
`);
  } else
    await git.exec(["init", "--quiet", "--template=", `--object-format=${format}`, "-b", opts.branch, dir], { cwd: dir });
  let info = path.join(gitDir, "objects", "info");
  await fs.mkdir(info, { recursive: !0 }), await fs.writeFile(path.join(info, "alternates"), opts.objectDirs.map((d) => `${d}
`).join("")), opts.shallow.length && await fs.writeFile(path.join(gitDir, "shallow"), opts.shallow.map((s) => `${s}
`).join("")), byHand || await git.exec(["--git-dir", gitDir, "update-ref", `refs/heads/${opts.branch}`, opts.startPoint], { cwd: dir });
}
function plainBranchName(name) {
  return name.split("/").every((c) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(c) && !c.endsWith(".lock") && !c.endsWith(".") && !c.includes(".."));
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

// src/git/overlay.ts
import fs2 from "node:fs/promises";
import path2 from "node:path";
var OVERLAY_SOURCE = "agent-fanout";
async function findMountTool(euid = process.geteuid?.() ?? -1) {
  if (process.platform !== "linux") return { unavailable: `overlay mounts need Linux (this is ${process.platform})` };
  if (euid === 0) return { prefix: [] };
  let sudo = await run(["sudo", "-n", "true"], process.cwd()).catch((error) => error);
  return sudo instanceof Error ? { unavailable: `not root, and sudo without a password failed (${sudo.message})` } : { prefix: ["sudo", "-n"] };
}
var OVERLAY_OPTIONS = [["redirect_dir=on", "volatile"], ["redirect_dir=on"]];
async function mountOverlay(tool, layers, target, options = OVERLAY_OPTIONS[0]) {
  for (let p of [layers.lower, layers.upper, layers.work]) assertPlainRelative(p);
  let all = [`lowerdir=${layers.lower}`, `upperdir=${layers.upper}`, `workdir=${layers.work}`, ...options].join(",");
  await run([...tool.prefix, "mount", "-t", "overlay", "-o", all, OVERLAY_SOURCE, target], layers.cwd);
}
async function bindReadOnly(tool, dir) {
  await run([...tool.prefix, "mount", "--bind", dir, dir], dir);
  try {
    await run([...tool.prefix, "mount", "-o", "remount,bind,ro", dir], dir);
  } catch (error) {
    throw await unmount(tool, dir).catch(() => {
    }), error;
  }
}
async function unmount(tool, target) {
  try {
    await run([...tool.prefix, "umount", target], "/");
  } catch (error) {
    try {
      await run([...tool.prefix, "umount", "--lazy", target], "/");
    } catch {
      throw error;
    }
  }
}
async function removeLayers(tool, dir) {
  if (tool && tool.prefix.length > 0 && await isRealDir(dir)) {
    let sets = [dir, ...(await fs2.readdir(dir).catch(() => [])).map((entry) => path2.join(dir, entry))];
    for (let set of sets) {
      let work = path2.join(set, "work");
      await isRealDir(set) && await isRealDir(work) && await run([...tool.prefix, "rm", "-rf", "--one-file-system", "--", work], "/");
    }
  }
  await removeTaskDir(dir);
}
async function isRealDir(p) {
  return (await fs2.lstat(p).catch(() => null))?.isDirectory() === !0;
}
function parseMountInfo(text) {
  let entries = [];
  for (let line of text.split(`
`)) {
    let fields = line.split(" "), dash = fields.indexOf("-");
    fields.length < 10 || dash < 6 || entries.push({ mountPoint: unescapeMountPath(fields[4]), fsType: fields[dash + 1], source: unescapeMountPath(fields[dash + 2] ?? "") });
  }
  return entries;
}
function unescapeMountPath(p) {
  return p.replace(/\\([0-7]{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8)));
}
async function readMounts() {
  return parseMountInfo(await fs2.readFile("/proc/self/mountinfo", "utf8").catch(() => ""));
}
async function mountsUnder(dir, mounts) {
  let real = await fs2.realpath(dir).catch(() => path2.resolve(dir));
  return (mounts ?? await readMounts()).map((m) => m.mountPoint).filter((p) => p === real || p.startsWith(`${real}/`)).reverse().sort((a, b) => b.split("/").length - a.split("/").length);
}
async function isMountPoint(dir) {
  let real = await fs2.realpath(dir).catch(() => null);
  return real === null ? !1 : (await readMounts()).some((m) => m.mountPoint === real);
}
async function unmountAllUnder(tool, dir) {
  let removed = [];
  for (let round = 0; round < 64; round++) {
    let points = await mountsUnder(dir);
    if (points.length === 0) return removed;
    for (let point of points)
      await unmount(tool, point), removed.push(point);
  }
  throw new Error(`mounts under ${dir} keep coming back`);
}
function assertPlainRelative(p) {
  if (!/^[A-Za-z0-9._/-]+$/.test(p) || path2.isAbsolute(p) || p.split("/").includes(".."))
    throw new Error(`overlay layer path '${p}' must be relative and use only letters, digits, '.', '_', '-' and '/'`);
}
function run(argv, cwd) {
  return launch(argv[0], argv.slice(1), { cwd });
}

export {
  mergeTree,
  authConfigArgs,
  taskBranchName,
  mergeStartPoint,
  reserveBranches,
  moveBranch,
  releaseBranch,
  createTaskRepo,
  initTaskGitDir,
  chownTree,
  removeTaskDir,
  repoObjects,
  setUpTask,
  findMountTool,
  OVERLAY_OPTIONS,
  mountOverlay,
  bindReadOnly,
  unmount,
  removeLayers,
  mountsUnder,
  isMountPoint,
  unmountAllUnder
};
//# sourceMappingURL=chunk-NZPEG2GE.js.map
