/**
 * The dashboard page's script: follows the server's WebSocket (`/ws`, messages in ../protocol.ts)
 * and renders the run list, the selected run's tasks, its timeline and one task's log. Bundled by
 * scripts/build-page.mjs into the one page the server sends; no external resources.
 */
import { formatBytes, formatDuration } from '../../core/units.js';
import { formatConcurrency, formatPercent, formatRatio, formatSpeedupEstimate } from '../../report/format.js';
import type { AttemptView, HostPoint, HostStats, RunSummary, SampleView, ServerMessage, TaskView } from '../protocol.js';
import { byId, child, el, formatTime, newSpark, removeChildren, setText, sparkline, svg } from './dom.js';

const MAX_SAMPLES = 120;
const MAX_LOG_LINES = 500;
const FINAL = new Set(['succeeded', 'failed', 'verify_failed', 'timed_out', 'oom', 'skipped', 'cancelled']);
// SVG fill attributes take no CSS variables: the status colours again, as in the stylesheet.
const COLORS: Record<string, string> = {
  queued: '#6b7785',
  running: '#3d8bfd',
  succeeded: '#2fb46c',
  failed: '#e5534b',
  verify_failed: '#d9668f',
  timed_out: '#e09b3d',
  oom: '#b26ee8',
  skipped: '#56606b',
  cancelled: '#8a8f98',
  interrupted: '#d4a72c',
};

/** A task as the page keeps it: the server's view plus the samples received so far. */
type PageTask = TaskView & { samples: SampleView[] };

interface RunModel {
  summary: RunSummary;
  order: string[];
  tasks: Map<string, PageTask>;
}

const S = {
  runs: [] as RunSummary[],
  runId: null as string | null,
  taskId: null as string | null,
  run: null as RunModel | null,
  /** Server clock minus ours, so elapsed times agree with the server's. */
  offset: 0,
  host: null as HostStats | null,
  hostHistory: [] as HostPoint[],
  ws: null as WebSocket | null,
  retry: 0,
  /** Until the user picks a run, the page follows the newest running run. */
  autoRun: true,
};

// The token arrives once in the address (?token=); it is kept for this tab only and removed from the URL.
let token: string | null = null;
try {
  const params = new URLSearchParams(location.search);
  token = params.get('token') || sessionStorage.getItem('agent-fanout-token');
  if (params.has('token')) {
    sessionStorage.setItem('agent-fanout-token', token ?? '');
    params.delete('token');
    const q = params.toString();
    history.replaceState(null, '', location.pathname + (q ? `?${q}` : '') + location.hash);
  }
} catch {
  // Storage may be disabled: the token then lives in memory only.
}

function now(): number {
  return Date.now() + S.offset;
}

function tbody(tableId: string): HTMLTableSectionElement {
  return byId<HTMLTableElement>(tableId).tBodies[0];
}

function rowsOf(body: HTMLTableSectionElement): HTMLTableRowElement[] {
  return Array.from(body.rows);
}

// ---- host ----------------------------------------------------------------------------------
function renderHost(): void {
  const h = S.host;
  if (!h) return;
  byId('host-name').textContent = `${h.hostname} · ${h.cpus} CPUs`;
  byId('host-cpu').textContent = formatPercent(h.cpuPercent);
  byId('host-mem').textContent = `${formatBytes(h.memUsed)} / ${formatBytes(h.memTotal)}`;
  sparkline(byId('host-cpu-spark'), S.hostHistory.map((p) => p.cpu), 100, 'cpu');
  sparkline(byId('host-mem-spark'), S.hostHistory.map((p) => p.mem), h.memTotal, 'mem');
}

// ---- run list ------------------------------------------------------------------------------
function runLabel(run: RunSummary): string {
  return run.state === 'finished' && (run.counts.failed || run.counts.verify_failed || run.counts.timed_out || run.counts.oom) ? 'failed' : run.state;
}

function newRunRow(runId: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('data-run', runId);
  const c1 = el('td');
  c1.appendChild(el('div', 'name')).setAttribute('data-field', 'repo');
  const sub = c1.appendChild(el('div', 'sub'));
  sub.appendChild(el('span')).setAttribute('data-field', 'issue');
  sub.appendChild(document.createTextNode(' · '));
  sub.appendChild(el('span')).setAttribute('data-field', 'started');
  const c3 = el('td');
  c3.appendChild(el('span', 'badge')).setAttribute('data-field', 'state');
  const c4 = el('td');
  c4.appendChild(el('span', 'bar')).appendChild(el('i'));
  c4.appendChild(el('span')).setAttribute('data-field', 'progress');
  const c5 = el('td', 'num');
  c5.appendChild(el('b')).setAttribute('data-field', 'speedup');
  tr.append(c1, c3, c4, c5);
  tr.addEventListener('click', () => {
    S.autoRun = false;
    selectRun(runId, null);
  });
  return tr;
}

