import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  REDACTED,
  buildRunResult,
  createRedactor,
  secretValues,
  writeResultFiles
} from "./chunk-4SAFWFLL.js";
import {
  countRefused,
  formatCheckResult,
  refusalGroups,
  renderAttemptsMarkdown,
  renderAttemptsTable,
  renderBestOfLine,
  renderCheckLine,
  renderCheckOutput,
  renderCompactHeadline,
  renderCompactTaskTable,
  renderConflictList,
  renderEgressMarkdown,
  renderEgressText,
  renderGantt,
  renderHeadline,
  renderPrLink,
  renderResourcesTable,
  renderRunDetails,
  renderRunningLines,
  renderSummaryMarkdown,
  renderSummaryText,
  renderTaskRow,
  renderTaskTable,
  renderTaskTableHeader,
  renderVerificationMarkdown,
  reportedCostUsd
} from "./chunk-OXR6XXDR.js";
import {
  computeRunMetrics,
  criticalPathMs,
  intervalsOverlap,
  median,
  peakOverlap,
  percentile,
  phaseMedians,
  taskDurationMs,
  taskRan
} from "./chunk-IJNXNNWZ.js";
import {
  escapeMarkdown,
  mermaidLabel,
  stripControl
} from "./chunk-DFB6YQZ4.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  REDACTED,
  buildRunResult,
  computeRunMetrics,
  countRefused,
  createRedactor,
  criticalPathMs,
  escapeMarkdown,
  formatCheckResult,
  intervalsOverlap,
  median,
  mermaidLabel,
  peakOverlap,
  percentile,
  phaseMedians,
  refusalGroups,
  renderAttemptsMarkdown,
  renderAttemptsTable,
  renderBestOfLine,
  renderCheckLine,
  renderCheckOutput,
  renderCompactHeadline,
  renderCompactTaskTable,
  renderConflictList,
  renderEgressMarkdown,
  renderEgressText,
  renderGantt,
  renderHeadline,
  renderPrLink,
  renderResourcesTable,
  renderRunDetails,
  renderRunningLines,
  renderSummaryMarkdown,
  renderSummaryText,
  renderTaskRow,
  renderTaskTable,
  renderTaskTableHeader,
  renderVerificationMarkdown,
  reportedCostUsd,
  secretValues,
  stripControl,
  taskDurationMs,
  taskRan,
  writeResultFiles
};
//# sourceMappingURL=report-KRSEC7LL.js.map
