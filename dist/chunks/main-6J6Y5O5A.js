import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-PBBR4CTU.js";
import "./chunk-3WJSCRAR.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-EH66NUBE.js";
import "./chunk-CPWZ4VYV.js";
import "./chunk-53ROZ2U5.js";
import "./chunk-4LCY5GGP.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-FMZOOYNV.js";
import "./chunk-ENLI7GB4.js";
import "./chunk-637TQNQI.js";
import "./chunk-3BW2IRCC.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-E4DCLEY2.js";
import "./chunk-N567RUET.js";
import "./chunk-LH3EDB5H.js";
import "./chunk-2S4AK7ZT.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-QPHH7PTP.js";
import "./chunk-H2D3RH5R.js";
import "./chunk-5MFVI4ZB.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-3G3J4R6R.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/action/main.ts
async function run() {
  let action = new ActionRun(process.env);
  try {
    await action.run();
  } catch (error) {
    setFailed(errorMessage(error));
  } finally {
    await action.close();
  }
}
export {
  run
};
//# sourceMappingURL=main-6J6Y5O5A.js.map
