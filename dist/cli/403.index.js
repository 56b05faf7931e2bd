export const id = 403;
export const ids = [403];
export const modules = {

/***/ 4403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDoctor: () => (/* binding */ runDoctor)
/* harmony export */ });
/* unused harmony export doctorChecks */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6641);
/* harmony import */ var _exec_docker_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(170);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7564);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3828);
/** `agent-fanout doctor`: checks what a run needs on this host, each ✓/✗ with the fix. */










const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const MIN_FREE_BYTES = 2 * 1024 ** 3;
async function doctorChecks(options) {
    const checks = [];
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    checks.push({
        name: 'node',
        ok: nodeMajor >= 24,
        detail: `node ${process.versions.node}`,
        fix: 'install Node 24 or newer (Actions runs node24)',
    });
    try {
        const { stdout } = await execFileAsync('git', ['--version']);
        const m = /(\d+)\.(\d+)/.exec(stdout);
        const ok = m !== null && (Number(m[1]) > 2 || (Number(m[1]) === 2 && Number(m[2]) >= 38));
        checks.push({ name: 'git', ok, detail: stdout.trim(), fix: 'git 2.38 or newer is needed (merge-tree --write-tree for dependencies and the conflict check)' });
    }
    catch {
        checks.push({ name: 'git', ok: false, detail: 'git not found', fix: 'apt-get install git' });
    }
    let client;
    try {
        client = _exec_docker_client_js__WEBPACK_IMPORTED_MODULE_6__.DockerClient.connect();
        await client.ping();
        const info = await client.info();
        checks.push({
            name: 'docker',
            ok: true,
            detail: `engine ${info.serverVersion}, cgroup v${info.cgroupVersion} (${info.cgroupDriver}), ${info.cpus} CPUs, ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(info.memoryBytes)}`,
        });
    }
    catch (error) {
        client = null;
        checks.push({
            name: 'docker',
            ok: false,
            detail: `the daemon does not answer: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(error)}`,
            fix: 'install Docker (apt-get install docker.io) and start it; make sure this user may use /var/run/docker.sock (docker group). Without Docker, runs fall back to subprocess mode (no isolation).',
        });
    }
    if (client) {
        const present = await client.imageExists(options.image).catch(() => false);
        checks.push({
            name: 'image',
            ok: present,
            detail: present ? options.image : `${options.image} is missing`,
            fix: options.image === _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__ ? 'agent-fanout image build' : `build or load ${options.image}`,
        });
        if (present) {
            const tmp = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'agent-fanout-doctor-'));
            try {
                const result = await client.createExecutor().run({
                    runId: 'doctor',
                    taskId: 'claude-version',
                    argv: ['claude', '--version'],
                    env: {},
                    workdir: '/tmp',
                    mounts: [],
                    user: options.user,
                    image: options.image,
                    cpus: 1,
                    memoryBytes: 512 * 1024 ** 2,
                    pidsLimit: 128,
                    network: 'none',
                    timeoutMs: 60_000,
                    logFile: node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'log'),
                    stdoutFile: node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'stdout'),
                });
                const out = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'stdout'), 'utf8').catch(() => '')).trim();
                const ok = result.outcome === 'exited' && result.exitCode === 0;
                checks.push({
                    name: 'agent CLI',
                    ok,
                    detail: ok ? `claude ${out} (as ${options.user})` : `claude --version failed in ${options.image} as ${options.user}: ${result.error ?? `exit ${result.exitCode}`}`,
                    fix: 'rebuild the image (agent-fanout image build); the CLI must be installed for any uid',
                });
            }
            finally {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(tmp, { recursive: true, force: true });
            }
        }
    }
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(options.stateDir, { recursive: true });
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.statfs(options.stateDir);
        const free = st.bavail * st.bsize;
        checks.push({
            name: 'disk',
            ok: free >= MIN_FREE_BYTES,
            detail: `${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(free)} free at ${options.stateDir}`,
            fix: `free space: worktrees and logs live under ${options.stateDir} (at least ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(MIN_FREE_BYTES)} advised)`,
        });
    }
    catch (error) {
        checks.push({ name: 'disk', ok: false, detail: `cannot use ${options.stateDir}: ${error.message}`, fix: 'set AGENT_FANOUT_HOME to a writable directory' });
    }
    const root = options.user.startsWith('0:');
    checks.push({
        name: 'uid mapping',
        ok: !root,
        detail: root
            ? 'agents would run as uid 0 (this process runs as root); they keep no capabilities, but files they write are root-owned'
            : `agents run as ${options.user}, the owner of the files they write`,
        fix: 'run agent-fanout as the runner user (not root), or pass --user UID:GID of the repository owner',
    });
    return checks;
}
async function runDoctor(args, logger) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({ args, options: { image: { type: 'string' }, user: { type: 'string' }, verbose: { type: 'boolean' } }, strict: true });
    const stateDir = (0,_core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultConfig */ .$P)('.').stateDir;
    const user = values.user ?? `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
    const checks = await doctorChecks({ image: values.image ?? _core_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IMAGE */ .__, stateDir, user });
    for (const c of checks) {
        logger.info(`${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}${!c.ok && c.fix ? `\n    fix: ${c.fix}` : ''}`);
    }
    const failed = checks.filter((c) => !c.ok && c.name !== 'uid mapping');
    return failed.length ? 1 : 0;
}


/***/ })

};
