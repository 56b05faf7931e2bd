import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  REDACTED,
  buildRunResult,
  createRedactor,
  secretValues,
  writeResultFiles
} from "./chunk-GS7MMAUC.js";
import {
  computeRunMetrics,
  countRefused,
  criticalPathMs,
  intervalsOverlap,
  median,
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
  taskDurationMs,
  taskRan
} from "./chunk-AWRCP4ZD.js";
import {
  escapeMarkdown,
  mermaidLabel,
  stripControl
} from "./chunk-L2J3HFVA.js";
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
//# sourceMappingURL=report-BTTAUG76.js.map
