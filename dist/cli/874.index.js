export const id = 874;
export const ids = [874];
export const modules = {

/***/ 874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildRunResult: () => (/* reexport */ buildRunResult),
  computeRunMetrics: () => (/* reexport */ computeRunMetrics),
  criticalPathMs: () => (/* reexport */ criticalPathMs),
  escapeMarkdown: () => (/* reexport */ escapeMarkdown),
  intervalsOverlap: () => (/* reexport */ intervalsOverlap),
  median: () => (/* reexport */ median),
  mermaidLabel: () => (/* reexport */ mermaidLabel),
  peakOverlap: () => (/* reexport */ peakOverlap),
  percentile: () => (/* reexport */ percentile),
  phaseMedians: () => (/* reexport */ phaseMedians),
  renderGantt: () => (/* reexport */ renderGantt),
  renderHeadline: () => (/* reexport */ renderHeadline),
  renderPrLink: () => (/* reexport */ renderPrLink),
  renderProgressTable: () => (/* reexport */ renderProgressTable),
  renderResourcesTable: () => (/* reexport */ renderResourcesTable),
  renderSummaryMarkdown: () => (/* reexport */ renderSummaryMarkdown),
  renderSummaryText: () => (/* reexport */ renderSummaryText),
  renderTaskRow: () => (/* reexport */ renderTaskRow),
  renderTaskTable: () => (/* reexport */ renderTaskTable),
  renderTaskTableHeader: () => (/* reexport */ renderTaskTableHeader),
  stripControl: () => (/* reexport */ stripControl),
  taskDurationMs: () => (/* reexport */ taskDurationMs),
  taskRan: () => (/* reexport */ taskRan),
  writeResultFiles: () => (/* reexport */ writeResultFiles)
});

// EXTERNAL MODULE: ./lib/tasks/graph.js
var graph = __webpack_require__(4686);
;// CONCATENATED MODULE: ./lib/report/metrics.js

const FAILED_STATUSES = new Set(['failed', 'timed_out', 'oom']);
/** True when the task's agent was started (whatever happened afterwards). */
function taskRan(task) {
    return task.agentStartedAt !== null;
}
/**
 * The agent time of a task: `durationMs`, else derived from the agent timestamps, else 0 (never ran
 * or never finished). Negative values (clock skew) count as 0 so one bad record cannot cancel others.
 */
function taskDurationMs(task) {
    let ms = task.durationMs;
    if (ms === null && task.agentStartedAt !== null && task.agentFinishedAt !== null) {
        ms = task.agentFinishedAt - task.agentStartedAt;
    }
    return ms !== null && Number.isFinite(ms) && ms > 0 ? ms : 0;
}
/**
 * Percentile by linear interpolation between closest ranks — the "inclusive" definition used by
 * NumPy's default (`method='linear'`), Excel's `PERCENTILE.INC` and R's type 7: sort the values,
 * take the fractional rank `r = p/100 · (n − 1)` and interpolate between the values at
 * `floor(r)` and `ceil(r)`. So p0 is the minimum, p100 the maximum, and a single value is every
 * percentile. An empty array gives `NaN` (there is no percentile of nothing; reports print `–`).
 * @throws RangeError when `p` is not a number in [0, 100].
 */
function percentile(values, p) {
    if (typeof p !== 'number' || Number.isNaN(p) || p < 0 || p > 100) {
        throw new RangeError(`percentile: p must be a number in [0, 100], got ${String(p)}`);
    }
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}
/** The 50th percentile ({@link percentile}); `NaN` for an empty array. */
function median(values) {
    return percentile(values, 50);
}
/**
 * Whether two half-open intervals share any instant: `[0, 10)` and `[10, 20)` do not (one task
 * ending as the next starts is not concurrency); an empty interval overlaps nothing.
 */
function intervalsOverlap(a, b) {
    return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}
/**
 * The largest number of intervals open at one instant (sweep line). At equal times ends are
 * processed before starts, so touching intervals do not count as overlapping. Empty intervals
 * are ignored.
 */
