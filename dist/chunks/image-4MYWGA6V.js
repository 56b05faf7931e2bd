import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
} from "./chunk-CQXZON5V.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
};
//# sourceMappingURL=image-4MYWGA6V.js.map
