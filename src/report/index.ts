/** Run metrics, the Markdown and text summaries, and the results files. */
export {
  computeRunMetrics,
  criticalPathMs,
  estimateSoloTimes,
  intervalsOverlap,
  median,
  peakOverlap,
  percentile,
  phaseMedians,
  taskDurationMs,
  taskRan,
  type Interval,
  type RunMetricsInfo,
  type SoloEstimate,
} from './metrics.js';
export { attributeContention, contentionShare, type HostReading, type StallSeries, type TaskContention } from './contention.js';
export {
  renderGantt,
  renderHeadline,
  renderPrLink,
  renderProgressTable,
  renderResourcesTable,
  renderSummaryMarkdown,
  renderTaskRow,
  renderTaskTable,
  renderTaskTableHeader,
  type ConflictNote,
  type SummaryOptions,
  type TaskRowOptions,
} from './markdown.js';
export { renderSummaryText } from './text.js';
export { buildRunResult, writeResultFiles, type WriteResultFilesOptions } from './results.js';
export { escapeMarkdown, mermaidLabel, stripControl } from './format.js';
