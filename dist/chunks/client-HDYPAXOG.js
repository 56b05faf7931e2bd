import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-5B56ZKDS.js";
import "./chunk-32MECTYP.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-27OXIP47.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-HDYPAXOG.js.map
