export const id = 755;
export const ids = [755];
export const modules = {

/***/ 7755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageCommand: () => (/* binding */ imageCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6641);
/* harmony import */ var _core_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3657);
/** `agent-fanout image build`: builds the agent image from docker/Dockerfile. */



async function imageCommand(args, logger) {
    const [sub, ...rest] = args;
    if (sub !== 'build')
        throw new _core_options_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`Invalid value '${sub ?? ''}' for 'agent-fanout image'. Expected 'build'.`);
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: rest,
        options: {
            tag: { type: 'string' },
            'base-image': { type: 'string' },
            'ca-cert': { type: 'string' },
            'claude-version': { type: 'string' },
            verbose: { type: 'boolean' },
        },
        strict: true,
    });
    const [{ DockerClient }, { buildAgentImage }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(170)]).then(__webpack_require__.bind(__webpack_require__, 170)), __webpack_require__.e(/* import() */ 47).then(__webpack_require__.bind(__webpack_require__, 2047))]);
    const client = DockerClient.connect();
    await client.ping();
    const tag = values.tag ?? _core_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_IMAGE */ .__;
    const t0 = Date.now();
    await buildAgentImage(client, {
        tag,
        baseImage: values['base-image'] ?? _core_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BASE_IMAGE */ .sb,
        caCertFile: values['ca-cert'] ?? process.env.NODE_EXTRA_CA_CERTS,
        claudeVersion: values['claude-version'],
        logger,
    });
    logger.info(`built ${tag} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    return 0;
}


/***/ })

};
