import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/config.ts
import os from "node:os";
import path from "node:path";
var AGENT_KINDS = ["claude", "command", "script"], EXECUTION_MODES = ["auto", "docker", "subprocess"], CLAUDE_OUTPUTS = ["json", "stream"], TASK_CHECKOUTS = ["auto", "overlay", "full"], DEFAULT_IMAGE = "agent-fanout/agent:latest", DEFAULT_BASE_IMAGE = "node:24-bookworm-slim", PRODUCT_LABEL = "dev.agent-fanout", FORBIDDEN_ENV = ["GITHUB_TOKEN", "GH_TOKEN", "INPUT_GITHUB-TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
function defaultStateDir(env = process.env) {
  return env.AGENT_FANOUT_HOME ? path.resolve(env.AGENT_FANOUT_HOME) : path.join(os.homedir(), ".agent-fanout");
}
function defaultConfig(repo, env = process.env) {
  return {
    repo,
    baseRef: "HEAD",
    branchPrefix: "fanout",
    agent: "claude",
    claudeArgs: [],
    claudeOutput: "json",
    execution: "auto",
    image: DEFAULT_IMAGE,
    maxParallel: 4,
    cpus: 1,
    memoryBytes: 2 * 1024 ** 3,
    pidsLimit: 512,
    timeoutMs: 30 * 6e4,
    network: "bridge",
    allowHosts: [],
    egressNetwork: "bridge",
    env: [],
    maxTurns: 50,
    retries: 0,
    attempts: 1,
    failFast: !1,
    keepWorktrees: !1,
    taskCheckout: "auto",
    stateDir: defaultStateDir(env),
    maxResultBytes: 100 * 1024 ** 2,
    maxResultFiles: 1e4,
    maxFileBytes: 50 * 1024 ** 2
  };
}

export {
  AGENT_KINDS,
  EXECUTION_MODES,
  CLAUDE_OUTPUTS,
  TASK_CHECKOUTS,
  DEFAULT_IMAGE,
  DEFAULT_BASE_IMAGE,
  PRODUCT_LABEL,
  FORBIDDEN_ENV,
  defaultStateDir,
  defaultConfig
};
//# sourceMappingURL=chunk-NRSFWMVY.js.map
