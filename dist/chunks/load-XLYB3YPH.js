import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
} from "./chunk-THFK3VXE.js";
import "./chunk-H2D3RH5R.js";
import "./chunk-PJ6ARTJA.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  expandPromptArgs,
  loadPromptFile,
  loadTasks,
  resolvePromptPath,
  validateTaskSet
};
//# sourceMappingURL=load-XLYB3YPH.js.map
