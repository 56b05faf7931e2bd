export const id = 859;
export const ids = [859];
export const modules = {

/***/ 1859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dockerRunLiveness: () => (/* reexport */ docker_live_dockerRunLiveness),
  startDashboard: () => (/* reexport */ server_startDashboard)
});

// UNUSED EXPORTS: DASHBOARD_USAGE, DashboardState, dashboardCommand, dockerEndpoint, isLoopbackHost

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./lib/core/config.js
var config = __webpack_require__(6641);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./lib/exec/docker/labels.js
var labels = __webpack_require__(5703);
;// CONCATENATED MODULE: ./lib/dashboard/docker-live.js
/**
 * Whether a run still has running containers, asked of the Docker Engine API over its socket with
 * one `GET /containers/json`. Not through DockerClient on purpose: dockerode (with ssh2 under it)
 * costs the dashboard process ~20 MB of its 100 MB budget for this single read-only call.
 */


/** Where the daemon listens: `DOCKER_HOST` (`unix://` or plain `tcp://`), else the default socket. */
function dockerEndpoint(env = process.env) {
    const value = env.DOCKER_HOST;
    if (!value)
        return { socketPath: '/var/run/docker.sock' };
    if (value.startsWith('unix://'))
        return { socketPath: value.slice('unix://'.length) };
    if (value.startsWith('tcp://') && !env.DOCKER_TLS_VERIFY) {
        const url = new URL(value.replace(/^tcp:/, 'http:'));
        return { host: url.hostname, port: Number(url.port || 2375) };
    }
    throw new Error(`DOCKER_HOST '${value}' is not supported by the dashboard's container check (unix:// and plain tcp:// are)`);
}
/** An {@link IsRunLive} that is true while a container labelled with the run's id is running. */
function docker_live_dockerRunLiveness(options = {}) {
    const timeoutMs = options.timeoutMs ?? 3000;
    let endpoint;
    return async (runId) => {
        endpoint ??= dockerEndpoint(options.env);
        const filters = JSON.stringify({ label: (0,labels/* labelFilter */.HY)({ runId }), status: ['running'] });
        const body = await dockerGet(endpoint, `/containers/json?filters=${encodeURIComponent(filters)}`, timeoutMs);
        const list = JSON.parse(body);
        if (!Array.isArray(list))
            throw new Error('docker container list: unexpected answer');
        return list.length > 0;
    };
}
function dockerGet(endpoint, path, timeoutMs) {
    return new Promise((resolve, reject) => {
        const request = external_node_http_.get({ ...endpoint, path, timeout: timeoutMs, headers: { host: 'docker' } }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                if (res.statusCode === 200)
                    resolve(text);
                else
                    reject(new Error(`docker container list: HTTP ${res.statusCode}: ${text.trim().slice(0, 200)}`));
            });
            res.on('error', reject);
        });
        request.on('timeout', () => request.destroy(new Error(`docker container list: no answer within ${timeoutMs} ms`)));
        request.on('error', (error) => reject(new Error(`docker container list: ${error.message}`, { cause: error })));
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(2977);
;// CONCATENATED MODULE: ./lib/dashboard/page.js
/**
 * The dashboard page: HTML, CSS and script in one string so the ncc bundle needs no asset files.
 * Data only ever reaches the DOM through `textContent` and attributes (never `innerHTML`), so log
 * lines and task titles show as text whatever they contain. No external resources.
 * (Kept in `String.raw` so backslashes reach the browser as written: no backticks or `${` inside.)
 */
