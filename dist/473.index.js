export const id = 473;
export const ids = [473];
export const modules = {

/***/ 3473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: removeRunWorktrees

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./lib/exec/docker.js + 1 modules
var docker = __webpack_require__(1015);
// EXTERNAL MODULE: ./lib/logger.js
var lib_logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/exec/labels.js
var labels = __webpack_require__(2394);
;// CONCATENATED MODULE: ./lib/exec/gc.js
/**
 * Garbage collection of what runs leave behind. Containers: everything carrying the product label
 * (optionally of one run) — normally nothing, since the executor removes its containers, but a
 * killed runner process can leave some.
 */


/** Removes the product's containers (running ones too: they are killed). */
async function sweepContainers(client, options = {}) {
    const logger = options.logger ?? lib_logger/* silentLogger */.q;
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

// EXTERNAL MODULE: ./lib/git/index.js + 2 modules
var lib_git = __webpack_require__(9869);
;// CONCATENATED MODULE: ./lib/post.js
/**
 * The action's post step: removes what the run left behind — its containers (by label) and its
 * worktrees — also after a cancelled or killed main step. Each cleanup is a log group of its own;
 * a failing cleanup is a warning, never a failed job.
 */





const postLogger = {
    debug: (m) => core/* debug */.Yz(m),
    info: (m) => core/* info */.pq(m),
    warning: (m) => core/* warning */.$e(m),
    error: (m) => core/* warning */.$e(m),
};
async function cleanup(title, fn) {
    core/* startGroup */.Oh(title);
    try {
        await fn();
    }
    catch (error) {
        core/* warning */.$e(`${title} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        core/* endGroup */.N4();
    }
}
function isInside(child, parent) {
    const rel = external_node_path_.relative(parent, child);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel);
}
/** Removes the worktrees git lists under `<stateDir>/runs/<runId>/`, then prunes stale entries. */
async function removeRunWorktrees(repo, runDir, logger) {
    const git = await lib_git/* Git */.TU.create(repo);
    const removed = [];
    for (const worktree of await (0,lib_git/* listWorktrees */.P9)(git)) {
        if (!isInside(external_node_path_.resolve(worktree.path), external_node_path_.resolve(runDir)))
            continue;
        await (0,lib_git/* removeWorktree */.IL)(git, worktree.path);
        removed.push(worktree.path);
        logger.info(`removed worktree ${worktree.path}`);
    }
    await git.exec(['worktree', 'prune']);
    return removed;
}
async function run() {
    try {
        const runId = core/* getState */.Gu('runId');
        const stateDir = core/* getState */.Gu('stateDir');
        const repo = core/* getState */.Gu('repo');
        if (!runId || !stateDir) {
            core/* info */.pq('agent-fanout: no run was started; nothing to clean up');
            return;
        }
        await cleanup(`Remove containers of run ${runId}`, async () => {
            const client = docker/* DockerClient */.al.connect();
            const swept = await sweepContainers(client, { runId, dryRun: false, logger: postLogger });
            if (swept.failed.length > 0)
                throw new Error(`${swept.failed.length} container(s) could not be removed`);
            core/* info */.pq(swept.removed.length ? `removed ${swept.removed.length} container(s)` : 'no containers left');
        });
        if (core/* getState */.Gu('keepWorktrees') === 'true') {
            core/* info */.pq('agent-fanout: keep-worktrees is set: worktrees are kept');
        }
        else if (repo) {
            await cleanup(`Remove worktrees of run ${runId}`, async () => {
                const removed = await removeRunWorktrees(repo, external_node_path_.join(stateDir, 'runs', runId), postLogger);
                core/* info */.pq(removed.length ? `removed ${removed.length} worktree(s)` : 'no worktrees left');
            });
        }
    }
    catch (error) {
        core/* warning */.$e(`agent-fanout cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ })

};
