import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ActionRun
} from "./chunk-WUN3T4CN.js";
import "./chunk-3WJSCRAR.js";
import {
  setFailed
} from "./chunk-E2BRRTYB.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-DPRLXF6S.js";
import "./chunk-OIJYJVRH.js";
import "./chunk-R5PDEGAW.js";
import "./chunk-RUAPOKCS.js";
import "./chunk-EMXOR5HR.js";
import "./chunk-WSDBUFDT.js";
import "./chunk-I5LSRXNW.js";
import "./chunk-WQ7UYPHC.js";
import "./chunk-UWBDK65U.js";
import "./chunk-T4UTN5V3.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-GS7MMAUC.js";
import "./chunk-KM5QMFJX.js";
import "./chunk-PD3GZJJN.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-OBC5VNJN.js";
import "./chunk-2FL5VOIT.js";
import "./chunk-CNDDRXKQ.js";
import "./chunk-E4YLIDI6.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-27OXIP47.js";
import "./chunk-HXEJQOZZ.js";
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
//# sourceMappingURL=main-JELINKIN.js.map
