import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
} from "./chunk-H3MBLQR6.js";
import "./chunk-SOSV4VKU.js";
import "./chunk-GU5O4VED.js";
import "./chunk-JLKL23GN.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-VPH2IRRT.js";
import "./chunk-7F4SQ2EB.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-HKEWFQA5.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-X6FC4BLU.js";
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
//# sourceMappingURL=dashboard-OESQKZEZ.js.map
