import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  DASHBOARD_USAGE,
  dashboardCommand
} from "./chunk-6KRJVGQW.js";
import "./chunk-UVH4DZDW.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-R3EFVJSH.js";
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
//# sourceMappingURL=dashboard-5UCU73GK.js.map