function renderRuns(): void {
  const body = tbody('runs');
  const seen = new Set<string>();
  byId('no-runs').hidden = S.runs.length > 0;
  S.runs.forEach((run, index) => {
    seen.add(run.id);
    const tr = body.querySelector<HTMLTableRowElement>(`tr[data-run="${CSS.escape(run.id)}"]`) ?? newRunRow(run.id);
    if (body.children[index] !== tr) body.insertBefore(tr, body.children[index] ?? null);
    setText(tr, 'repo', run.repoName);
    setText(tr, 'issue', run.issue !== null ? `issue #${run.issue}` : run.baseRef);
    setText(tr, 'started', formatTime(run.startedAt));
    tr.title = `run ${run.id} · ${run.repo}`;
    setText(tr, 'state', run.state).setAttribute('data-status', runLabel(run));
    setText(tr, 'progress', `${run.tasksDone}/${run.tasksTotal}`);
    child(tr, '.bar i').style.width = `${run.tasksTotal ? (100 * run.tasksDone) / run.tasksTotal : 0}%`;
    setText(tr, 'speedup', speedupText(run));
    tr.classList.toggle('selected', run.id === S.runId);
  });
  for (const tr of rowsOf(body)) if (!seen.has(tr.getAttribute('data-run') ?? '')) body.removeChild(tr);
}

/** The estimate once the run finished; its bound when it could not be estimated; nothing while it runs. */
function speedupText(run: RunSummary): string {
  return formatSpeedupEstimate({ speedup: run.speedup, speedupMax: run.metrics?.speedupMax ?? null });
}

/** The selected run's summary: from the run list, else from the run's own snapshot. */
function summary(): RunSummary | null {
  return S.runs.find((run) => run.id === S.runId) ?? S.run?.summary ?? null;
}

// ---- run view ------------------------------------------------------------------------------
function taskState(task: TaskView, run: RunSummary | null): string {
  return run && run.state === 'interrupted' && !FINAL.has(task.status) ? 'interrupted' : task.status;
}

function renderRunHeader(): void {
  const run = summary();
  byId('run-view').hidden = !S.runId;
  if (!S.runId) return;
  byId('run-id').textContent = S.runId;
  if (!run) {
    byId('run-state').textContent = 'not found';
    return;
  }
  byId('run-state').textContent = run.state;
  byId('run-state').setAttribute('data-status', runLabel(run));
  byId('run-repo').textContent = run.repo;
  byId('run-issue').textContent = run.issue !== null ? `#${run.issue}` : '–';
  byId('run-mode').textContent = `${run.mode} · max ${run.maxParallel} parallel`;
  byId('run-started').textContent = formatTime(run.startedAt);
  byId('progress').textContent = `${run.tasksDone}/${run.tasksTotal}`;
  byId('wall').textContent = formatDuration(run.state === 'running' ? now() - run.startedAt : run.wallMs);
  byId('speedup').textContent = speedupText(run);
  byId('speedup').setAttribute('data-final', run.state === 'finished' ? 'true' : 'false');
  byId('speedup').title =
    run.metrics?.speedupNote ??
    (run.state === 'finished' ? 'estimated: the same tasks one at a time, contention taken out, over the wall time' : 'estimated when the run ends');
  byId('concurrency').textContent = formatConcurrency(run.concurrency);
  byId('efficiency').textContent = run.metrics ? formatRatio(run.metrics.efficiency) : '–';
}

function taskElapsed(t: TaskView, run: RunSummary | null): number | null {
  if (t.startedAt === null) return null;
  const end = t.finishedAt !== null ? t.finishedAt : run && run.state === 'running' ? now() : run ? run.lastEventAt : now();
  return end - t.startedAt;
}

