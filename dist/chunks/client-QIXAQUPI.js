import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
} from "./chunk-RZBMJRX5.js";
import "./chunk-J7EXVRYH.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-KDLDDY6B.js";
import "./chunk-R53F5UBH.js";
export {
  CONTAINER_HOME,
  DockerClient,
  dockerMessage
};
//# sourceMappingURL=client-QIXAQUPI.js.map
