import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
} from "./chunk-JCAXM5BE.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-6PLDXUHM.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-J5DMG2KV.js";
import "./chunk-OBC5VNJN.js";
import "./chunk-5J5JIMWD.js";
import "./chunk-R53F5UBH.js";
export {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
};
//# sourceMappingURL=dashboard-I2TVQMT4.js.map
