export const id = 95;
export const ids = [95];
export const modules = {

/***/ 9095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProgressReporter: () => (/* binding */ ProgressReporter)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7564);

const ICON = {
    queued: '·',
    running: '▶',
    succeeded: '✓',
    failed: '✗',
    timed_out: '⏱',
    oom: '✗',
    skipped: '↷',
    cancelled: '■',
};
class ProgressReporter {
    #out;
    #live;
    #showOutput;
    #clock;
    #tasks = new Map();
    #drawn = 0;
    #timer = null;
    #partial = new Map();
    #width;
    constructor(options) {
        this.#out = options.out;
        this.#live = options.live ?? Boolean(options.out.isTTY);
        this.#showOutput = options.showOutput ?? true;
        this.#clock = options.clock ?? Date.now;
        this.#width = Math.max(40, (options.out.columns ?? 100) - 1);
    }
    handle(event) {
        switch (event.type) {
            case 'run-started':
                for (const t of event.tasks)
                    this.#tasks.set(t.id, { id: t.id, status: 'queued', startedAt: null, finishedAt: null });
                this.#idWidth = Math.min(24, Math.max(...event.tasks.map((t) => t.id.length), 4));
                if (this.#live) {
                    this.#timer = setInterval(() => this.#redraw(), 1000);
                    this.#timer.unref();
                    this.#redraw();
                }
                break;
            case 'task-state':
                this.#tasks.set(event.taskId, event.record);
                if (this.#live)
                    this.#redraw();
                else
                    this.#write(`${ICON[event.status]} ${event.taskId} ${event.status}${this.#detail(event.record)}\n`);
                break;
            case 'task-output':
                if (this.#showOutput)
                    this.#output(event.taskId, event.text);
                break;
            case 'run-finished':
                for (const [id, rest] of this.#partial)
                    if (rest)
                        this.#print(`[${id}] ${rest}\n`);
                this.#partial.clear();
                this.stop();
                break;
            default:
                break;
        }
    }
    stop() {
        if (this.#timer)
            clearInterval(this.#timer);
        this.#timer = null;
        if (this.#live)
            this.#redraw();
        this.#drawn = 0;
    }
    #idWidth = 12;
    #detail(record) {
        const parts = [];
        if (record.startedAt !== null)
            parts.push((0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)((record.finishedAt ?? this.#clock()) - record.startedAt));
        if (record.reason && record.status !== 'running')
            parts.push(record.reason);
        return parts.length ? ` (${parts.join(', ')})` : '';
    }
    #output(taskId, text) {
        const buffered = (this.#partial.get(taskId) ?? '') + text;
        const lines = buffered.split('\n');
        this.#partial.set(taskId, lines.pop() ?? '');
        if (lines.length)
            this.#print(lines.map((l) => `[${taskId}] ${l}\n`).join(''));
    }
    /** Prints above the live block (or plainly). */
    #print(text) {
        if (!this.#live)
            return this.#write(text);
        this.#clear();
        this.#write(text);
        this.#redraw();
    }
    #clear() {
        if (this.#drawn > 0)
            this.#write(`\x1b[${this.#drawn}F\x1b[J`);
        this.#drawn = 0;
    }
    #redraw() {
        this.#clear();
        const lines = [...this.#tasks.values()].map((t) => {
            const line = `${ICON[t.status]} ${t.id.padEnd(this.#idWidth)} ${t.status.padEnd(9)}${this.#detail(t)}`;
            return line.length > this.#width ? line.slice(0, this.#width - 1) + '…' : line;
        });
        if (lines.length)
            this.#write(lines.join('\n') + '\n');
        this.#drawn = lines.length;
    }
    #write(text) {
        this.#out.write(text);
    }
}


/***/ })

};
