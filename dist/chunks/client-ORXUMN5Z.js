import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-ZE5P5QYW.js";
import "./chunk-J5DMG2KV.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-5J5JIMWD.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-ORXUMN5Z.js.map