function newTaskRow(taskId: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('data-task', taskId);
  const c1 = el('td');
  c1.appendChild(el('div')).setAttribute('data-field', 'title');
  c1.appendChild(el('div', 'sub mono')).setAttribute('data-field', 'id');
  c1.appendChild(el('div', 'sub live')).setAttribute('data-field', 'progress');
  const c2 = el('td');
  c2.appendChild(el('span', 'badge')).setAttribute('data-field', 'state');
  c2.appendChild(el('span', 'attempt')).setAttribute('data-field', 'attempt');
  c2.appendChild(el('span', 'verify')).setAttribute('data-field', 'verify');
  c2.appendChild(el('span', 'egress')).setAttribute('data-field', 'egress');
  const c3 = el('td');
  c3.appendChild(el('span')).setAttribute('data-field', 'elapsed');
  const c4 = el('td');
  c4.appendChild(newSpark()).setAttribute('data-field', 'cpu-spark');
  c4.appendChild(el('span')).setAttribute('data-field', 'cpu');
  const c5 = el('td');
  c5.appendChild(newSpark()).setAttribute('data-field', 'mem-spark');
  c5.appendChild(el('span')).setAttribute('data-field', 'mem');
  const c6 = el('td', 'mono');
  c6.appendChild(el('span')).setAttribute('data-field', 'branch');
  const c7 = el('td');
  c7.appendChild(el('span')).setAttribute('data-field', 'pr');
  tr.append(c1, c2, c3, c4, c5, c6, c7);
  tr.addEventListener('click', () => selectTask(taskId));
  return tr;
}

/** `best of 3: #2` (attempts), `attempt 2` (retries), or nothing. */
function attemptText(t: TaskView): string {
  if (t.bestOf) {
    const done = t.bestOf.attempts.filter((a) => FINAL.has(a.status)).length;
    return t.bestOf.winner !== null ? `best of ${t.bestOf.count}: #${t.bestOf.winner}` : `best of ${t.bestOf.count}: ${done} done`;
  }
  return t.attempt > 1 ? `attempt ${t.attempt}` : '';
}

function renderTask(t: PageTask): void {
  const body = tbody('tasks');
  let tr = body.querySelector<HTMLTableRowElement>(`tr[data-task="${CSS.escape(t.id)}"]`);
  if (!tr) {
    tr = newTaskRow(t.id);
    body.appendChild(tr);
  }
  const run = summary();
  setText(tr, 'title', t.title);
  setText(tr, 'id', t.id);
  const line = setText(tr, 'progress', t.progress ? t.progress.text : '');
  line.title = t.progress ? t.progress.text : '';
  line.setAttribute('data-final', t.progress && t.progress.final ? 'true' : 'false');
  const state = taskState(t, run);
  const badge = setText(tr, 'state', state);
  badge.setAttribute('data-status', state);
  badge.title = t.reason || '';
  const attempt = setText(tr, 'attempt', attemptText(t));
  attempt.title = t.bestOf
    ? 'independent attempts in parallel (attempts); the best becomes the task\'s branch'
    : t.attempt > 1
      ? 'the agent failed for a transient reason and ran again on a fresh working tree (retries)'
      : '';
  const verify = setText(tr, 'verify', t.verify === 'passed' ? '✓ verified' : t.verify === 'failed' ? '✗ checks failed' : '');
  verify.setAttribute('data-verify', t.verify ?? '');
  const egress = child(tr, '[data-field="egress"]');
  const refused = t.egress ? t.egress.refused : 0;
  egress.textContent = refused ? `⛔ ${refused} refused` : '';
  egress.title =
    refused && t.egress
      ? `connections refused by the egress proxy:\n${t.egress.recent.map((r) => `${formatTime(r.at)}  ${r.destination}  (${r.reason})`).join('\n')}`
      : '';
  tr.setAttribute('data-status', t.status);
  setText(tr, 'elapsed', formatDuration(taskElapsed(t, run)));
  const last = t.status === 'running' ? t.last : null;
  const cpuNow = last ? last.cpu : t.cpu ? t.cpu.avgPercent : null;
  setText(tr, 'cpu', cpuNow === null ? '–' : formatPercent(cpuNow) + (last ? '' : ' avg'));
  const memNow = last ? last.mem : t.memory ? t.memory.peakBytes : null;
  setText(tr, 'mem', memNow === null ? '–' : formatBytes(memNow) + (last ? '' : ' peak'));
  const samples = t.samples;
  const cpuMax = Math.max(100, ...samples.map((s) => s.cpu));
  const memMax = Math.max(t.memory?.limitBytes || 0, ...samples.map((s) => s.mem));
  sparkline(child(tr, '[data-field="cpu-spark"]'), samples.map((s) => s.cpu), cpuMax, 'cpu');
  sparkline(child(tr, '[data-field="mem-spark"]'), samples.map((s) => s.mem), memMax, 'mem');
  setText(tr, 'branch', t.branch || '–');
  const pr = child(tr, '[data-field="pr"]');
  if (t.prUrl && /^https:\/\//.test(t.prUrl)) {
    if (!(pr.firstChild instanceof HTMLAnchorElement) || pr.firstChild.href !== t.prUrl) {
      removeChildren(pr);
      const num = /\/(\d+)$/.exec(t.prUrl);
      const a = document.createElement('a');
      a.textContent = num ? `PR #${num[1]}` : 'PR';
      a.href = t.prUrl;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      pr.appendChild(a);
    }
  } else if (pr.textContent !== '–') {
    pr.textContent = '–';
  }
  tr.classList.toggle('selected', t.id === S.taskId);
}

