export const id = 71;
export const ids = [71];
export const modules = {

/***/ 272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ createWorktree),
  vH: () => (/* binding */ mergeStartPoint),
  IL: () => (/* binding */ removeWorktree),
  jw: () => (/* binding */ taskBranchName),
  QQ: () => (/* binding */ uniqueBranchNames)
});

// UNUSED EXPORTS: MergeConflictError, listWorktrees, uniqueBranchName, withRepoLock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/git/git.js + 1 modules
var git_git = __webpack_require__(5996);
;// CONCATENATED MODULE: ./lib/git/merge-tree.js
/**
 * Merges commits `a` and `b`. Exit code 1 means conflicts, but git 2.39 also exits 1 when a ref
 * cannot be resolved; only the tree oid on the first line tells the two apart.
 */
async function mergeTree(git, a, b) {
    const out = await git.exec(['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', a, b], { allowFailure: true });
    // -z output: the tree oid, then one conflicted path per NUL-terminated field.
    const fields = out.stdout.split('\0').filter((f) => f !== '');
    const tree = fields[0] ?? '';
    if ((out.exitCode !== 0 && out.exitCode !== 1) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tree)) {
        throw new Error(`git merge-tree ${a} ${b} failed with exit code ${out.exitCode}: ${out.stderr.trim() || out.stdout.trim()}`);
    }
    return { clean: out.exitCode === 0, tree, conflictedFiles: out.exitCode === 1 ? fields.slice(1) : [] };
}

;// CONCATENATED MODULE: ./lib/git/worktrees.js
/** Task branches and worktrees: naming, creation, removal, and start points for tasks with dependencies. */





/** Merging dependency results failed because they touch the same lines. */
class MergeConflictError extends Error {
    commits;
    files;
    constructor(commits, files) {
        super(`merging ${commits.map((c) => c.slice(0, 12)).join(' and ')} conflicts in: ${files.join(', ')}`);
        this.commits = commits;
        this.files = files;
        this.name = 'MergeConflictError';
    }
}
/** `<prefix>/<task-id>`, or `<prefix>/<issue>/<task-id>` when the task belongs to an issue. */
function taskBranchName(prefix, taskId, issue) {
    const p = prefix.replace(/\/+$/, '');
    return issue === undefined || issue === null ? `${p}/${taskId}` : `${p}/${issue}/${taskId}`;
}
/**
 * `base` when no branch of that name exists, else the first free of `base-try2`, `base-try3`, ….
 * An existing branch is never reused: it may hold an earlier run's work. With `remote`, branches on
 * the remote count as taken too, so a push never overwrites one.
 */
async function uniqueBranchName(git, base, remote, opts = {}) {
    return (await uniqueBranchNames(git, [base], remote, opts))[0];
}
/**
 * {@link uniqueBranchName} for several bases at once, with one listing of the local branches and one
 * `ls-remote`, however many tasks there are; names chosen here are also distinct from each other.
 */
async function uniqueBranchNames(git, bases, remote, opts = {}) {
    const local = await git.localBranches();
    const onRemote = remote !== undefined ? await git.remoteBranches(remote, { token: opts.token }) : new Set();
    const maxTries = opts.maxTries ?? 100;
    const chosen = new Set();
    // Git cannot have both `fanout/x` and `fanout/x/y`: a name is taken when a branch lies under it.
    const taken = (name) => local.has(name) || onRemote.has(name) || chosen.has(name) || [...local, ...chosen].some((b) => b.startsWith(`${name}/`));
    return bases.map((base) => {
        (0,git_git/* assertNotOption */.v3)(base, 'branch name');
        // No suffix helps when a prefix of the name is a branch.
        const parts = base.split('/');
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            if (local.has(prefix)) {
                throw new Error(`cannot create branch '${base}': branch '${prefix}' exists, and git cannot have both; rename one or change the branch prefix`);
            }
        }
        for (let n = 1; n <= maxTries; n++) {
            const name = n === 1 ? base : `${base}-try${n}`;
            if (taken(name))
                continue;
            chosen.add(name);
            return name;
        }
        throw new Error(`no free branch name for '${base}': '${base}' to '${base}-try${maxTries}' all exist`);
    });
}
const repoLocks = new Map();
/**
 * Runs `fn` after every other `withRepoLock` call on the same repository has settled. Concurrent
 * `git worktree add`s in one repository race (each reads the others' half-written admin dirs:
 * "failed to read .git/worktrees/<x>/commondir"), so worktree bookkeeping goes through this.
 */
