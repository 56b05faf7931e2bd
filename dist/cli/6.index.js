export const id = 6;
export const ids = [6];
export const modules = {

/***/ 6829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ clockTicksPerSecond),
/* harmony export */   MB: () => (/* binding */ ProcessTreeMonitor),
/* harmony export */   TQ: () => (/* binding */ readProcStat),
/* harmony export */   qV: () => (/* binding */ parseProcStat)
/* harmony export */ });
/* unused harmony exports pageSizeBytes, listProcesses, selectTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/**
 * Resource accounting of a process tree from Linux `/proc`, for the subprocess executor (which has no
 * cgroup to ask). A tree is the root, every process descending from it by parent pid, and every
 * process still in its session (orphans re-parented to init stay in the session).
 */


/**
 * Parses the text of `/proc/<pid>/stat`. The command name is in parentheses and may itself contain
 * spaces and parentheses, so the fields are counted from the last `)`.
 */
function parseProcStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const rest = text
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    // rest[0] is field 3 (state) in proc(5) numbering.
    const field = (n) => Number(rest[n - 3]);
    const stat = {
        pid: Number(text.slice(0, open).trim()),
        comm: text.slice(open + 1, close),
        state: rest[0] ?? '?',
        ppid: field(4),
        pgrp: field(5),
        session: field(6),
        utime: field(14),
        stime: field(15),
        cutime: field(16),
        cstime: field(17),
        startTime: field(22),
        rssPages: field(24),
    };
    const numbers = [stat.pid, stat.ppid, stat.pgrp, stat.session, stat.utime, stat.stime, stat.cutime, stat.cstime, stat.startTime, stat.rssPages];
    return numbers.every(Number.isFinite) ? stat : undefined;
}
let clockTicks;
let pageSize;
function getconf(name, fallback) {
    try {
        const value = Number((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('getconf', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim());
        return Number.isFinite(value) && value > 0 ? value : fallback;
    }
    catch {
        return fallback;
    }
}
/** `getconf CLK_TCK`, read once; 100 (the Linux value) when it cannot be read. */
function clockTicksPerSecond() {
    clockTicks ??= getconf('CLK_TCK', 100);
    return clockTicks;
}
/** `getconf PAGESIZE`, read once; 4096 when it cannot be read. */
function pageSizeBytes() {
    pageSize ??= getconf('PAGESIZE', 4096);
    return pageSize;
}
/** Reads one process's stat; undefined when it is gone (or there is no /proc). */
async function readProcStat(pid, procDir = '/proc') {
    try {
        return parseProcStat(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`${procDir}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Scans younger than this are reused: parallel tasks sampling together cost one walk of /proc. */
const SCAN_REUSE_MS = 100;
const scans = new Map();
async function scanNow(procDir) {
    const at = Date.now();
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(procDir);
    }
    catch {
        return { at, stats: [] };
    }
    const stats = await Promise.all(names.filter((n) => /^\d+$/.test(n)).map((n) => readProcStat(Number(n), procDir)));
    return { at, stats: stats.filter((s) => s !== undefined) };
}
/**
 * Every process on the host (empty where there is no /proc). A scan started less than `maxAgeMs` ago
 * is shared.
 */
async function listProcesses(procDir = '/proc', maxAgeMs = SCAN_REUSE_MS) {
    const now = Date.now();
    const cached = scans.get(procDir);
    if (cached && now - cached.at < maxAgeMs)
        return (await cached.promise).stats;
    const promise = scanNow(procDir);
    scans.set(procDir, { promise, at: now });
    return (await promise).stats;
}
/** The members of the tree rooted at `rootPid` among `all`: descendants by ppid, plus `session` members. */
function selectTree(all, rootPid, session) {
    const children = new Map();
    for (const s of all) {
        const list = children.get(s.ppid);
        if (list)
            list.push(s);
        else
            children.set(s.ppid, [s]);
    }
    const members = new Map();
    const root = all.find((s) => s.pid === rootPid);
    const queue = root ? [root] : [];
    if (session !== undefined)
        queue.push(...all.filter((s) => s.session === session));
    while (queue.length > 0) {
        const s = queue.pop();
        if (members.has(s.pid))
            continue;
        members.set(s.pid, s);
        queue.push(...(children.get(s.pid) ?? []));
    }
    return [...members.values()];
}
/**
 * Samples a process tree's CPU time, RSS and process count.
 *
 * CPU time: each live member's own time plus the time of the children it has reaped (cutime/cstime)
 * counts every process exactly once while it lives. When a member disappears without a live member
 * parent to inherit its time (the root, reaped by us; orphans, reaped by init) its last sampled time is
 * kept. What cannot be seen: CPU a process used between the last sample and its death when no member
 * reaps it (at most one interval of the root's last activity), and processes that left the session.
 */
class ProcessTreeMonitor {
    #rootPid;
    #session;
    #procDir;
    #maxScanAgeMs;
    #known = new Map();
    #goneTicks = 0;
    #bestTicks = 0;
    #members = [];
    constructor(rootPid, options = {}) {
        if (!Number.isInteger(rootPid) || rootPid <= 0)
            throw new TypeError(`Expected a positive pid, got ${rootPid}`);
        this.#rootPid = rootPid;
        this.#session = options.session;
        this.#procDir = options.procDir ?? '/proc';
        this.#maxScanAgeMs = options.maxScanAgeMs ?? SCAN_REUSE_MS;
    }
    /** The members seen at the last sample. */
    get members() {
        return this.#members;
    }
    /**
     * True when a member that was alive at the last sample and is gone now has an ancestor that is still
     * alive: the ancestor's cutime has taken (or will take) its time through the chain of waits, so adding
     * its last sample too would count it twice.
     */
    #inheritedByLiveAncestor(gone, isAlive) {
        let pid = gone.ppid;
        for (let depth = 0; depth < 4096; depth++) {
            const ancestor = this.#known.get(pid);
            if (!ancestor)
                return false;
            if (isAlive(pid, ancestor.startTime))
                return true;
            pid = ancestor.ppid;
        }
        return false;
    }
    /** Samples the tree; `fresh` forces a new scan of /proc (for the last look after the root exited). */
    async sample(at = Date.now(), fresh = false) {
        const all = await listProcesses(this.#procDir, fresh ? 0 : this.#maxScanAgeMs);
        const members = selectTree(all, this.#rootPid, this.#session);
        const current = new Map(members.map((m) => [m.pid, m]));
        const same = (pid, startTime) => current.get(pid)?.startTime === startTime;
        for (const [pid, known] of this.#known) {
            if (!same(pid, known.startTime) && !this.#inheritedByLiveAncestor(known, same))
                this.#goneTicks += known.ticks;
        }
        let liveTicks = 0;
        let rssPages = 0;
        const next = new Map();
        for (const m of members) {
            const ticks = m.utime + m.stime + m.cutime + m.cstime;
            liveTicks += ticks;
            rssPages += m.rssPages;
            next.set(m.pid, { startTime: m.startTime, ppid: m.ppid, ticks });
        }
        this.#known = next;
        this.#members = members;
        this.#bestTicks = Math.max(this.#bestTicks, this.#goneTicks + liveTicks);
        return {
            at,
            cpuSeconds: this.#bestTicks / clockTicksPerSecond(),
            rssBytes: rssPages * pageSizeBytes(),
            pids: members.map((m) => m.pid),
        };
    }
}


/***/ }),

/***/ 7130:
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
// EXTERNAL MODULE: ./lib/git/git.js
var git_git = __webpack_require__(5216);
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

;// CONCATENATED MODULE: ./lib/git/auth.js
/**
 * `-c` options that send `token` as a basic `AUTHORIZATION` header to `remote`'s host.
 *
 * The key is URL-scoped (`http.https://github.com/.extraheader`) and first reset to empty: an
 * actions/checkout clone keeps its own token under exactly that key in the local config, and git
 * lets a URL-scoped key win over a plain `http.extraheader`, so a plain `-c` would silently send
 * the checkout token instead (or, without the reset, both headers, which GitHub rejects).
 * `credential.helper` is cleared so a host helper cannot prompt or substitute other credentials.
 */
async function authConfigArgs(git, remote, token, direction) {
    if (!token)
        return { args: [], secrets: [] };
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    const header = `AUTHORIZATION: basic ${basic}`;
    const origin = httpOrigin(await remoteUrl(git, remote, direction));
    const key = origin ? `http.${origin}.extraheader` : 'http.extraheader';
    return {
        args: ['-c', 'credential.helper=', '-c', `${key}=`, '-c', `${key}=${header}`],
        secrets: [token, basic],
    };
}
/** The URL git uses for `remote` (insteadOf rules applied); `remote` itself when it is not a configured remote. */
async function remoteUrl(git, remote, direction) {
    const args = direction === 'push' ? ['remote', 'get-url', '--push', remote] : ['remote', 'get-url', remote];
    const out = await git.exec(args, { allowFailure: true });
    return out.exitCode === 0 ? out.stdout.trim() : remote;
}
/** `https://host[:port]/` for an http(s) URL (what git's URL-scoped config keys match), else `null`. */
function httpOrigin(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.host}/` : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/git/remote.js
/** Asking a remote about its branches, with a token passed for that one command. */


/**
 * Names of every branch on `remote` (a remote name or URL), from one `ls-remote`, however many names
 * are checked; asked over the wire because remote-tracking refs of a shallow CI checkout are incomplete.
 */
async function remoteBranches(git, remote, opts = {}) {
    (0,git_git/* assertNotOption */.v3)(remote, 'remote');
    const auth = await authConfigArgs(git, remote, opts.token, 'fetch');
    const out = await git.exec([...auth.args, 'ls-remote', '--heads', remote], { allowFailure: true, secrets: auth.secrets });
    if (out.exitCode !== 0) {
        throw new git_git/* GitError */.XS((0,git_git/* redactArgs */.XT)(['ls-remote', '--heads', remote], auth.secrets), out.exitCode, (0,git_git/* redact */.E$)(out.stderr, auth.secrets));
    }
    const names = new Set();
    for (const line of out.stdout.split('\n')) {
        const ref = line.split('\t')[1];
        if (ref?.startsWith('refs/heads/'))
            names.add(ref.slice('refs/heads/'.length));
    }
    return names;
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
    const onRemote = remote !== undefined ? await remoteBranches(git, remote, { token: opts.token }) : new Set();
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

/***/ 665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ runsDir),
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


/***/ })

};