function renderTasks(): void {
  const body = tbody('tasks');
  if (!S.run) {
    removeChildren(body);
    return;
  }
  const { order, tasks } = S.run;
  for (const id of order) renderTask(tasks.get(id)!);
  for (const tr of rowsOf(body)) if (!tasks.has(tr.getAttribute('data-task') ?? '')) body.removeChild(tr);
}

// ---- Gantt ---------------------------------------------------------------------------------
function renderGantt(): void {
  const g = byId<SVGSVGElement>('gantt');
  removeChildren(g);
  const run = summary();
  if (!S.run || !run) return;
  const model = S.run;
  const tasks = model.order.map((id) => model.tasks.get(id)!);
  const width = Math.max(300, g.clientWidth || 800);
  const label = 150;
  const rowH = 22;
  const top = 18;
  // A best-of-N task's attempts get a row each, under their task's.
  const rows = tasks.reduce((n, t) => n + 1 + (t.bestOf ? t.bestOf.attempts.length : 0), 0);
  const height = top + rows * rowH + 6;
  g.setAttribute('viewBox', `0 0 ${width} ${height}`);
  g.setAttribute('height', String(height));
  const t0 = run.startedAt;
  let t1 = run.finishedAt !== null ? run.finishedAt : run.state === 'running' ? now() : run.lastEventAt;
  for (const t of tasks) if (t.finishedAt !== null && t.finishedAt > t1) t1 = t.finishedAt;
  const span = Math.max(1000, t1 - t0);
  const plot = width - label - 10;
  const x = (t: number): number => label + Math.max(0, Math.min(1, (t - t0) / span)) * plot;
  const step = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600].map((s) => s * 1000).find((s) => span / s <= 8) ?? 7_200_000;
  for (let tick = 0; tick <= span; tick += step) {
    g.appendChild(svg('line', { x1: x(t0 + tick), x2: x(t0 + tick), y1: top - 4, y2: height, class: 'grid' }));
    const tickLabel = svg('text', { x: x(t0 + tick) + 2, y: 11 });
    tickLabel.textContent = formatDuration(tick);
    g.appendChild(tickLabel);
  }
  let row = 0;
  for (const t of tasks) {
    const y = top + row++ * rowH;
    for (const a of t.bestOf ? t.bestOf.attempts : []) drawAttempt(g, t, a, top + row++ * rowH, rowH, x, t1);
    drawTaskRow(g, t, y, rowH, x, t1, run);
  }
}

/** A bar of the timeline from `start` to `end`, with a tooltip; `data-bar` names it for tests and styles. */
function drawBar(
  g: SVGSVGElement,
  o: { name: string; tip: string; x0: number; x1: number; y: number; height: number; rx: number; fill: string; opacity: number; extra?: Record<string, string | number> },
): void {
  const bar = svg('rect', { x: o.x0, y: o.y, width: Math.max(2, o.x1 - o.x0), height: o.height, rx: o.rx, fill: o.fill, 'fill-opacity': o.opacity, ...o.extra });
  bar.setAttribute('data-bar', o.name);
  const tip = svg('title', {});
  tip.textContent = o.tip;
  bar.appendChild(tip);
  g.appendChild(bar);
}

