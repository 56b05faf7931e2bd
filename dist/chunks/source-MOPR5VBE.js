import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  fsPromptSource,
  gitPromptSource
} from "./chunk-YL3HFUAF.js";
import "./chunk-R53F5UBH.js";
export {
  fsPromptSource,
  gitPromptSource
};
//# sourceMappingURL=source-MOPR5VBE.js.map
