import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  dashboardCommand
} from "./chunk-MPQQU57E.js";
import "./chunk-76ESKDW4.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-OI7PW4IB.js";
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
  dashboardCommand
};
//# sourceMappingURL=dashboard-S44UWAUE.js.map
