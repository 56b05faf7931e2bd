import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ALLOWLIST_NETWORK,
  ALLOW_ENTRY_EXPECTED,
  parseAllowList,
  splitAllowList
} from "./chunk-N4EGVWFS.js";
import {
  AGENT_KINDS,
  CLAUDE_OUTPUTS,
  EXECUTION_MODES,
  FORBIDDEN_ENV,
  TASK_CHECKOUTS
} from "./chunk-NRSFWMVY.js";
import {
  parseDuration,
  parseSize
} from "./chunk-AFWIZD6R.js";

// src/core/options.ts
import os from "node:os";
var ConfigError = class extends Error {
  constructor(message) {
    super(message), this.name = "ConfigError";
  }
}, InvalidValue = class extends Error {
  constructor(expected, part) {
    super(`expected ${expected}`);
    this.expected = expected;
    this.part = part;
    this.name = "InvalidValue";
  }
  expected;
  part;
};
function invalidValueMessage(label, value, error) {
  return `Invalid value '${error.part ?? value}' for ${label}. Expected ${error.expected}.`;
}
var MAX_DURATION_MS = 168 * 36e5, MIN_MEMORY_BYTES = 6 * 1024 ** 2, MAX_MEMORY_BYTES = 1024 ** 4, ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
function maxParallelValue(text) {
  return text.trim() === "auto" ? "auto" : wholeNumber(1, 256, "'auto' or a whole number from 1 to 256")(text);
}
function wholeNumber(min, max, expected = `a whole number from ${min} to ${max}`) {
  return (text) => {
    let n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidValue(expected);
    return n;
  };
}
function cpusValue(text, hostCpus = os.availableParallelism()) {
  let n = Number(text.trim()), expected = `a number of CPUs greater than 0 and at most ${hostCpus} (this host's cores), like 1 or 0.5`;
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(n) || n <= 0 || n > hostCpus) throw new InvalidValue(expected);
  return n;
}
function memoryValue(text) {
  let bytes = parseSize(text);
  if (bytes === void 0) throw new InvalidValue("a size like 512m or 4g");
  if (bytes < MIN_MEMORY_BYTES) throw new InvalidValue("at least 6m (Docker refuses smaller memory limits)");
  if (bytes > MAX_MEMORY_BYTES) throw new InvalidValue("at most 1t");
  return bytes;
}
function resultSizeValue(text) {
  let bytes = parseSize(text);
  if (bytes === void 0 || bytes < 1024) throw new InvalidValue("a size like 50m or 1g (at least 1k)");
  return bytes;
}
function durationValue(text) {
  let ms = parseDuration(text);
  if (ms === void 0) throw new InvalidValue("a duration like 90s, 30m or 2h");
  if (ms > MAX_DURATION_MS) throw new InvalidValue("a duration of at most 7 days (168h)");
  return ms;
}
function agentValue(text) {
  if (!AGENT_KINDS.includes(text)) throw new InvalidValue(`one of ${AGENT_KINDS.join(", ")}`);
  return text;
}
function executionValue(text) {
  if (!EXECUTION_MODES.includes(text)) throw new InvalidValue(`one of ${EXECUTION_MODES.join(", ")}`);
  return text;
}
function taskCheckoutValue(text) {
  if (!TASK_CHECKOUTS.includes(text)) throw new InvalidValue(`one of ${TASK_CHECKOUTS.join(", ")}`);
  return text;
}
function claudeOutputValue(text) {
  if (!CLAUDE_OUTPUTS.includes(text)) throw new InvalidValue(`one of ${CLAUDE_OUTPUTS.join(", ")}`);
  return text;
}
function networkValue(text) {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text) || text === "host")
    throw new InvalidValue("'bridge', 'none', 'allowlist' or the name of a Docker network ('host' is refused: it removes network isolation)");
  return text;
}
function allowHostsValue(text) {
  return parseAllowList(splitAllowList(text), (item) => {
    throw new InvalidValue(ALLOW_ENTRY_EXPECTED, item);
  });
}
function egressNetworkValue(text) {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text) || ["host", "none", ALLOWLIST_NETWORK].includes(text))
    throw new InvalidValue("'bridge' or the name of a Docker network with a route out (not host, none or allowlist)");
  return text;
}
function checkNetworkOptions(values, names) {
  if (values.allowHosts.length > 0 && values.network !== ALLOWLIST_NETWORK)
    throw new ConfigError(`${names.allowHosts} is set, but ${names.network} is '${values.network}'. Expected ${names.network} '${ALLOWLIST_NETWORK}': the allow-list applies only there.`);
  if (values.network === ALLOWLIST_NETWORK && values.execution === "subprocess")
    throw new ConfigError(
      `${names.network} is '${ALLOWLIST_NETWORK}', which Docker enforces, but ${names.execution} is 'subprocess'. Expected ${names.execution} 'docker' (or 'auto'), or another network.`
    );
}
function checkTaskCheckoutOptions(values, names) {
  if (values.taskCheckout === "overlay" && values.keepWorktrees)
    throw new ConfigError(
      `${names.taskCheckout} is 'overlay' and ${names.keepWorktrees} is set: kept task directories must outlive the run, and overlay mounts do not. Expected ${names.taskCheckout} 'auto' or 'full' (full checkouts, which are kept), or no ${names.keepWorktrees}.`
    );
}
function envNamesValue(text) {
  let names = text.split(/[\s,]+/).filter(Boolean);
  for (let n of names) {
    if (!ENV_NAME_PATTERN.test(n)) throw new InvalidValue("environment variable names (letters, digits, _), separated by commas", n);
    if (FORBIDDEN_ENV.includes(n.toUpperCase()))
      throw new InvalidValue("names of variables other than GitHub and runner tokens (the token never reaches an agent)", n);
  }
  return [...new Set(names)];
}
function shardsValue(text) {
  return text.trim() === "auto" ? "auto" : wholeNumber(1, 256, "'auto' or a whole number from 1 to 256")(text);
}
function shardValue(text) {
  let m = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(text), index = Number(m?.[1]), count = m?.[2] === void 0 ? null : Number(m[2]);
  if (!m || index < 1 || index > 256 || count !== null && (count < 1 || count > 256 || index > count))
    throw new InvalidValue("a shard like 2/3 (shard 2 of 3), or 2 with a plan");
  return { index, count };
}
var MAX_ATTEMPTS = 8;
function commandValue(text) {
  let command = text.trim();
  if (command !== "") {
    if (command.includes("\0")) throw new InvalidValue("a shell command without NUL bytes, like npm ci && npm test");
    return command;
  }
}
var MAX_TASK_RETRIES = 5, MAX_CLAUDE_RETRIES = 20, MAX_COST_USD = 1e4;
function costUsdValue(text) {
  let t = text.trim().replace(/^\$/, ""), n = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || !Number.isFinite(n) || n <= 0 || n > MAX_COST_USD)
    throw new InvalidValue(`an amount in USD greater than 0 and at most ${MAX_COST_USD}, like 0.50 or 5`);
  return n;
}
function userValue(text) {
  if (!/^\d+:\d+$/.test(text)) throw new InvalidValue("a numeric uid:gid like 1000:1000");
  return text;
}
function branchPrefixValue(text) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) || text.includes("..") || text.endsWith("/") || text.endsWith(".lock"))
    throw new InvalidValue("a git branch prefix like fanout or agents/fanout");
  return text;
}
function imageValue(text) {
  if (!/^[a-z0-9][a-z0-9._/:@-]*$/i.test(text)) throw new InvalidValue("an image reference like agent-fanout/agent:latest");
  return text;
}
function gitRefValue(text) {
  if (text === "" || text.startsWith("-") || text.includes("..") || text.includes("@{") || /[\s~:?*[\\]/.test(text) || [...text].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127) || text.endsWith("/") || text.endsWith(".") || text.endsWith(".lock"))
    throw new InvalidValue("a branch, tag or commit like main, v1.2 or HEAD~1");
  return text;
}
function nonEmptyText(expected) {
  return (text) => {
    if (text.trim() === "") throw new InvalidValue(expected);
    return text;
  };
}
var booleanText = (text) => {
  if (/^(true|True|TRUE)$/.test(text)) return !0;
  if (/^(false|False|FALSE)$/.test(text)) return !1;
  throw new InvalidValue("true or false");
}, OPTIONS = [
  {
    name: "repo",
    metavar: "DIR",
    kind: "value",
    default: "",
    defaultText: "the current directory's",
    description: "git repository the tasks run on",
    scopes: { cli: !0 },
    parse: nonEmptyText("a directory inside a git repository")
  },
  {
    name: "base",
    metavar: "REF",
    kind: "value",
    default: "HEAD",
    description: "ref the task branches start from",
    scopes: { cli: !0 },
    parse: gitRefValue,
    apply: (c, v) => c.baseRef = v
  },
  {
    name: "branch-prefix",
    metavar: "P",
    kind: "value",
    default: "fanout",
    description: "task branches are <prefix>/<task-id> or <prefix>/<issue>/<task-id> (a -tryK suffix when taken)",
    scopes: { cli: !0, action: !0 },
    parse: branchPrefixValue,
    apply: (c, v) => c.branchPrefix = v
  },
  {
    name: "issue",
    metavar: "N",
    kind: "value",
    default: "",
    description: "issue the run belongs to (branches <prefix>/<N>/<task>)",
    scopes: { cli: !0 },
    parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, "an issue number like 12")
  },
  {
    name: "agent",
    metavar: "KIND",
    kind: "value",
    default: "claude",
    description: `agent for prompt files whose front matter names none: ${AGENT_KINDS.join(", ")}`,
    scopes: { cli: !0, action: !0, frontMatter: { key: "agent", field: "agent" } },
    parse: agentValue,
    apply: (c, v) => c.agent = v
  },
  {
    name: "agent-command",
    metavar: "T",
    kind: "value",
    default: "",
    description: "command template of the command agent, with {prompt_file} or {prompt}",
    scopes: { cli: !0, action: !0 },
    parse: (text) => text,
    apply: (c, v) => c.agentCommand = v.trim() === "" ? void 0 : v
  },
  {
    name: "claude-arg",
    metavar: "ARG",
    kind: "repeatable",
    default: "",
    description: "extra flag for the claude CLI (repeatable)",
    scopes: { cli: !0 },
    parse: (text) => text,
    apply: (c, v) => c.claudeArgs.push(v)
  },
  {
    name: "claude-output",
    metavar: "FMT",
    kind: "value",
    default: "json",
    description: "output of the claude CLI: json (its result at the end) or stream (stream-json, with live progress: turns, current tool, tokens, cost so far)",
    scopes: { cli: !0, action: !0 },
    parse: claudeOutputValue,
    apply: (c, v) => c.claudeOutput = v
  },
  {
    name: "execution",
    metavar: "MODE",
    kind: "value",
    default: "auto",
    description: "where agents run: docker (isolated containers), subprocess (on the host, no isolation) or auto (Docker when its daemon answers)",
    scopes: { cli: !0, action: { default: "docker" } },
    parse: executionValue,
    apply: (c, v) => c.execution = v
  },
  {
    name: "image",
    metavar: "IMAGE",
    kind: "value",
    default: "agent-fanout/agent:latest",
    description: "agent container image (built when it is the default and missing)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "image", field: "image" } },
    parse: imageValue,
    apply: (c, v) => c.image = v
  },
  {
    name: "max-parallel",
    metavar: "N",
    kind: "value",
    default: "4",
    description: "tasks run at once, or auto (from host memory and the memory limits)",
    scopes: { cli: !0, action: !0 },
    parse: maxParallelValue,
    apply: (c, v) => c.maxParallel = v
  },
  {
    name: "cpus",
    metavar: "N",
    kind: "value",
    default: "1",
    description: "CPUs per task container (at most the host's cores)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "cpus", field: "cpus" } },
    parse: (text) => cpusValue(text),
    apply: (c, v) => c.cpus = v
  },
  {
    name: "memory",
    metavar: "SIZE",
    kind: "value",
    default: "2g",
    description: "memory limit per task container, swap included, e.g. 512m or 4g",
    scopes: { cli: !0, action: !0, frontMatter: { key: "memory", field: "memoryBytes" } },
    parse: memoryValue,
    apply: (c, v) => c.memoryBytes = v
  },
  {
    name: "pids-limit",
    metavar: "N",
    kind: "value",
    default: "512",
    description: "process limit per task container",
    scopes: { cli: !0, action: !0 },
    parse: wholeNumber(1, 1e6),
    apply: (c, v) => c.pidsLimit = v
  },
  {
    name: "timeout",
    metavar: "DURATION",
    kind: "value",
    default: "30m",
    description: "per-task timeout, e.g. 90s, 30m or 2h (at most 7 days)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "timeout", field: "timeoutMs" } },
    parse: durationValue,
    apply: (c, v) => c.timeoutMs = v
  },
  {
    name: "estimate",
    kind: "value",
    default: "",
    example: "20m",
    description: "the task's expected duration, like 20m: balances shards over runners (agent-fanout plan, the Action's mode plan)",
    scopes: { frontMatter: { key: "estimate", field: "estimateMs" } },
    parse: durationValue
  },
  {
    name: "network",
    metavar: "MODE",
    kind: "value",
    default: "bridge",
    description: "Docker network of the task containers: bridge, none, allowlist (out only through a per-run egress proxy, to the model API of claude tasks and allow-hosts; see docs/egress.md) or a network name (host is refused)",
    // The Action runs unattended on events: agents get out only through the egress proxy.
    scopes: { cli: !0, action: { default: ALLOWLIST_NETWORK } },
    parse: networkValue,
    apply: (c, v) => c.network = v
  },
  {
    name: "allow-hosts",
    metavar: "LIST",
    kind: "repeatable",
    default: "",
    example: "[registry.npmjs.org]",
    description: "host[:port] entries tasks may reach with network allowlist, comma separated (port 443 by default), e.g. registry.npmjs.org,*.corp.example:8443",
    scopes: { cli: !0, action: !0, frontMatter: { key: "allow_hosts", field: "allowHosts" } },
    parse: allowHostsValue,
    apply: (c, v) => c.allowHosts = [.../* @__PURE__ */ new Set([...c.allowHosts, ...v])]
  },
  {
    name: "egress-network",
    metavar: "NAME",
    kind: "value",
    default: "bridge",
    description: "with network allowlist: the Docker network the egress proxy reaches allowed hosts through",
    scopes: { cli: !0 },
    parse: egressNetworkValue,
    apply: (c, v) => c.egressNetwork = v
  },
  {
    name: "env",
    metavar: "NAMES",
    kind: "repeatable",
    default: "",
    description: "names of host environment variables passed to agents, comma separated (never a GitHub token; values are masked in logs)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "env", field: "env" } },
    parse: envNamesValue,
    apply: (c, v) => c.env = [.../* @__PURE__ */ new Set([...c.env, ...v])]
  },
  {
    name: "max-turns",
    metavar: "N",
    kind: "value",
    default: "50",
    description: "most agent turns (claude --max-turns; Claude Code's reported num_turns can be one more, see docs/claude.md)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "max_turns", field: "maxTurns" } },
    parse: wholeNumber(1, 1e4),
    apply: (c, v) => c.maxTurns = v
  },
  {
    name: "retries",
    metavar: "N",
    kind: "value",
    default: "0",
    example: "2",
    description: `runs a task again, on a fresh working tree, when its agent failed for a transient reason (API overloaded, 5xx, 429, a network error; not max turns, 401, a timeout or the budget), 0 to ${MAX_TASK_RETRIES}; see docs/claude.md`,
    scopes: { cli: !0, action: !0, frontMatter: { key: "retries", field: "retries" } },
    parse: wholeNumber(0, MAX_TASK_RETRIES),
    apply: (c, v) => c.retries = v
  },
  {
    name: "claude-max-retries",
    metavar: "N",
    kind: "value",
    default: "",
    defaultText: "the CLI's, 10",
    example: "3",
    description: `CLAUDE_CODE_MAX_RETRIES for the claude agent: how often Claude Code retries a failed API call itself (0 to ${MAX_CLAUDE_RETRIES}; its default 10 takes about 3 minutes to give up)`,
    scopes: { cli: !0, action: !0, frontMatter: { key: "claude_max_retries", field: "claudeMaxRetries" } },
    parse: (text) => text.trim() === "" ? void 0 : wholeNumber(0, MAX_CLAUDE_RETRIES)(text),
    apply: (c, v) => c.claudeMaxRetries = v
  },
  {
    name: "max-cost-usd",
    metavar: "USD",
    kind: "value",
    default: "",
    example: "0.50",
    description: "cost ceiling per task in USD, over all its retries (with attempts, per attempt): with claude-output stream the agent is stopped as its running cost passes it; with json the task fails only at the end (see docs/claude.md)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "max_cost_usd", field: "maxCostUsd" } },
    parse: (text) => text.trim() === "" ? void 0 : costUsdValue(text),
    apply: (c, v) => c.maxCostUsd = v
  },
  {
    name: "verify",
    metavar: "CMD",
    kind: "value",
    default: "",
    example: "'npm ci && npm test'",
    description: "shell command run on each task's result in the task's sandbox after its agent, e.g. 'npm ci && npm test': exit 0 passes, else the task ends verify_failed (its branch kept); see docs/verification.md",
    scopes: { cli: !0, action: !0, frontMatter: { key: "verify", field: "verify" } },
    parse: commandValue,
    apply: (c, v) => c.verify = v
  },
  {
    name: "attempts",
    metavar: "N",
    kind: "value",
    default: "1",
    example: "3",
    description: `independent attempts of each task, run in parallel (each its own sandbox, verified); the best becomes the task's branch, the others are kept as refs/fanout/attempts/...; 1 to ${MAX_ATTEMPTS}`,
    scopes: { cli: !0, action: !0, frontMatter: { key: "attempts", field: "attempts" } },
    parse: wholeNumber(1, MAX_ATTEMPTS),
    apply: (c, v) => c.attempts = v
  },
  {
    name: "judge",
    metavar: "CMD",
    kind: "value",
    default: "",
    example: "'sh score.sh'",
    description: "with attempts: shell command run in each attempt's sandbox (after verify passed) that prints a number; the highest wins (default: the smallest diff, then the fastest)",
    scopes: { cli: !0, action: !0, frontMatter: { key: "judge", field: "judge" } },
    parse: commandValue,
    apply: (c, v) => c.judge = v
  },
  {
    name: "user",
    metavar: "UID:GID",
    kind: "value",
    default: "",
    description: "uid:gid agents run as",
    defaultText: "this process's; as root the repository owner's, else 1000:1000",
    scopes: { cli: !0 },
    parse: userValue,
    apply: (c, v) => c.user = v
  },
  {
    name: "state-dir",
    metavar: "DIR",
    kind: "value",
    default: "",
    defaultText: "~/.agent-fanout, or $AGENT_FANOUT_HOME",
    description: "run directories and journals",
    scopes: { cli: !0 },
    parse: nonEmptyText("a directory")
  },
  {
    name: "ca-cert",
    metavar: "FILE",
    kind: "value",
    default: "",
    defaultText: "$NODE_EXTRA_CA_CERTS",
    description: "extra CA bundle (PEM) for agents and image builds",
    scopes: { cli: !0 },
    parse: nonEmptyText("a PEM file")
  },
  {
    name: "max-result-size",
    metavar: "SIZE",
    kind: "value",
    default: "100m",
    description: "most bytes a task's result may add or change, e.g. 100m (over it the task fails, naming the biggest files)",
    scopes: { cli: !0, action: !0 },
    parse: resultSizeValue,
    apply: (c, v) => c.maxResultBytes = v
  },
  {
    name: "max-result-files",
    metavar: "N",
    kind: "value",
    default: "10000",
    description: "most files a task's result may add or change",
    scopes: { cli: !0, action: !0 },
    parse: wholeNumber(1, 1e7),
    apply: (c, v) => c.maxResultFiles = v
  },
  {
    name: "max-file-size",
    metavar: "SIZE",
    kind: "value",
    default: "50m",
    description: "largest file a task's result may add or change",
    scopes: { cli: !0, action: !0 },
    parse: resultSizeValue,
    apply: (c, v) => c.maxFileBytes = v
  },
  {
    name: "fail-fast",
    kind: "switch",
    default: "false",
    description: "cancel tasks that have not started once one fails",
    scopes: { cli: !0, action: !0 },
    parse: booleanText,
    apply: (c, v) => c.failFast = v
  },
  {
    name: "keep-worktrees",
    kind: "switch",
    default: "false",
    description: "keep the task worktrees after the run (branches are always kept)",
    scopes: { cli: !0, action: !0 },
    parse: booleanText,
    apply: (c, v) => c.keepWorktrees = v
  },
  {
    name: "task-checkout",
    metavar: "MODE",
    kind: "value",
    default: "auto",
    description: "how task directories are made: overlay (one checkout of the base per run, shared copy-on-write through an overlay mount per task; needs root or sudo -n), full (a full checkout per task) or auto (overlay when this host can mount one, else full)",
    scopes: { cli: !0, action: !0 },
    parse: taskCheckoutValue,
    apply: (c, v) => c.taskCheckout = v
  },
  {
    name: "shard",
    metavar: "I/K",
    kind: "value",
    default: "",
    description: "run only shard I of K of the plan computed from the same prompts and base, or shard I of --plan (the Action's mode shard takes the matrix's number, like ${{ matrix.shard }})",
    scopes: { cli: !0, action: !0 },
    parse: (text) => text.trim() === "" ? null : shardValue(text)
  },
  {
    name: "plan",
    metavar: "FILE",
    kind: "value",
    default: "",
    description: "the plan to run a shard of: a file from 'agent-fanout plan --json' (CLI), or the plan step's plan output, ${{ needs.plan.outputs.plan }} (Action modes shard and aggregate)",
    scopes: { cli: !0, action: !0 },
    parse: (text) => text
  },
  {
    name: "json",
    metavar: "FILE",
    kind: "value",
    default: "",
    description: "write the results JSON",
    scopes: { cli: !0 },
    parse: nonEmptyText("a file path")
  },
  {
    name: "summary",
    metavar: "FILE",
    kind: "value",
    default: "",
    description: "write the Markdown summary",
    scopes: { cli: !0 },
    parse: nonEmptyText("a file path")
  },
  {
    name: "quiet",
    kind: "switch",
    default: "false",
    description: "no task output on the console",
    scopes: { cli: !0 },
    parse: booleanText
  },
  {
    name: "verbose",
    kind: "switch",
    default: "false",
    description: "debug output (every git and Docker call)",
    scopes: { cli: !0 },
    parse: booleanText
  }
];
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function relativePathValue(text) {
  let norm = text.replace(/\\/g, "/");
  if (/^(?:\/|~|[A-Za-z]:\/)/.test(norm) || norm.split("/").includes("..") || norm.includes("\0"))
    throw new InvalidValue("a path inside the repository, relative to its root, without ..", text);
  return norm.replace(/^(?:\.\/)+/, "");
}
function normalizeBotLogin(login) {
  return login.toLowerCase().replace(/\[bot\]$/, "");
}
function oneOf(allowed) {
  return (text) => {
    if (!allowed.includes(text)) throw new InvalidValue(`one of ${allowed.join(", ")}`);
    return text;
  };
}
var ACTION_ONLY_OPTIONS = [
  {
    name: "github-token",
    kind: "value",
    default: "${{ github.token }}",
    description: "Token for the API (comments, reactions, labels, pull requests) and for pushing task branches. Never passed to agents.",
    scopes: { action: !0 },
    parse: nonEmptyText("a token; the default is ${{ github.token }}")
  },
  {
    name: "trigger-label",
    kind: "value",
    default: "fanout",
    description: "Label that starts a run when added to an issue or pull request.",
    scopes: { action: !0 },
    parse: (text) => {
      if (text.trim() === "" || text.length > 50) throw new InvalidValue("a label name of 1 to 50 characters, like fanout");
      return text;
    }
  },
  {
    name: "prompts",
    kind: "value",
    default: "",
    description: "Prompt files or globs (comma or newline separated) for workflow_dispatch runs, e.g. prompts/*.md.",
    scopes: { action: !0 },
    parse: (text) => splitList(text).map(relativePathValue)
  },
  {
    name: "prompt-dirs",
    kind: "value",
    default: "prompts,.github/prompts",
    description: "Directories prompt files may be linked from (comma separated). Searched on the base ref as committed.",
    scopes: { action: !0 },
    parse: (text) => {
      let dirs = splitList(text).map((d) => relativePathValue(d).replace(/\/+$/, ""));
      if (dirs.length === 0 || dirs.some((d) => d === "" || d === "."))
        throw new InvalidValue("directories inside the repository, like prompts,.github/prompts");
      return dirs;
    }
  },
  {
    name: "issue-number",
    kind: "value",
    default: "",
    description: "Issue or pull request a workflow_dispatch run reports to (and, without prompts, whose linked prompt files it runs).",
    scopes: { action: !0 },
    parse: (text) => {
      if (text === "") return null;
      let m = /^#?(\d+)$/.exec(text);
      if (!m || Number(m[1]) < 1 || !Number.isSafeInteger(Number(m[1]))) throw new InvalidValue("an issue or pull request number like 12");
      return Number(m[1]);
    }
  },
  {
    name: "base-ref",
    kind: "value",
    default: "",
    description: "Branch, tag or commit the tasks start from and prompt files are read from. Default the pull request's base branch, else the default branch.",
    scopes: { action: !0 },
    parse: (text) => text === "" ? "" : gitRefValue(text)
  },
  {
    name: "create-pr",
    kind: "value",
    default: "draft",
    description: "Open a pull request per successful task with changes: draft, true (ready for review) or false (push branches only).",
    scopes: { action: !0 },
    parse: oneOf(["draft", "true", "false"])
  },
  {
    name: "pr-when",
    kind: "value",
    default: "always",
    description: "always: a task whose verify failed gets a pull request too, with the failed checks in its body; verified: only results that passed their verify (or had none) get one, the others' branches are pushed for inspection.",
    scopes: { action: !0 },
    parse: oneOf(["always", "verified"])
  },
  {
    name: "comment",
    kind: "switch",
    default: "true",
    description: "Keep one short progress and results comment on the issue (or the pull request the run belongs to). Task pull requests get no comment; their bodies link this one.",
    scopes: { action: !0 },
    parse: booleanText
  },
  {
    name: "remove-label",
    kind: "switch",
    default: "true",
    description: "Remove the trigger label when the run ends, so adding it again starts a new run.",
    scopes: { action: !0 },
    parse: booleanText
  },
  {
    name: "fail-on",
    kind: "value",
    default: "any",
    description: "any: the step fails when a task does not succeed or a linked prompt file cannot run; none: it never fails for that.",
    scopes: { action: !0 },
    parse: oneOf(["any", "none"])
  },
  {
    name: "allowed-bots",
    kind: "value",
    default: "",
    description: "Bot logins (comma separated, e.g. renovate[bot]) allowed to trigger runs. Bots are refused otherwise.",
    scopes: { action: !0 },
    parse: (text) => splitList(text).map((login) => {
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\[bot\])?$/.test(login))
        throw new InvalidValue("bot logins like dependabot or renovate[bot], separated by commas", login);
      return normalizeBotLogin(login);
    })
  },
  {
    name: "max-tasks",
    kind: "value",
    default: "20",
    description: "Most tasks one run starts (1 to 100).",
    scopes: { action: !0 },
    parse: wholeNumber(1, 100)
  },
  {
    name: "dashboard-port",
    kind: "value",
    default: "",
    description: "Port of the live dashboard on the runner. Empty means no dashboard.",
    scopes: { action: !0 },
    parse: (text) => text === "" ? null : wholeNumber(1, 65535, "a TCP port from 1 to 65535")(text)
  },
  {
    name: "mode",
    kind: "value",
    default: "all",
    description: "all: the whole run in this job; plan, shard, aggregate: one step of a run over many runners (docs/scale-out.md).",
    scopes: { action: !0 },
    parse: oneOf(["all", "plan", "shard", "aggregate"])
  },
  {
    name: "shards",
    kind: "value",
    default: "auto",
    description: "With mode plan: how many shards, or auto (enough that each runs at most max-parallel tasks at once).",
    scopes: { action: !0 },
    parse: shardsValue
  },
  {
    name: "max-shards",
    kind: "value",
    default: "8",
    description: "With mode plan and shards auto: the most shards (1 to 256).",
    scopes: { action: !0 },
    parse: wholeNumber(1, 256)
  },
  {
    name: "results-dir",
    kind: "value",
    default: "",
    description: "With mode aggregate: the directory actions/download-artifact wrote the shards' results files to.",
    scopes: { action: !0 },
    parse: (text) => text
  }
], ALL_OPTIONS = [...OPTIONS, ...ACTION_ONLY_OPTIONS];
function findOption(name) {
  let spec = ALL_OPTIONS.find((o) => o.name === name);
  if (!spec) throw new TypeError(`unknown option '${name}'`);
  return spec;
}
var CLI_OPTIONS = OPTIONS.filter((o) => o.scopes.cli), ACTION_OPTIONS = [...ACTION_ONLY_OPTIONS, ...OPTIONS.filter((o) => o.scopes.action)], FRONT_MATTER_OPTIONS = OPTIONS.filter((o) => o.scopes.frontMatter);
function actionDefault(spec) {
  return typeof spec.scopes.action == "object" ? spec.scopes.action.default : spec.default;
}
function parseOption(spec, text, label) {
  try {
    return spec.parse(text);
  } catch (error) {
    throw error instanceof InvalidValue ? new ConfigError(invalidValueMessage(label, text, error)) : error;
  }
}
function renderCliUsage() {
  return CLI_OPTIONS.map((o) => {
    let left = `  --${o.name}${o.metavar ? ` ${o.metavar}` : ""}`, def = o.defaultText ?? o.default, showDefault = o.kind !== "switch" && def !== "";
    return `${left.padEnd(24)}${o.description}${showDefault ? ` (default ${def})` : ""}`;
  }).join(`
`);
}

export {
  ConfigError,
  InvalidValue,
  invalidValueMessage,
  wholeNumber,
  agentValue,
  checkNetworkOptions,
  checkTaskCheckoutOptions,
  shardsValue,
  shardValue,
  MAX_ATTEMPTS,
  findOption,
  CLI_OPTIONS,
  ACTION_OPTIONS,
  FRONT_MATTER_OPTIONS,
  actionDefault,
  parseOption,
  renderCliUsage
};
//# sourceMappingURL=chunk-PJ6ARTJA.js.map
