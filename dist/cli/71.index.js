export const id = 71;
export const ids = [71];
export const modules = {

/***/ 4071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectGarbage: () => (/* binding */ collectGarbage)
});

// UNUSED EXPORTS: sweepWorktrees

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/exec/docker/client.js + 5 modules
var docker_client = __webpack_require__(170);
// EXTERNAL MODULE: ./lib/core/logger.js
var core_logger = __webpack_require__(5403);
// EXTERNAL MODULE: ./lib/exec/docker/labels.js
var labels = __webpack_require__(5703);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
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
            const message = (0,errors/* errorMessage */.g)(error);
            logger.warning(`could not remove ${what}: ${message}`);
            result.failed.push({ container, error: message });
        }
    }
    return result;
}

// EXTERNAL MODULE: ./lib/git/git.js
var git_git = __webpack_require__(5216);
// EXTERNAL MODULE: ./lib/git/worktrees.js + 3 modules
var worktrees = __webpack_require__(7130);
// EXTERNAL MODULE: ./lib/run/liveness.js
var liveness = __webpack_require__(3500);
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
            report.errors.push(`worktree ${worktree}: ${(0,errors/* errorMessage */.g)(error)}`);
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
        if (meta && (0,liveness/* processState */.L)(meta.pid, meta.host, meta.startedAt) === 'alive') {
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
            if (ids.pid !== undefined && (0,liveness/* processState */.L)(ids.pid, ids.host, summary.createdAt) !== 'dead') {
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

/***/ 3500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ processState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _exec_proctree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6829);
/** Whether the process that runs (or ran) a fan-out still lives: run dirs, journals and containers name it. */



/** A process started this long after the run did is another process that got the pid again. */
const PID_REUSE_SLACK_MS = 10_000;
/**
 * `unknown` when there is no pid or it is on another host; `dead` when no such process, a zombie,
 * or (on Linux) a process that started after the run did — the pid was reused.
 */
function processState(pid, host, runStartedAt) {
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0)
        return 'unknown';
    if (host && host !== node_os__WEBPACK_IMPORTED_MODULE_1__.hostname())
        return 'unknown';
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists but belongs to another user.
        if (error.code !== 'EPERM')
            return 'dead';
    }
    const started = linuxProcessStart(pid);
    if (started === 'zombie')
        return 'dead';
    if (started !== null && started > runStartedAt + PID_REUSE_SLACK_MS)
        return 'dead';
    return 'alive';
}
/** Epoch ms the process started, `zombie`, or null when /proc cannot tell. */
function linuxProcessStart(pid) {
    try {
        const stat = (0,_exec_proctree_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProcStat */ .qV)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(`/proc/${pid}/stat`, 'utf8'));
        if (!stat)
            return null;
        if (stat.state === 'Z' || stat.state === 'X')
            return 'zombie';
        const btime = /^btime (\d+)$/m.exec(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync('/proc/stat', 'utf8'));
        if (!btime)
            return null;
        return Number(btime[1]) * 1000 + (stat.startTime / (0,_exec_proctree_js__WEBPACK_IMPORTED_MODULE_2__/* .clockTicksPerSecond */ .Gu)()) * 1000;
    }
    catch {
        return null;
    }
}


/***/ })

};