const STYLE = String.raw `
:root {
  --bg: #0f1419; --panel: #171d24; --line: #263040; --text: #d8dee6; --dim: #8593a3; --accent: #5aa9ff;
  --queued: #6b7785; --running: #3d8bfd; --succeeded: #2fb46c; --failed: #e5534b; --timed_out: #e09b3d;
  --oom: #b26ee8; --skipped: #56606b; --cancelled: #8a8f98; --interrupted: #d4a72c; --finished: #2fb46c;
  color-scheme: dark;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display: flex; align-items: center; gap: 18px; padding: 10px 18px; background: var(--panel); border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0; font-weight: 650; letter-spacing: .2px; }
header h1 span { color: var(--dim); font-weight: 400; }
#host { display: flex; align-items: center; gap: 10px; margin-left: auto; color: var(--dim); }
#host b { color: var(--text); font-weight: 600; font-variant-numeric: tabular-nums; }
#conn { padding: 2px 8px; border-radius: 10px; font-size: 12px; background: #2a3240; color: var(--dim); }
#conn[data-state="live"] { background: #173826; color: #6fdc9c; }
#conn[data-state="reconnecting"] { background: #3d2f12; color: #f0c462; }
main { display: grid; grid-template-columns: minmax(380px, 30%) 1fr; gap: 14px; padding: 14px 18px; align-items: start; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; min-width: 0; }
h2 { font-size: 14px; margin: 0 0 10px; font-weight: 600; display: flex; align-items: center; gap: 8px; }
h3 { font-size: 12px; margin: 16px 0 6px; color: var(--dim); font-weight: 600; text-transform: uppercase; letter-spacing: .6px; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th { text-align: left; font-weight: 500; color: var(--dim); font-size: 11px; text-transform: uppercase; letter-spacing: .5px; padding: 4px 6px; border-bottom: 1px solid var(--line); }
td { padding: 6px; border-bottom: 1px solid #1e2630; vertical-align: middle; white-space: nowrap; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #1c2430; }
tbody tr.selected { background: #1d2a3b; box-shadow: inset 3px 0 0 var(--accent); }
.sub { color: var(--dim); font-size: 11px; }
#runs td.name, #runs .name { font-weight: 600; max-width: 190px; overflow: hidden; text-overflow: ellipsis; }
th.num, td.num { text-align: right; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11px; font-weight: 600; background: #2a3240; color: #fff; }
.badge[data-status="queued"] { background: var(--queued); }
.badge[data-status="running"] { background: var(--running); }
.badge[data-status="succeeded"], .badge[data-status="finished"] { background: var(--succeeded); }
.badge[data-status="failed"] { background: var(--failed); }
.badge[data-status="timed_out"] { background: var(--timed_out); }
.badge[data-status="oom"] { background: var(--oom); }
.badge[data-status="skipped"] { background: var(--skipped); }
.badge[data-status="cancelled"] { background: var(--cancelled); }
.badge[data-status="interrupted"] { background: var(--interrupted); color: #1b1300; }
.badge[data-status="running"]::before { content: ""; display: inline-block; width: 6px; height: 6px; border-radius: 50%; background: #fff; margin-right: 5px; vertical-align: 1px; animation: pulse 1.2s infinite; }
@keyframes pulse { 50% { opacity: .25; } }
.facts { display: flex; flex-wrap: wrap; gap: 6px 18px; margin-bottom: 10px; color: var(--dim); }
.facts b { color: var(--text); font-weight: 600; }
#speedup { color: #7fd1ff; font-size: 15px; }
.bar { height: 6px; background: #263040; border-radius: 3px; overflow: hidden; width: 44px; display: inline-block; vertical-align: middle; margin-right: 6px; }
.bar i { display: block; height: 100%; background: var(--succeeded); width: 0; }
svg.spark { width: 90px; height: 22px; vertical-align: middle; margin-right: 6px; }
svg.spark polyline { fill: none; stroke-width: 1.5; }
svg.spark .cpu { stroke: #5aa9ff; } svg.spark .mem { stroke: #c58cff; } svg.spark .area-cpu { fill: rgba(90,169,255,.15); stroke: none; } svg.spark .area-mem { fill: rgba(197,140,255,.15); stroke: none; }
#gantt { width: 100%; display: block; }
#gantt text { fill: var(--dim); font-size: 11px; }
#gantt .grid { stroke: #222b36; }
#log { margin: 0; background: #0b0f14; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; height: 260px; overflow: auto; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-all; }
#log .line { min-height: 1.4em; }
#log .note { color: var(--dim); font-style: italic; }
a { color: var(--accent); }
.empty { color: var(--dim); padding: 18px 4px; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
`;
const SCRIPT = String.raw `
'use strict';
(function () {
  var MAX_SAMPLES = 120, MAX_LOG_LINES = 500;
  var S = { runs: [], runId: null, taskId: null, run: null, offset: 0, host: null, hostHistory: [], ws: null, retry: 0, autoRun: true };
  var $ = function (id) { return document.getElementById(id); };
  var SVGNS = 'http://www.w3.org/2000/svg';
  var FINAL = { succeeded: 1, failed: 1, timed_out: 1, oom: 1, skipped: 1, cancelled: 1 };
  // SVG fill attributes take no CSS variables: the status colours again, as in the stylesheet.
  var COLORS = { queued: '#6b7785', running: '#3d8bfd', succeeded: '#2fb46c', failed: '#e5534b', timed_out: '#e09b3d', oom: '#b26ee8', skipped: '#56606b', cancelled: '#8a8f98', interrupted: '#d4a72c' };

  // The token arrives once in the address (?token=); it is kept for this tab only and removed from the URL.
  var token = null;
  try {
    var params = new URLSearchParams(location.search);
    token = params.get('token') || sessionStorage.getItem('agent-fanout-token');
    if (params.has('token')) {
      sessionStorage.setItem('agent-fanout-token', token);
      params.delete('token');
      var q = params.toString();
      history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + location.hash);
    }
  } catch (e) { /* storage may be disabled: the token then lives in memory only */ }

  function now() { return Date.now() + S.offset; }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text); return e; }
  function svg(tag, attrs) { var e = document.createElementNS(SVGNS, tag); for (var k in attrs) e.setAttribute(k, String(attrs[k])); return e; }
  function setText(root, field, text) { var e = root.querySelector('[data-field="' + field + '"]'); if (e && e.textContent !== String(text)) e.textContent = String(text); return e; }
  function fmtDuration(ms) {
    if (ms === null || ms === undefined || !isFinite(ms)) return '–';
    if (ms < 1000) return Math.round(ms) + 'ms';
    var s = ms / 1000;
    if (s < 60) return s.toFixed(1) + 's';
    var m = Math.floor(s / 60), r = Math.floor(s % 60);
    if (m < 60) return m + 'm ' + (r < 10 ? '0' : '') + r + 's';
    var h = Math.floor(m / 60), mm = m % 60;
    return h + 'h ' + (mm < 10 ? '0' : '') + mm + 'm';
  }
  function fmtBytes(b) {
    if (b === null || b === undefined || !isFinite(b)) return '–';
    var u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'], i = 0;
    while (b >= 1024 && i < u.length - 1) { b /= 1024; i++; }
    return (b >= 100 || i === 0 ? b.toFixed(0) : b.toFixed(1)) + ' ' + u[i];
  }
  function fmtSpeedup(x) { return x === null || x === undefined || !isFinite(x) ? '–' : x.toFixed(2) + '×'; }
  function fmtTime(t) {
    var d = new Date(t), today = new Date();
    if (d.toDateString() === today.toDateString()) return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return d.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function sparkline(svgEl, values, max, cls) {
    var w = 90, h = 22;
    while (svgEl.firstChild) svgEl.removeChild(svgEl.firstChild);
    if (!values.length) return;
    var top = Math.max(max, 1e-9), pts = [];
    // The history fills the width; a single sample is drawn as a level line.
    if (values.length === 1) values = [values[0], values[0]];
    var n = values.length, step = w / (n - 1), x0 = 0;
    for (var i = 0; i < n; i++) {
      var x = x0 + i * step, y = h - 1 - Math.min(1, values[i] / top) * (h - 2);
      pts.push(x.toFixed(1) + ',' + y.toFixed(1));
    }
    svgEl.appendChild(svg('polygon', { points: x0.toFixed(1) + ',' + h + ' ' + pts.join(' ') + ' ' + w + ',' + h, class: 'area-' + cls }));
    svgEl.appendChild(svg('polyline', { points: pts.join(' '), class: cls }));
  }
  function newSpark() { return svg('svg', { class: 'spark', viewBox: '0 0 90 22', preserveAspectRatio: 'none' }); }

  // ---- host ----------------------------------------------------------------------------------
  function renderHost() {
    var h = S.host; if (!h) return;
    $('host-name').textContent = h.hostname + ' · ' + h.cpus + ' CPUs';
    $('host-cpu').textContent = h.cpuPercent.toFixed(0) + '%';
    $('host-mem').textContent = fmtBytes(h.memUsed) + ' / ' + fmtBytes(h.memTotal);
    sparkline($('host-cpu-spark'), S.hostHistory.map(function (p) { return p.cpu; }), 100, 'cpu');
    sparkline($('host-mem-spark'), S.hostHistory.map(function (p) { return p.mem; }), h.memTotal, 'mem');
  }

  // ---- run list ------------------------------------------------------------------------------
  function runLabel(run) { return run.state === 'finished' && (run.counts.failed || run.counts.timed_out || run.counts.oom) ? 'failed' : run.state; }
  function renderRuns() {
    var body = $('runs').tBodies[0], seen = {};
    $('no-runs').hidden = S.runs.length > 0;
    S.runs.forEach(function (run, index) {
      seen[run.id] = true;
      var tr = body.querySelector('tr[data-run="' + CSS.escape(run.id) + '"]');
      if (!tr) {
        tr = el('tr'); tr.setAttribute('data-run', run.id);
        var c1 = el('td'); c1.appendChild(el('div', 'name')).setAttribute('data-field', 'repo');
        var sub = c1.appendChild(el('div', 'sub'));
        sub.appendChild(el('span')).setAttribute('data-field', 'issue'); sub.appendChild(document.createTextNode(' · '));
        sub.appendChild(el('span')).setAttribute('data-field', 'started');
        var c3 = el('td'); c3.appendChild(el('span', 'badge')).setAttribute('data-field', 'state');
        var c4 = el('td'); var bar = c4.appendChild(el('span', 'bar')); bar.appendChild(el('i')); c4.appendChild(el('span')).setAttribute('data-field', 'progress');
        var c5 = el('td', 'num'); c5.appendChild(el('b')).setAttribute('data-field', 'speedup');
        [c1, c3, c4, c5].forEach(function (c) { tr.appendChild(c); });
        tr.addEventListener('click', function () { S.autoRun = false; selectRun(run.id, null); });
      }
      if (body.children[index] !== tr) body.insertBefore(tr, body.children[index] || null);
      setText(tr, 'repo', run.repoName);
      setText(tr, 'issue', run.issue !== null ? 'issue #' + run.issue : run.baseRef);
      setText(tr, 'started', fmtTime(run.startedAt));
      tr.title = 'run ' + run.id + ' · ' + run.repo;
      var badge = setText(tr, 'state', run.state); badge.setAttribute('data-status', runLabel(run));
      setText(tr, 'progress', run.tasksDone + '/' + run.tasksTotal);
      tr.querySelector('.bar i').style.width = (run.tasksTotal ? (100 * run.tasksDone / run.tasksTotal) : 0) + '%';
      setText(tr, 'speedup', fmtSpeedup(run.speedup));
      tr.classList.toggle('selected', run.id === S.runId);
    });
    Array.prototype.slice.call(body.children).forEach(function (tr) { if (!seen[tr.getAttribute('data-run')]) body.removeChild(tr); });
  }
  function summary() {
    for (var i = 0; i < S.runs.length; i++) if (S.runs[i].id === S.runId) return S.runs[i];
    return S.run ? S.run.summary : null;
  }

  // ---- run view ------------------------------------------------------------------------------
  function taskState(task, run) {
    return run && run.state === 'interrupted' && !FINAL[task.status] ? 'interrupted' : task.status;
  }
  function renderRunHeader() {
    var run = summary();
    $('run-view').hidden = !S.runId;
    if (!S.runId) return;
    $('run-id').textContent = S.runId;
    if (!run) { $('run-state').textContent = 'not found'; return; }
    $('run-state').textContent = run.state;
    $('run-state').setAttribute('data-status', runLabel(run));
    $('run-repo').textContent = run.repo;
    $('run-issue').textContent = run.issue !== null ? '#' + run.issue : '–';
    $('run-mode').textContent = run.mode + ' · max ' + run.maxParallel + ' parallel';
    $('run-started').textContent = fmtTime(run.startedAt);
    $('progress').textContent = run.tasksDone + '/' + run.tasksTotal;
    var wall = run.state === 'running' ? now() - run.startedAt : run.wallMs;
    $('wall').textContent = fmtDuration(wall);
    $('speedup').textContent = fmtSpeedup(run.speedup);
    $('speedup').setAttribute('data-final', run.state === 'finished' ? 'true' : 'false');
    $('efficiency').textContent = run.metrics ? Math.round(run.metrics.efficiency * 100) + '%' : '–';
  }
  function taskElapsed(t, run) {
    if (t.startedAt === null) return null;
    var end = t.finishedAt !== null ? t.finishedAt : (run && run.state === 'running' ? now() : (run ? run.lastEventAt : now()));
    return end - t.startedAt;
  }
  function renderTask(t) {
    var body = $('tasks').tBodies[0];
    var tr = body.querySelector('tr[data-task="' + CSS.escape(t.id) + '"]');
    if (!tr) {
      tr = el('tr'); tr.setAttribute('data-task', t.id);
      var c1 = el('td'); c1.appendChild(el('div')).setAttribute('data-field', 'title'); c1.appendChild(el('div', 'sub mono')).setAttribute('data-field', 'id');
      var c2 = el('td'); c2.appendChild(el('span', 'badge')).setAttribute('data-field', 'state');
      var c3 = el('td'); c3.appendChild(el('span')).setAttribute('data-field', 'elapsed');
      var c4 = el('td'); c4.appendChild(newSpark()).setAttribute('data-field', 'cpu-spark'); c4.appendChild(el('span')).setAttribute('data-field', 'cpu');
      var c5 = el('td'); c5.appendChild(newSpark()).setAttribute('data-field', 'mem-spark'); c5.appendChild(el('span')).setAttribute('data-field', 'mem');
      var c6 = el('td', 'mono'); c6.appendChild(el('span')).setAttribute('data-field', 'branch');
      var c7 = el('td'); c7.appendChild(el('span')).setAttribute('data-field', 'pr');
      [c1, c2, c3, c4, c5, c6, c7].forEach(function (c) { tr.appendChild(c); });
      tr.addEventListener('click', function () { selectTask(t.id); });
      body.appendChild(tr);
    }
    var run = summary();
    setText(tr, 'title', t.title);
    setText(tr, 'id', t.id);
    var state = taskState(t, run);
    var badge = setText(tr, 'state', state); badge.setAttribute('data-status', state);
    badge.title = t.reason || '';
    tr.setAttribute('data-status', t.status);
    setText(tr, 'elapsed', fmtDuration(taskElapsed(t, run)));
    var live = t.status === 'running' && t.last;
    var cpuNow = live ? t.last.cpu : t.cpu ? t.cpu.avgPercent : null;
    setText(tr, 'cpu', cpuNow === null ? '–' : cpuNow.toFixed(0) + '%' + (live ? '' : ' avg'));
    var memNow = live ? t.last.mem : t.memory ? t.memory.peakBytes : null;
    setText(tr, 'mem', memNow === null ? '–' : fmtBytes(memNow) + (live ? '' : ' peak'));
    var samples = t.samples || [];
    var cpuMax = 100; samples.forEach(function (s) { if (s.cpu > cpuMax) cpuMax = s.cpu; });
    var memMax = t.memory && t.memory.limitBytes ? t.memory.limitBytes : 0; samples.forEach(function (s) { if (s.mem > memMax) memMax = s.mem; });
    sparkline(tr.querySelector('[data-field="cpu-spark"]'), samples.map(function (s) { return s.cpu; }), cpuMax, 'cpu');
    sparkline(tr.querySelector('[data-field="mem-spark"]'), samples.map(function (s) { return s.mem; }), memMax, 'mem');
    setText(tr, 'branch', t.branch || '–');
    var pr = tr.querySelector('[data-field="pr"]');
    if (t.prUrl && /^https:\/\//.test(t.prUrl)) {
      if (!pr.firstChild || pr.firstChild.href !== t.prUrl) {
        while (pr.firstChild) pr.removeChild(pr.firstChild);
        var num = /\/(\d+)$/.exec(t.prUrl);
        var a = el('a', null, num ? 'PR #' + num[1] : 'PR');
        a.href = t.prUrl; a.target = '_blank'; a.rel = 'noopener noreferrer';
        pr.appendChild(a);
      }
    } else if (pr.textContent !== '–') { pr.textContent = '–'; }
    tr.classList.toggle('selected', t.id === S.taskId);
  }
  function renderTasks() {
    var body = $('tasks').tBodies[0];
    if (!S.run) { while (body.firstChild) body.removeChild(body.firstChild); return; }
    var ids = {};
    S.run.order.forEach(function (id) { ids[id] = true; renderTask(S.run.tasks[id]); });
    Array.prototype.slice.call(body.children).forEach(function (tr) { if (!ids[tr.getAttribute('data-task')]) body.removeChild(tr); });
  }

  // ---- Gantt ---------------------------------------------------------------------------------
  function renderGantt() {
    var g = $('gantt');
    while (g.firstChild) g.removeChild(g.firstChild);
    var run = summary();
    if (!S.run || !run) return;
    var tasks = S.run.order.map(function (id) { return S.run.tasks[id]; });
    var width = Math.max(300, g.clientWidth || 800), label = 150, rowH = 22, top = 18;
    var height = top + tasks.length * rowH + 6;
    g.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    g.setAttribute('height', height);
    var t0 = run.startedAt;
    var t1 = run.finishedAt !== null ? run.finishedAt : run.state === 'running' ? now() : run.lastEventAt;
    tasks.forEach(function (t) { if (t.finishedAt !== null && t.finishedAt > t1) t1 = t.finishedAt; });
    var span = Math.max(1000, t1 - t0), plot = width - label - 10;
    var x = function (t) { return label + Math.max(0, Math.min(1, (t - t0) / span)) * plot; };
    var step = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600].map(function (s) { return s * 1000; }).filter(function (s) { return span / s <= 8; })[0] || 7200000;
    for (var tick = 0; tick <= span; tick += step) {
      g.appendChild(svg('line', { x1: x(t0 + tick), x2: x(t0 + tick), y1: top - 4, y2: height, class: 'grid' }));
      var lbl = svg('text', { x: x(t0 + tick) + 2, y: 11 }); lbl.textContent = fmtDuration(tick); g.appendChild(lbl);
    }
    tasks.forEach(function (t, i) {
      var y = top + i * rowH;
      var name = svg('text', { x: 0, y: y + 15 }); name.textContent = t.id.length > 22 ? t.id.slice(0, 21) + '…' : t.id; g.appendChild(name);
      if (t.readyAt !== null && t.startedAt !== null && t.startedAt > t.readyAt) {
        g.appendChild(svg('rect', { x: x(t.readyAt), y: y + 9, width: Math.max(1, x(t.startedAt) - x(t.readyAt)), height: 3, fill: '#39424f' }));
      }
      if (t.startedAt === null) return;
      var state = taskState(t, run);
      var end = t.finishedAt !== null ? t.finishedAt : t1;
      var bar = svg('rect', { x: x(t.startedAt), y: y + 4, width: Math.max(2, x(end) - x(t.startedAt)), height: rowH - 8, rx: 3, fill: COLORS[state] || '#6b7785', 'fill-opacity': t.finishedAt === null ? 0.65 : 0.9 });
      bar.setAttribute('data-bar', t.id);
      var tip = svg('title', {}); tip.textContent = t.id + ': ' + state + ', ' + fmtDuration(end - t.startedAt); bar.appendChild(tip);
      g.appendChild(bar);
      if (t.agentStartedAt !== null && t.agentFinishedAt !== null) {
        g.appendChild(svg('rect', { x: x(t.agentStartedAt), y: y + rowH - 7, width: Math.max(1, x(t.agentFinishedAt) - x(t.agentStartedAt)), height: 2, fill: '#ffffff', 'fill-opacity': 0.7 }));
      }
    });
  }

  // ---- log -----------------------------------------------------------------------------------
  function clearLog(note) {
    var log = $('log');
    while (log.firstChild) log.removeChild(log.firstChild);
    if (note) log.appendChild(el('div', 'line note', note));
  }
  function appendLog(lines) {
    var log = $('log');
    var stick = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    var note = log.querySelector('.note'); if (note && lines.length) log.removeChild(note);
    var frag = document.createDocumentFragment();
    lines.forEach(function (line) { frag.appendChild(el('div', 'line', line)); });
    log.appendChild(frag);
    while (log.children.length > MAX_LOG_LINES) log.removeChild(log.firstChild);
    if (stick) log.scrollTop = log.scrollHeight;
  }

  // ---- selection and routing -----------------------------------------------------------------
  function writeHash() {
    var h = S.runId ? '#/run/' + encodeURIComponent(S.runId) + (S.taskId ? '/' + encodeURIComponent(S.taskId) : '') : '';
    if (location.hash !== h) history.replaceState(null, '', location.pathname + location.search + h);
  }
  function readHash() {
    var m = /^#\/run\/([^/]+)(?:\/([^/]+))?$/.exec(location.hash);
    if (!m) return null;
    try { return { runId: decodeURIComponent(m[1]), taskId: m[2] ? decodeURIComponent(m[2]) : null }; } catch (e) { return null; }
  }
  function subscribe() {
    if (S.ws && S.ws.readyState === 1) S.ws.send(JSON.stringify({ type: 'subscribe', runId: S.runId, taskId: S.taskId }));
  }
  function selectRun(runId, taskId) {
    if (runId !== S.runId) { S.run = null; renderTasks(); renderGantt(); }
    S.runId = runId; S.taskId = taskId;
    $('log-task').textContent = taskId || '';
    clearLog(taskId ? 'waiting for output…' : 'select a task to follow its log');
    writeHash(); renderRuns(); renderRunHeader(); subscribe();
  }
  function selectTask(taskId) {
    S.taskId = taskId;
    $('log-task').textContent = taskId;
    clearLog('waiting for output…');
    writeHash(); subscribe();
    if (S.run) S.run.order.forEach(function (id) { var tr = document.querySelector('tr[data-task="' + CSS.escape(id) + '"]'); if (tr) tr.classList.toggle('selected', id === taskId); });
  }
  // Until the user picks a run, the page follows the newest running run (else the newest run).
  function autoSelectRun() {
    if (!S.autoRun || !S.runs.length) return;
    var running = S.runs.filter(function (r) { return r.state === 'running'; })[0];
    var target = (running || S.runs[0]).id;
    if (target !== S.runId) selectRun(target, null);
  }
  function autoSelectTask() {
    if (S.taskId || !S.run || !S.run.order.length) return;
    var pick = S.run.order.filter(function (id) { return S.run.tasks[id].status === 'running'; })[0] || S.run.order[0];
    selectTask(pick);
  }

  // ---- messages ------------------------------------------------------------------------------
  function onMessage(msg) {
    switch (msg.type) {
      case 'hello':
        S.offset = msg.serverTime - Date.now();
        S.host = msg.host; S.hostHistory = msg.hostHistory || [];
        renderHost();
        break;
      case 'host':
        S.host = msg.host;
        S.hostHistory.push({ at: msg.host.at, cpu: msg.host.cpuPercent, mem: msg.host.memUsed });
        if (S.hostHistory.length > MAX_SAMPLES) S.hostHistory.shift();
        renderHost();
        break;
      case 'runs':
        S.offset = msg.serverTime - Date.now();
        S.runs = msg.runs;
        autoSelectRun();
        renderRuns(); renderRunHeader();
        if (S.run) { renderTasks(); renderGantt(); }
        break;
      case 'run':
        if (msg.runId !== S.runId) break;
        if (!msg.run) { S.run = null; renderRunHeader(); renderTasks(); renderGantt(); break; }
        S.run = { summary: msg.run.summary, order: [], tasks: {} };
        msg.run.tasks.forEach(function (t) { S.run.order.push(t.id); S.run.tasks[t.id] = t; });
        renderRunHeader(); renderTasks(); renderGantt();
        autoSelectTask();
        break;
      case 'task':
        if (msg.runId !== S.runId || !S.run) break;
        var old = S.run.tasks[msg.task.id];
        msg.task.samples = old ? old.samples : [];
        if (!old) S.run.order.push(msg.task.id);
        S.run.tasks[msg.task.id] = msg.task;
        renderTask(msg.task); renderGantt();
        break;
      case 'samples':
        if (msg.runId !== S.runId || !S.run || !S.run.tasks[msg.taskId]) break;
        var t = S.run.tasks[msg.taskId];
        t.samples = (t.samples || []).concat(msg.samples).slice(-MAX_SAMPLES);
        t.last = msg.samples[msg.samples.length - 1];
        renderTask(t);
        break;
      case 'log':
        if (msg.runId !== S.runId || msg.taskId !== S.taskId) break;
        if (msg.reset) clearLog(msg.lines.length ? (msg.truncated ? '… earlier lines not shown' : null) : 'no output yet');
        appendLog(msg.lines);
        break;
      case 'error':
        console.warn('dashboard:', msg.message);
        break;
    }
  }

  // ---- connection ----------------------------------------------------------------------------
  function setConn(state, text) { var c = $('conn'); c.setAttribute('data-state', state); c.textContent = text; }
  function connect() {
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws' + (token ? '?token=' + encodeURIComponent(token) : '');
    var ws = new WebSocket(url);
    S.ws = ws;
    ws.onopen = function () { S.retry = 0; setConn('live', 'live'); subscribe(); };
    ws.onmessage = function (e) { try { onMessage(JSON.parse(e.data)); } catch (err) { console.error(err); } };
    ws.onclose = function () {
      if (S.ws !== ws) return;
      S.ws = null;
      // Back off up to 10 s, with jitter so many tabs do not reconnect in step.
      var delay = Math.min(10000, 500 * Math.pow(2, S.retry++)) * (0.75 + Math.random() * 0.5);
      setConn('reconnecting', 'reconnecting in ' + Math.ceil(delay / 1000) + 's');
      setTimeout(connect, delay);
    };
  }

  var fromHash = readHash();
  if (fromHash) { S.autoRun = false; selectRun(fromHash.runId, fromHash.taskId); } else { renderRunHeader(); }
  window.addEventListener('hashchange', function () { var h = readHash(); if (h && (h.runId !== S.runId || h.taskId !== S.taskId)) { S.autoRun = false; selectRun(h.runId, h.taskId); } });
  window.addEventListener('resize', renderGantt);
  // Elapsed times, wall time and the growing Gantt move every second without server traffic.
  setInterval(function () {
    var run = summary();
    if (run && run.state === 'running') { renderRunHeader(); if (S.run) { S.run.order.forEach(function (id) { var t = S.run.tasks[id]; if (t.status === 'running') renderTask(t); }); renderGantt(); } }
  }, 1000);
  connect();
})();
`;
const BODY = String.raw `
<header>
  <h1>agent-fanout <span>dashboard</span></h1>
  <div id="host">
    <span id="host-name"></span>
    <span>CPU <b id="host-cpu">–</b></span><svg id="host-cpu-spark" class="spark" viewBox="0 0 90 22" preserveAspectRatio="none"></svg>
    <span>memory <b id="host-mem">–</b></span><svg id="host-mem-spark" class="spark" viewBox="0 0 90 22" preserveAspectRatio="none"></svg>
  </div>
  <span id="conn" data-state="connecting">connecting…</span>
</header>
<main>
  <section id="runs-section">
    <h2>Runs</h2>
    <table id="runs">
      <thead><tr><th>Run</th><th>State</th><th>Tasks</th><th class="num">Speedup</th></tr></thead>
      <tbody></tbody>
    </table>
    <p id="no-runs" class="empty">No runs yet. Runs appear here as soon as they start.</p>
  </section>
  <section id="run-view" hidden>
    <h2>Run <span id="run-id" class="mono"></span> <span id="run-state" class="badge"></span></h2>
    <div class="facts">
      <span>repo <b id="run-repo"></b></span>
      <span>issue <b id="run-issue"></b></span>
      <span><b id="run-mode"></b></span>
      <span>started <b id="run-started"></b></span>
      <span>tasks done <b id="progress"></b></span>
      <span>wall <b id="wall"></b></span>
      <span>speedup <b id="speedup">–</b></span>
      <span>efficiency <b id="efficiency">–</b></span>
    </div>
    <table id="tasks">
      <thead><tr><th>Task</th><th>State</th><th>Elapsed</th><th>CPU</th><th>Memory</th><th>Branch</th><th>PR</th></tr></thead>
      <tbody></tbody>
    </table>
    <h3>Timeline</h3>
    <svg id="gantt" height="40"></svg>
    <h3>Log <span id="log-task" class="mono"></span></h3>
    <pre id="log"></pre>
  </section>
</main>
`;
/** The page, with `__NONCE__` where each response puts its CSP nonce. */
const PAGE_HTML = '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<title>agent-fanout dashboard</title>\n<link rel="icon" href="data:,">\n' +
    `<style nonce="__NONCE__">${STYLE}</style>\n</head>\n<body>${BODY}<script nonce="__NONCE__">${SCRIPT}</script>\n</body>\n</html>\n`;
