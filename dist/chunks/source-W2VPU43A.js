import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  fsPromptSource,
  gitPromptSource
} from "./chunk-4PTX7WJT.js";
import "./chunk-R53F5UBH.js";
export {
  fsPromptSource,
  gitPromptSource
};
//# sourceMappingURL=source-W2VPU43A.js.map
