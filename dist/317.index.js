export const id = 317;
export const ids = [317];
export const modules = {

/***/ 5317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
/** The action's post step: cleanup that never fails the job. */

async function run() {
    try {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('agent-fanout: post step');
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ })

};
