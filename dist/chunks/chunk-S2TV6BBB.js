import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  processState
} from "./chunk-DIX4CG4L.js";
import {
  EgressDockerApi,
  RunDir,
  egressNetworkFilter,
  runsDir
} from "./chunk-XFRNSDKF.js";
import {
  findMountTool,
  mountsUnder,
  removeLayers,
  removeTaskDir,
  unmountAllUnder
} from "./chunk-NZPEG2GE.js";
import {
  readProcStat
} from "./chunk-4ZFMDDWR.js";
import {
  DockerClient
} from "./chunk-PWII425W.js";
import {
  LABEL_RUN_ID,
  labelFilter,
  parseLabels
} from "./chunk-QY62O2KA.js";
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";

// src/run/cleanup.ts
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/exec/docker/gc.ts
async function sweepContainers(client, options = {}) {
  let logger = options.logger ?? silentLogger, dryRun = options.dryRun ?? !1, found = await client.listContainers(labelFilter({ runId: options.runId })), result = { removed: [], failed: [], dryRun };
  for (let summary of found) {
    let ids = parseLabels(summary.labels);
    if (!ids) continue;
    let container = { id: summary.id, name: summary.name, runId: ids.runId, taskId: ids.taskId, state: summary.state }, what = `container ${summary.name} (run ${ids.runId}, task '${ids.taskId}', ${summary.state})`;
    if (dryRun) {
      logger.info(`would remove ${what}`), result.removed.push(container);
      continue;
    }
    try {
      await client.removeContainer(summary.id), logger.info(`removed ${what}`), result.removed.push(container);
    } catch (error) {
      let message = errorMessage(error);
      logger.warning(`could not remove ${what}: ${message}`), result.failed.push({ container, error: message });
    }
  }
  return result;
}

// src/exec/egress/gc.ts
async function sweepEgressNetworks(options = {}) {
  let logger = options.logger ?? silentLogger, api = options.api ?? new EgressDockerApi(), result = { removed: [], skippedLive: [], failed: [] };
  for (let network of await api.listNetworks(egressNetworkFilter(options.runId))) {
    if (!parseLabels(network.labels)) continue;
    let runId = network.labels[LABEL_RUN_ID] ?? "";
    if (options.isLive?.(network.labels)) {
      result.skippedLive.includes(runId) || result.skippedLive.push(runId);
      continue;
    }
    let what = `network ${network.name} (run ${runId})`;
    if (options.dryRun) {
      logger.info(`would remove ${what}`), result.removed.push(network.name);
      continue;
    }
    try {
      await api.removeNetwork(network.id) && logger.info(`removed ${what}`), result.removed.push(network.name);
    } catch (error) {
      let message = error instanceof Error ? error.message : String(error);
      logger.warning(`could not remove ${what}: ${message}`), result.failed.push({ network: network.name, error: message });
    }
  }
  return result;
}

