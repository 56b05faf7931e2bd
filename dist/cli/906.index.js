export const id = 906;
export const ids = [906];
export const modules = {

/***/ 5906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcCommand: () => (/* binding */ gcCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6641);
/** `agent-fanout gc`: removes containers and worktrees left by runs whose process is gone. */



async function gcCommand(args, logger) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        options: { 'dry-run': { type: 'boolean' }, 'state-dir': { type: 'string' }, verbose: { type: 'boolean' } },
        strict: true,
    });
    const stateDir = values['state-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(values['state-dir']) : (0,_core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultStateDir */ .yD)();
    const dryRun = values['dry-run'] ?? false;
    const { collectGarbage } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(170), __webpack_require__.e(6), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 4071));
    const report = await collectGarbage(stateDir, { logger, dryRun });
    const verb = dryRun ? 'would remove' : 'removed';
    logger.info(`${verb} ${report.containers.length} container(s), ${report.worktrees.length} worktree(s)`);
    for (const c of report.containers)
        logger.info(`  container ${c}`);
    for (const w of report.worktrees)
        logger.info(`  worktree ${w}`);
    for (const r of report.skippedLive)
        logger.info(`  left alone: run ${r} is still running`);
    for (const e of report.errors)
        logger.error(e);
    return report.errors.length ? 1 : 0;
}


/***/ })

};
