import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  buildRunResult,
  computeRunMetrics,
  criticalPathMs,
  escapeMarkdown,
  intervalsOverlap,
  median,
  mermaidLabel,
  peakOverlap,
  percentile,
  phaseMedians,
  renderGantt,
  renderHeadline,
  renderPrLink,
  renderProgressTable,
  renderResourcesTable,
  renderSummaryMarkdown,
  renderSummaryText,
  renderTaskRow,
  renderTaskTable,
  renderTaskTableHeader,
  stripControl,
  taskDurationMs,
  taskRan,
  writeResultFiles
} from "./chunk-67KRBY2A.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  buildRunResult,
  computeRunMetrics,
  criticalPathMs,
  escapeMarkdown,
  intervalsOverlap,
  median,
  mermaidLabel,
  peakOverlap,
  percentile,
  phaseMedians,
  renderGantt,
  renderHeadline,
  renderPrLink,
  renderProgressTable,
  renderResourcesTable,
  renderSummaryMarkdown,
  renderSummaryText,
  renderTaskRow,
  renderTaskTable,
  renderTaskTableHeader,
  stripControl,
  taskDurationMs,
  taskRan,
  writeResultFiles
};
//# sourceMappingURL=report-R6HQCAA4.js.map
