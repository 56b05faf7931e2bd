import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
} from "./chunk-T4UTN5V3.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-27OXIP47.js";
import "./chunk-HXEJQOZZ.js";
import "./chunk-R53F5UBH.js";
export {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
};
//# sourceMappingURL=image-WRYIZYCG.js.map
