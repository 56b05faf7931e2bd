import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
} from "./chunk-W3RHF4P7.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";
export {
  buildAgentImage,
  ensureImage,
  locateDockerfile,
  pinnedClaudeVersion
};
//# sourceMappingURL=image-IGWBVAXS.js.map
