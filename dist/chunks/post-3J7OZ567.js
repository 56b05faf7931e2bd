import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  debug,
  endGroup,
  info,
  loadRunState,
  startGroup,
  warning
} from "./chunk-E2BRRTYB.js";
import {
  sweepAgentProcesses,
  sweepContainers,
  sweepEgressNetworks,
  sweepWorktrees
} from "./chunk-S2TV6BBB.js";
import "./chunk-DIX4CG4L.js";
import {
  RunDir
} from "./chunk-XFRNSDKF.js";
import "./chunk-NZPEG2GE.js";
import "./chunk-4ZFMDDWR.js";
import "./chunk-RFCGYHN4.js";
import {
  DockerClient
} from "./chunk-PWII425W.js";
import "./chunk-QY62O2KA.js";
import "./chunk-XQPV4RL2.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-R53F5UBH.js";

// src/action/post.ts
var postLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warning: (m) => warning(m),
  error: (m) => warning(m)
};
async function cleanup(title, fn) {
  startGroup(title);
  try {
    await fn();
  } catch (error) {
    warning(`${title} failed: ${errorMessage(error)}`);
  } finally {
    endGroup();
  }
}
async function run() {
  try {
    let saved = loadRunState();
    if (!saved) {
      info("agent-fanout: no run was started; nothing to clean up");
      return;
    }
    let { runId, stateDir } = saved;
    await cleanup(`Remove containers of run ${runId}`, async () => {
      let client = DockerClient.connect(), swept = await sweepContainers(client, { runId, dryRun: !1, logger: postLogger });
      if (swept.failed.length > 0) throw new Error(`${swept.failed.length} container(s) could not be removed`);
      info(swept.removed.length ? `removed ${swept.removed.length} container(s)` : "no containers left");
      let networks = await sweepEgressNetworks({ runId, logger: postLogger });
      if (networks.failed.length > 0) throw new Error(`${networks.failed.length} network(s) could not be removed`);
      networks.removed.length && info(`removed ${networks.removed.length} egress network(s)`);
    }), saved.keepWorktrees ? info("agent-fanout: keep-worktrees is set: worktrees are kept") : await cleanup(`Remove worktrees of run ${runId}`, async () => {
      let report = { containers: [], networks: [], worktrees: [], skippedLive: [], errors: [] };
      if (await sweepAgentProcesses(RunDir.of(stateDir, runId), report, { logger: postLogger }), await sweepWorktrees(RunDir.of(stateDir, runId), report, { logger: postLogger }), report.errors.length > 0) throw new Error(report.errors.join("; "));
      info(report.worktrees.length ? `removed ${report.worktrees.length} worktree(s)` : "no worktrees left");
    });
  } catch (error) {
    warning(`agent-fanout cleanup failed: ${errorMessage(error)}`);
  }
}
export {
  run
};
//# sourceMappingURL=post-3J7OZ567.js.map
