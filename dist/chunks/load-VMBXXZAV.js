import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
} from "./chunk-D6UOSLFZ.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-TKXGCVYW.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-27OXIP47.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
};
//# sourceMappingURL=load-VMBXXZAV.js.map
