import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  REDACTED,
  buildRunResult,
  createRedactor,
  secretValues,
  writeResultFiles
} from "./chunk-GS7MMAUC.js";
import {
  countRefused,
  refusalGroups,
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
  reportedCostUsd
} from "./chunk-VDBZ7UD3.js";
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
} from "./chunk-7F4SQ2EB.js";
import {
  escapeMarkdown,
  mermaidLabel,
  stripControl
} from "./chunk-HKEWFQA5.js";
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
  intervalsOverlap,
  median,
  mermaidLabel,
  peakOverlap,
  percentile,
  phaseMedians,
  refusalGroups,
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
  reportedCostUsd,
  secretValues,
  stripControl,
  taskDurationMs,
  taskRan,
  writeResultFiles
};
//# sourceMappingURL=report-6FR7WIAX.js.map
