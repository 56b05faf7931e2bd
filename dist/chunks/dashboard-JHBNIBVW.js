import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
} from "./chunk-XPEGIO6G.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-4LCY5GGP.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-637TQNQI.js";
import "./chunk-LH3EDB5H.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-3G3J4R6R.js";
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
//# sourceMappingURL=dashboard-JHBNIBVW.js.map
