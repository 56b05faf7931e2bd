import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-ENLI7GB4.js";
import "./chunk-637TQNQI.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-HKFQAPB6.js.map
