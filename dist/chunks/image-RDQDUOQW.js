import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
} from "./chunk-EC3ZA6BZ.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-27OXIP47.js";
import "./chunk-R53F5UBH.js";
export {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
};
//# sourceMappingURL=image-RDQDUOQW.js.map