// src/run/cleanup.ts
async function connectDocker(logger) {
  try {
    let client = DockerClient.connect();
    return await client.ping(), client;
  } catch {
    return logger.debug("Docker does not answer: no containers to sweep"), null;
  }
}
async function sweepWorktrees(runDir, report, options) {
  let mounts = await mountsUnder(runDir.path), layers = (await fs.readdir(runDir.layersDir).catch(() => [])).length > 0, found = !options.dryRun && (mounts.length > 0 || layers) ? await findMountTool() : null, tool = found && !("unavailable" in found) ? found : null;
  if (mounts.length > 0 && (report.mounts ??= [], report.mounts.push(...mounts), !options.dryRun))
    try {
      if (!tool) throw new Error(found && "unavailable" in found ? found.unavailable : "no mount tool");
      await unmountAllUnder(tool, runDir.path);
    } catch (error) {
      report.errors.push(`mounts under ${runDir.path} (${mounts.join(", ")}) could not be unmounted, nothing of the run was deleted: ${errorMessage(error)}`);
      return;
    }
  if (!options.dryRun) {
    for (let dir of [runDir.resultsDir, runDir.baseDir]) await removeTaskDir(dir).catch(() => {
    });
    await removeLayers(tool, runDir.layersDir).catch((error) => {
      report.errors.push(`overlay layers ${runDir.layersDir}: ${errorMessage(error)}`);
    });
  }
  let worktreesDir = runDir.worktreesDir, entries = await fs.readdir(worktreesDir).catch(() => []);
  if (entries.length !== 0) {
    for (let entry of entries) {
      let worktree = path.join(worktreesDir, entry);
      if (report.worktrees.push(worktree), !options.dryRun)
        try {
          await removeTaskDir(worktree);
        } catch (error) {
          report.errors.push(`worktree ${worktree}: ${errorMessage(error)}`);
        }
    }
    options.dryRun || await fs.rm(worktreesDir, { recursive: !0, force: !0 });
  }
}
async function sweepAgentProcesses(runDir, report, options) {
  let tasksDir = path.join(runDir.path, "tasks");
  for (let taskId of await fs.readdir(tasksDir).catch(() => [])) {
    let file = path.join(tasksDir, taskId, "agent.pid"), record;
    try {
      record = JSON.parse(await fs.readFile(file, "utf8"));
    } catch {
      continue;
    }
    if (record.host !== os.hostname() || !Number.isInteger(record.pgid) || record.pgid <= 1) continue;
    let members = [];
    for (let name of await fs.readdir("/proc").catch(() => [])) {
      if (!/^\d+$/.test(name)) continue;
      let stat = await readProcStat(Number(name));
      stat && stat.session === record.pgid && stat.startTime >= record.startTime && members.push(stat.pid);
    }
    if (report.processes ??= [], report.processes.push(...members.map((pid) => `${pid} (task '${taskId}')`)), !options.dryRun) {
      for (let pid of members)
        try {
          process.kill(pid, "SIGKILL");
        } catch {
        }
      await fs.rm(file, { force: !0 }), members.length && options.logger.debug(`killed ${members.length} process(es) left by task '${taskId}' of ${runDir.path}`);
    }
  }
}
async function collectGarbage(stateDir, options) {
  let report = { containers: [], networks: [], worktrees: [], skippedLive: [], errors: [] }, live = /* @__PURE__ */ new Set(), only = (runId) => options.runId === void 0 || runId === options.runId;
  for (let runId of (await fs.readdir(runsDir(stateDir)).catch(() => [])).filter(only).sort()) {
    let runDir = RunDir.of(stateDir, runId), meta = await runDir.readMeta();
    if (meta && processState(meta.pid, meta.host, meta.startedAt) === "alive") {
      live.add(runId), report.skippedLive.push(runId);
      continue;
    }
    await sweepAgentProcesses(runDir, report, options), await sweepWorktrees(runDir, report, options);
  }
  let client = await connectDocker(options.logger);
  if (client) {
    let runIds = /* @__PURE__ */ new Set();
    for (let summary of await client.listContainers(labelFilter({}))) {
      let ids = parseLabels(summary.labels);
      if (!(!ids || live.has(ids.runId) || !only(ids.runId))) {
        if (ids.pid !== void 0 && processState(ids.pid, ids.host, summary.createdAt) !== "dead") {
          report.skippedLive.includes(ids.runId) || report.skippedLive.push(ids.runId);
          continue;
        }
        runIds.add(ids.runId);
      }
    }
    for (let runId of runIds) {
      let swept = await sweepContainers(client, { runId, dryRun: options.dryRun ?? !1, logger: options.logger });
      report.containers.push(...swept.removed.map((c) => c.id)), report.errors.push(...swept.failed.map((f) => `container ${f.container.name}: ${f.error}`));
    }
    let networks = await sweepEgressNetworks({
      dryRun: options.dryRun ?? !1,
      logger: options.logger,
      isLive: (labels) => {
        let ids = parseLabels(labels);
        return !ids || live.has(ids.runId) ? !0 : ids.pid !== void 0 && processState(ids.pid, ids.host, Number.POSITIVE_INFINITY) !== "dead";
      }
    });
    report.networks.push(...networks.removed);
    for (let runId of networks.skippedLive) report.skippedLive.includes(runId) || report.skippedLive.push(runId);
    report.errors.push(...networks.failed.map((f) => `network ${f.network}: ${f.error}`));
  }
  return report;
}

export {
  sweepContainers,
  sweepEgressNetworks,
  sweepWorktrees,
  sweepAgentProcesses,
  collectGarbage
};
//# sourceMappingURL=chunk-S2TV6BBB.js.map
