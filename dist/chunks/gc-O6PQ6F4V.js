import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  defaultStateDir
} from "./chunk-NRSFWMVY.js";
import "./chunk-R53F5UBH.js";

// src/cli/gc.ts
import path from "node:path";
import { parseArgs } from "node:util";
async function gcCommand(args, logger) {
  let { values } = parseArgs({
    args,
    options: { "dry-run": { type: "boolean" }, "state-dir": { type: "string" }, run: { type: "string" }, verbose: { type: "boolean" } },
    strict: !0
  }), stateDir = values["state-dir"] ? path.resolve(values["state-dir"]) : defaultStateDir(), dryRun = values["dry-run"] ?? !1, { collectGarbage } = await import("./cleanup-VM7RMDUC.js"), report = await collectGarbage(stateDir, { logger, dryRun, runId: values.run }), verb = dryRun ? "would remove" : "removed";
  logger.info(`${verb} ${report.containers.length} container(s), ${report.worktrees.length} worktree(s), ${report.networks.length} network(s)`);
  for (let c of report.containers) logger.info(`  container ${c}`);
  for (let n of report.networks) logger.info(`  network ${n}`);
  for (let w of report.worktrees) logger.info(`  worktree ${w}`);
  report.mounts?.length && logger.info(`${dryRun ? "would unmount" : "unmounted"} ${report.mounts.length} mount(s) of task checkouts: ${report.mounts.join(", ")}`), report.processes?.length && logger.info(`${dryRun ? "would kill" : "killed"} ${report.processes.length} agent process(es) left on this host: ${report.processes.join(", ")}`);
  for (let r of report.skippedLive) logger.info(`  left alone: run ${r} is still running`);
  for (let e of report.errors) logger.error(e);
  return report.errors.length ? 1 : 0;
}
export {
  gcCommand
};
//# sourceMappingURL=gc-O6PQ6F4V.js.map
