import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
} from "./chunk-KLAAXRQE.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-EMXOR5HR.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-UWBDK65U.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-L2J3HFVA.js";
import "./chunk-27OXIP47.js";
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
//# sourceMappingURL=dashboard-KPCZ2MTC.js.map
