/**
 * The dashboard page: HTML, CSS and script in one string so the ncc bundle needs no asset files.
 * Data only ever reaches the DOM through `textContent` and attributes (never `innerHTML`), so log
 * lines and task titles show as text whatever they contain. No external resources.
 * (Kept in `String.raw` so backslashes reach the browser as written: no backticks or `${` inside.)
 */

const STYLE = String.raw`
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

const SCRIPT = String.raw`
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
  // The estimate once finished; its bound when it could not be estimated; nothing while the run runs.
  function fmtEstimate(run) {
    if (run.speedup !== null && run.speedup !== undefined) return fmtSpeedup(run.speedup);
    var max = run.metrics ? run.metrics.speedupMax : null;
    return max !== null && max !== undefined && isFinite(max) ? '≤ ' + fmtSpeedup(max) : '–';
  }
  function fmtConcurrency(x) { return x === null || x === undefined || !isFinite(x) ? '–' : x.toFixed(2); }
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
      setText(tr, 'speedup', fmtEstimate(run));
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
    $('speedup').textContent = fmtEstimate(run);
    $('speedup').setAttribute('data-final', run.state === 'finished' ? 'true' : 'false');
    $('speedup').title = run.metrics && run.metrics.speedupNote ? run.metrics.speedupNote
      : run.state === 'finished' ? 'estimated: the same tasks one at a time, contention taken out, over the wall time' : 'estimated when the run ends';
    $('concurrency').textContent = fmtConcurrency(run.concurrency);
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

const BODY = String.raw`
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
      <span title="the same tasks one at a time (estimated, contention taken out) over the wall time">speedup <b id="speedup">–</b></span>
      <span title="sum of task time over wall time: agents running at once, not a speedup">mean concurrency <b id="concurrency">–</b></span>
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
export const PAGE_HTML =
  '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
  '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
  '<title>agent-fanout dashboard</title>\n<link rel="icon" href="data:,">\n' +
  `<style nonce="__NONCE__">${STYLE}</style>\n</head>\n<body>${BODY}<script nonce="__NONCE__">${SCRIPT}</script>\n</body>\n</html>\n`;

/** The page for one response: `nonce` is base64, so it needs no escaping in an attribute. */
export function renderPage(nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new TypeError('dashboard: the CSP nonce must be base64');
  return PAGE_HTML.replaceAll('__NONCE__', nonce);
}
