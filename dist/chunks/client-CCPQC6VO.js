import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-PWII425W.js";
import "./chunk-QY62O2KA.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-CCPQC6VO.js.map
