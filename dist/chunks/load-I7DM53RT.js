import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
} from "./chunk-PRBCVFPI.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-D4PR5YHT.js";
import "./chunk-4ANR2JZV.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
};
//# sourceMappingURL=load-I7DM53RT.js.map
