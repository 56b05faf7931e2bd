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
  renderCompactHeadline,
  renderCompactTaskTable,
  renderConflictList,
  renderGantt,
  renderHeadline,
  renderPrLink,
  renderResourcesTable,
  renderRunDetails,
  renderRunningLines,
  renderSummaryMarkdown,
  renderTaskRow,
  renderTaskTable,
  renderTaskTableHeader,
  reportedCostUsd,
  type CompactTableOptions,
  type ConflictNote,
  type PrCell,
  type SummaryOptions,
  type TaskRowOptions,
} from './markdown.js';
export { renderSummaryText } from './text.js';
export {
  formatCheckResult,
  renderAttemptsMarkdown,
  renderAttemptsTable,
  renderBestOfLine,
  renderCheckLine,
  renderCheckOutput,
  renderVerificationMarkdown,
} from './verification.js';
export { countRefused, refusalGroups, renderEgressMarkdown, renderEgressText, type RefusalGroup } from './egress.js';
export { buildRunResult, writeResultFiles, type WriteResultFilesOptions } from './results.js';
export { escapeMarkdown, mermaidLabel, stripControl } from './format.js';
export { createRedactor, REDACTED, secretValues, type Redactor } from './redact.js';