function peakOverlap(intervals) {
    const events = [];
    for (const { start, end } of intervals) {
        if (!(start < end))
            continue;
        events.push([start, 1], [end, -1]);
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let open = 0;
    let peak = 0;
    for (const [, delta] of events) {
        open += delta;
        peak = Math.max(peak, open);
    }
    return peak;
}
/** Length of the longest dependency chain, each task weighing its measured agent duration. */
function criticalPathMs(tasks) {
    return (0,graph/* criticalPathMs */.n4)(tasks, new Map(tasks.map((t) => [t.id, taskDurationMs(t)])));
}
/** Median duration of each lifecycle phase over the tasks that report it, in first-seen order. */
function phaseMedians(tasks) {
    const values = new Map();
    for (const task of tasks) {
        for (const [phase, ms] of Object.entries(task.phases ?? {})) {
            if (!Number.isFinite(ms))
                continue;
            const list = values.get(phase) ?? [];
            list.push(ms);
            values.set(phase, list);
        }
    }
    const result = {};
    for (const [phase, list] of values)
        result[phase] = median(list);
    return result;
}
/**
 * Computes the run's figures. Definitions (also in the README):
 * - `wallMs` = finishedAt − startedAt of the fan-out;
 * - `sumTaskMs` = sum of agent durations of the tasks that ran (what a serial run would have cost);
 * - `speedup` = sumTaskMs / wallMs (0 when wallMs is 0);
 * - `efficiency` = speedup / min(tasks that ran, maxParallel) — 1 means every usable slot was busy
 *   for the whole wall time (0 when nothing ran);
 * - `speedupBound` = sumTaskMs / criticalPathMs, the best any parallelism could do given the
 *   dependencies (null when the critical path is unknown or 0);
 * - `peakConcurrency` = most agents running at one instant (see {@link peakOverlap}); at least 1
 *   when any task ran, since a zero-length run still ran;
 * - `failed` counts `failed`, `timed_out` and `oom`; tasks still `queued`/`running` are in no count.
 */
function computeRunMetrics(tasks, info) {
    const wallMs = Math.max(0, info.finishedAt - info.startedAt);
    const ran = tasks.filter(taskRan);
    const sumTaskMs = ran.reduce((sum, t) => sum + taskDurationMs(t), 0);
    const speedup = wallMs > 0 ? sumTaskMs / wallMs : 0;
    const slots = Math.min(ran.length, info.maxParallel);
    const efficiency = slots > 0 ? speedup / slots : 0;
    const critical = info.criticalPathMs === undefined ? criticalPathMs(tasks) : info.criticalPathMs;
    const speedupBound = critical !== null && critical > 0 ? sumTaskMs / critical : null;
    // A task still running when the run ended (aborted run) is open until the run's end.
    const intervals = ran.map((t) => ({
        start: t.agentStartedAt,
        end: t.agentFinishedAt ?? Math.max(info.finishedAt, t.agentStartedAt),
    }));
    const peakConcurrency = Math.max(peakOverlap(intervals), ran.length > 0 ? 1 : 0);
    let succeeded = 0;
    let failed = 0;
    let skipped = 0;
    let cancelled = 0;
    let totalCostUsd = 0;
    for (const t of tasks) {
        if (t.status === 'succeeded')
            succeeded++;
        else if (FAILED_STATUSES.has(t.status))
            failed++;
        else if (t.status === 'skipped')
            skipped++;
        else if (t.status === 'cancelled')
            cancelled++;
        const cost = t.agent?.costUsd;
        if (typeof cost === 'number' && Number.isFinite(cost))
            totalCostUsd += cost;
    }
    return {
        wallMs,
        sumTaskMs,
        speedup,
        efficiency,
        criticalPathMs: critical,
        speedupBound,
        peakConcurrency,
        maxParallel: info.maxParallel,
        mode: info.mode,
        succeeded,
        failed,
        skipped,
        cancelled,
        totalCostUsd,
        heldBackMs: info.heldBackMs ?? 0,
    };
}

// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/report/format.js
const STATUS_EMOJI = {
    queued: '⏳',
    running: '🔄',
    succeeded: '✅',
    failed: '❌',
    timed_out: '⏱️',
    oom: '💥',
    skipped: '⏭️',
    cancelled: '🚫',
};
/** Single-width symbols for terminals, where emoji widths vary. */
const STATUS_SYMBOL = {
    queued: '·',
    running: '>',
    succeeded: '✔',
    failed: '✘',
    timed_out: '✘',
    oom: '✘',
    skipped: '-',
    cancelled: '-',
};
function statusEmoji(status) {
    return STATUS_EMOJI[status] ?? '❔';
}
function statusSymbol(status) {
    return STATUS_SYMBOL[status] ?? '?';
}
/** `timed_out` → `timed out`. */
function statusLabel(status) {
    return status.replace(/_/g, ' ');
}
// C0/C1 controls and DEL (ANSI escape sequences start with ESC), plus the Unicode line/paragraph
// separators and bidi overrides that can make displayed text differ from the bytes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Replaces control characters (including newlines and ESC) by spaces: safe for a terminal line. */
function stripControl(text) {
    return text.replace(CONTROL, ' ');
}
/**
 * Makes untrusted text render literally as inline Markdown on GitHub, on one line: HTML-significant
 * characters become entities, Markdown punctuation is backslash-escaped (including `|` so it cannot
 * split a table cell, `$` so it cannot open math), line breaks and other control characters become
 * spaces, and `@` is followed by a zero-width space: GitHub finds mentions in the rendered text, so
 * a backslash would not stop a title from pinging `@someone` (Dependabot does the same).
 */
function escapeMarkdown(text) {
    return stripControl(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~$-]/g, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/** {@link escapeMarkdown} for a table cell, shortened to `max` characters (before escaping). */
function escapeCell(text, max = 200) {
    return escapeMarkdown(truncate(text.trim(), max));
}
function truncate(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Inline code for identifiers that are safe in a code span, escaped text otherwise. */
function codeOrText(text) {
    return /^[\w./-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
/** Mermaid gantt statements a task label must not start with, or the line is parsed as one. */
const MERMAID_KEYWORDS = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|href|call|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}_])/iu;
/**
 * A label for a mermaid gantt bar. Mermaid ends the label at `:`, treats `#` and `%` as comment
 * starters and `;` as a statement end, and renders labels as HTML — so only letters, digits,
 * spaces and `_ . , - / ( ) + '` are kept, and a label that would read as a keyword gets a prefix.
 */
function mermaidLabel(text, max = 60) {
    let label = text
        .replace(/[^\p{L}\p{N} _.,\-/()+']/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    label = truncate(label, max).replace(/…$/, '').trim();
    if (!label)
        return 'task';
    return MERMAID_KEYWORDS.test(label) ? `task ${label}` : label;
}
/** `3.636…` → `3.64×`. */
function formatSpeedup(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}
/** `0.909…` → `91%`. */
function formatRatio(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)}%`;
}
/** A CPU percentage as measured (100 = one core busy). */
function formatPercent(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value)}%`;
}
function formatCost(usd) {
    if (usd === null || usd === undefined || !Number.isFinite(usd))
        return '–';
    return usd > 0 && usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}
/** Seconds with one decimal: `12.34` → `12.3 s`. */
function formatSeconds(seconds) {
    return seconds === null || seconds === undefined || !Number.isFinite(seconds) ? '–' : `${seconds.toFixed(1)} s`;
}
/** `3 (+12/-4)`; `–` when nothing changed. */
function formatChanges(files, insertions, deletions) {
    return files > 0 ? `${files} (+${insertions}/-${deletions})` : '–';
}
/** `1 task`, `4 tasks`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./lib/report/markdown.js



const TASK_COLUMNS = [
    'Status',
    'Task',
    'Branch',
    'PR',
    'Duration',
    'Queue wait',
    'Overhead',
    'CPU s / avg / peak',
    'Memory peak / limit',
    'Turns',
    'Cost',
    'Files (+/-)',
];
function columns(withPr) {
    return TASK_COLUMNS.filter((c) => withPr || c !== 'PR');
}
/** The header and delimiter lines of the task table. */
function renderTaskTableHeader(opts = {}) {
    const cols = columns(opts.withPr ?? false);
    return `| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`;
}
/**
 * A Markdown link to a PR, or `–`. Only http(s) URLs are linked, and characters that would end the
 * link destination are percent-encoded.
 */
function renderPrLink(url) {
    if (!url || !/^https?:\/\//i.test(url))
        return '–';
    const number = /\/pull\/(\d+)/.exec(url)?.[1];
    const safe = url.replace(/[\s()<>|\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${number ? `#${number}` : 'PR'}](${safe})`;
}
/** One row of the task table (matching {@link renderTaskTableHeader} with the same `withPr`). */
function renderTaskRow(task, opts = {}) {
    const withPr = opts.withPr ?? opts.prUrl !== undefined;
    const status = `${statusEmoji(task.status)} ${statusLabel(task.status)}${task.reason ? `: ${escapeCell(task.reason, 120)}` : ''}`;
    const name = task.title && task.title !== task.id ? `${codeOrText(task.id)} — ${escapeCell(task.title, 120)}` : codeOrText(task.id);
    const cpu = task.cpu
        ? `${formatSeconds(task.cpu.seconds)} / ${formatPercent(task.cpu.avgPercent)} / ${formatPercent(task.cpu.peakPercent)}`
        : '–';
    const memory = task.memory ? `${(0,units/* formatBytes */.z3)(task.memory.peakBytes)} / ${(0,units/* formatBytes */.z3)(task.memory.limitBytes)}` : '–';
    const cells = [
        status,
        name,
        task.branch ? codeOrText(task.branch) : '–',
        ...(withPr ? [renderPrLink(opts.prUrl)] : []),
        taskRan(task) ? (0,units/* formatDuration */.a3)(taskDurationMs(task)) : '–',
        (0,units/* formatDuration */.a3)(task.queueWaitMs),
        (0,units/* formatDuration */.a3)(task.overheadMs),
        cpu,
        memory,
        task.agent?.turns !== undefined ? String(task.agent.turns) : '–',
        formatCost(task.agent?.costUsd),
        formatChanges(task.filesChanged, task.insertions, task.deletions),
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The whole task table; a PR column is added when `prLinks` is given. */
function renderTaskTable(tasks, prLinks) {
    const withPr = prLinks !== undefined;
    const rows = tasks.map((t) => renderTaskRow(t, { withPr, prUrl: prLinks?.[t.id] }));
    return [renderTaskTableHeader({ withPr }), ...rows].join('\n');
}
/**
 * A Mermaid gantt with one bar per task whose agent ran, from agent start to agent end (epoch ms,
 * `dateFormat x`). Failed runs are `crit`, successful ones `done`. Bars get generated ids (`t1`…)
 * and sanitized labels, because task ids and titles are not valid mermaid syntax in general.
 * Returns an empty string when no task ran.
 */
function renderGantt(tasks, runFinishedAt) {
    const bars = [];
    tasks.forEach((task, index) => {
        if (task.agentStartedAt === null)
            return;
        const start = Math.round(task.agentStartedAt);
        const rawEnd = task.agentFinishedAt ?? runFinishedAt ?? task.agentStartedAt;
        // Mermaid drops zero-length bars; one millisecond keeps the task visible.
        const end = Math.max(Math.round(rawEnd), start + 1);
        const tag = task.status === 'succeeded' ? 'done, ' : ['failed', 'timed_out', 'oom'].includes(task.status) ? 'crit, ' : '';
        bars.push(`    ${mermaidLabel(task.id)} :${tag}t${index + 1}, ${start}, ${end}`);
    });
    if (bars.length === 0)
        return '';
    return ['```mermaid', 'gantt', '    dateFormat x', '    axisFormat %M:%S', '    section Tasks', ...bars, '```'].join('\n');
}
/** Run-level resource and timing figures, as a two-column table. */
function renderResourcesTable(result) {
    const { run, tasks } = result;
    const ran = tasks.filter(taskRan);
    const durations = ran.map(taskDurationMs);
    const queueWaits = tasks.flatMap((t) => (t.queueWaitMs === null ? [] : [t.queueWaitMs]));
    const overheads = tasks.flatMap((t) => (t.overheadMs === null ? [] : [t.overheadMs]));
    const cpuSeconds = tasks.reduce((sum, t) => sum + (t.cpu?.seconds ?? 0), 0);
    const cpuAvg = tasks.flatMap((t) => (t.cpu ? [t.cpu.avgPercent] : []));
    const cpuPeak = Math.max(-Infinity, ...tasks.flatMap((t) => (t.cpu ? [t.cpu.peakPercent] : [])));
    const memPeakTask = tasks.reduce((best, t) => (t.memory && (!best?.memory || t.memory.peakBytes > best.memory.peakBytes) ? t : best), null);
    const pids = Math.max(-Infinity, ...tasks.flatMap((t) => (t.peakPids === null ? [] : [t.peakPids])));
    const orNone = (ms) => (Number.isFinite(ms) ? (0,units/* formatDuration */.a3)(ms) : '–');
    const rows = [
        ['Agent duration median / p95 / max', `${orNone(median(durations))} / ${orNone(percentile(durations, 95))} / ${orNone(percentile(durations, 100))}`],
        ['Queue wait median / max', `${orNone(median(queueWaits))} / ${orNone(percentile(queueWaits, 100))}`],
        ['Overhead median / max', `${orNone(median(overheads))} / ${orNone(percentile(overheads, 100))}`],
        ['Peak concurrency', `${run.peakConcurrency} of ${run.maxParallel}`],
        ['CPU total', formatSeconds(cpuSeconds)],
        ['CPU avg (median of tasks) / peak', `${formatPercent(median(cpuAvg))} / ${formatPercent(cpuPeak)}`],
        [
            'Memory peak (task)',
            memPeakTask?.memory
                ? `${(0,units/* formatBytes */.z3)(memPeakTask.memory.peakBytes)} of ${(0,units/* formatBytes */.z3)(memPeakTask.memory.limitBytes)} (${codeOrText(memPeakTask.id)})`
                : '–',
        ],
        ['Processes peak', Number.isFinite(pids) ? String(pids) : '–'],
    ];
    if (run.heldBackMs > 0)
        rows.push(['Starts held back (host pressure)', (0,units/* formatDuration */.a3)(run.heldBackMs)]);
    for (const hold of run.pressureHolds ?? []) {
        rows.push([
            `Held at ${new Date(hold.at).toISOString().slice(11, 19)} UTC`,
            `${(0,units/* formatDuration */.a3)(hold.ms)}, ${hold.starts} start(s), cpu ${hold.cpuPercent.toFixed(0)}%, memory ${hold.memoryPercent.toFixed(0)}%`,
        ]);
    }
    if (run.totalCostUsd > 0)
        rows.push(['Agent cost total', formatCost(run.totalCostUsd)]);
    for (const [phase, ms] of Object.entries(phaseMedians(tasks))) {
        rows.push([`Phase ${codeOrText(phase)} (median)`, (0,units/* formatDuration */.a3)(ms)]);
    }
    return ['| Measure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
/**
 * The headline: task counts, wall time, sum of task time, speedup, efficiency, mode and
 * max-parallel, plus the dependency bound when tasks have dependencies.
 */
function renderHeadline(result) {
    const { run, tasks } = result;
    const parts = [
        `**${plural(tasks.length, 'task')}**`,
        `${run.succeeded} succeeded`,
        `${run.failed} failed`,
        ...(run.skipped > 0 ? [`${run.skipped} skipped`] : []),
        ...(run.cancelled > 0 ? [`${run.cancelled} cancelled`] : []),
        `wall time **${(0,units/* formatDuration */.a3)(run.wallMs)}**`,
        `sum of task time **${(0,units/* formatDuration */.a3)(run.sumTaskMs)}**`,
        `speedup **${formatSpeedup(run.speedup)}**`,
        `efficiency **${formatRatio(run.efficiency)}**`,
        `mode \`${run.mode}\``,
        `max-parallel ${run.maxParallel}`,
    ];
    if (tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null) {
        parts.push(`critical-path bound ${formatSpeedup(run.speedupBound)} (critical path ${(0,units/* formatDuration */.a3)(run.criticalPathMs)})`);
    }
    let headline = parts.join(' · ');
    if (run.modeReason)
        headline += `\n\n> Mode: ${escapeMarkdown(run.modeReason)}`;
    return headline;
}
/** The complete run summary. */
function renderSummaryMarkdown(result, opts = {}) {
    const sections = [
        `## ${opts.title !== undefined ? escapeMarkdown(opts.title) : `agent-fanout run ${codeOrText(result.run.id)}`}`,
        renderHeadline(result),
        '### Tasks',
        renderTaskTable(result.tasks, opts.prLinks),
    ];
    const gantt = renderGantt(result.tasks, result.run.finishedAt);
    if (gantt)
        sections.push('### Timeline', gantt);
    sections.push('### Resources', renderResourcesTable(result));
    if (opts.conflicts && opts.conflicts.length > 0) {
        sections.push('### Conflicts', 'These branches change the same files; merging one may conflict with the other.', opts.conflicts
            .map((c) => `- ${codeOrText(c.a)} and ${codeOrText(c.b)}: ${c.files.map((f) => codeOrText(f)).join(', ')}`)
            .join('\n'));
    }
    if (opts.errors && opts.errors.length > 0) {
        sections.push('### Errors', opts.errors.map((e) => `- ${escapeMarkdown(e)}`).join('\n'));
    }
    return sections.join('\n\n') + '\n';
}
/**
 * The live progress table (sticky comment): a counts line, then one row per task with its state and
 * elapsed time — agent time once the agent started, else time since the task was picked up;
 * finished tasks show their final figure, tasks that never started `–`.
 */
function renderProgressTable(records, now) {
    const count = (pred) => records.filter(pred).length;
    const running = count((t) => t.status === 'running');
    const queued = count((t) => t.status === 'queued');
    const done = records.length - running - queued;
    const counts = [
        `**${done}/${records.length} done**`,
        `${running} running`,
        `${queued} queued`,
        ...['succeeded', 'failed', 'timed_out', 'oom', 'skipped', 'cancelled']
            .map((s) => [s, count((t) => t.status === s)])
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${statusEmoji(s)} ${n}`),
    ].join(' · ');
    const rows = records.map((t) => {
        const since = t.agentStartedAt ?? t.startedAt;
        let elapsed = null;
        if (since !== null) {
            const until = t.status === 'running' ? now : (t.agentStartedAt !== null ? t.agentFinishedAt : t.finishedAt) ?? now;
            elapsed = Math.max(0, until - since);
        }
        const detail = t.reason ? escapeCell(t.reason, 80) : t.branch ? codeOrText(t.branch) : '';
        return `| ${statusEmoji(t.status)} ${statusLabel(t.status)} | ${codeOrText(t.id)} | ${(0,units/* formatDuration */.a3)(elapsed)} | ${detail} |`;
    });
    return [counts, '', '| Status | Task | Elapsed | Detail |', '|---|---|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./lib/report/text.js



/** Text from records on one terminal line: no control characters (no ANSI escapes from titles). */
function clean(text, max) {
    return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}
function taskLine(task, idWidth) {
    const parts = [
        `  ${statusSymbol(task.status)} ${statusLabel(task.status).padEnd(9)}`,
        clean(task.id, 40).padEnd(idWidth),
        (taskRan(task) ? (0,units/* formatDuration */.a3)(taskDurationMs(task)) : '–').padStart(7),
    ];
    if (task.branch)
        parts.push(clean(task.branch, 80));
    const changes = formatChanges(task.filesChanged, task.insertions, task.deletions);
    if (changes !== '–')
        parts.push(`${changes.replace(/^(\d+)/, (n) => plural(Number(n), 'file'))}`);
    if (task.agent?.costUsd !== undefined)
        parts.push(formatCost(task.agent.costUsd));
    if (task.title && task.title !== task.id)
        parts.push(`"${clean(task.title, 80)}"`);
    if (task.reason)
        parts.push(`— ${clean(task.reason, 160)}`);
    return parts.join('  ');
}
function renderSummaryText(result) {
    const { run, tasks } = result;
    const counts = [`${run.succeeded} succeeded`, `${run.failed} failed`];
    if (run.skipped > 0)
        counts.push(`${run.skipped} skipped`);
    if (run.cancelled > 0)
        counts.push(`${run.cancelled} cancelled`);
    const figures = [
        `wall ${(0,units/* formatDuration */.a3)(run.wallMs)}`,
        `sum of task time ${(0,units/* formatDuration */.a3)(run.sumTaskMs)}`,
        `speedup ${formatSpeedup(run.speedup)}`,
        `efficiency ${formatRatio(run.efficiency)}`,
    ];
    if (tasks.some((t) => t.dependsOn.length > 0) && run.speedupBound !== null) {
        figures.push(`critical-path bound ${formatSpeedup(run.speedupBound)}`);
    }
    const lines = [
        `Run ${clean(run.id, 80)}: ${plural(tasks.length, 'task')}, ${counts.join(', ')}`,
        `  ${figures.join(', ')}`,
        `  mode ${run.mode}${run.modeReason ? ` (${clean(run.modeReason, 160)})` : ''}, max-parallel ${run.maxParallel}, peak concurrency ${run.peakConcurrency}${run.totalCostUsd > 0 ? `, cost ${formatCost(run.totalCostUsd)}` : ''}`,
    ];
    const idWidth = Math.min(40, Math.max(0, ...tasks.map((t) => clean(t.id, 40).length)));
    if (tasks.length > 0)
        lines.push('', ...tasks.map((t) => taskLine(t, idWidth)));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/report/results.js
/** The results JSON (`--json FILE`, action output `results`) and the files a finished run writes. */


/** Assembles the results document; the metrics' `mode`/`maxParallel` are the ones actually used. */
function buildRunResult(info, metrics, tasks) {
    return { version: 1, run: { ...info, ...metrics }, tasks };
}
/**
 * Writes the results JSON (through a temporary file and a rename, so a reader never sees half a
 * document) and appends the Markdown summary.
 * @throws Error naming the file and what was being written.
 */
async function writeResultFiles(opts) {
    const { result, jsonFile, summaryFile, markdown } = opts;
    if (jsonFile) {
        const tmp = `${jsonFile}.${process.pid}.tmp`;
        try {
            await promises_.mkdir(external_node_path_.dirname(external_node_path_.resolve(jsonFile)), { recursive: true });
            await promises_.writeFile(tmp, JSON.stringify(result, null, 2) + '\n');
            await promises_.rename(tmp, jsonFile);
        }
        catch (err) {
            await promises_.rm(tmp, { force: true }).catch(() => undefined);
            throw new Error(`writing results JSON to ${jsonFile} failed: ${err.message}`, { cause: err });
        }
    }
    if (summaryFile) {
        try {
            await promises_.appendFile(summaryFile, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        }
        catch (err) {
            throw new Error(`writing the summary to ${summaryFile} failed: ${err.message}`, { cause: err });
        }
    }
}

;// CONCATENATED MODULE: ./lib/report/index.js
/** Run metrics, the Markdown and text summaries, and the results files. */







/***/ }),

/***/ 4686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatCycle),
/* harmony export */   n4: () => (/* binding */ criticalPathMs),
/* harmony export */   u8: () => (/* binding */ findCycle)
/* harmony export */ });
/* unused harmony exports topoOrder, dependentsOf */
function byId(tasks) {
    return new Map(tasks.map((t) => [t.id, t]));
}
/**
 * A dependency cycle as ids, first id repeated at the end (`['a', 'b', 'c', 'a']`), or null.
 * Searches from tasks in list order, so the same input always reports the same cycle.
 */
function findCycle(tasks) {
    const tasksById = byId(tasks);
    const state = new Map();
    const stack = [];
    const visit = (id) => {
        state.set(id, 'visiting');
        stack.push(id);
        for (const dep of tasksById.get(id)?.dependsOn ?? []) {
            if (!tasksById.has(dep))
                continue;
            const seen = state.get(dep);
            if (seen === 'visiting')
                return [...stack.slice(stack.indexOf(dep)), dep];
            if (seen === undefined) {
                const cycle = visit(dep);
                if (cycle)
                    return cycle;
            }
        }
        stack.pop();
        state.set(id, 'done');
        return null;
    };
    for (const task of tasks) {
        if (state.has(task.id))
            continue;
        const cycle = visit(task.id);
        if (cycle)
            return cycle;
    }
    return null;
}
/** `a -> b -> c -> a`. */
function formatCycle(cycle) {
    return cycle.join(' -> ');
}
/**
 * Tasks ordered so that each comes after everything it depends on; among tasks that are ready at
 * the same time, input order is kept. Throws on a cycle.
 */
function topoOrder(tasks) {
    const tasksById = byId(tasks);
    const placed = new Set();
    const order = [];
    while (order.length < tasks.length) {
        const ready = tasks.find((t) => !placed.has(t.id) && t.dependsOn.every((dep) => placed.has(dep) || !tasksById.has(dep)));
        if (!ready) {
            const cycle = findCycle(tasks.filter((t) => !placed.has(t.id)));
            throw new Error(`dependency cycle: ${cycle ? formatCycle(cycle) : 'unknown'}`);
        }
        placed.add(ready.id);
        order.push(ready);
    }
    return order;
}
/** Ids of every task that depends on `id`, directly or through others, in input order. */
function dependentsOf(tasks, id) {
    const found = new Set();
    let frontier = [id];
    while (frontier.length > 0) {
        const next = [];
        for (const task of tasks) {
            if (found.has(task.id) || task.id === id)
                continue;
            if (task.dependsOn.some((dep) => frontier.includes(dep))) {
                found.add(task.id);
                next.push(task.id);
            }
        }
        frontier = next;
    }
    return tasks.map((t) => t.id).filter((t) => found.has(t));
}
/**
 * The longest chain of durations through the dependency graph: the least wall time any schedule
 * with unlimited parallelism could take. Tasks without a duration count as 0; unknown dependency ids
 * are ignored, and a cycle (which loading rejects earlier) is cut where it closes.
 */
function criticalPathMs(tasks, durationById) {
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const finish = new Map();
    const visiting = new Set();
    const finishOf = (task) => {
        const known = finish.get(task.id);
        if (known !== undefined)
            return known;
        if (visiting.has(task.id))
            return 0;
        visiting.add(task.id);
        let start = 0;
        for (const dep of task.dependsOn) {
            const depTask = byId.get(dep);
            if (depTask)
                start = Math.max(start, finishOf(depTask));
        }
        visiting.delete(task.id);
        const duration = durationById.get(task.id);
        const end = start + (duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : 0);
        finish.set(task.id, end);
        return end;
    };
    return Math.max(0, ...tasks.map(finishOf));
}


/***/ })

};
