import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
} from "./chunk-V42JXEVH.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-6PLDXUHM.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-2ZR5N6ZW.js";
import "./chunk-4ANR2JZV.js";
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
//# sourceMappingURL=dashboard-AGIH3DIQ.js.map