function withRepoLock(git, fn) {
    const key = git.topLevel;
    const result = (repoLocks.get(key) ?? Promise.resolve()).then(fn, fn);
    const tail = result.catch(() => undefined);
    repoLocks.set(key, tail);
    // Drop the entry once nothing is queued behind this call, so the map does not grow.
    void tail.then(() => {
        if (repoLocks.get(key) === tail)
            repoLocks.delete(key);
    });
    return result;
}
/**
 * `git worktree add -b <branch> <path> <startPoint>`, with the start point resolved to a sha first.
 * The add itself runs under {@link withRepoLock}, with `--no-checkout`; the files are checked out
 * afterwards, outside the lock, since that is the slow part on a large tree.
 */
async function createWorktree(git, opts) {
    (0,git_git/* assertNotOption */.v3)(opts.branch, 'branch name');
    const baseCommit = await git.revParse(opts.startPoint);
    const dir = external_node_path_.resolve(opts.path);
    // A sha start point also keeps git from setting up tracking of e.g. origin/main.
    await withRepoLock(git, () => git.exec(['worktree', 'add', '--quiet', '--no-track', '--no-checkout', '-b', opts.branch, dir, baseCommit]));
    await git.exec(['reset', '--hard', '--quiet'], { cwd: dir });
    return { path: dir, branch: opts.branch, baseCommit };
}
/**
 * Removes the worktree at `worktreePath` and prunes git's records; a worktree already gone is fine.
 * Git refuses to remove worktrees with submodules even with `--force`; those are deleted from disk
 * and pruned instead. The branch is kept: it holds the task's result.
 */
