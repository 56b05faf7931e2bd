import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
} from "./chunk-OYTQB2VS.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-NE5TIKRJ.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
};
//# sourceMappingURL=load-YRQGA3KF.js.map
