import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-3DWMPPLR.js";
import "./chunk-2ZR5N6ZW.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-4ANR2JZV.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-7H5AMIDN.js.map
