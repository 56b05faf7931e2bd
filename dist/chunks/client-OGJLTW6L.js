import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-LQGQMKLP.js";
import "./chunk-VPH2IRRT.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-X6FC4BLU.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-OGJLTW6L.js.map
