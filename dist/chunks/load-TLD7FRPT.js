import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
} from "./chunk-QPHH7PTP.js";
import "./chunk-H2D3RH5R.js";
import "./chunk-5MFVI4ZB.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
};
//# sourceMappingURL=load-TLD7FRPT.js.map