/** The page for one response: `nonce` is base64, so it needs no escaping in an attribute. */
function renderPage(nonce) {
    if (!/^[A-Za-z0-9+/=]+$/.test(nonce))
        throw new TypeError('dashboard: the CSP nonce must be base64');
    return PAGE_HTML.replaceAll('__NONCE__', nonce);
}

;// CONCATENATED MODULE: ./lib/dashboard/protocol.js
const PROTOCOL_VERSION = 1;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./lib/run/journal.js
var journal = __webpack_require__(826);
;// CONCATENATED MODULE: ./lib/core/model.js
const FINAL_STATUSES = ['succeeded', 'failed', 'timed_out', 'oom', 'skipped', 'cancelled'];

// EXTERNAL MODULE: ./lib/run/concurrency.js
var concurrency = __webpack_require__(3546);
;// CONCATENATED MODULE: ./lib/dashboard/host.js
/** Host CPU and memory, sampled from `os` once a second, with a short history for sparklines. */


class HostSampler {
    #history = [];
    #maxHistory;
    #clock;
    #probe = (0,concurrency/* createHostProbe */.rK)();
    #current;
    /** `maxHistory`: points kept. Default 120. */
    constructor(options = {}) {
        this.#maxHistory = options.maxHistory ?? 120;
        this.#clock = options.clock ?? Date.now;
        this.#current = this.#read(0);
    }
    get current() {
        return this.#current;
    }
    get history() {
        return [...this.#history];
    }
    /** Takes a sample: CPU is the busy share of all cores since the previous call. */
    sample() {
        const cpuPercent = Math.max(0, Math.min(100, this.#probe().cpuPercent));
        this.#current = this.#read(cpuPercent);
        this.#history.push({ at: this.#current.at, cpu: this.#current.cpuPercent, mem: this.#current.memUsed });
        if (this.#history.length > this.#maxHistory)
            this.#history.shift();
        return this.#current;
    }
    #read(cpuPercent) {
        const memTotal = external_node_os_.totalmem();
        return {
            at: this.#clock(),
            hostname: external_node_os_.hostname(),
            cpus: external_node_os_.availableParallelism(),
            cpuPercent: Math.round(cpuPercent * 10) / 10,
            memTotal,
            memUsed: memTotal - external_node_os_.freemem(),
            loadavg: external_node_os_.loadavg().map((n) => Math.round(n * 100) / 100),
        };
    }
}

// EXTERNAL MODULE: ./lib/run/liveness.js
var liveness = __webpack_require__(3500);
;// CONCATENATED MODULE: ./lib/dashboard/logtail.js
/** The capped tail of a growing log file: reads only appended bytes, keeps the last lines. */


// CSI and OSC sequences, and single-character escapes: colour codes and cursor moves are noise in a browser.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
const CHUNK = 64 * 1024;
/** One log line as shown: escapes and control characters removed, `\r` rewrites kept as their last state. */
function cleanLogLine(raw, maxLength = 2000) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const cr = line.lastIndexOf('\r');
    if (cr >= 0)
        line = line.slice(cr + 1);
    line = line.replace(ANSI, '').replace(CONTROL, '');
    return line.length > maxLength ? `${line.slice(0, maxLength)}…` : line;
}
class LogTail {
    file;
    #maxLines;
    #maxBytes;
    #maxLineLength;
    #lines = [];
    #chars = 0;
    #offset = 0;
    #ino = -1;
    #partial = '';
    #decoder = new external_node_string_decoder_.StringDecoder('utf8');
    #truncated = false;
    #chain = Promise.resolve();
    #onUpdate;
    constructor(file, options = {}) {
        this.file = file;
        this.#onUpdate = options.onUpdate;
        this.#maxLines = options.maxLines ?? 200;
        this.#maxBytes = options.maxBytes ?? 64 * 1024;
        this.#maxLineLength = options.maxLineLength ?? 2000;
    }
    get lines() {
        return this.#lines;
    }
    get truncated() {
        return this.#truncated;
    }
    /**
     * Reads what was appended since the last call. `final` (the task ended) also emits a last line
     * that has no newline. Calls are serialised, so overlapping callers never read a range twice.
     */
    sync(final = false) {
        const next = this.#chain.then(() => this.#sync(final));
        this.#chain = next.catch(() => undefined);
        return next;
    }
    async #sync(final) {
        let handle;
        try {
            handle = await promises_.open(this.file, 'r');
        }
        catch {
            return { reset: false, appended: [] };
        }
        try {
            const stat = await handle.stat();
            let reset = false;
            if (stat.size < this.#offset || (this.#ino !== -1 && stat.ino !== this.#ino)) {
                this.#lines = [];
                this.#chars = 0;
                this.#offset = 0;
                this.#partial = '';
                this.#decoder = new external_node_string_decoder_.StringDecoder('utf8');
                this.#truncated = false;
                reset = true;
            }
            this.#ino = stat.ino;
            let skipFirstLine = false;
            if (this.#offset === 0 && stat.size > this.#maxBytes) {
                this.#offset = stat.size - this.#maxBytes;
                this.#truncated = true;
                skipFirstLine = true;
            }
            const appended = [];
            const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, stat.size - this.#offset)));
            while (this.#offset < stat.size) {
                const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, stat.size - this.#offset), this.#offset);
                if (bytesRead === 0)
                    break;
                this.#offset += bytesRead;
                let text = this.#partial + this.#decoder.write(buffer.subarray(0, bytesRead));
                if (skipFirstLine) {
                    const nl = text.indexOf('\n');
                    if (nl < 0) {
                        this.#partial = '';
                        continue;
                    }
                    text = text.slice(nl + 1);
                    skipFirstLine = false;
                }
                const parts = text.split('\n');
                this.#partial = parts.pop() ?? '';
                // A line that never ends must not grow without bound.
                if (this.#partial.length > this.#maxBytes) {
                    parts.push(this.#partial);
                    this.#partial = '';
                }
                for (const part of parts)
                    appended.push(cleanLogLine(part, this.#maxLineLength));
            }
            if (final && this.#partial) {
                appended.push(cleanLogLine(this.#partial, this.#maxLineLength));
                this.#partial = '';
            }
            this.#append(appended);
            // Only what is still in the tail is worth sending.
            const update = { reset, appended: reset ? [...this.#lines] : appended.slice(-this.#maxLines) };
            this.#onUpdate?.(update, this);
            return update;
        }
        finally {
            await handle.close();
        }
    }
    #append(lines) {
        for (const line of lines) {
            this.#lines.push(line);
            this.#chars += line.length + 1;
        }
        let drop = 0;
        while (this.#lines.length - drop > this.#maxLines || (this.#chars > this.#maxBytes && this.#lines.length - drop > 1)) {
            this.#chars -= this.#lines[drop].length + 1;
            drop++;
        }
        if (drop > 0) {
            this.#lines.splice(0, drop);
            this.#truncated = true;
        }
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/dashboard/state.js
/**
 * The dashboard's model of the runs on this machine, built from the event journals in
 * `<stateDir>/journal/` and kept current as they grow: the directory is watched, with polling as a
 * fallback, and only appended bytes are read. Everything is bounded: the latest `maxRuns` runs, the
 * latest `maxSamples` samples per task, capped log tails, loaded only for tasks someone looks at.
 */










/**
 * The latest samples of a task in typed arrays: 500 tasks × 120 samples as objects with boxed
 * numbers would cost ~5 MB of heap, as columns ~1.7 MB.
 */
class SampleRing {
    #at;
    #cpu;
    #mem;
    #pids;
    #start = 0;
    #length = 0;
    constructor(capacity) {
        this.#at = new Float64Array(capacity);
        this.#cpu = new Float64Array(capacity);
        this.#mem = new Float64Array(capacity);
        this.#pids = new Uint32Array(capacity);
    }
    push(sample) {
        const capacity = this.#at.length;
        const i = (this.#start + this.#length) % capacity;
        this.#at[i] = sample.at;
        this.#cpu[i] = sample.cpu;
        this.#mem[i] = sample.mem;
        this.#pids[i] = sample.pids;
        if (this.#length < capacity)
            this.#length++;
        else
            this.#start = (this.#start + 1) % capacity;
    }
    toArray() {
        const out = [];
        for (let k = 0; k < this.#length; k++) {
            const i = (this.#start + k) % this.#at.length;
            out.push({ at: this.#at[i], cpu: this.#cpu[i], mem: this.#mem[i], pids: this.#pids[i] });
        }
        return out;
    }
}
const JOURNAL_SUFFIX = '.ndjson';
/** Journals are read in chunks this big through one reused buffer: reads are serialised by `poll`. */
const READ_CHUNK = 64 * 1024;
/** A journal line longer than this is garbage (a record is a few KiB); dropped instead of buffered. */
const MAX_LINE = 4 * 1024 * 1024;
const FINAL = new Set(FINAL_STATUSES);
class DashboardState {
    stateDir;
    #dir;
    #logger;
    #isRunLive;
    #maxRuns;
    #maxSamples;
    #logOptions;
    #maxIdleLogTails;
    #pollMs;
    #livenessMs;
    #interruptedRecheckMs;
    #activeWindowMs;
    #hostSampleMs;
    #clock;
    #host;
    /** Start time of every journal file seen (read once from its first line). */
    #known = new Map();
    #runs = new Map();
    #tails = new Map();
    #listeners = new Set();
    /** The state directory as given and as resolved through symlinks. */
    #roots;
    #watcher = null;
    #pollTimer = null;
    #hostTimer = null;
    #debounce = null;
    #polling = null;
    #pollAgain = false;
    #runsChanged = false;
    #closed = false;
    #liveCheckFailed = false;
    #readBuffer = Buffer.allocUnsafe(READ_CHUNK);
    constructor(options) {
        if (!options.stateDir)
            throw new TypeError('dashboard: stateDir is required');
        const positive = (name, value, fallback) => {
            if (value === undefined)
                return fallback;
            if (!Number.isFinite(value) || value <= 0)
                throw new TypeError(`dashboard: ${name} must be a positive number, got ${value}`);
            return value;
        };
        this.stateDir = external_node_path_.resolve(options.stateDir);
        this.#dir = (0,journal/* journalDir */.Pg)(this.stateDir);
        this.#roots = [this.stateDir];
        this.#logger = options.logger;
        this.#isRunLive = options.isRunLive;
        this.#maxRuns = positive('maxRuns', options.maxRuns, 50);
        this.#maxSamples = Math.floor(positive('maxSamples', options.maxSamples, 120));
        this.#logOptions = options.log ?? {};
        this.#maxIdleLogTails = positive('maxIdleLogTails', options.maxIdleLogTails, 16);
        this.#pollMs = positive('pollMs', options.pollMs, 500);
        this.#livenessMs = positive('livenessMs', options.livenessMs, 2000);
        this.#interruptedRecheckMs = positive('interruptedRecheckMs', options.interruptedRecheckMs, 30_000);
        this.#activeWindowMs = positive('activeWindowMs', options.activeWindowMs, 30_000);
        this.#hostSampleMs = positive('hostSampleMs', options.hostSampleMs, 1000);
        this.#clock = options.clock ?? Date.now;
        this.#host = new HostSampler({ clock: this.#clock });
    }
    /** Loads the journals (and checks which unfinished runs are live), then follows them. */
    async start() {
        const real = await promises_.realpath(this.stateDir).catch(() => this.stateDir);
        if (real !== this.stateDir)
            this.#roots.push(real);
        await this.poll();
        this.#pollTimer = setInterval(() => void this.poll(), this.#pollMs);
        this.#pollTimer.unref();
        this.#hostTimer = setInterval(() => this.#emit({ kind: 'host', host: this.#host.sample() }), this.#hostSampleMs);
        this.#hostTimer.unref();
    }
    async close() {
        this.#closed = true;
        for (const timer of [this.#pollTimer, this.#hostTimer, this.#debounce])
            if (timer)
                clearInterval(timer);
        this.#watcher?.close();
        this.#watcher = null;
        this.#listeners.clear();
        await this.#polling;
    }
    onChange(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }
    get host() {
        return this.#host.current;
    }
    get hostHistory() {
        return this.#host.history;
    }
    /** The runs, newest first. */
    listRuns() {
        const now = this.#clock();
        return [...this.#runs.values()]
            .filter((run) => run.info !== null)
            .sort((a, b) => b.sortKey - a.sortKey || (a.id < b.id ? 1 : -1))
            .map((run) => this.#summary(run, now));
    }
    getRun(runId) {
        const run = this.#runs.get(runId);
        if (!run?.info)
            return undefined;
        return {
            summary: this.#summary(run, this.#clock()),
            baseCommit: run.info.baseCommit,
            modeReason: run.info.modeReason ?? null,
            tasks: [...run.tasks.values()].map((t) => ({ ...t.view, samples: t.samples.toArray() })),
        };
    }
    hasTask(runId, taskId) {
        return this.#runs.get(runId)?.tasks.has(taskId) ?? false;
    }
    /** The task's log tail, brought up to date. Undefined when there is no such task. */
    async readLog(runId, taskId) {
        if (!this.hasTask(runId, taskId))
            return undefined;
        const entry = this.#tail(runId, taskId);
        if (!entry)
            return { runId, taskId, lines: [], truncated: false };
        entry.usedAt = this.#clock();
        await entry.tail.sync(this.#isFinal(runId, taskId));
        this.#evictIdleTails();
        return { runId, taskId, lines: [...entry.tail.lines], truncated: entry.tail.truncated };
    }
    /** Follows the task's log while pinned: appended lines arrive as `log` changes. Returns the unpin. */
    pinLog(runId, taskId) {
        const entry = this.#tail(runId, taskId);
        if (!entry)
            return () => { };
        entry.pins++;
        let pinned = true;
        return () => {
            if (!pinned)
                return;
            pinned = false;
            entry.pins--;
            entry.usedAt = this.#clock();
            this.#evictIdleTails();
        };
    }
    /** One scan: new and removed journals, appended events, liveness, followed logs. Serialised. */
    poll() {
        if (this.#polling) {
            this.#pollAgain = true;
            return this.#polling;
        }
        this.#polling = (async () => {
            try {
                do {
                    this.#pollAgain = false;
                    await this.#scan();
                    await this.#syncPinnedTails();
                    if (this.#runsChanged) {
                        this.#runsChanged = false;
                        this.#emit({ kind: 'runs' });
                    }
                } while (this.#pollAgain && !this.#closed);
            }
            catch (error) {
                this.#logger.warning(`dashboard: reading journals in ${this.#dir} failed: ${(0,errors/* errorMessage */.g)(error)}`);
            }
            finally {
                this.#polling = null;
            }
        })();
        return this.#polling;
    }
    #emit(change) {
        for (const listener of this.#listeners) {
            try {
                listener(change);
            }
            catch (error) {
                this.#logger.warning(`dashboard: change listener failed: ${(0,errors/* errorMessage */.g)(error)}`);
            }
        }
    }
    #ensureWatcher() {
        if (this.#watcher || this.#closed)
            return;
        try {
            this.#watcher = external_node_fs_.watch(this.#dir, { persistent: false }, () => this.#schedulePoll());
            this.#watcher.on('error', () => {
                // Polling carries on; the watcher is recreated on the next scan.
                this.#watcher?.close();
                this.#watcher = null;
            });
        }
        catch {
            // No directory yet, or no inotify: polling covers it.
        }
    }
    #schedulePoll() {
        if (this.#debounce || this.#closed)
            return;
        this.#debounce = setTimeout(() => {
            this.#debounce = null;
            void this.poll();
        }, 20);
        this.#debounce.unref();
    }
    async #scan() {
        let names;
        try {
            names = (await promises_.readdir(this.#dir)).filter((n) => n.endsWith(JOURNAL_SUFFIX));
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            names = [];
        }
        this.#ensureWatcher();
        const present = new Set(names);
        for (const name of this.#known.keys())
            if (!present.has(name))
                this.#known.delete(name);
        for (const name of names) {
            if (this.#known.has(name))
                continue;
            const startedAt = await this.#readStartTime(external_node_path_.join(this.#dir, name));
            if (startedAt !== null)
                this.#known.set(name, startedAt);
        }
        const latest = [...this.#known.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))
            .slice(0, this.#maxRuns)
            .map(([name]) => name.slice(0, -JOURNAL_SUFFIX.length));
        const keep = new Set(latest);
        for (const id of [...this.#runs.keys()]) {
            if (keep.has(id))
                continue;
            this.#runs.delete(id);
            for (const [key, entry] of this.#tails)
                if (entry.runId === id)
                    this.#tails.delete(key);
            this.#runsChanged = true;
            this.#emit({ kind: 'removed', runId: id });
        }
        const now = this.#clock();
        for (const id of latest) {
            let run = this.#runs.get(id);
            if (!run) {
                run = newRunModel(id, external_node_path_.join(this.#dir, id + JOURNAL_SUFFIX), this.#known.get(id + JOURNAL_SUFFIX) ?? 0);
                this.#runs.set(id, run);
            }
            if (!run.finished || run.offset === 0)
                await this.#readAppended(run);
            if (!run.finished && now >= run.nextLivenessAt)
                await this.#checkLiveness(run);
        }
    }
    /** The run's start from its first line (`run-started`), else the file's mtime; null while still empty. */
    async #readStartTime(file) {
        let handle;
        try {
            handle = await promises_.open(file, 'r');
            const stat = await handle.stat();
            if (stat.size === 0)
                return null;
            const { bytesRead } = await handle.read(this.#readBuffer, 0, Math.min(stat.size, READ_CHUNK), 0);
            const text = this.#readBuffer.toString('utf8', 0, bytesRead);
            const nl = text.indexOf('\n');
            if (nl >= 0) {
                try {
                    const event = JSON.parse(text.slice(0, nl));
                    if (event.type === 'run-started' && typeof event.run?.startedAt === 'number')
                        return event.run.startedAt;
                }
                catch {
                    // Not a journal line: fall back to the file's time.
                }
            }
            else if (bytesRead < READ_CHUNK) {
                return null; // first line still being written
            }
            return stat.mtimeMs;
        }
        catch {
            return null;
        }
        finally {
            await handle?.close();
        }
    }
    async #readAppended(run) {
        let handle;
        try {
            handle = await promises_.open(run.file, 'r');
        }
        catch {
            return;
        }
        try {
            const stat = await handle.stat();
            if (stat.size < run.offset || (run.ino !== -1 && stat.ino !== run.ino)) {
                // Rewritten: start over.
                Object.assign(run, newRunModel(run.id, run.file, run.sortKey));
            }
            run.ino = stat.ino;
            if (stat.size === run.offset)
                return;
            const fresh = run.offset === 0;
            const buffer = this.#readBuffer;
            while (run.offset < stat.size) {
                const { bytesRead } = await handle.read(buffer, 0, Math.min(READ_CHUNK, stat.size - run.offset), run.offset);
                if (bytesRead === 0)
                    break;
                run.offset += bytesRead;
                const lines = (run.partial + run.decoder.write(buffer.subarray(0, bytesRead))).split('\n');
                run.partial = lines.pop() ?? '';
                if (run.partial.length > MAX_LINE)
                    run.partial = '';
                for (const line of lines) {
                    if (!line.trim())
                        continue;
                    let event;
                    try {
                        event = JSON.parse(line);
                    }
                    catch {
                        continue; // a torn line from a crash mid-write
                    }
                    this.#apply(run, event, !fresh);
                }
            }
            run.mtimeMs = stat.mtimeMs;
            this.#runsChanged = true;
            // Fresh data for a run that looked dead: look again now.
            if (!run.finished && !run.live)
                run.nextLivenessAt = 0;
            if (fresh)
                this.#emit({ kind: 'reset', runId: run.id });
        }
        finally {
            await handle.close();
        }
    }
    #apply(run, event, emit) {
        if (typeof event?.at === 'number' && event.at > run.lastEventAt)
            run.lastEventAt = event.at;
        switch (event?.type) {
            case 'run-started': {
                run.info = event.run;
                run.sortKey = event.run.startedAt;
                for (const t of event.tasks ?? []) {
                    if (!run.tasks.has(t.id))
                        run.tasks.set(t.id, { view: initialTaskView(t, event.run.startedAt), samples: new SampleRing(this.#maxSamples), logFile: null });
                }
                break;
            }
            case 'task-state': {
                const task = this.#task(run, event.taskId);
                task.view = taskViewFrom(event.record, event.status, task.view);
                if (typeof event.record?.logFile === 'string')
                    task.logFile = event.record.logFile;
                if (emit)
                    this.#emit({ kind: 'task', runId: run.id, taskId: event.taskId, task: task.view });
                break;
            }
            case 'task-sample': {
                const task = this.#task(run, event.taskId);
                const sample = sampleView(event.sample);
                task.samples.push(sample);
                task.view.last = sample;
                if (emit)
                    this.#emit({ kind: 'sample', runId: run.id, taskId: event.taskId, sample });
                break;
            }
            case 'run-finished': {
                run.finished = true;
                run.live = false;
                run.finishedAt = event.result?.run?.finishedAt ?? event.at;
                run.metrics = metricsView(event.result);
                for (const record of event.result?.tasks ?? []) {
                    const task = this.#task(run, record.id);
                    task.view = taskViewFrom(record, record.status, task.view);
                    if (typeof record.logFile === 'string')
                        task.logFile = record.logFile;
                    if (emit)
                        this.#emit({ kind: 'task', runId: run.id, taskId: record.id, task: task.view });
                }
                break;
            }
            default:
                // task-output is not journaled; unknown types come from newer writers.
                break;
        }
    }
    #task(run, taskId) {
        let task = run.tasks.get(taskId);
        if (!task) {
            task = {
                view: initialTaskView({ id: taskId, title: taskId, file: '', dependsOn: [], branch: null }, null),
                samples: new SampleRing(this.#maxSamples),
                logFile: null,
            };
            run.tasks.set(taskId, task);
        }
        return task;
    }
    async #checkLiveness(run) {
        const now = this.#clock();
        const proc = run.info ? (0,liveness/* processState */.L)(run.info.pid, run.info.host, run.info.startedAt) : 'unknown';
        let live = proc === 'alive';
        if (!live && this.#isRunLive) {
            try {
                live = await this.#isRunLive(run.id);
            }
            catch (error) {
                if (!this.#liveCheckFailed)
                    this.#logger.warning(`dashboard: checking run '${run.id}' for live containers failed: ${(0,errors/* errorMessage */.g)(error)}`);
                this.#liveCheckFailed = true;
            }
        }
        // Without a pid (another host, an older writer) a journal that still moves is the best sign of life.
        if (!live && proc === 'unknown')
            live = now - run.mtimeMs < this.#activeWindowMs;
        if (run.finished)
            return; // finished while we asked
        if (live !== run.live) {
            run.live = live;
            this.#runsChanged = true;
        }
        run.nextLivenessAt = now + (live ? this.#livenessMs : this.#interruptedRecheckMs);
    }
    #state(run) {
        if (run.finished)
            return 'finished';
        return run.live ? 'running' : 'interrupted';
    }
    #summary(run, now) {
        const info = run.info;
        const state = this.#state(run);
        const counts = {};
        let done = 0;
        let running = 0;
        let busyMs = 0;
        let anyStarted = false;
        for (const { view } of run.tasks.values()) {
            counts[view.status] = (counts[view.status] ?? 0) + 1;
            if (FINAL.has(view.status))
                done++;
            if (view.status === 'running')
                running++;
            if (view.durationMs !== null) {
                busyMs += view.durationMs;
                anyStarted = true;
            }
            else if (view.startedAt !== null && !FINAL.has(view.status)) {
                // The agent's own start is known only when it ends; until then the task's start stands in.
                const end = state === 'running' ? now : run.lastEventAt;
                busyMs += Math.max(0, end - view.startedAt);
                anyStarted = true;
            }
        }
        const end = run.finishedAt ?? (state === 'running' ? now : run.lastEventAt);
        const wallMs = Math.max(0, end - info.startedAt);
        const speedup = run.metrics ? run.metrics.speedup : anyStarted && wallMs > 0 ? busyMs / wallMs : null;
        return {
            id: run.id,
            repo: info.repo,
            repoName: external_node_path_.basename(info.repo ?? '') || info.repo,
            issue: info.issue ?? null,
            baseRef: info.baseRef,
            host: info.host ?? null,
            startedAt: info.startedAt,
            finishedAt: run.finishedAt,
            lastEventAt: run.lastEventAt,
            state,
            mode: info.mode,
            maxParallel: info.maxParallel,
            tasksTotal: run.tasks.size,
            tasksDone: done,
            tasksRunning: running,
            counts,
            speedup,
            wallMs: run.metrics?.wallMs ?? wallMs,
            metrics: run.metrics,
        };
    }
    #isFinal(runId, taskId) {
        const run = this.#runs.get(runId);
        const status = run?.tasks.get(taskId)?.view.status;
        return (status !== undefined && FINAL.has(status)) || (run !== undefined && this.#state(run) !== 'running');
    }
    /** Where a task's log is: its record's `logFile`, else the engine's layout `<runDir>/tasks/<id>/output.log`. */
    #logPath(run, taskId) {
        const task = run.tasks.get(taskId);
        if (!task)
            return null;
        const file = task.logFile ?? (run.info?.runDir ? external_node_path_.join(run.info.runDir, 'tasks', taskId, 'output.log') : null);
        if (!file)
            return null;
        // The journal names the file; the dashboard reads nothing outside the state directory.
        const resolved = external_node_path_.resolve(file);
        return this.#roots.some((root) => resolved.startsWith(root + external_node_path_.sep)) ? resolved : null;
    }
    #tail(runId, taskId) {
        const run = this.#runs.get(runId);
        if (!run)
            return undefined;
        const file = this.#logPath(run, taskId);
        if (!file)
            return undefined;
        const key = `${runId}\0${taskId}`;
        let entry = this.#tails.get(key);
        if (entry && entry.tail.file !== file) {
            // The record named the log file later than the layout guess: follow the named one.
            entry.tail = this.#newTail(file, runId, taskId);
        }
        if (!entry) {
            entry = { tail: this.#newTail(file, runId, taskId), runId, taskId, pins: 0, usedAt: this.#clock() };
            this.#tails.set(key, entry);
        }
        return entry;
    }
    #newTail(file, runId, taskId) {
        return new LogTail(file, {
            ...this.#logOptions,
            // Emitted in the same turn the tail changes, so a snapshot plus later changes never repeat a line.
            onUpdate: (update, tail) => {
                if (update.reset || update.appended.length > 0) {
                    this.#emit({ kind: 'log', runId, taskId, reset: update.reset, truncated: tail.truncated, lines: update.appended });
                }
            },
        });
    }
    async #syncPinnedTails() {
        for (const entry of this.#tails.values()) {
            if (entry.pins > 0)
                await entry.tail.sync(this.#isFinal(entry.runId, entry.taskId));
        }
    }
    #evictIdleTails() {
        const idle = [...this.#tails.entries()].filter(([, e]) => e.pins === 0).sort((a, b) => a[1].usedAt - b[1].usedAt);
        for (const [key] of idle.slice(0, Math.max(0, idle.length - this.#maxIdleLogTails)))
            this.#tails.delete(key);
    }
}
function newRunModel(id, file, sortKey) {
    return {
        id,
        file,
        sortKey,
        info: null,
        tasks: new Map(),
        finished: false,
        finishedAt: null,
        metrics: null,
        live: false,
        nextLivenessAt: 0,
        lastEventAt: 0,
        mtimeMs: 0,
        offset: 0,
        ino: -1,
        partial: '',
        decoder: new external_node_string_decoder_.StringDecoder('utf8'),
    };
}
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const numOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const strOrNull = (value) => (typeof value === 'string' ? value : null);
function sampleView(sample) {
    return {
        at: num(sample?.at),
        cpu: Math.round(num(sample?.cpuPercent) * 10) / 10,
        mem: num(sample?.memoryBytes),
        pids: num(sample?.pids),
    };
}
function initialTaskView(task, queuedAt) {
    return {
        id: task.id,
        title: task.title ?? task.id,
        file: task.file ?? '',
        dependsOn: Array.isArray(task.dependsOn) ? task.dependsOn.filter((d) => typeof d === 'string') : [],
        status: 'queued',
        reason: null,
        exitCode: null,
        branch: strOrNull(task.branch),
        commit: null,
        prUrl: null,
        queuedAt,
        readyAt: null,
        startedAt: null,
        agentStartedAt: null,
        agentFinishedAt: null,
        finishedAt: null,
        durationMs: null,
        filesChanged: 0,
        insertions: 0,
        deletions: 0,
        cpu: null,
        memory: null,
        costUsd: null,
        turns: null,
        last: null,
    };
}
/** A task view from a record: picked field by field; the agent's final text and env-like data stay out. */
function taskViewFrom(record, status, previous) {
    // Pull request links are not part of TaskRecord yet; a writer that adds `prUrl` gets it shown.
    const prUrl = strOrNull(record.prUrl);
    return {
        id: previous.id,
        title: strOrNull(record.title) ?? previous.title,
        file: strOrNull(record.file) ?? previous.file,
        dependsOn: Array.isArray(record.dependsOn) ? record.dependsOn.filter((d) => typeof d === 'string') : previous.dependsOn,
        status,
        reason: strOrNull(record.reason),
        exitCode: numOrNull(record.exitCode),
        branch: strOrNull(record.branch) ?? previous.branch,
        commit: strOrNull(record.commit),
        prUrl: prUrl && /^https:\/\//.test(prUrl) ? prUrl : previous.prUrl,
        queuedAt: numOrNull(record.queuedAt) ?? previous.queuedAt,
        readyAt: numOrNull(record.readyAt),
        startedAt: numOrNull(record.startedAt),
        agentStartedAt: numOrNull(record.agentStartedAt),
        agentFinishedAt: numOrNull(record.agentFinishedAt),
        finishedAt: numOrNull(record.finishedAt),
        durationMs: numOrNull(record.durationMs),
        filesChanged: num(record.filesChanged),
        insertions: num(record.insertions),
        deletions: num(record.deletions),
        cpu: record.cpu ? { seconds: num(record.cpu.seconds), avgPercent: num(record.cpu.avgPercent), peakPercent: num(record.cpu.peakPercent) } : null,
        memory: record.memory ? { peakBytes: num(record.memory.peakBytes), limitBytes: numOrNull(record.memory.limitBytes) } : null,
        costUsd: numOrNull(record.agent?.costUsd),
        turns: numOrNull(record.agent?.turns),
        last: previous.last,
    };
}
function metricsView(result) {
    const run = result?.run;
    if (!run)
        return null;
    return {
        wallMs: num(run.wallMs),
        sumTaskMs: num(run.sumTaskMs),
        speedup: num(run.speedup),
        efficiency: num(run.efficiency),
        criticalPathMs: numOrNull(run.criticalPathMs),
        speedupBound: numOrNull(run.speedupBound),
        peakConcurrency: num(run.peakConcurrency),
        totalCostUsd: num(run.totalCostUsd),
    };
}

;// CONCATENATED MODULE: ./lib/dashboard/server.js
/**
 * The dashboard server: the page, a JSON API and a WebSocket (`/ws`) pushing changes, all from a
 * {@link DashboardState}. Loopback-only unless a token is given; the token guards HTTP and the
 * WebSocket alike. Protocol: docs/dashboard.md.
 */









/** Clients that fall this far behind are dropped rather than buffered without bound. */
const MAX_BUFFERED = 8 * 1024 * 1024;
const MAX_PENDING_LOG_LINES = 500;
const HEARTBEAT_MS = 30_000;
const MIN_TOKEN_LENGTH = 16;
function isLoopbackHost(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h === '::1')
        return true;
    const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
    return external_node_net_.isIPv4(v4) && v4.startsWith('127.');
}
async function server_startDashboard(options) {
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? 8080;
    const { logger } = options;
    const token = options.token === undefined || options.token === '' ? undefined : options.token;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new TypeError(`dashboard: invalid port ${port}. Expected an integer from 0 to 65535.`);
    }
    if (!isLoopbackHost(host) && !token) {
        throw new Error(`dashboard: binding ${host} (not a loopback address) requires a token, or anyone who can reach the port ` +
            'reads every run and log. Pass --token (or set AGENT_FANOUT_DASHBOARD_TOKEN), or bind 127.0.0.1.');
    }
    if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
        throw new Error(`dashboard: the token is too short (${token.length} characters); use at least ${MIN_TOKEN_LENGTH}, e.g. \`openssl rand -hex 16\`.`);
    }
    const pushMs = options.pushMs ?? 200;
    if (!Number.isFinite(pushMs) || pushMs <= 0)
        throw new TypeError(`dashboard: pushMs must be a positive number, got ${pushMs}`);
    const state = new DashboardState({ ...options.state, stateDir: options.stateDir, logger, isRunLive: options.isRunLive });
    await state.start();
    const tokenDigest = token ? (0,external_node_crypto_.createHash)('sha256').update(token).digest() : null;
    const authorized = (req, url) => {
        if (!tokenDigest)
            return true;
        const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
        const given = bearer ?? url.searchParams.get('token');
        if (!given)
            return false;
        return (0,external_node_crypto_.timingSafeEqual)((0,external_node_crypto_.createHash)('sha256').update(given).digest(), tokenDigest);
    };
    // Without a token, only loopback names may address us: a rebinding DNS name pointing at
    // 127.0.0.1 must not let a web page read the API.
    const hostAllowed = (req) => {
        if (tokenDigest)
            return true;
        const header = req.headers.host ?? '';
        const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0];
        return isLoopbackHost(name);
    };
    const server = external_node_http_.createServer((req, res) => {
        try {
            handleHttp(req, res);
        }
        catch (error) {
            logger.warning(`dashboard: ${req.method} ${req.url} failed: ${(0,errors/* errorMessage */.g)(error)}`);
            if (!res.headersSent)
                sendJson(res, 500, { error: 'internal error' });
            else
                res.destroy();
        }
    });
    const handleHttp = (req, res) => {
        const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
        if (!hostAllowed(req))
            return sendJson(res, 403, { error: 'forbidden host' });
        if (!authorized(req, url))
            return sendJson(res, 401, { error: 'a valid token is required (Authorization: Bearer or ?token=)' }, { 'www-authenticate': 'Bearer' });
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
        if (url.pathname === '/' || url.pathname === '/index.html') {
            const nonce = (0,external_node_crypto_.randomBytes)(16).toString('base64');
            res.writeHead(200, {
                ...SECURITY_HEADERS,
                'content-type': 'text/html; charset=utf-8',
                'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data:; ` +
                    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            });
            res.end(req.method === 'HEAD' ? undefined : renderPage(nonce));
            return;
        }
        const parts = url.pathname.split('/').filter(Boolean);
        let segments;
        try {
            segments = parts.map((p) => decodeURIComponent(p));
        }
        catch {
            return sendJson(res, 400, { error: 'bad path' });
        }
        if (segments[0] !== 'api')
            return sendJson(res, 404, { error: 'not found' });
        if (segments.length === 2 && segments[1] === 'runs') {
            return sendJson(res, 200, { serverTime: Date.now(), runs: state.listRuns() });
        }
        if (segments.length === 2 && segments[1] === 'host') {
            return sendJson(res, 200, { host: state.host, history: state.hostHistory });
        }
        if (segments.length === 3 && segments[1] === 'runs') {
            const run = state.getRun(segments[2]);
            return run ? sendJson(res, 200, { serverTime: Date.now(), run }) : sendJson(res, 404, { error: `no run '${segments[2]}'` });
        }
        if (segments.length === 6 && segments[1] === 'runs' && segments[3] === 'tasks' && segments[5] === 'log') {
            const [runId, taskId] = [segments[2], segments[4]];
            state.readLog(runId, taskId).then((log) => (log ? sendJson(res, 200, log) : sendJson(res, 404, { error: `no task '${taskId}' in run '${runId}'` })), (error) => {
                logger.warning(`dashboard: reading the log of task '${taskId}' failed: ${(0,errors/* errorMessage */.g)(error)}`);
                sendJson(res, 500, { error: 'internal error' });
            });
            return;
        }
        return sendJson(res, 404, { error: 'not found' });
    };
    // --- WebSocket ---------------------------------------------------------------------------------
    const wss = new wrapper/* WebSocketServer */.zu({ noServer: true, maxPayload: 4096 });
    const sessions = new Set();
    server.on('upgrade', (req, socket, head) => {
        const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
        const refuse = (status, text) => {
            socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        };
        if (url.pathname !== '/ws')
            return refuse(404, 'Not Found');
        if (!hostAllowed(req))
            return refuse(403, 'Forbidden');
        if (!authorized(req, url))
            return refuse(401, 'Unauthorized');
        // Any web page can open a WebSocket to localhost; only our own page may.
        const origin = req.headers.origin;
        if (origin !== undefined) {
            let originHost = '';
            try {
                originHost = new URL(origin).host;
            }
            catch {
                // unparsable: refused below
            }
            if (originHost !== req.headers.host)
                return refuse(403, 'Forbidden');
        }
        wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
    });
    const send = (session, message) => {
        if (session.ws.readyState !== session.ws.OPEN)
            return;
        if (session.ws.bufferedAmount > MAX_BUFFERED) {
            logger.warning('dashboard: dropping a WebSocket client that does not keep up');
            session.ws.terminate();
            return;
        }
        session.ws.send(JSON.stringify(message));
    };
    const onConnection = (ws) => {
        const session = {
            ws,
            runId: null,
            taskId: null,
            unpinLog: () => { },
            seq: 0,
            alive: true,
            runsDirty: true,
            snapshot: false,
            tasks: new Map(),
            samples: new Map(),
            log: null,
        };
        sessions.add(session);
        ws.on('pong', () => (session.alive = true));
        ws.on('close', () => {
            sessions.delete(session);
            session.unpinLog();
        });
        ws.on('error', () => ws.terminate());
        ws.on('message', (data, isBinary) => {
            let message;
            try {
                message = JSON.parse(isBinary ? '' : data.toString());
            }
            catch {
                return send(session, { type: 'error', message: 'messages are JSON' });
            }
            if (message?.type !== 'subscribe')
                return send(session, { type: 'error', message: `unknown message type` });
            const runId = message.runId;
            const taskId = message.taskId ?? null;
            if (!(runId === null || (typeof runId === 'string' && runId.length <= 200)) || !(taskId === null || (typeof taskId === 'string' && taskId.length <= 200))) {
                return send(session, { type: 'error', message: 'subscribe: runId and taskId are strings or null' });
            }
            void subscribe(session, runId, runId === null ? null : taskId);
        });
        send(session, { type: 'hello', version: PROTOCOL_VERSION, serverTime: Date.now(), host: state.host, hostHistory: state.hostHistory });
        flush(session);
    };
    const subscribe = async (session, runId, taskId) => {
        const seq = ++session.seq;
        session.unpinLog();
        session.unpinLog = () => { };
        session.runId = runId;
        session.taskId = taskId;
        session.tasks.clear();
        session.samples.clear();
        session.log = null;
        session.snapshot = runId !== null;
        if (runId !== null && taskId !== null && state.hasTask(runId, taskId)) {
            session.unpinLog = state.pinLog(runId, taskId);
            const view = await state.readLog(runId, taskId);
            if (seq !== session.seq)
                return;
            // The tail is read in the same turn it changes, so this snapshot replaces any lines queued so far.
            if (view)
                session.log = { reset: true, truncated: view.truncated, lines: view.lines };
        }
        flush(session);
    };
    const flush = (session) => {
        const now = Date.now();
        if (session.runsDirty) {
            session.runsDirty = false;
            send(session, { type: 'runs', serverTime: now, runs: state.listRuns() });
        }
        const runId = session.runId;
        if (runId !== null) {
            if (session.snapshot) {
                session.snapshot = false;
                session.tasks.clear();
                session.samples.clear();
                send(session, { type: 'run', serverTime: now, runId, run: state.getRun(runId) ?? null });
            }
            for (const task of session.tasks.values())
                send(session, { type: 'task', runId, task });
            session.tasks.clear();
            for (const [taskId, samples] of session.samples)
                send(session, { type: 'samples', runId, taskId, samples });
            session.samples.clear();
            if (session.log && session.taskId !== null) {
                send(session, { type: 'log', runId, taskId: session.taskId, ...session.log });
                session.log = null;
            }
        }
    };
    const maxSamples = options.state?.maxSamples ?? 120;
    const onChange = (change) => {
        if (change.kind === 'host') {
            const anyRunning = state.listRuns().some((r) => r.state === 'running');
            for (const session of sessions) {
                send(session, { type: 'host', host: change.host });
                // Wall time and speedup of a running run move every second.
                if (anyRunning)
                    session.runsDirty = true;
            }
            return;
        }
        for (const session of sessions) {
            if (change.kind === 'runs') {
                session.runsDirty = true;
                continue;
            }
            if (session.runId !== change.runId)
                continue;
            switch (change.kind) {
                case 'reset':
                case 'removed':
                    session.snapshot = true;
                    break;
                case 'task':
                    if (!session.snapshot)
                        session.tasks.set(change.taskId, change.task);
                    break;
                case 'sample': {
                    if (session.snapshot)
                        break;
                    const list = session.samples.get(change.taskId) ?? [];
                    list.push(change.sample);
                    if (list.length > maxSamples)
                        list.shift();
                    session.samples.set(change.taskId, list);
                    break;
                }
                case 'log': {
                    if (session.taskId !== change.taskId)
                        break;
                    if (change.reset || !session.log) {
                        session.log = { reset: change.reset, truncated: change.truncated, lines: [...change.lines] };
                    }
                    else {
                        session.log.lines.push(...change.lines);
                        session.log.truncated = change.truncated;
                    }
                    if (session.log.lines.length > MAX_PENDING_LOG_LINES)
                        session.log.lines.splice(0, session.log.lines.length - MAX_PENDING_LOG_LINES);
                    break;
                }
            }
        }
    };
    const unsubscribeState = state.onChange(onChange);
    const pushTimer = setInterval(() => {
        for (const session of sessions)
            flush(session);
    }, pushMs);
    const heartbeat = setInterval(() => {
        for (const session of sessions) {
            if (!session.alive) {
                session.ws.terminate();
                continue;
            }
            session.alive = false;
            session.ws.ping();
        }
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(port, host, () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        clearInterval(pushTimer);
        clearInterval(heartbeat);
        unsubscribeState();
        await state.close();
        throw new Error(`dashboard: cannot listen on ${host}:${port}: ${(0,errors/* errorMessage */.g)(error)}`, { cause: error });
    }
    server.on('error', (error) => logger.warning(`dashboard: server error: ${error.message}`));
    const address = server.address();
    const urlHost = host === '0.0.0.0' || host === '::' ? external_node_os_.hostname() : external_node_net_.isIPv6(host) ? `[${host}]` : host;
    const url = `http://${urlHost}:${address.port}/`;
    logger.debug(`dashboard: serving ${state.stateDir} on ${host}:${address.port}`);
    let closing = null;
    return {
        url,
        host,
        port: address.port,
        close: () => {
            closing ??= (async () => {
                clearInterval(pushTimer);
                clearInterval(heartbeat);
                unsubscribeState();
                for (const session of sessions)
                    session.ws.close(1001, 'server shutting down');
                await new Promise((resolve) => {
                    server.close(() => resolve());
                    // Idle keep-alive sockets and WebSockets would otherwise hold close() open.
                    server.closeAllConnections();
                    for (const session of sessions)
                        session.ws.terminate();
                });
                wss.close();
                await state.close();
            })();
            return closing;
        },
    };
}
const SECURITY_HEADERS = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
};
function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(res.req.method === 'HEAD' ? undefined : text);
}

;// CONCATENATED MODULE: ./lib/cli/dashboard.js
/** `agent-fanout dashboard [--host] [--port] [--token] [--state-dir]`: serves until SIGINT/SIGTERM. */






const DASHBOARD_USAGE = (/* unused pure expression or super */ null && (`usage: agent-fanout dashboard [options]

Serves the live dashboard of the runs on this machine (their event journals in the state directory).

options:
  --host ADDR        address to bind (default 127.0.0.1); anything but loopback requires a token
  --port N           port (default 8080; 0 picks a free one)
  --token T          token required on every request (Authorization: Bearer T, or ?token=T);
                     prefer the AGENT_FANOUT_DASHBOARD_TOKEN variable: arguments are visible in ps
  --state-dir DIR    state directory (default $AGENT_FANOUT_HOME or ~/.agent-fanout)
  -h, --help         this help
`));
/** Returns the exit code: 0 after a signal, 1 when the server cannot start, 2 on bad usage. */
async function dashboardCommand(args, deps) {
    const { logger } = deps;
    const env = deps.env ?? process.env;
    let values;
    try {
        ({ values } = parseArgs({
            args,
            allowPositionals: false,
            options: {
                host: { type: 'string' },
                port: { type: 'string' },
                token: { type: 'string' },
                'state-dir': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (error) {
        logger.error(`dashboard: ${errorMessage(error)}`);
        process.stderr.write(DASHBOARD_USAGE);
        return 2;
    }
    if (values.help) {
        process.stdout.write(DASHBOARD_USAGE);
        return 0;
    }
    let port = 8080;
    if (values.port !== undefined) {
        port = Number(values.port);
        if (!/^\d+$/.test(values.port) || port > 65535) {
            logger.error(`dashboard: invalid value '${values.port}' for --port. Expected a port number from 0 to 65535.`);
            return 2;
        }
    }
    const token = values.token ?? (env.AGENT_FANOUT_DASHBOARD_TOKEN || undefined);
    // The service lives for months and is mostly idle; left alone, V8 grows its young generation to
    // ~30 MB after bursts (loading 50 journals, a page reload), a third of the dashboard's 100 MB budget.
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    const stateDir = values['state-dir'] ?? defaultStateDir(env);
    let dashboard;
    try {
        const isRunLive = deps.isRunLive ?? dockerRunLiveness({ env });
        dashboard = await startDashboard({ host: values.host, port, token, stateDir, logger, isRunLive });
    }
    catch (error) {
        logger.error(errorMessage(error));
        return 1;
    }
    logger.info(`agent-fanout dashboard: ${dashboard.url} (state directory ${stateDir})${token ? '; append ?token=<token> to open it in a browser' : ''}`);
    deps.onListening?.(dashboard.url, dashboard.port);
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            deps.signal?.removeEventListener('abort', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        if (deps.signal?.aborted)
            stop();
        else
            deps.signal?.addEventListener('abort', stop);
    });
    logger.info('agent-fanout dashboard: shutting down');
    await dashboard.close();
    return 0;
}

;// CONCATENATED MODULE: ./lib/dashboard/index.js
/** The live dashboard: journal follower, HTTP + WebSocket server, page, CLI command. */






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
