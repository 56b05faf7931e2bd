import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
} from "./chunk-3BW2IRCC.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
};
//# sourceMappingURL=image-OA3ZLYSL.js.map
