import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  DashboardState,
  dashboardCommand,
  dockerEndpoint,
  dockerRunLiveness,
  isLoopbackHost,
  startDashboard
} from "./chunk-5JOKTCBQ.js";
import "./chunk-DIX4CG4L.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-4ZFMDDWR.js";
import "./chunk-QY62O2KA.js";
import "./chunk-RRFFMOIK.js";
import "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
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
//# sourceMappingURL=dashboard-L6FWLDY4.js.map