async function removeWorktree(git, worktreePath) {
    return withRepoLock(git, () => removeWorktreeUnlocked(git, worktreePath));
}
async function removeWorktreeUnlocked(git, worktreePath) {
    const dir = external_node_path_.resolve(worktreePath);
    const removed = await git.exec(['worktree', 'remove', '--force', '--force', dir], { allowFailure: true });
    if (removed.exitCode !== 0) {
        const index = (await listWorktrees(git)).findIndex((w) => samePath(w.path, dir));
        // The first entry is the main working tree (or the bare repository): never delete that.
        if (index === 0)
            throw new Error(`refusing to remove ${dir}: it is the main working tree`);
        if (index > 0)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    await git.exec(['worktree', 'prune']);
    if ((0,external_node_fs_.existsSync)(dir) && (await listWorktrees(git)).some((w) => samePath(w.path, dir))) {
        throw new Error(`git worktree remove ${dir} failed: ${removed.stderr.trim()}`);
    }
}
/** All worktrees of the repository, from `git worktree list --porcelain -z`. */
async function listWorktrees(git) {
    const out = await git.exec(['worktree', 'list', '--porcelain', '-z']);
    const result = [];
    let cur = null;
    for (const field of out.stdout.split('\0')) {
        if (field === '') {
            // An empty field ends a record.
            if (cur)
                result.push(cur);
            cur = null;
            continue;
        }
        const sp = field.indexOf(' ');
        const key = sp < 0 ? field : field.slice(0, sp);
        const value = sp < 0 ? '' : field.slice(sp + 1);
        if (key === 'worktree') {
            if (cur)
                result.push(cur);
            cur = { path: value, head: null, branch: null, bare: false, detached: false, locked: null, prunable: null };
            continue;
        }
        if (!cur)
            continue;
        if (key === 'HEAD')
            cur.head = /^0+$/.test(value) ? null : value;
        else if (key === 'branch')
            cur.branch = value.replace(/^refs\/heads\//, '');
        else if (key === 'bare')
            cur.bare = true;
        else if (key === 'detached')
            cur.detached = true;
        else if (key === 'locked')
            cur.locked = value;
        else if (key === 'prunable')
            cur.prunable = value;
    }
    if (cur)
        result.push(cur);
    return result;
}
/**
 * A commit to start a task with several dependencies from: one commit whose tree merges all of
 * `commits` (its parents). Commits already contained in another are dropped; if one commit
 * contains all others it is returned as is. Merged in memory with `merge-tree --write-tree`, so no
 * worktree or index is touched. Throws a {@link MergeConflictError} naming the files on conflict.
 */
async function mergeStartPoint(git, commits, opts) {
    if (commits.length === 0)
        throw new TypeError('mergeStartPoint needs at least one commit');
    const shas = [...new Set(await Promise.all(commits.map((c) => git.revParse(c))))];
    const heads = [];
    for (const sha of shas) {
        if (await containedIn(git, sha, heads))
            continue;
        const kept = [];
        for (const h of heads)
            if (!(await isAncestor(git, h, sha)))
                kept.push(h);
        heads.splice(0, heads.length, ...kept, sha);
    }
    if (heads.length === 1)
        return heads[0];
    const idArgs = (0,git_git/* identityArgs */.MU)(opts.identity);
    // merge-tree (git 2.39) merges two commits, so fold: intermediate commits exist only to feed
    // the next merge; the result gets the tree of the last merge and all heads as parents.
    let acc = heads[0];
    let tree = '';
    for (let i = 1; i < heads.length; i++) {
        const next = heads[i];
        const merged = await mergeTree(git, acc, next);
        if (!merged.clean)
            throw new MergeConflictError(heads.slice(0, i + 1), merged.conflictedFiles);
        tree = merged.tree;
        if (i < heads.length - 1) {
            acc = await commitTree(git, idArgs, tree, [acc, next], 'intermediate merge');
        }
    }
    const message = opts.message ?? `Merge dependencies ${heads.map((h) => h.slice(0, 12)).join(', ')}`;
    return commitTree(git, idArgs, tree, heads, message);
}
async function commitTree(git, idArgs, tree, parents, message) {
    const out = await git.exec([...idArgs, 'commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], { input: `${message}\n` });
    return out.stdout.trim();
}
async function isAncestor(git, ancestor, of) {
    const out = await git.exec(['merge-base', '--is-ancestor', ancestor, of], { allowFailure: true });
    if (out.exitCode > 1)
        throw new Error(`git merge-base --is-ancestor ${ancestor} ${of} failed: ${out.stderr.trim()}`);
    return out.exitCode === 0;
}
async function containedIn(git, sha, heads) {
    for (const h of heads)
        if (await isAncestor(git, sha, h))
            return true;
    return false;
}
function samePath(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(p) {
    const abs = external_node_path_.resolve(p);
    try {
        return (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        return abs;
    }
}


/***/ }),

/***/ 4071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectGarbage: () => (/* binding */ collectGarbage)
});

// UNUSED EXPORTS: sweepWorktrees

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/exec/docker/client.js + 5 modules
var docker_client = __webpack_require__(170);
// EXTERNAL MODULE: ./lib/core/logger.js
var core_logger = __webpack_require__(5403);
// EXTERNAL MODULE: ./lib/exec/docker/labels.js
var labels = __webpack_require__(5703);
;// CONCATENATED MODULE: ./lib/exec/docker/gc.js
/**
 * Garbage collection of what runs leave behind. Containers: everything carrying the product label
 * (optionally of one run) — normally nothing, since the executor removes its containers, but a
 * killed runner process can leave some.
 */


/** Removes the product's containers (running ones too: they are killed). */
async function sweepContainers(client, options = {}) {
    const logger = options.logger ?? core_logger/* silentLogger */.q;
    const dryRun = options.dryRun ?? false;
    const found = await client.listContainers((0,labels/* labelFilter */.HY)({ runId: options.runId }));
    const result = { removed: [], failed: [], dryRun };
    for (const summary of found) {
        const ids = (0,labels/* parseLabels */.Xy)(summary.labels);
        // The label filter already selected ours; this guards against a daemon ignoring filters.
        if (!ids)
            continue;
        const container = { id: summary.id, name: summary.name, runId: ids.runId, taskId: ids.taskId, state: summary.state };
        const what = `container ${summary.name} (run ${ids.runId}, task '${ids.taskId}', ${summary.state})`;
        if (dryRun) {
            logger.info(`would remove ${what}`);
            result.removed.push(container);
            continue;
        }
        try {
            await client.removeContainer(summary.id);
            logger.info(`removed ${what}`);
            result.removed.push(container);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            logger.warning(`could not remove ${what}: ${message}`);
            result.failed.push({ container, error: message });
        }
    }
    return result;
}

// EXTERNAL MODULE: ./lib/git/git.js + 1 modules
var git_git = __webpack_require__(5996);
// EXTERNAL MODULE: ./lib/git/worktrees.js + 1 modules
var worktrees = __webpack_require__(272);
// EXTERNAL MODULE: ./lib/run/rundir.js
var rundir = __webpack_require__(665);
;// CONCATENATED MODULE: ./lib/run/cleanup.js
/**
 * Sweeping what runs leave behind: a run's containers (by label) and worktrees (from its run
 * directory). Used by `agent-fanout gc`, the action's post step and the engine's cancel path.
 */









async function connectDocker(logger) {
    try {
        const client = docker_client.DockerClient.connect();
        await client.ping();
        return client;
    }
    catch {
        logger.debug('Docker does not answer: no containers to sweep');
        return null;
    }
}
/** Removes the worktrees left in one run directory (the branches keep the results). */
async function sweepWorktrees(runDir, report, options) {
    const worktreesDir = runDir.worktreesDir;
    const entries = await promises_.readdir(worktreesDir).catch(() => []);
    if (entries.length === 0)
        return;
    const meta = await runDir.readMeta();
    const git = meta ? await git_git/* Git */.TU.create(meta.repo).catch(() => null) : null;
    for (const entry of entries) {
        const worktree = external_node_path_.join(worktreesDir, entry);
        report.worktrees.push(worktree);
        if (options.dryRun)
            continue;
        try {
            if (git)
                await (0,worktrees/* removeWorktree */.IL)(git, worktree);
            await promises_.rm(worktree, { recursive: true, force: true });
        }
        catch (error) {
            report.errors.push(`worktree ${worktree}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (!options.dryRun)
        await promises_.rm(worktreesDir, { recursive: true, force: true });
}
/**
 * Sweeps every run that is not live: containers carrying the product label and worktrees under
 * `<stateDir>/runs/*`. Runs whose process is alive are left alone.
 */
async function collectGarbage(stateDir, options) {
    const report = { containers: [], worktrees: [], skippedLive: [], errors: [] };
    const live = new Set();
    for (const runId of (await promises_.readdir((0,rundir/* runsDir */.AM)(stateDir)).catch(() => [])).sort()) {
        const runDir = rundir/* RunDir */.rJ.of(stateDir, runId);
        const meta = await runDir.readMeta();
        if (meta && (0,rundir/* isProcessAlive */.jW)(meta)) {
            live.add(runId);
            report.skippedLive.push(runId);
            continue;
        }
        await sweepWorktrees(runDir, report, options);
    }
    const client = await connectDocker(options.logger);
    if (client) {
        const runIds = new Set();
        for (const summary of await client.listContainers((0,labels/* labelFilter */.HY)({}))) {
            const ids = (0,labels/* parseLabels */.Xy)(summary.labels);
            if (!ids || live.has(ids.runId))
                continue;
            // A container names its orchestrator: alive, or on another host we cannot check → leave it.
            if (ids.pid !== undefined && (ids.host !== external_node_os_.hostname() || (0,rundir/* isProcessAlive */.jW)({ pid: ids.pid, host: ids.host }))) {
                if (!report.skippedLive.includes(ids.runId))
                    report.skippedLive.push(ids.runId);
                continue;
            }
            runIds.add(ids.runId);
        }
        for (const runId of runIds) {
            const swept = await sweepContainers(client, { runId, dryRun: options.dryRun ?? false, logger: options.logger });
            report.containers.push(...swept.removed.map((c) => c.id));
            report.errors.push(...swept.failed.map((f) => `container ${f.container.name}: ${f.error}`));
        }
    }
    return report;
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ runsDir),
/* harmony export */   jW: () => (/* binding */ isProcessAlive),
/* harmony export */   rJ: () => (/* binding */ RunDir)
/* harmony export */ });
/* unused harmony export runDirFor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/**
 * The one place that knows a run directory's layout:
 *
 *   <stateDir>/runs/<runId>/run.json              who runs it (pid, host) and on which repository
 *   <stateDir>/runs/<runId>/worktrees/<task>/     the task's working tree (removed when the task ends)
 *   <stateDir>/runs/<runId>/tasks/<task>/         prompt.md, output.log (stdout+stderr), stdout.log
 *
 * The engine writes it, `gc`, the action's post step and the dashboard read it.
 */



function runsDir(stateDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(stateDir, 'runs');
}
function runDirFor(stateDir, runId) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(runsDir(stateDir), runId);
}
/** Where each file of a run lives. */
class RunDir {
    path;
    constructor(path) {
        this.path = path;
    }
    static of(stateDir, runId) {
        return new RunDir(runDirFor(stateDir, runId));
    }
    get metaFile() {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, 'run.json');
    }
    get worktreesDir() {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, 'worktrees');
    }
    worktree(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.worktreesDir, taskId);
    }
    taskDir(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.path, 'tasks', taskId);
    }
    promptFile(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.taskDir(taskId), 'prompt.md');
    }
    /** Combined stdout and stderr, as the task wrote them. */
    logFile(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.taskDir(taskId), 'output.log');
    }
    /** Raw stdout only: what agent adapters parse. */
    stdoutFile(taskId) {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.taskDir(taskId), 'stdout.log');
    }
    async create(meta) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(this.worktreesDir, { recursive: true });
        const full = { ...meta, pid: process.pid, host: node_os__WEBPACK_IMPORTED_MODULE_1__.hostname() };
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(this.metaFile, JSON.stringify(full, null, 2));
        return full;
    }
    async readMeta() {
        try {
            return JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(this.metaFile, 'utf8'));
        }
        catch {
            return null;
        }
    }
}
/** A run is live while its orchestrating process (on this host) is alive. */
function isProcessAlive(meta) {
    if (meta.host !== node_os__WEBPACK_IMPORTED_MODULE_1__.hostname())
        return false;
    try {
        process.kill(meta.pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ })

};
