import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-HCRMJ2J6.js";
import "./chunk-3WJSCRAR.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-NAWOY3IQ.js";
import "./chunk-TJKTIVHG.js";
import "./chunk-XFRNSDKF.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-FRVWZUT5.js";
import "./chunk-KBPS5WAM.js";
import "./chunk-4ZFMDDWR.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-PWII425W.js";
import "./chunk-QY62O2KA.js";
import "./chunk-W3RHF4P7.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-25BDA3SB.js";
import "./chunk-HMXCLKP7.js";
import "./chunk-RRFFMOIK.js";
import "./chunk-VL4BPSPC.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-THFK3VXE.js";
import "./chunk-H2D3RH5R.js";
import "./chunk-PJ6ARTJA.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
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
//# sourceMappingURL=main-G4J3BLLG.js.map