/** One attempt's row: its agent run as a thinner bar (the winner outlined). */
function drawAttempt(g: SVGSVGElement, t: TaskView, a: AttemptView, y: number, rowH: number, x: (t: number) => number, t1: number): void {
  const name = svg('text', { x: 12, y: y + 15 });
  name.textContent = `#${a.attempt}${a.winner ? ' ★' : ''}`;
  g.appendChild(name);
  if (a.agentStartedAt === null) return;
  const end = a.agentFinishedAt !== null ? a.agentFinishedAt : t1;
  drawBar(g, {
    name: `${t.id}#${a.attempt}`,
    tip: `${t.id} attempt ${a.attempt}: ${a.status}${a.verify ? `, verify ${a.verify}` : ''}${a.winner ? ', won' : ''}, ${formatDuration(end - a.agentStartedAt)}`,
    x0: x(a.agentStartedAt),
    x1: x(end),
    y: y + 7,
    height: rowH - 14,
    rx: 2,
    fill: COLORS[a.status] || '#6b7785',
    opacity: a.agentFinishedAt === null ? 0.55 : 0.8,
    extra: a.winner ? { stroke: '#ffffff', 'stroke-width': 1 } : {},
  });
}

/** A task's row: its queue wait, its whole time as a bar, its agent time as a line inside it. */
function drawTaskRow(g: SVGSVGElement, t: TaskView, y: number, rowH: number, x: (t: number) => number, t1: number, run: RunSummary): void {
  const name = svg('text', { x: 0, y: y + 15 });
  name.textContent = t.id.length > 22 ? `${t.id.slice(0, 21)}…` : t.id;
  g.appendChild(name);
  if (t.readyAt !== null && t.startedAt !== null && t.startedAt > t.readyAt) {
    g.appendChild(svg('rect', { x: x(t.readyAt), y: y + 9, width: Math.max(1, x(t.startedAt) - x(t.readyAt)), height: 3, fill: '#39424f' }));
  }
  if (t.startedAt === null) return;
  const state = taskState(t, run);
  const end = t.finishedAt !== null ? t.finishedAt : t1;
  drawBar(g, {
    name: t.id,
    tip: `${t.id}: ${state}, ${formatDuration(end - t.startedAt)}`,
    x0: x(t.startedAt),
    x1: x(end),
    y: y + 4,
    height: rowH - 8,
    rx: 3,
    fill: COLORS[state] || '#6b7785',
    opacity: t.finishedAt === null ? 0.65 : 0.9,
  });
  if (t.agentStartedAt !== null && t.agentFinishedAt !== null) {
    g.appendChild(
      svg('rect', { x: x(t.agentStartedAt), y: y + rowH - 7, width: Math.max(1, x(t.agentFinishedAt) - x(t.agentStartedAt)), height: 2, fill: '#ffffff', 'fill-opacity': 0.7 }),
    );
  }
}

// ---- log -----------------------------------------------------------------------------------
function clearLog(note: string | null): void {
  const log = byId('log');
  removeChildren(log);
  if (note) log.appendChild(el('div', 'line note', note));
}

function appendLog(lines: readonly string[]): void {
  const log = byId('log');
  const stick = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
  const note = log.querySelector('.note');
  if (note && lines.length) log.removeChild(note);
  const frag = document.createDocumentFragment();
  for (const line of lines) frag.appendChild(el('div', 'line', line));
  log.appendChild(frag);
  while (log.children.length > MAX_LOG_LINES && log.firstChild) log.removeChild(log.firstChild);
  if (stick) log.scrollTop = log.scrollHeight;
}

// ---- selection and routing -----------------------------------------------------------------
function writeHash(): void {
  const h = S.runId ? `#/run/${encodeURIComponent(S.runId)}${S.taskId ? `/${encodeURIComponent(S.taskId)}` : ''}` : '';
  if (location.hash !== h) history.replaceState(null, '', location.pathname + location.search + h);
}

function readHash(): { runId: string; taskId: string | null } | null {
  const m = /^#\/run\/([^/]+)(?:\/([^/]+))?$/.exec(location.hash);
  if (!m) return null;
  try {
    return { runId: decodeURIComponent(m[1]), taskId: m[2] ? decodeURIComponent(m[2]) : null };
  } catch {
    return null;
  }
}

function subscribe(): void {
  if (S.ws && S.ws.readyState === WebSocket.OPEN) S.ws.send(JSON.stringify({ type: 'subscribe', runId: S.runId, taskId: S.taskId }));
}

function selectRun(runId: string, taskId: string | null): void {
  if (runId !== S.runId) {
    S.run = null;
    renderTasks();
    renderGantt();
  }
  S.runId = runId;
  S.taskId = taskId;
  byId('log-task').textContent = taskId || '';
  clearLog(taskId ? 'waiting for output…' : 'select a task to follow its log');
  writeHash();
  renderRuns();
  renderRunHeader();
  subscribe();
}

