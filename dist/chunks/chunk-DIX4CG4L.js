import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  clockTicksPerSecond,
  parseProcStat
} from "./chunk-4ZFMDDWR.js";

// src/run/liveness.ts
import fs from "node:fs";
import os from "node:os";
var PID_REUSE_SLACK_MS = 1e4;
function processState(pid, host, runStartedAt) {
  if (typeof pid != "number" || !Number.isInteger(pid) || pid <= 0 || host && host !== os.hostname()) return "unknown";
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return "dead";
  }
  let started = linuxProcessStart(pid);
  return started === "zombie" || started !== null && started > runStartedAt + PID_REUSE_SLACK_MS ? "dead" : "alive";
}
function linuxProcessStart(pid) {
  try {
    let stat = parseProcStat(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
    if (!stat) return null;
    if (stat.state === "Z" || stat.state === "X") return "zombie";
    let btime = /^btime (\d+)$/m.exec(fs.readFileSync("/proc/stat", "utf8"));
    return btime ? Number(btime[1]) * 1e3 + stat.startTime / clockTicksPerSecond() * 1e3 : null;
  } catch {
    return null;
  }
}

export {
  processState
};
//# sourceMappingURL=chunk-DIX4CG4L.js.map
