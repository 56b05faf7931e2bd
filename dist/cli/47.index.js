export const id = 47;
export const ids = [47];
export const modules = {

/***/ 2047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildAgentImage: () => (/* binding */ buildAgentImage),
/* harmony export */   ensureImage: () => (/* binding */ ensureImage),
/* harmony export */   locateDockerfile: () => (/* binding */ locateDockerfile),
/* harmony export */   pinnedClaudeVersion: () => (/* binding */ pinnedClaudeVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6641);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5403);
/**
 * The agent image: built locally from docker/Dockerfile (no registry needed beyond the base image),
 * with an optional extra CA bundle baked in so npm and the agent trust a TLS-intercepting proxy.
 */







/** Text every agent Dockerfile of this package contains; guards against finding someone else's. */
const DOCKERFILE_MARKER = 'ARG CLAUDE_CODE_VERSION=';
/**
 * Finds this package's docker/Dockerfile by walking up from `startDir`. Works from the sources
 * (src/exec), the compiled lib/exec and the bundles (dist/, dist/cli/), which all sit below the
 * package root.
 */
function locateDockerfile(startDir = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url))) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(startDir);
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'docker', 'Dockerfile');
        if (isAgentDockerfile(candidate))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`agent image: docker/Dockerfile not found above ${startDir}; reinstall agent-fanout or build the image yourself`);
}
function isAgentDockerfile(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8').includes(DOCKERFILE_MARKER);
    }
    catch {
        return false;
    }
}
/** The Claude Code version a Dockerfile pins (`ARG CLAUDE_CODE_VERSION=…`). */
function pinnedClaudeVersion(dockerfileText) {
    return /^ARG CLAUDE_CODE_VERSION=(\S+)\s*$/m.exec(dockerfileText)?.[1];
}
/** Builds the agent image from a staged context: the Dockerfile plus `ca-certificates/extra.crt`. */
async function buildAgentImage(client, options = {}) {
    const logger = options.logger ?? _core_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .silentLogger */ .q;
    const tag = options.tag ?? _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__;
    const baseImage = options.baseImage ?? _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_BASE_IMAGE */ .sb;
    const caCertFile = resolveCaCertFile(options, logger);
    const dockerfile = locateDockerfile(options.searchFrom);
    const context = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'agent-fanout-image-'));
    const started = Date.now();
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile(dockerfile, node_path__WEBPACK_IMPORTED_MODULE_3__.join(context, 'Dockerfile'));
        const caDir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(context, 'ca-certificates');
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(caDir);
        // COPY of an empty folder is fine, but an explicit file keeps the context's shape obvious.
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_3__.join(caDir, '.keep'), '');
        if (caCertFile)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile(caCertFile, node_path__WEBPACK_IMPORTED_MODULE_3__.join(caDir, 'extra.crt'));
        const buildArgs = { BASE_IMAGE: baseImage };
        if (options.claudeVersion)
            buildArgs.CLAUDE_CODE_VERSION = options.claudeVersion;
        const version = options.claudeVersion ?? pinnedClaudeVersion(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(dockerfile, 'utf8')) ?? 'pinned';
        logger.info(`Building agent image ${tag} from ${baseImage} (Claude Code ${version}${caCertFile ? `, extra CAs from ${caCertFile}` : ''})`);
        await client.buildImage({ contextDir: context, tag, buildArgs, onProgress: (line) => logger.debug(line) });
        const durationMs = Date.now() - started;
        logger.info(`Built agent image ${tag} in ${Math.round(durationMs / 1000)}s`);
        return { tag, durationMs, caCertFile };
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(context, { recursive: true, force: true });
    }
}
function resolveCaCertFile(options, logger) {
    if (options.caCertFile) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(options.caCertFile, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
        }
        catch {
            throw new Error(`agent image: CA certificate file '${options.caCertFile}' is not readable`);
        }
        return options.caCertFile;
    }
    const fromEnv = (options.env ?? process.env).NODE_EXTRA_CA_CERTS;
    if (!fromEnv)
        return undefined;
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(fromEnv, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
        return fromEnv;
    }
    catch {
        logger.warning(`agent image: NODE_EXTRA_CA_CERTS names '${fromEnv}', which is not readable; building without extra CAs`);
        return undefined;
    }
}
/**
 * Makes sure `image` is present: the default agent image is built when missing; any other image
 * must already exist (this never pulls). Says which happened.
 */
async function ensureImage(client, image, options = {}) {
    if (await client.imageExists(image))
        return 'present';
    if (image !== _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__) {
        throw new Error(`Image '${image}' is not present on the Docker host. Pull or build it first (docker pull ${image}), ` +
            `or use the default '${_core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__}', which agent-fanout builds itself.`);
    }
    await buildAgentImage(client, { ...options, tag: image });
    return 'built';
}


/***/ })

};