function selectTask(taskId: string): void {
  S.taskId = taskId;
  byId('log-task').textContent = taskId;
  clearLog('waiting for output…');
  writeHash();
  subscribe();
  for (const id of S.run?.order ?? []) {
    document.querySelector(`tr[data-task="${CSS.escape(id)}"]`)?.classList.toggle('selected', id === taskId);
  }
}

// Until the user picks a run, the page follows the newest running run (else the newest run).
function autoSelectRun(): void {
  if (!S.autoRun || !S.runs.length) return;
  const target = (S.runs.find((r) => r.state === 'running') ?? S.runs[0]).id;
  if (target !== S.runId) selectRun(target, null);
}

function autoSelectTask(): void {
  const model = S.run;
  if (S.taskId || !model || !model.order.length) return;
  selectTask(model.order.find((id) => model.tasks.get(id)?.status === 'running') ?? model.order[0]);
}

// ---- messages ------------------------------------------------------------------------------
function onMessage(msg: ServerMessage): void {
  switch (msg.type) {
    case 'hello':
      S.offset = msg.serverTime - Date.now();
      S.host = msg.host;
      S.hostHistory = msg.hostHistory || [];
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
      renderRuns();
      renderRunHeader();
      if (S.run) {
        renderTasks();
        renderGantt();
      }
      break;
    case 'run': {
      if (msg.runId !== S.runId) break;
      if (!msg.run) {
        S.run = null;
        renderRunHeader();
        renderTasks();
        renderGantt();
        break;
      }
      const model: RunModel = { summary: msg.run.summary, order: [], tasks: new Map() };
      for (const t of msg.run.tasks) {
        model.order.push(t.id);
        model.tasks.set(t.id, t);
      }
      S.run = model;
      renderRunHeader();
      renderTasks();
      renderGantt();
      autoSelectTask();
      break;
    }
    case 'task': {
      if (msg.runId !== S.runId || !S.run) break;
      const old = S.run.tasks.get(msg.task.id);
      const task: PageTask = { ...msg.task, samples: old ? old.samples : [] };
      if (!old) S.run.order.push(task.id);
      S.run.tasks.set(task.id, task);
      renderTask(task);
      renderGantt();
      break;
    }
    case 'samples': {
      const t = msg.runId === S.runId ? S.run?.tasks.get(msg.taskId) : undefined;
      if (!t) break;
      t.samples = t.samples.concat(msg.samples).slice(-MAX_SAMPLES);
      t.last = msg.samples[msg.samples.length - 1] ?? null;
      renderTask(t);
      break;
    }
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
function setConn(state: string, text: string): void {
  const conn = byId('conn');
  conn.setAttribute('data-state', state);
  conn.textContent = text;
}

function connect(): void {
  const url = `${location.protocol === 'https:' ? 'wss://' : 'ws://'}${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  const ws = new WebSocket(url);
  S.ws = ws;
  ws.onopen = () => {
    S.retry = 0;
    setConn('live', 'live');
    subscribe();
  };
  ws.onmessage = (e: MessageEvent<string>) => {
    try {
      onMessage(JSON.parse(e.data) as ServerMessage);
    } catch (error) {
      console.error(error);
    }
  };
  ws.onclose = () => {
    if (S.ws !== ws) return;
    S.ws = null;
    // Back off up to 10 s, with jitter so many tabs do not reconnect in step.
    const delay = Math.min(10_000, 500 * 2 ** S.retry++) * (0.75 + Math.random() * 0.5);
    setConn('reconnecting', `reconnecting in ${Math.ceil(delay / 1000)}s`);
    setTimeout(connect, delay);
  };
}

const fromHash = readHash();
if (fromHash) {
  S.autoRun = false;
  selectRun(fromHash.runId, fromHash.taskId);
} else {
  renderRunHeader();
}
window.addEventListener('hashchange', () => {
  const h = readHash();
  if (h && (h.runId !== S.runId || h.taskId !== S.taskId)) {
    S.autoRun = false;
    selectRun(h.runId, h.taskId);
  }
});
window.addEventListener('resize', renderGantt);
// Elapsed times, wall time and the growing Gantt move every second without server traffic.
setInterval(() => {
  const run = summary();
  if (!run || run.state !== 'running') return;
  renderRunHeader();
  if (!S.run) return;
  for (const id of S.run.order) {
    const t = S.run.tasks.get(id);
    if (t?.status === 'running') renderTask(t);
  }
  renderGantt();
}, 1000);
connect();
