import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-6LETMA3S.js";
import "./chunk-3WJSCRAR.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-HM3OZKDT.js";
import "./chunk-R5PDEGAW.js";
import "./chunk-RUAPOKCS.js";
import "./chunk-EMXOR5HR.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WQ7UYPHC.js";
import "./chunk-UWBDK65U.js";
import "./chunk-BXH5H44Z.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-AWRCP4ZD.js";
import "./chunk-6IM3F4EC.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-L2J3HFVA.js";
import "./chunk-D6UOSLFZ.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-TKXGCVYW.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-27OXIP47.js";
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
//# sourceMappingURL=main-R3H4FLOG.js.map
