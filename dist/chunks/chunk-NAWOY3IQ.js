import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  TaskTrees,
  arcKubernetesModeMessage,
  checkRunMounts,
  daemonSharesMounts,
  defaultAgentUser,
  parseAgentUser
} from "./chunk-TJKTIVHG.js";
import {
  EgressDockerApi,
  LABEL_ROLE,
  ROLE_EGRESS_NETWORK,
  ROLE_EGRESS_PROXY,
  RunDir,
  unitKey
} from "./chunk-XFRNSDKF.js";
import {
  mergeStartPoint,
  moveBranch,
  releaseBranch,
  removeTaskDir,
  repoObjects,
  reserveBranches,
  taskBranchName
} from "./chunk-NZPEG2GE.js";
import {
  JournalWriter,
  PressureMonitor,
  journalFile,
  resolveMaxParallel
} from "./chunk-FRVWZUT5.js";
import {
  ProcessTreeMonitor,
  clockTicksPerSecond,
  readProcStat
} from "./chunk-4ZFMDDWR.js";
import {
  Git,
  launch
} from "./chunk-RFCGYHN4.js";
import {
  DockerClient,
  ProcessTreeStallReader,
  StallMeter,
  peakAtLeastAverage,
  readHostStat,
  thinOldest
} from "./chunk-PWII425W.js";
import {
  LABEL_PRODUCT,
  LABEL_RUN_ID,
  PRODUCT_NAME,
  orchestratorLabels,
  setLongTimeout,
  timerDelay
} from "./chunk-QY62O2KA.js";
import {
  ensureImage
} from "./chunk-W3RHF4P7.js";
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  buildRunResult,
  createRedactor,
  secretValues
} from "./chunk-25BDA3SB.js";
import {
  attributeContention,
  computeRunMetrics,
  contentionShare,
  estimateSoloTimes,
  foreignCpuShare,
  probeReach,
  queuedTaskRecord,
  readProbe,
  taskCostUsd
} from "./chunk-RRFFMOIK.js";
import {
  claudeMaxRetries,
  claudeRetryWindowMs,
  getAgent
} from "./chunk-VL4BPSPC.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import {
  cleanOutputLines,
  formatCost,
  tail
} from "./chunk-RDMBHCDM.js";
import {
  ALLOWLIST_NETWORK,
  modelApiAllowEntry,
  parseAllowEntry
} from "./chunk-N4EGVWFS.js";
import {
  DEFAULT_IMAGE,
  FORBIDDEN_ENV
} from "./chunk-NRSFWMVY.js";
import {
  formatBytes,
  formatDuration
} from "./chunk-AFWIZD6R.js";

// src/run/engine.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import os4 from "node:os";

// src/exec/egress/run-egress.ts
import path2 from "node:path";

// src/exec/egress/gateway.ts
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";

// src/exec/egress/proxy-events.ts
var REASONS = ["not-allowed", "private-address", "no-credentials", "bad-credentials", "bad-request"];
var text = (value) => typeof value == "string" ? value.slice(0, 300) : void 0, int = (value) => typeof value == "number" && Number.isFinite(value) ? Math.trunc(value) : void 0;
function parseProxyEvent(line) {
  let trimmed = line.trim();
  if (!trimmed.startsWith("{")) return;
  let raw;
  try {
    let value = JSON.parse(trimmed);
    if (typeof value != "object" || value === null || Array.isArray(value)) return;
    raw = value;
  } catch {
    return;
  }
  let at = int(raw.at);
  if (at === void 0) return;
  let source = text(raw.source) ?? "", host = text(raw.host) ?? "", port = int(raw.port) ?? 0;
  switch (raw.type) {
    case "listening": {
      let address = text(raw.address);
      return address && port > 0 ? { type: "listening", at, address, port } : void 0;
    }
    case "allowed": {
      let task = text(raw.task), address = text(raw.address) ?? "";
      return task ? { type: "allowed", at, task, source, host, port, address, via: raw.via === "http" ? "http" : "connect" } : void 0;
    }
    case "refused": {
      let reason = REASONS.find((r) => r === raw.reason);
      if (!reason) return;
      let task = raw.task === null ? null : text(raw.task);
      return task === void 0 ? void 0 : { type: "refused", at, task, source, host, port, reason, detail: text(raw.detail) ?? "" };
    }
    case "failed": {
      let task = text(raw.task);
      return task ? { type: "failed", at, task, source, host, port, detail: text(raw.detail) ?? "" } : void 0;
    }
    case "error":
      return { type: "error", at, detail: text(raw.detail) ?? "" };
    default:
      return;
  }
}
var LineSplitter = class {
  #partial = "";
  #onLine;
  /** Longer lines are cut: no event is anywhere near this long. */
  #maxLine;
  constructor(onLine, maxLine = 64 * 1024) {
    this.#onLine = onLine, this.#maxLine = maxLine;
  }
  write(chunk) {
    let lines = (this.#partial + chunk.toString()).split(`
`);
    this.#partial = lines.pop() ?? "", this.#partial.length > this.#maxLine && (this.#partial = this.#partial.slice(0, this.#maxLine));
    for (let line of lines) this.#onLine(line);
  }
  end() {
    this.#partial && this.#onLine(this.#partial), this.#partial = "";
  }
};

// src/exec/egress/proxy-program.ts
function egressProxy(m, config, log) {
  let connectTimeoutMs = config.connectTimeoutMs ?? 3e4, graceMs = config.credentialGraceMs ?? 5e3, now = () => Date.now(), nonPublic = new m.net.BlockList();
  for (let [a, p] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.0.2.0", 24],
    ["192.88.99.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["198.51.100.0", 24],
    ["203.0.113.0", 24],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4]
  ]) nonPublic.addSubnet(a, p, "ipv4");
  for (let [a, p] of [
    ["::", 128],
    ["::1", 128],
    ["::ffff:0:0", 96],
    ["64:ff9b::", 96],
    ["64:ff9b:1::", 48],
    ["100::", 64],
    ["2001::", 23],
    ["2001:db8::", 32],
    ["2002::", 16],
    ["3fff::", 20],
    ["fc00::", 7],
    ["fe80::", 10],
    ["fec0::", 10],
    ["ff00::", 8]
  ]) nonPublic.addSubnet(a, p, "ipv6");
  let unmap = (address) => {
    let mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? mapped[1] : address;
  }, familyOf = (address) => m.net.isIPv4(address) ? "ipv4" : "ipv6", policies = /* @__PURE__ */ new Map();
  for (let [task, t] of Object.entries(config.tasks)) {
    let policy = { token: Buffer.from(t.token), names: /* @__PURE__ */ new Map(), suffixes: [], blocks: [] };
    for (let entry of [...config.shared ?? [], ...t.allow])
      if (entry.kind === "name") {
        let ports = policy.names.get(entry.name) ?? /* @__PURE__ */ new Set();
        ports.add(entry.port), policy.names.set(entry.name, ports);
      } else if (entry.kind === "suffix")
        policy.suffixes.push({ suffix: entry.suffix, port: entry.port });
      else {
        let list = new m.net.BlockList();
        list.addSubnet(entry.address, entry.prefix, entry.family), policy.blocks.push({ list, port: entry.port });
      }
    policies.set(task, policy);
  }
  let addressListed = (policy, address, port) => policy.blocks.some((b) => b.port === port && b.list.check(unmap(address), familyOf(unmap(address)))), nameListed = (policy, name, port) => policy.names.get(name)?.has(port) === !0 || policy.suffixes.some((s) => s.port === port && name.endsWith(`.${s.suffix}`)), authenticate = (header) => {
    if (!header) return { missing: !0 };
    let match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!match) return { bad: "credentials are not Basic" };
    let decoded = Buffer.from(match[1], "base64").toString("utf8"), colon = decoded.indexOf(":"), user = colon < 0 ? decoded : decoded.slice(0, colon), password = Buffer.from(colon < 0 ? "" : decoded.slice(colon + 1)), policy = policies.get(user);
    return policy ? password.length !== policy.token.length || !m.crypto.timingSafeEqual(password, policy.token) ? { bad: `wrong token for task '${user.slice(0, 100)}'` } : { task: user } : { bad: `no task '${user.slice(0, 100)}' in this run` };
  }, pending = /* @__PURE__ */ new Map(), taskOfSource = /* @__PURE__ */ new Map(), pendingKey = (source, host, port) => `${source} ${host} ${port}`, reportPending = (entry) => log({
    type: "refused",
    at: entry.at,
    task: taskOfSource.get(entry.source) ?? null,
    source: entry.source,
    host: entry.host,
    port: entry.port,
    reason: "no-credentials",
    detail: "the request carried no proxy credentials (the proxy URL given to the task has them)"
  }), notePending = (source, host, port) => {
    let key = pendingKey(source, host, port);
    if (pending.has(key)) return;
    let entry = { at: now(), source, host, port, timer: setTimeout(() => {
      pending.delete(key), reportPending(entry);
    }, graceMs) };
    pending.set(key, entry);
  }, clearPending = (source, host, port) => {
    let key = pendingKey(source, host, port), entry = pending.get(key);
    entry && (clearTimeout(entry.timer), pending.delete(key));
  }, sockets = /* @__PURE__ */ new Set(), track = (socket) => {
    sockets.add(socket), socket.once("close", () => sockets.delete(socket));
  }, parseTarget = (text2, defaultPort) => {
    let m6 = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i.exec(text2), m4 = /^([a-z0-9.-]+|\d+\.\d+\.\d+\.\d+)(?::(\d{1,5}))?$/i.exec(text2), match = m6 ?? m4;
    if (!match) return null;
    let host = match[1].toLowerCase().replace(/\.$/, ""), port = match[2] !== void 0 ? Number(match[2]) : defaultPort;
    return port === null || !Number.isInteger(port) || port < 1 || port > 65535 || host === "" || m6 && !m.net.isIPv6(host) ? null : { host, port };
  }, decide = (policy, host, port, done) => {
    if (m.net.isIP(host)) {
      addressListed(policy, host, port) ? done({ addresses: [host] }) : done({ refuse: "not-allowed", detail: `${host} port ${port} is not on the allow-list` });
      return;
    }
    if (!nameListed(policy, host, port)) {
      done({ refuse: "not-allowed", detail: `${host}:${port} is not on the allow-list` });
      return;
    }
    m.dns.lookup(host, { all: !0, order: "ipv4first" }, (error, results) => {
      if (error || !results || results.length === 0) {
        done({ fail: `${host} does not resolve: ${error ? error.code ?? error.message : "no addresses"}` });
        return;
      }
      let addresses = results.map((r) => unmap(r.address)), hidden = addresses.find((a) => nonPublic.check(a, familyOf(a)) && !addressListed(policy, a, port));
      if (hidden !== void 0) {
        done({ refuse: "private-address", detail: `${host} resolves to ${hidden}, which is not public and not on the allow-list` });
        return;
      }
      done({ addresses });
    });
  }, connectTo = (addresses, port, done) => {
    let attempt = (i, lastError) => {
      if (i >= addresses.length) {
        done(lastError ?? new Error("no address"));
        return;
      }
      let upstream = m.net.connect({ host: addresses[i], port }), timer = setTimeout(() => upstream.destroy(new Error(`connect to ${addresses[i]} port ${port} timed out`)), connectTimeoutMs);
      upstream.once("connect", () => {
        clearTimeout(timer), upstream.removeAllListeners("error"), done(null, upstream, addresses[i]);
      }), upstream.once("error", (error) => {
        clearTimeout(timer), upstream.destroy(), attempt(i + 1, error);
      });
    };
    attempt(0, null);
  }, reply = (socket, status, headers, body, keepOpen) => {
    let text2 = body ? `agent-fanout egress proxy: ${body}
` : "";
    socket.write(
      [`HTTP/1.1 ${status}`, ...headers, "Content-Type: text/plain; charset=utf-8", `Content-Length: ${Buffer.byteLength(text2)}`, ...keepOpen ? [] : ["Connection: close"], "", text2].join(`\r
`)
    ), keepOpen || socket.end();
  }, readHead2 = (socket, initial, done) => {
    let buffer = initial, finish = (head, rest) => {
      socket.removeListener("data", onData), socket.removeListener("end", onEnd), socket.pause(), done(head, rest);
    }, check = () => {
      let end = buffer.indexOf(`\r
\r
`);
      return end >= 0 ? (finish(buffer.subarray(0, end).toString("latin1"), buffer.subarray(end + 4)), !0) : buffer.length > 16384 ? (reply(socket, "431 Request Header Fields Too Large", [], "request head too large", !1), finish(null, Buffer.alloc(0)), !0) : !1;
    }, onData = (chunk) => {
      buffer = Buffer.concat([buffer, chunk]), check();
    }, onEnd = () => finish(null, Buffer.alloc(0));
    check() || (socket.on("data", onData), socket.once("end", onEnd), socket.resume());
  }, handle = (socket, initial) => {
    let source = unmap(socket.remoteAddress ?? "");
    readHead2(socket, initial, (head, rest) => {
      if (head === null) {
        socket.destroy();
        return;
      }
      let lines = head.split(`\r
`), requestLine = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(lines[0] ?? ""), headers = /* @__PURE__ */ new Map();
      for (let line of lines.slice(1)) {
        let colon = line.indexOf(":");
        if (colon > 0) {
          let name = line.slice(0, colon).trim().toLowerCase();
          headers.has(name) || headers.set(name, line.slice(colon + 1).trim());
        }
      }
      if (!requestLine) {
        log({ type: "refused", at: now(), task: taskOfSource.get(source) ?? null, source, host: "", port: 0, reason: "bad-request", detail: `not an HTTP request: ${JSON.stringify((lines[0] ?? "").slice(0, 200))}` }), reply(socket, "400 Bad Request", [], "not an HTTP proxy request", !1);
        return;
      }
      let [, method, rawTarget] = requestLine, isConnect = method === "CONNECT", target = null, path8 = "", badTarget = "";
      if (isConnect)
        target = parseTarget(rawTarget, null), target || (badTarget = `CONNECT needs host:port, got ${JSON.stringify(rawTarget.slice(0, 200))}`);
      else {
        let absolute = /^http:\/\/(?:[^/?#@]*@)?([^/?#]*)([^#]*)/i.exec(rawTarget);
        absolute ? (target = parseTarget(absolute[1], 80), path8 = absolute[2] || "/", target || (badTarget = `cannot read the host of ${JSON.stringify(rawTarget.slice(0, 200))}`)) : /^https:/i.test(rawTarget) ? badTarget = "https:// requests go through CONNECT (a client that honours HTTPS_PROXY does that)" : badTarget = `not a proxy request (origin-form ${JSON.stringify(rawTarget.slice(0, 200))})`;
      }
      let auth = authenticate(headers.get("proxy-authorization")), knownTask = "task" in auth ? auth.task : taskOfSource.get(source) ?? null;
      if (!target) {
        log({ type: "refused", at: now(), task: knownTask, source, host: rawTarget.slice(0, 255), port: 0, reason: "bad-request", detail: badTarget }), reply(socket, "400 Bad Request", [], badTarget, !1);
        return;
      }
      let { host, port } = target;
      if ("missing" in auth) {
        notePending(source, host, port);
        let bodyless = isConnect || !headers.has("transfer-encoding") && (headers.get("content-length") ?? "0") === "0";
        reply(socket, "407 Proxy Authentication Required", ['Proxy-Authenticate: Basic realm="agent-fanout"'], "proxy credentials required", bodyless), bodyless && handle(socket, rest);
        return;
      }
      if ("bad" in auth) {
        log({ type: "refused", at: now(), task: null, source, host, port, reason: "bad-credentials", detail: auth.bad }), reply(socket, "407 Proxy Authentication Required", ['Proxy-Authenticate: Basic realm="agent-fanout"'], auth.bad, !1);
        return;
      }
      let task = auth.task;
      taskOfSource.set(source, task), clearPending(source, host, port), decide(policies.get(task), host, port, (decision) => {
        if ("refuse" in decision) {
          log({ type: "refused", at: now(), task, source, host, port, reason: decision.refuse, detail: decision.detail }), reply(socket, "403 Forbidden", [`X-Agent-Fanout-Refused: ${decision.refuse}`], `refused: ${decision.detail} (task '${task}')`, !1);
          return;
        }
        if ("fail" in decision) {
          log({ type: "failed", at: now(), task, source, host, port, detail: decision.fail }), reply(socket, "502 Bad Gateway", [], decision.fail, !1);
          return;
        }
        connectTo(decision.addresses, port, (error, upstream, address) => {
          if (error || !upstream || !address) {
            let detail = `${host}:${port}: ${error?.message ?? "unreachable"}`;
            log({ type: "failed", at: now(), task, source, host, port, detail }), reply(socket, "502 Bad Gateway", [], detail, !1);
            return;
          }
          if (socket.destroyed) {
            upstream.destroy();
            return;
          }
          if (track(upstream), log({ type: "allowed", at: now(), task, source, host, port, address, via: isConnect ? "connect" : "http" }), isConnect)
            socket.write(`HTTP/1.1 200 Connection Established\r
\r
`);
          else {
            let dropped = /* @__PURE__ */ new Set(["host", "proxy-authorization", "proxy-connection", "connection", "keep-alive"]), kept = lines.slice(1).filter((line) => !dropped.has(line.slice(0, Math.max(0, line.indexOf(":"))).trim().toLowerCase())), authority = port === 80 ? host : `${m.net.isIPv6(host) ? `[${host}]` : host}:${port}`;
            upstream.write([`${method} ${path8} HTTP/1.1`, `Host: ${authority}`, ...kept, "Connection: close", "", ""].join(`\r
`));
          }
          rest.length > 0 && upstream.write(rest), socket.pipe(upstream), upstream.pipe(socket);
          let closeBoth = () => {
            socket.destroy(), upstream.destroy();
          };
          socket.once("error", closeBoth), upstream.once("error", closeBoth), socket.once("close", () => upstream.destroy()), upstream.once("close", () => socket.end());
        });
      });
    });
  }, server = m.net.createServer((socket) => {
    track(socket), socket.on("error", () => socket.destroy()), handle(socket, Buffer.alloc(0));
  }), listenAddress = () => {
    if (!config.listenSubnet) return config.listenHost ?? "127.0.0.1";
    let subnet = new m.net.BlockList();
    subnet.addSubnet(config.listenSubnet.address, config.listenSubnet.prefix, familyOf(config.listenSubnet.address));
    for (let addresses of Object.values(m.os.networkInterfaces()))
      for (let a of addresses ?? [])
        if (subnet.check(a.address, a.family === "IPv4" ? "ipv4" : "ipv6")) return a.address;
    throw new Error(`no interface in ${config.listenSubnet.address}/${config.listenSubnet.prefix}`);
  };
  return { ready: new Promise((resolve, reject) => {
    let address;
    try {
      address = listenAddress();
    } catch (error) {
      reject(error);
      return;
    }
    server.once("error", reject), server.listen(config.port, address, () => {
      let bound = server.address();
      log({ type: "listening", at: now(), address: bound.address, port: bound.port }), resolve({ address: bound.address, port: bound.port });
    });
  }), close: async () => {
    for (let [key, entry] of pending)
      clearTimeout(entry.timer), pending.delete(key), reportPending(entry);
    await new Promise((resolve) => {
      server.close(() => resolve());
      for (let socket of sockets) socket.destroy();
    });
  } };
}
function proxyProgramSource() {
  return [
    "'use strict';",
    "const config = JSON.parse(process.env.AGENT_FANOUT_EGRESS_CONFIG);",
    "delete process.env.AGENT_FANOUT_EGRESS_CONFIG;",
    "const modules = { net: require('node:net'), dns: require('node:dns'), crypto: require('node:crypto'), os: require('node:os') };",
    "const log = (event) => process.stdout.write(JSON.stringify(event) + '\\n');",
    `const proxy = (${egressProxy.toString()})(modules, config, log);`,
    "proxy.ready.catch((error) => { log({ type: 'error', at: Date.now(), detail: 'cannot listen: ' + error.message }); process.exit(3); });",
    "process.on('uncaughtException', (error) => log({ type: 'error', at: Date.now(), detail: String(error && error.stack || error) }));",
    "let stopping = false;",
    "const stop = () => { if (stopping) return; stopping = true; proxy.close().then(() => process.exit(0), () => process.exit(1)); };",
    "process.on('SIGTERM', stop);",
    "process.on('SIGINT', stop);"
  ].join(`
`);
}

// src/exec/egress/gateway.ts
var PROXY_PORT = 3128, MAX_PROXY_LOG_BYTES = 32 * 1024 ** 2, MAX_CONFIG_BYTES = 120 * 1024, NO_PROXY = "localhost,127.0.0.1,::1";
function resourceBase(runId) {
  return `agent-fanout-${runId.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[-_.]+/, "").slice(0, 40)}-${randomBytes(3).toString("hex")}`;
}
var EgressGateway = class _EgressGateway {
  /** The internal network task containers join. */
  network;
  /** Where tasks reach the proxy: its address on the internal network. */
  proxyAddress;
  #tokens;
  #api;
  #container;
  #networkId;
  #outputEnded;
  #logger;
  #log;
  #stopping = !1;
  #stopped;
  constructor(fields) {
    this.network = fields.network, this.#networkId = fields.networkId, this.proxyAddress = fields.proxyAddress, this.#tokens = fields.tokens, this.#api = fields.api, this.#container = fields.container, this.#outputEnded = fields.outputEnded, this.#logger = fields.logger, this.#log = fields.log;
  }
  /** Creates the network and the proxy and waits until the proxy listens. Leaves nothing behind when it fails. */
  static async start(options) {
    let logger = options.logger ?? silentLogger, api = options.api ?? new EgressDockerApi(), upstream = options.upstreamNetwork ?? "bridge", base = resourceBase(options.runId), labels = {
      [LABEL_PRODUCT]: PRODUCT_NAME,
      [LABEL_RUN_ID]: options.runId,
      ...orchestratorLabels(process.pid, os.hostname())
    }, tokens = new Map(options.tasks.map((t) => [t.id, randomBytes(18).toString("hex")])), parse = (taskId, text2) => {
      let entry = parseAllowEntry(text2);
      if (!entry) throw new TypeError(`task '${taskId}': invalid allow-list entry '${text2}'`);
      return entry;
    }, shared = options.tasks.length ? options.tasks[0].allow.filter((e) => options.tasks.every((t) => t.allow.includes(e))) : [], tasks = {};
    for (let task of options.tasks)
      tasks[task.id] = { token: tokens.get(task.id), allow: task.allow.filter((e) => !shared.includes(e)).map((e) => parse(task.id, e)) };
    let config = { port: PROXY_PORT, tasks, shared: shared.map((e) => parse("*", e)) }, configText = JSON.stringify(config);
    if (configText.length > MAX_CONFIG_BYTES)
      throw new Error(`egress: the proxy configuration of ${options.tasks.length} tasks is ${configText.length} bytes, more than ${MAX_CONFIG_BYTES}: run fewer tasks at once, or move per-task allow_hosts into allow-hosts`);
    let log;
    options.logFile && (await fs.promises.mkdir(path.dirname(options.logFile), { recursive: !0 }), log = fs.createWriteStream(options.logFile, { flags: "a" }));
    let networkName = `${base}-egress`, network = await api.createInternalNetwork(networkName, { ...labels, [LABEL_ROLE]: ROLE_EGRESS_NETWORK }).catch((error) => {
      throw log?.end(), new Error(`egress: ${message(error)}`, { cause: error });
    }), container;
    try {
      config.listenSubnet = network.subnet;
      let started = await api.startProxy({
        name: `${base}-proxy`,
        image: options.image,
        network: networkName,
        upstreamNetwork: upstream,
        argv: ["node", "-e", proxyProgramSource()],
        env: { AGENT_FANOUT_EGRESS_CONFIG: JSON.stringify(config) },
        labels: { ...labels, [LABEL_ROLE]: ROLE_EGRESS_PROXY }
      });
      container = started.container;
      let follower = followProxyOutput(api, started.output, { log, logger, onEvent: options.onEvent }), exited = api.waitContainer(started.container), readyTimeoutMs = options.readyTimeoutMs ?? 6e4, timer, listening = await Promise.race([
        follower.listening,
        exited.then((code) => {
          throw new Error(`the proxy exited with code ${code} before listening${follower.stderrTail() ? `: ${follower.stderrTail()}` : ""}`);
        }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the proxy did not listen within ${readyTimeoutMs} ms`)), readyTimeoutMs);
        })
      ]).finally(() => clearTimeout(timer)), gateway = new _EgressGateway({
        network: networkName,
        networkId: network.id,
        proxyAddress: listening.address,
        tokens,
        api,
        container: started.container,
        outputEnded: follower.ended,
        logger,
        log
      });
      return exited.then(
        (code) => {
          gateway.#stopping || logger.error(`egress: the proxy exited with code ${code} while the run was going on; tasks can reach no host now${follower.stderrTail() ? `: ${follower.stderrTail()}` : ""}`);
        },
        () => {
        }
      ), logger.debug(`egress: network ${networkName}, proxy at ${listening.address}:${listening.port} (route out: ${upstream})`), gateway;
    } catch (error) {
      throw container && await api.removeContainer(container).catch(() => {
      }), await api.removeNetwork(network.id).catch(() => {
      }), log?.end(), new Error(`egress: ${message(error).replace(/^egress: /, "")}`, { cause: error });
    }
  }
  /**
   * The environment that sends a task's traffic through the proxy: upper- and lower-case proxy
   * variables (tools read one or the other) with the task's own credentials, and
   * `NODE_USE_ENV_PROXY` so Node's own `fetch` and `http` honour them too.
   */
  envFor(taskId) {
    let token = this.#tokens.get(taskId);
    if (token === void 0) throw new Error(`egress: task '${taskId}' is not part of this run's gateway`);
    let url = `http://${encodeURIComponent(taskId)}:${token}@${this.proxyAddress}:${PROXY_PORT}`;
    return {
      HTTPS_PROXY: url,
      https_proxy: url,
      HTTP_PROXY: url,
      http_proxy: url,
      NO_PROXY,
      no_proxy: NO_PROXY,
      NODE_USE_ENV_PROXY: "1"
    };
  }
  /**
   * Stops the proxy (it reports the refusals still pending first), then removes it and the
   * network. Never throws: what cannot be removed is logged, and `gc` removes it later.
   */
  stop() {
    return this.#stopped ??= this.#stop(), this.#stopped;
  }
  async #stop() {
    this.#stopping = !0;
    try {
      await this.#api.stopContainer(this.#container, 5e3);
    } catch (error) {
      this.#logger.warning(`egress: ${message(error)}`);
    }
    let timer;
    await Promise.race([this.#outputEnded, new Promise((resolve) => timer = setTimeout(resolve, 1e4))]), clearTimeout(timer);
    try {
      await this.#api.removeContainer(this.#container);
    } catch (error) {
      this.#logger.warning(`egress: ${message(error)}`);
    }
    try {
      await this.#api.removeNetwork(this.#networkId);
    } catch (error) {
      this.#logger.warning(`egress: ${message(error)}`);
    }
    if (this.#log) {
      let log = this.#log;
      await new Promise((resolve) => log.end(() => resolve()));
    }
  }
};
function followProxyOutput(api, stream, options) {
  let stdout = new PassThrough(), stderr = new PassThrough(), tail2 = [], logged = 0, writeLog = (line) => {
    !options.log || logged > MAX_PROXY_LOG_BYTES || (logged += Buffer.byteLength(line) + 1, options.log.write(logged > MAX_PROXY_LOG_BYTES ? `(log cut at ${MAX_PROXY_LOG_BYTES} bytes; the results keep counting refusals)
` : line + `
`));
  }, onListening = () => {
  }, listening = new Promise((resolve) => onListening = resolve), events = new LineSplitter((line) => {
    if (!line.trim()) return;
    writeLog(line);
    let event = parseProxyEvent(line);
    if (!event) {
      options.logger.debug(`egress proxy: ${line.slice(0, 500)}`);
      return;
    }
    event.type === "listening" && onListening({ address: event.address, port: event.port }), event.type === "error" && (options.logger.warning(`egress proxy: ${event.detail}`), tail2.push(event.detail.slice(0, 300)), tail2.length > 5 && tail2.shift());
    try {
      options.onEvent?.(event);
    } catch (error) {
      options.logger.warning(`egress: event listener failed: ${message(error)}`);
    }
  }), errors = new LineSplitter((line) => {
    line.trim() && (writeLog(`stderr: ${line}`), tail2.push(line.slice(0, 300)), tail2.length > 5 && tail2.shift());
  });
  stdout.on("data", (chunk) => events.write(chunk)), stderr.on("data", (chunk) => errors.write(chunk)), api.demux(stream, stdout, stderr);
  let ended = new Promise((resolve) => {
    let done = () => {
      events.end(), errors.end(), resolve();
    };
    stream.once("end", done), stream.once("close", done), stream.once("error", done);
  });
  return { listening, ended, stderrTail: () => tail2.join(" | ") };
}
function message(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/exec/egress/run-egress.ts
function assertEgressEnforceable(config, mode, modeReason) {
  if (!(config.network !== ALLOWLIST_NETWORK || mode === "docker"))
    throw new Error(
      `network '${ALLOWLIST_NETWORK}' needs Docker (task containers behind the egress proxy), but tasks would run as subprocesses` + (modeReason ? ` (${modeReason})` : "") + "; use execution docker, or another network"
    );
}
function runAllowList(config, tasks, hostEnv, logger) {
  let model;
  return tasks.some((t) => (t.agent ?? config.agent) === "claude") && (model = modelApiAllowEntry(hostEnv), model || logger.warning(`ANTHROPIC_BASE_URL '${hostEnv.ANTHROPIC_BASE_URL}' is not an http(s) URL: its host is not on the allow-list`)), { base: [.../* @__PURE__ */ new Set([...model ? [model] : [], ...config.allowHosts])], model };
}
function taskAllowList(config, task, model) {
  let own = (task.agent ?? config.agent) === "claude" && model ? [model] : [];
  return [.../* @__PURE__ */ new Set([...own, ...config.allowHosts, ...task.allowHosts ?? []])];
}
async function startRunEgress(options) {
  let { config, tasks, logger, records } = options;
  if (config.network !== ALLOWLIST_NETWORK) {
    let stray = tasks.filter((t) => t.allowHosts?.length);
    return stray.length && logger.warning(`allow_hosts of ${stray.map((t) => `'${t.id}'`).join(", ")} ignored: network is '${config.network}', not '${ALLOWLIST_NETWORK}'`), null;
  }
  let hostEnv = options.hostEnv ?? process.env, { base, model } = runAllowList(config, tasks, hostEnv, logger), lists = new Map(tasks.map((t) => [t.id, taskAllowList(config, t, model)]));
  for (let [id, allowHosts] of lists) {
    let record = records.get(id);
    record && (record.egress = { allowHosts, allowed: 0, refused: 0, refusals: [] });
  }
  let info = { policy: "allowlist", allowHosts: base, startMs: 0, unattributed: [] }, onEvent = (event) => {
    if (event.type === "allowed") {
      let egress2 = records.get(event.task)?.egress;
      egress2 && egress2.allowed++;
      return;
    }
    if (event.type === "failed") {
      logger.info(`task '${event.task}': egress: ${event.detail}`);
      return;
    }
    if (event.type !== "refused") return;
    let refusal = { at: event.at, host: event.host, port: event.port, reason: event.reason, detail: event.detail }, egress = event.task === null ? void 0 : records.get(event.task)?.egress, kept;
    if (egress ? (egress.refused++, kept = egress.refusals.length < 100, kept && egress.refusals.push(refusal)) : (kept = info.unattributed.length < 100, kept && info.unattributed.push(refusal)), !kept) return;
    let who = egress ? `task '${event.task}'` : `an unidentified task (from ${event.source})`;
    logger.info(`${who}: egress refused ${event.host}:${event.port}: ${event.detail}`), options.emit({ type: "egress-refused", at: event.at, runId: options.runId, taskId: egress ? event.task : null, refusal });
  }, started = Date.now(), gateway = await EgressGateway.start({
    runId: options.runId,
    tasks: tasks.map((t) => ({ id: t.id, allow: lists.get(t.id) })),
    image: config.image,
    upstreamNetwork: config.egressNetwork,
    logger,
    onEvent,
    logFile: path2.join(options.runDir, "egress", "proxy.log"),
    ...options.gateway
  });
  return info.startMs = Date.now() - started, logger.info(
    `egress: network allowlist, proxy up in ${info.startMs} ms; every task may reach ${base.length ? base.join(", ") : "nothing"}` + (tasks.some((t) => t.allowHosts?.length) ? " (some tasks more: allow_hosts)" : "")
  ), {
    network: gateway.network,
    envFor: (taskId) => gateway.envFor(taskId),
    info,
    stop: () => gateway.stop()
  };
}

// src/exec/subprocess.ts
import { spawn } from "node:child_process";
import { mkdir, open, rm, stat, writeFile } from "node:fs/promises";
import os2 from "node:os";
import path3 from "node:path";
import { StringDecoder } from "node:string_decoder";
var systemClock = { now: () => Date.now() };
function agentGroupFile(logFile) {
  return path3.join(path3.dirname(logFile), "agent.pid");
}
var liveGroups = /* @__PURE__ */ new Set(), exitHookInstalled = !1;
function trackGroup(pgid) {
  exitHookInstalled || (exitHookInstalled = !0, process.once("exit", () => {
    for (let group of liveGroups) signalGroup(group, "SIGKILL");
  })), liveGroups.add(pgid);
}
function signalGroup(pgid, signal) {
  try {
    return process.kill(-pgid, signal), !0;
  } catch {
    return !1;
  }
}
function positive(name, value, fallback) {
  return value === void 0 ? fallback : timerDelay("subprocess executor", name, value);
}
function createSubprocessExecutor(options = {}) {
  return new SubprocessExecutor(options);
}
var SubprocessExecutor = class {
  mode = "subprocess";
  #logger;
  #clock;
  #sampleIntervalMs;
  #killGraceMs;
  #drainTimeoutMs;
  #stallIntervalMs;
  constructor(options) {
    this.#logger = options.logger ?? silentLogger, this.#clock = options.clock ?? systemClock, this.#sampleIntervalMs = positive("sampleIntervalMs", options.sampleIntervalMs, 1e3), this.#killGraceMs = positive("killGraceMs", options.killGraceMs, 5e3), this.#drainTimeoutMs = positive("drainTimeoutMs", options.drainTimeoutMs, 2e3), this.#stallIntervalMs = options.stallIntervalMs === 0 ? 0 : positive("stallIntervalMs", options.stallIntervalMs, 500);
  }
  async run(spec) {
    return new SubprocessRun(spec, {
      logger: this.#logger,
      clock: this.#clock,
      sampleIntervalMs: this.#sampleIntervalMs,
      killGraceMs: this.#killGraceMs,
      drainTimeoutMs: this.#drainTimeoutMs,
      stallIntervalMs: this.#stallIntervalMs
    }).execute();
  }
}, SubprocessRun = class {
  #spec;
  #s;
  #phases = {};
  #stopReason;
  #monitor;
  #stall;
  #pgid = 0;
  #lastSample;
  #startedAt = 0;
  #peakPercent = 0;
  #peakBytes = 0;
  #peakPids = 0;
  #sampling;
  #outputErrors = [];
  /** Set once the process runs: a failed output file (a full disk) stops the task. */
  #onFileError;
  #callbackFailed = !1;
  constructor(spec, settings) {
    this.#spec = spec, this.#s = settings;
  }
  get #task() {
    return `task '${this.#spec.taskId}'`;
  }
  async execute() {
    let spec = this.#spec, t0 = this.#s.clock.now();
    if (spec.signal?.aborted) return this.#result("cancelled", null, t0, t0);
    if (spec.argv.length === 0 || !spec.argv[0]) return this.#failure(t0, "no command to run (empty argv)");
    try {
      if (!(await stat(spec.workdir)).isDirectory()) return this.#failure(t0, `working directory '${spec.workdir}' is not a directory`);
    } catch (err) {
      return this.#failure(t0, `working directory '${spec.workdir}' is not accessible: ${errorMessage(err)}`);
    }
    let files = [];
    try {
      for (let file of [spec.logFile, spec.stdoutFile])
        await mkdir(path3.dirname(file), { recursive: !0 }), files.push((await open(file, "w")).createWriteStream());
    } catch (err) {
      return await closeAll(files), this.#failure(t0, `could not open output files: ${errorMessage(err)}`);
    }
    let [log, stdout] = files;
    for (let [file, stream] of [[spec.logFile, log], [spec.stdoutFile, stdout]])
      stream.on("error", (err) => {
        this.#outputErrors.push(`writing ${file} failed: ${errorMessage(err)}`), this.#onFileError?.();
      });
    let env = { ...spec.env };
    env.PATH ??= process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin", env.HOME ??= process.env.HOME ?? os2.homedir();
    let child;
    try {
      child = spawn(spec.argv[0], spec.argv.slice(1), {
        cwd: spec.workdir,
        env,
        // Its own session and process group: the whole tree can be signalled and found again.
        detached: !0,
        stdio: ["ignore", "pipe", "pipe"]
      });
    } catch (err) {
      return this.#failStart(t0, this.#startError(err, env.PATH), files);
    }
    let exited = new Promise(
      (resolve) => child.once("exit", (code2, signal2) => resolve({ code: code2, signal: signal2 }))
    ), spawned = await new Promise((resolve) => {
      child.once("spawn", () => resolve(void 0)), child.once("error", (err) => resolve(err));
    });
    if (spawned || child.pid === void 0) return this.#failStart(t0, this.#startError(spawned, env.PATH), files);
    child.on("error", (err) => this.#s.logger.debug(`${this.#task}: process error: ${errorMessage(err)}`));
    let pid = child.pid;
    this.#pgid = pid, trackGroup(pid), this.#startedAt = this.#s.clock.now(), this.#phases.spawn = this.#startedAt - t0;
    try {
      spec.onStarted?.();
    } catch (err) {
      this.#s.logger.warning(`${this.#task}: start callback failed: ${errorMessage(err)}`);
    }
    if (this.#s.logger.debug(`${this.#task}: started '${spec.argv[0]}' as pid ${pid} in ${spec.workdir}`), this.#monitor = new ProcessTreeMonitor(pid, { session: pid }), this.#s.stallIntervalMs > 0) {
      let monitor = this.#monitor, members = () => monitor.members.length > 0 ? monitor.members.map((m) => m.pid) : [pid], onReading = spec.onStallReading;
      this.#stall = new StallMeter(new ProcessTreeStallReader(members), () => this.#s.clock.now(), onReading && ((r) => {
        try {
          onReading(r);
        } catch (err) {
          this.#s.logger.debug(`${this.#task}: stall callback failed: ${errorMessage(err)}`);
        }
      })), this.#stall.start(this.#s.stallIntervalMs);
    }
    let pumps = [
      this.#pump(child.stdout, "stdout", [log, stdout]),
      this.#pump(child.stderr, "stderr", [log])
    ], groupFile = agentGroupFile(spec.logFile), groupRecorded = this.#recordGroup(pid, groupFile), graceTimer, stop = (reason) => {
      if (this.#stopReason) return;
      this.#stopReason = reason;
      let why = { timed_out: `timed out after ${formatDuration(spec.timeoutMs)}`, cancelled: "cancelled", output: "its output can no longer be written" }[reason];
      this.#s.logger.info(`${this.#task}: ${why}; stopping its processes (SIGTERM, SIGKILL after ${formatDuration(this.#s.killGraceMs)})`), this.#killTree("SIGTERM"), graceTimer = setTimeout(() => {
        this.#killTree("SIGKILL");
      }, this.#s.killGraceMs);
    }, timeoutTimer = spec.timeoutMs > 0 && !Number.isNaN(spec.timeoutMs) ? setLongTimeout(() => stop("timed_out"), spec.timeoutMs) : void 0, onAbort = () => stop("cancelled");
    this.#onFileError = () => stop("output"), this.#outputErrors.length > 0 && this.#onFileError(), spec.signal?.addEventListener("abort", onAbort, { once: !0 }), spec.signal?.aborted && onAbort();
    let firstSample = setTimeout(() => this.#sampleOnce(), Math.min(200, this.#s.sampleIntervalMs)), sampler = setInterval(() => this.#sampleOnce(), this.#s.sampleIntervalMs), { code, signal } = await exited, finishedAt = this.#s.clock.now();
    this.#phases.wait = finishedAt - this.#startedAt, timeoutTimer?.clear(), clearTimeout(graceTimer), clearTimeout(firstSample), clearInterval(sampler), await this.#stall?.stop(), spec.signal?.removeEventListener("abort", onAbort), await this.#sampling, await this.#sample(!0);
    let leftovers = await this.#killTree("SIGKILL");
    leftovers > 0 && this.#s.logger.debug(`${this.#task}: killed ${leftovers} process(es) left running after the agent exited`), liveGroups.delete(pid), await groupRecorded, await rm(groupFile, { force: !0 }).catch(() => {
    });
    let drainStart = this.#s.clock.now();
    await withTimeout(Promise.all(pumps), this.#s.drainTimeoutMs) || (this.#s.logger.warning(`${this.#task}: output pipes still open ${formatDuration(this.#s.drainTimeoutMs)} after exit (a process left its group?); closing them`), child.stdout?.destroy(), child.stderr?.destroy(), await Promise.all(pumps)), await closeAll([log, stdout]), this.#phases.flush = this.#s.clock.now() - drainStart;
    let exitCode = code ?? (signal ? 128 + (os2.constants.signals[signal] ?? 0) : null);
    if (this.#stopReason === "output") {
      let error = `${this.#task}: its output can no longer be logged (${this.#outputErrors[0]}); the task was stopped`;
      return this.#s.logger.error(error), { ...this.#result("error", exitCode, this.#startedAt, finishedAt), error };
    }
    for (let err of this.#outputErrors) this.#s.logger.warning(`${this.#task}: output: ${err}`);
    return this.#result(this.#stopReason ?? "exited", exitCode, this.#startedAt, finishedAt);
  }
  async #recordGroup(pgid, file) {
    try {
      let leader = await readProcStat(pgid), record = { pgid, startTime: leader?.startTime ?? 0, host: os2.hostname() };
      await writeFile(file, JSON.stringify(record));
    } catch (err) {
      this.#s.logger.debug(`${this.#task}: could not record its process group in ${file}: ${errorMessage(err)}`);
    }
  }
  /** A start failure is also written to the task's log, where people look first. */
  async #failStart(at, detail, files) {
    let result = this.#failure(at, detail);
    return files[0].write(`${result.error}
`), await closeAll(files), result;
  }
  #startError(err, pathVar) {
    let command = this.#spec.argv[0], code = err?.code;
    return code === "ENOENT" ? `could not start '${command}': command not found (PATH=${pathVar})` : code === "EACCES" ? `could not start '${command}': permission denied (not executable?)` : `could not start '${command}': ${errorMessage(err)}`;
  }
  /** Copies a child stream into files with backpressure (constant memory) and to `onOutput`. */
  #pump(source, name, targets) {
    let decoder = new StringDecoder("utf8"), onOutput = this.#spec.onOutput, emit = (text2) => {
      if (!(!onOutput || text2 === ""))
        try {
          onOutput(name, text2);
        } catch (err) {
          this.#callbackFailed || this.#s.logger.warning(`${this.#task}: output callback failed: ${errorMessage(err)}`), this.#callbackFailed = !0;
        }
    };
    return new Promise((resolve) => {
      source.on("data", (chunk) => {
        let blocked = targets.filter((t) => !t.destroyed && !t.write(chunk));
        blocked.length > 0 && (source.pause(), Promise.all(blocked.map((t) => drainOrClose(t))).then(() => source.resume())), emit(decoder.write(chunk));
      }), source.once("close", () => {
        emit(decoder.end()), resolve();
      }), source.on("error", (err) => this.#outputErrors.push(`reading its ${name} failed: ${errorMessage(err)}`));
    });
  }
  #sampleOnce() {
    this.#sampling ??= this.#sample().catch((err) => this.#s.logger.debug(`${this.#task}: resource sample failed: ${errorMessage(err)}`)).finally(() => this.#sampling = void 0);
  }
  async #sample(fresh = !1) {
    let monitor = this.#monitor;
    if (!monitor) return;
    let previous = this.#lastSample, sample = await monitor.sample(this.#s.clock.now(), fresh);
    this.#lastSample = sample;
    let since = previous ?? { at: this.#startedAt, cpuSeconds: 0 }, seconds = (sample.at - since.at) / 1e3, cpuPercent = seconds > 0 ? (sample.cpuSeconds - since.cpuSeconds) / seconds * 100 : 0;
    if (this.#peakPercent = Math.max(this.#peakPercent, cpuPercent), this.#peakBytes = Math.max(this.#peakBytes, sample.rssBytes), this.#peakPids = Math.max(this.#peakPids, sample.pids.length), sample.pids.length === 0) return;
    let resource = { at: sample.at, cpuPercent, memoryBytes: sample.rssBytes, pids: sample.pids.length };
    try {
      this.#spec.onSample?.(resource);
    } catch (err) {
      this.#s.logger.debug(`${this.#task}: sample callback failed: ${errorMessage(err)}`);
    }
  }
  /**
   * Signals the process group and every tree member seen at the last sample that left it (checked by
   * start time, so a recycled pid is never hit). Returns how many processes were signalled.
   */
  async #killTree(signal) {
    let count = 0, members = this.#monitor?.members ?? [];
    for (let m of members) m.pgrp === this.#pgid && count++;
    signalGroup(this.#pgid, signal) || (count = 0);
    for (let m of members)
      if (!(m.pgrp === this.#pgid || (await readProcStat(m.pid))?.startTime !== m.startTime))
        try {
          process.kill(m.pid, signal), count++;
        } catch {
        }
    return count;
  }
  #result(outcome, exitCode, startedAt, finishedAt) {
    let last = this.#lastSample, wall = (finishedAt - startedAt) / 1e3, cpu = null;
    if (last) {
      let avgPercent = wall > 0 ? last.cpuSeconds / wall * 100 : 0;
      cpu = { seconds: last.cpuSeconds, avgPercent, peakPercent: peakAtLeastAverage(this.#peakPercent, avgPercent) };
    }
    return {
      outcome,
      exitCode,
      startedAt,
      finishedAt,
      cpu,
      memory: { peakBytes: last ? this.#peakBytes : null, limitBytes: null },
      peakPids: last ? this.#peakPids : null,
      stall: this.#stall?.summary(startedAt, finishedAt) ?? null,
      phases: { ...this.#phases }
    };
  }
  #failure(at, detail) {
    let error = `${this.#task}: ${detail}`;
    return this.#s.logger.error(error), { ...this.#result("error", null, at, at), error };
  }
};
function drainOrClose(stream) {
  return new Promise((resolve) => {
    let done = () => {
      stream.off("drain", done), stream.off("close", done), resolve();
    };
    stream.on("drain", done), stream.on("close", done);
  });
}
async function closeAll(streams) {
  await Promise.all(
    streams.map(
      (s) => new Promise((resolve) => {
        if (s.closed) return resolve();
        s.once("close", () => resolve()), !s.destroyed && s.end();
      })
    )
  );
}
async function withTimeout(promise, ms) {
  let timer, timeout = new Promise((resolve) => timer = setTimeout(() => resolve(!1), ms));
  try {
    return await Promise.race([promise.then(() => !0), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/exec/select.ts
async function selectExecutor(config, tasks, logger) {
  if (config.execution === "subprocess")
    return { executor: createSubprocessExecutor({ logger }), reason: "execution: subprocess", unusable: /* @__PURE__ */ new Map() };
  let client;
  try {
    client = DockerClient.connect(), await client.ping();
  } catch (error) {
    let arc = arcKubernetesModeMessage(process.env);
    if (arc) throw new Error(arc, { cause: error });
    return fallBack(config, logger, `the Docker daemon does not answer (${errorMessage(error)})`);
  }
  let unusable = /* @__PURE__ */ new Map(), images = [...new Set(tasks.map((t) => t.image ?? config.image))];
  for (let image of images)
    try {
      await ensureImage(client, image, { logger, caCertFile: config.caCertFile });
    } catch (error) {
      for (let task of tasks.filter((t) => (t.image ?? config.image) === image)) {
        let why = `${task.image ? `${task.file}: field 'image'` : "option 'image'"}: image '${image}' is not usable: ${errorMessage(error)}`;
        unusable.set(task.id, why), logger.error(`task '${task.id}': ${why}`);
      }
    }
  return { executor: client.createExecutor({ logger }), unusable };
}
function fallBack(config, logger, why) {
  if (config.execution === "docker")
    throw new Error(`execution 'docker' was asked for, but ${why}`);
  let reason = `Docker not used: ${why}; running agents as plain subprocesses (no isolation, no resource limits)`;
  return logger.warning(reason), { executor: createSubprocessExecutor({ logger }), reason, unusable: /* @__PURE__ */ new Map() };
}

// src/run/contention.ts
import os3 from "node:os";
var PROBE_SKIP_REACH = 0.01, ContentionLedger = class {
  #clock;
  #intervalMs;
  #readHost;
  #cpus;
  #series = /* @__PURE__ */ new Map();
  #host = [];
  /** Series key → the task it belongs to (a task has one series per agent run: attempts, retries). */
  #owners = /* @__PURE__ */ new Map();
  #probe;
  #timer;
  #reading;
  constructor(options = {}) {
    this.#clock = options.clock ?? Date.now, this.#intervalMs = options.intervalMs ?? 500, this.#readHost = options.readHost ?? (() => readHostStat("/proc/stat", clockTicksPerSecond())), this.#cpus = options.cpus ?? os3.availableParallelism(), this.#probe = options.probe ?? null;
  }
  get cpus() {
    return this.#cpus;
  }
  /** Starts sampling the host (until {@link stop}). */
  start() {
    this.#timer || (this.sampleHost(), this.#timer = setInterval(() => {
      this.sampleHost();
    }, this.#intervalMs), this.#timer.unref());
  }
  /**
   * Stops sampling and the probe: after its final passes, which its baseline needs, unless whatever
   * the probe read could count for no task more than {@link PROBE_SKIP_REACH} of its time. A run whose
   * agents slept or waited for an answer (next to no CPU) does not wait the ~120 ms they take.
   */
  async stop() {
    clearInterval(this.#timer), this.#timer = void 0, await Promise.all([this.#reading, this.#probe?.stop({ finalPasses: probeReach(this.#series) > PROBE_SKIP_REACH })]);
  }
  /** The memory probe's passes so far (none without a probe). */
  get probeSamples() {
    return this.#probe?.samples ?? [];
  }
  /** Takes one host reading now (the timer's job; public so tests can drive it). */
  async sampleHost() {
    return this.#reading ? this.#reading : (this.#reading = (async () => {
      try {
        let host = await this.#readHost();
        host && (this.#host.push({ at: this.#clock(), ...host }), thinOldest(this.#host));
      } catch {
      } finally {
        this.#reading = void 0;
      }
    })(), this.#reading);
  }
  /**
   * A stall reading of one agent run, as the executor takes it (ExecSpec.onStallReading). `key` names
   * the run's series (its counters start at 0 with each new process or container), `taskId` the task
   * it belongs to (default: the key).
   */
  record(key, reading, taskId = key) {
    let series = this.#series.get(key);
    series || (series = { startedAt: reading.at - 1, finishedAt: null, readings: [] }, this.#series.set(key, series), this.#owners.set(key, taskId)), series.readings.push(reading), thinOldest(series.readings);
  }
  /** The agent run `key` ran from `startedAt` to `finishedAt` (from its exec result). */
  finished(key, startedAt, finishedAt) {
    let series = this.#series.get(key);
    series && (series.startedAt = startedAt, series.finishedAt = finishedAt);
  }
  /** The recorded series (a copy), for diagnosis and the benchmark. */
  snapshot() {
    let tasks = {};
    for (let [id, s] of this.#series) tasks[id] = { ...s, readings: [...s.readings] };
    return { cpus: this.#cpus, host: [...this.#host], tasks, probe: [...this.probeSamples] };
  }
  /** Each measured series' stall caused by the other series (memory bandwidth included), over the whole run. */
  attribute() {
    return attributeContention(this.#series, this.#probe ? { probe: { samples: this.#probe.samples, cpus: this.#cpus } } : {});
  }
  /**
   * The probe's pass time while agents ran over its time while none did, median over the passes;
   * null without a probe, a baseline or passes while agents ran.
   */
  memorySlowdown() {
    return this.#probe ? readProbe(this.#series, this.#probe.samples)?.slowdown ?? null : null;
  }
  /**
   * Each measured task's stall caused by the others, summed over its agent runs (the attempts of a
   * best-of-N task count as others to each other: one at a time they would not have met).
   */
  attributeByTask() {
    let byTask = /* @__PURE__ */ new Map();
    for (let [key, c] of this.attribute()) {
      let id = this.#owners.get(key) ?? key, sum = byTask.get(id) ?? { contentionMs: 0, cpuWaitMs: 0, observedMs: 0, memoryBandwidthMs: 0 };
      byTask.set(id, {
        contentionMs: sum.contentionMs + c.contentionMs,
        cpuWaitMs: sum.cpuWaitMs + c.cpuWaitMs,
        observedMs: sum.observedMs + c.observedMs,
        memoryBandwidthMs: sum.memoryBandwidthMs + c.memoryBandwidthMs
      });
    }
    return byTask;
  }
  /** Share of the host's CPU used by anything but the run's tasks in [from, to]; null without host readings. */
  foreignShare(from, to) {
    return foreignCpuShare(this.#series, this.#host, { cpus: this.#cpus, from, to });
  }
  /**
   * Share of the running tasks' time in the last `windowMs` spent stalled by each other (0–1); null
   * when no measured task ran then.
   */
  recentShare(windowMs) {
    let to = this.#clock(), from = to - windowMs, margin = from - 2 * this.#intervalMs, recent = /* @__PURE__ */ new Map();
    for (let [id, s] of this.#series)
      s.finishedAt !== null && s.finishedAt < from || recent.set(id, { ...s, readings: s.readings.filter((r) => r.at >= margin) });
    return contentionShare(recent, { from, to });
  }
};

// src/exec/memory-probe.ts
import { spawn as spawn2 } from "node:child_process";
import { createInterface } from "node:readline";
var PROBE_SCRIPT = `
const [bytes, interval, initial, final] = process.argv.slice(1).map(Number);
const buffer = Buffer.alloc(bytes, 1);
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let fill = 0;
function pass() {
  const before = cpuMs();
  buffer.fill(++fill & 255);
  process.stdout.write(Date.now() + ' ' + (cpuMs() - before).toFixed(3) + '\\n');
}
function quick(count, then) {
  let done = 0;
  const timer = setInterval(() => {
    if (done++ >= count) { clearInterval(timer); then(); } else pass();
  }, 20);
  return timer;
}
let steady;
let current = quick(initial, () => { steady = setInterval(pass, interval); });
let finishing = false;
process.stdin.on('data', (data) => {
  if (finishing || !String(data).includes('q')) return;
  finishing = true;
  clearInterval(current);
  clearInterval(steady);
  current = quick(final, () => process.exit(0));
});
process.stdin.on('end', () => { if (!finishing) process.exit(0); });
process.stdin.on('error', () => process.exit(0));
`;
function parseProbeLine(line) {
  let m = /^(\d+) (\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!m) return;
  let at = Number(m[1]), ms = Number(m[2]);
  return Number.isFinite(at) && Number.isFinite(ms) ? { at, ms } : void 0;
}
var MemoryProbe = class {
  #bytes;
  #intervalMs;
  #initialPasses;
  #finalPasses;
  #maxSamples;
  #node;
  #samples = [];
  #child;
  #exited = Promise.resolve();
  constructor(options = {}) {
    this.#bytes = options.bytes ?? 64 * 1024 ** 2, this.#intervalMs = options.intervalMs ?? 500, this.#initialPasses = options.initialPasses ?? 10, this.#finalPasses = options.finalPasses ?? 5, this.#maxSamples = options.maxSamples ?? 4e3, this.#node = options.node ?? process.execPath;
    let checks = [
      ["bytes", this.#bytes, 1],
      ["intervalMs", this.#intervalMs, 1],
      ["initialPasses", this.#initialPasses, 0],
      ["finalPasses", this.#finalPasses, 0],
      ["maxSamples", this.#maxSamples, 1]
    ];
    for (let [name, value, least] of checks)
      if (!Number.isInteger(value) || value < least) throw new TypeError(`MemoryProbe: ${name} must be a whole number \u2265 ${least}, got ${String(value)}`);
  }
  /** The child's pid while it runs. */
  get pid() {
    return this.#child?.pid;
  }
  /** The passes so far, oldest first. */
  get samples() {
    return this.#samples;
  }
  /**
   * Starts the child. A probe that cannot start (no such binary, out of memory) records nothing: the
   * estimate then goes without it, as on a host with one CPU.
   */
  start() {
    if (this.#child) return;
    let child;
    try {
      child = spawn2(this.#node, ["-e", PROBE_SCRIPT, String(this.#bytes), String(this.#intervalMs), String(this.#initialPasses), String(this.#finalPasses)], {
        stdio: ["pipe", "pipe", "ignore"],
        env: {}
      });
    } catch {
      return;
    }
    this.#child = child, this.#exited = new Promise((resolve) => {
      child.once("close", () => resolve()), child.once("error", () => resolve());
    }), child.stdin?.on("error", () => {
    }), createInterface({ input: child.stdout }).on("line", (line) => {
      let sample = parseProbeLine(line);
      sample && (this.#samples.push(sample), thinOldest(this.#samples, this.#maxSamples));
    }), child.unref();
    for (let stream of [child.stdin, child.stdout]) stream?.unref?.();
  }
  /**
   * Ends the child after its final passes (SIGKILL if it has not gone within two seconds), or at once
   * with `finalPasses: false` (when they could not count, see run/contention.ts).
   */
  async stop(options = {}) {
    let child = this.#child;
    if (!child) return;
    this.#child = void 0, child.ref(), child.stdin?.end(options.finalPasses === !1 ? void 0 : `q
`);
    let timer = setTimeout(() => child.kill("SIGKILL"), 2e3);
    await this.#exited, clearTimeout(timer);
  }
};

// node_modules/p-queue/dist/lower-bound.js
function lowerBound(array, value, comparator) {
  let first = 0, count = array.length;
  for (; count > 0; ) {
    let step = Math.trunc(count / 2), it = first + step;
    comparator(array[it], value) <= 0 ? (first = ++it, count -= step + 1) : count = step;
  }
  return first;
}

// node_modules/p-queue/dist/priority-queue.js
var compactionThreshold = 100, PriorityQueue = class {
  // The slots before `#head` are `undefined`.
  #queue = [];
  // The queue is stored as a sorted array, but dequeued slots are left before `#head` until compaction. Only items from `#head` onward are live, which keeps repeated dequeues amortized O(1).
  #head = 0;
  #compact() {
    this.#head !== 0 && (this.#queue.splice(0, this.#head), this.#head = 0);
  }
  // Only the live items, because a dequeued item with the same id or function is no longer part of the queue.
  #findIndex(isMatch) {
    for (let index = this.#head; index < this.#queue.length; index++)
      if (isMatch(this.#queue[index]))
        return index;
    return -1;
  }
  // Not `dequeue()`, which a subclass can override, because `remove()` also uses it.
  #removeFirst() {
    let item = this.#queue[this.#head];
    return this.#queue[this.#head] = void 0, this.#head++, this.#head === this.#queue.length ? (this.#queue.length = 0, this.#head = 0) : this.#head > compactionThreshold && this.#head > this.#queue.length / 2 && this.#compact(), item.run;
  }
  enqueue(run, options) {
    let { priority = 0, id } = options ?? {}, { size } = this, element = {
      priority,
      id,
      run
    };
    if (size === 0) {
      this.#queue.length = 0, this.#head = 0, this.#queue.push(element);
      return;
    }
    if (this.#queue.at(-1).priority >= priority) {
      this.#queue.push(element);
      return;
    }
    this.#compact();
    let index = lowerBound(this.#queue, element, (a, b) => a.priority === b.priority ? 0 : b.priority - a.priority);
    this.#queue.splice(index, 0, element);
  }
  setPriority(id, priority) {
    let index = this.#findIndex((element) => element.id === id);
    if (index === -1)
      throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
    if (this.#queue[index].priority === priority)
      return;
    let [item] = this.#queue.splice(index, 1);
    this.enqueue(item.run, { priority, id });
  }
  remove(idOrRun) {
    let index = this.#findIndex((element) => (typeof idOrRun == "string" ? element.id : element.run) === idOrRun);
    index === this.#head ? this.#removeFirst() : index !== -1 && this.#queue.splice(index, 1);
  }
  dequeue() {
    return this.#head === this.#queue.length ? void 0 : this.#removeFirst();
  }
  filter(options) {
    let result = [];
    for (let index = this.#head; index < this.#queue.length; index++) {
      let element = this.#queue[index];
      element.priority === options.priority && result.push(element.run);
    }
    return result;
  }
  get size() {
    return this.#queue.length - this.#head;
  }
};

// node_modules/p-queue/dist/index.js
var maximumTimerDelay = 2147483647, asyncHooks = globalThis.process?.getBuiltinModule?.("node:async_hooks"), bindAsyncContext = (function_) => {
  if (asyncHooks === void 0)
    return function_;
  let asyncResource = new asyncHooks.AsyncResource("PQueueTask");
  return () => asyncResource.runInAsyncScope(function_);
}, validateTimeout = (timeout) => {
  if (timeout !== void 0 && !(Number.isFinite(timeout) && timeout > 0 && timeout <= maximumTimerDelay))
    throw new TypeError(`Expected \`timeout\` to be a positive finite number up to ${maximumTimerDelay}, got \`${timeout}\` (${typeof timeout})`);
}, validateLimit = (name, value) => {
  if (!(typeof value == "number" && value >= 1 && (value === 1 / 0 || Number.isInteger(value))))
    throw new TypeError(`Expected \`${name}\` to be an integer from 1 and up or \`Infinity\`, got \`${String(value)}\` (${typeof value})`);
}, validateRateLimit = (interval, intervalCap, isStrict) => {
  if (validateLimit("intervalCap", intervalCap), !(Number.isFinite(interval) && interval >= 0))
    throw new TypeError(`Expected \`interval\` to be a finite number >= 0, got \`${String(interval)}\` (${typeof interval})`);
  if (intervalCap !== 1 / 0 && interval > maximumTimerDelay)
    throw new TypeError(`Expected \`interval\` to be at most ${maximumTimerDelay} with an \`intervalCap\`, got \`${interval}\``);
  if (isStrict && interval === 0)
    throw new TypeError("The `strict` option requires a non-zero `interval`");
  if (isStrict && intervalCap === 1 / 0)
    throw new TypeError("The `strict` option requires a finite `intervalCap`");
}, PQueue = class extends EventTarget {
  #carryoverIntervalCount;
  #isIntervalIgnored;
  #intervalCount = 0;
  #intervalCap;
  #rateLimitedInInterval = !1;
  #rateLimitFlushScheduled = !1;
  #interval;
  /*
  Timestamp when the current interval window ends. Kept accurate at every window transition: `#initializeIntervalIfNeeded` sets it when a window starts and `#onInterval` advances it as the recurring timer rolls into each new window. This is the source of truth for whether a task added after the queue goes idle belongs to a fresh window, so it must not go stale.
  */
  #intervalEnd = 0;
  // Recurring timer that drives windows while the queue is actively processing. Absent (`undefined`) once the queue goes idle.
  #intervalId;
  // One-shot timer used while idle to resume at the next window boundary, since `#intervalId` is cleared when idle.
  #timeoutId;
  #strict;
  // Circular buffer implementation for better performance
  #strictTicks = [];
  #strictTicksStartIndex = 0;
  #queue;
  #queueClass;
  #pending = 0;
  // The `!` is needed because of https://github.com/microsoft/TypeScript/issues/32194
  #concurrency;
  #isPaused;
  // Use to assign a unique identifier to a promise function, if not explicitly specified
  #idAssigner = 1n;
  // Track currently running tasks for debugging
  #runningTasks = /* @__PURE__ */ new Set();
  // The `abort` listener of each signal, with the callbacks of the tasks that use the signal.
  #abortListeners = /* @__PURE__ */ new Map();
  // The waiting tasks, so that `.clear()` can reject their promises.
  #waitingTasks = /* @__PURE__ */ new Set();
  #timeout;
  constructor(options) {
    super(), globalThis.process?.getBuiltinModule?.("node:events")?.setMaxListeners(1 / 0, this);
    let { carryoverIntervalCount = !1, intervalCap = 1 / 0, interval = 0, concurrency = 1 / 0, autoStart = !0, queueClass = PriorityQueue, strict = !1, timeout } = options ?? {};
    validateRateLimit(interval, intervalCap, strict), this.#carryoverIntervalCount = carryoverIntervalCount, this.#isIntervalIgnored = intervalCap === 1 / 0 || interval === 0, this.#intervalCap = intervalCap, this.#interval = interval, this.#strict = strict, this.#queueClass = queueClass, this.#queue = new this.#queueClass(), this.concurrency = concurrency, this.timeout = timeout, this.#isPaused = !autoStart, this.#setupRateLimitTracking();
  }
  // Calls `callback` when `signal` aborts, and returns a function that stops it. The tasks that share a signal share one listener on it, because Node.js searches all the listeners of a signal to add or remove one, so a listener for each task takes O(n²) time with many tasks.
  #onAbort(signal, callback) {
    let listener = this.#abortListeners.get(signal);
    if (!listener) {
      let callbacks = /* @__PURE__ */ new Set(), dispatch = () => {
        this.#abortListeners.delete(signal);
        for (let abortCallback of callbacks)
          abortCallback();
      };
      listener = { callbacks, dispatch }, this.#abortListeners.set(signal, listener), signal.addEventListener("abort", dispatch, { once: !0 });
    }
    let currentListener = listener;
    return currentListener.callbacks.add(callback), () => {
      currentListener.callbacks.delete(callback), !(currentListener.callbacks.size > 0 || this.#abortListeners.get(signal) !== currentListener) && (this.#abortListeners.delete(signal), signal.removeEventListener("abort", currentListener.dispatch));
    };
  }
  #emit(event, detail) {
    this.dispatchEvent(new CustomEvent(event, { detail }));
  }
  async #onEvent(events, shouldHandle) {
    let eventList = Array.isArray(events) ? events : [events];
    return new Promise((resolve) => {
      let controller = new AbortController(), listener = () => {
        shouldHandle && !shouldHandle() || (controller.abort(), resolve());
      };
      for (let event of eventList)
        this.addEventListener(event, listener, { signal: controller.signal });
    });
  }
  // From the current state. `#rateLimitedInInterval` is what the events last reported, and it updates in a microtask.
  get #isRateLimitedNow() {
    if (this.#isIntervalIgnored || this.#queue.size === 0)
      return !1;
    let now = Date.now();
    return this.#strict ? (this.#cleanupStrictTicks(now), this.#getActiveTicksCount() >= this.#intervalCap) : (this.#intervalId === void 0 && this.#intervalEnd <= now ? this.#intervalCountAtWindowStart : this.#intervalCount) >= this.#intervalCap;
  }
  // The tasks that still run count against the new window with `carryoverIntervalCount`.
  get #intervalCountAtWindowStart() {
    return this.#carryoverIntervalCount ? this.#pending : 0;
  }
  #updateRateLimitState() {
    let shouldBeRateLimited = this.#isRateLimitedNow;
    shouldBeRateLimited !== this.#rateLimitedInInterval && (this.#rateLimitedInInterval = shouldBeRateLimited, this.#emit(shouldBeRateLimited ? "rateLimit" : "rateLimitCleared"));
  }
  #rollbackIntervalConsumption() {
    this.#isIntervalIgnored || (this.#rollbackIntervalSlot(), this.#scheduleRateLimitUpdate());
  }
  #scheduleRateLimitUpdate() {
    this.#isIntervalIgnored || this.#rateLimitFlushScheduled || (this.#rateLimitFlushScheduled = !0, queueMicrotask(() => {
      this.#rateLimitFlushScheduled = !1, this.#updateRateLimitState();
    }));
  }
  #setupRateLimitTracking() {
    this.#isIntervalIgnored || (this.addEventListener("add", () => {
      this.#queue.size > 0 && this.#scheduleRateLimitUpdate();
    }), this.addEventListener("next", () => {
      this.#scheduleRateLimitUpdate();
    }));
  }
  #cleanupStrictTicks(now) {
    for (; this.#strictTicksStartIndex < this.#strictTicks.length; ) {
      let oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
      if (oldestTick !== void 0 && now - oldestTick >= this.#interval)
        this.#strictTicksStartIndex++;
      else
        break;
    }
    (this.#strictTicksStartIndex > 100 && this.#strictTicksStartIndex > this.#strictTicks.length / 2 || this.#strictTicksStartIndex === this.#strictTicks.length) && (this.#strictTicks = this.#strictTicks.slice(this.#strictTicksStartIndex), this.#strictTicksStartIndex = 0);
  }
  // Helper methods for interval consumption
  #consumeIntervalSlot(now) {
    this.#strict ? this.#strictTicks.push(now) : this.#intervalCount++;
  }
  #rollbackIntervalSlot() {
    if (this.#strict) {
      this.#strictTicks.length > this.#strictTicksStartIndex && this.#strictTicks.pop();
      return;
    }
    this.#intervalCount > 0 && this.#intervalCount--;
  }
  #getActiveTicksCount() {
    return this.#strictTicks.length - this.#strictTicksStartIndex;
  }
  get #doesIntervalAllowAnother() {
    return this.#isIntervalIgnored ? !0 : (this.#strict ? this.#getActiveTicksCount() : this.#intervalCount) < this.#intervalCap;
  }
  get #doesConcurrentAllowAnother() {
    return this.#pending < this.#concurrency;
  }
  #next() {
    this.#pending--, this.#pending === 0 && this.#emit("pendingZero"), this.#processQueue(), this.#emit("next");
  }
  #onResumeInterval() {
    this.#timeoutId = void 0, this.#onInterval(), this.#isPaused || this.#initializeIntervalIfNeeded();
  }
  #isIntervalPausedAt(now) {
    if (this.#strict) {
      if (this.#cleanupStrictTicks(now), this.#getActiveTicksCount() >= this.#intervalCap) {
        let oldestTick = this.#strictTicks[this.#strictTicksStartIndex], delay = this.#interval - (now - oldestTick);
        return this.#createIntervalTimeout(delay), !0;
      }
      return !1;
    }
    if (this.#intervalId === void 0) {
      let delay = this.#intervalEnd - now;
      if (delay <= 0)
        this.#intervalCount = this.#intervalCountAtWindowStart;
      else
        return this.#createIntervalTimeout(delay), !0;
    }
    return !1;
  }
  #createIntervalTimeout(delay) {
    this.#timeoutId === void 0 && (this.#timeoutId = setTimeout(() => {
      this.#onResumeInterval();
    }, delay));
  }
  #clearIntervalTimer() {
    this.#intervalId !== void 0 && (clearInterval(this.#intervalId), this.#intervalId = void 0);
  }
  #clearTimeoutTimer() {
    this.#timeoutId !== void 0 && (clearTimeout(this.#timeoutId), this.#timeoutId = void 0);
  }
  // Emits `empty`, and `idle` when no tasks run. For when the queue has no waiting tasks.
  #emitEmptyAndIdle() {
    this.#clearIntervalTimer(), this.#emit("empty"), !(this.#pending > 0 || this.#queue.size > 0) && (this.#clearTimeoutTimer(), this.#strict && this.#cleanupStrictTicks(Date.now()), this.#emit("idle"));
  }
  #tryToStartAnother() {
    let isStarted;
    do
      isStarted = this.#startNextTask();
    while (isStarted === void 0);
    return isStarted;
  }
  // Returns `undefined` when it skipped a task whose signal aborted while it waited.
  #startNextTask() {
    if (this.#queue.size === 0)
      return this.#emitEmptyAndIdle(), !1;
    if (this.#isPaused)
      return this.#doesIntervalAllowAnother || this.#isIntervalPausedAt(Date.now()), !1;
    let now = Date.now(), canInitializeInterval = !this.#isIntervalPausedAt(now);
    if (this.#doesIntervalAllowAnother && this.#doesConcurrentAllowAnother) {
      let job = this.#queue.dequeue();
      this.#isIntervalIgnored || (this.#consumeIntervalSlot(now), this.#scheduleRateLimitUpdate()), canInitializeInterval && this.#initializeIntervalIfNeeded();
      let pendingBefore = this.#pending;
      if (job(), this.#pending === pendingBefore) {
        this.#emit("next");
        return;
      }
      return this.#emit("active"), !0;
    }
    return !1;
  }
  #initializeIntervalIfNeeded() {
    this.#isIntervalIgnored || this.#intervalId !== void 0 || this.#strict || (this.#clearTimeoutTimer(), this.#intervalId = setInterval(() => {
      this.#onInterval();
    }, this.#interval), this.#intervalEnd = Date.now() + this.#interval);
  }
  #onInterval() {
    this.#strict || (this.#intervalId !== void 0 && (this.#intervalCount === 0 && this.#pending === 0 ? this.#clearIntervalTimer() : this.#intervalEnd = Date.now() + this.#interval), this.#intervalCount = this.#intervalCountAtWindowStart), this.#processQueue(), this.#scheduleRateLimitUpdate();
  }
  /**
  Executes all queued functions until it reaches the limit.
  */
  #processQueue() {
    for (; this.#tryToStartAnother(); )
      ;
  }
  // On an empty queue, `#processQueue()` emits `empty` and `idle`. An `idle` listener that sets `concurrency` or calls `.start()` would then recurse without end.
  #processWaitingTasks() {
    this.#queue.size > 0 && this.#processQueue();
  }
  async #add(function_, options, waitingTask) {
    let id = options.id ?? (this.#idAssigner++).toString();
    if (options = {
      timeout: this.#timeout,
      ...options,
      id
    }, validateTimeout(options.timeout), options.priority !== void 0 && (typeof options.priority != "number" || Number.isNaN(options.priority)))
      throw new TypeError(`Expected \`priority\` to be a number, got \`${String(options.priority)}\` (${typeof options.priority})`);
    return waitingTask.id = id, waitingTask.priority = options.priority ?? 0, new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(options.signal.reason);
        return;
      }
      let run = bindAsyncContext(async () => {
        if (waitingTask.stopListeningForAbort?.(), this.#waitingTasks.delete(waitingTask), options.signal?.aborted) {
          this.#rollbackIntervalConsumption(), reject(options.signal.reason);
          return;
        }
        this.#pending++;
        let runningTask = {
          id,
          priority: waitingTask.priority,
          startTime: Date.now(),
          timeout: options.timeout
        };
        this.#runningTasks.add(runningTask);
        let { signal } = options, stopListeningForAbort, stopForwardingAbort, timeoutId;
        try {
          if (options.timeout !== void 0) {
            let { signal: userSignal, timeout } = options, taskController = new AbortController();
            timeoutId = setTimeout(() => {
              taskController.abort(new TimeoutError(`Task timed out after ${timeout}ms (queue has ${this.#pending} running, ${this.#queue.size} waiting)`));
            }, timeout), userSignal && (stopForwardingAbort = this.#onAbort(userSignal, () => {
              taskController.abort(userSignal.reason);
            })), signal = taskController.signal;
          }
          let operation;
          if (signal) {
            let abortSignal = signal, abortPromise = new Promise((_resolve, rejectWithReason) => {
              stopListeningForAbort = this.#onAbort(abortSignal, () => {
                rejectWithReason(abortSignal.reason);
              });
            });
            operation = Promise.race([abortPromise, (async () => function_({ signal }))()]);
          } else
            try {
              operation = function_({ signal });
            } catch (error) {
              operation = Promise.reject(error);
            }
          let result = await operation;
          resolve(result), this.#emit("completed", result);
        } catch (error) {
          reject(error), this.#emit("error", error);
        } finally {
          clearTimeout(timeoutId), stopListeningForAbort?.(), stopForwardingAbort?.(), this.#runningTasks.delete(runningTask), queueMicrotask(() => {
            this.#next();
          });
        }
      }), hasWaitingTasks = this.#queue.size > 0;
      if (this.#queue.enqueue(run, options), waitingTask.reject = reject, this.#waitingTasks.add(waitingTask), options.signal) {
        let { signal } = options;
        waitingTask.stopListeningForAbort = this.#onAbort(signal, () => {
          this.#waitingTasks.delete(waitingTask), this.#queue instanceof PriorityQueue ? this.#queue.remove(run) : this.#queue.remove(id), reject(signal.reason), this.#processQueue(), this.#emit("next");
        });
      }
      this.#emit("add"), hasWaitingTasks ? this.#processQueue() : this.#tryToStartAnother();
    });
  }
  /**
      Get or set the default timeout. A change applies to tasks added after it.
  
      @example
      ```
      const queue = new PQueue({timeout: 5000});
  
      queue.timeout = 10000;
      ```
      */
  get timeout() {
    return this.#timeout;
  }
  // Validated here, not only in `.add()`, so that an invalid value throws where it is set, instead of making every later `.add()` reject.
  set timeout(timeout) {
    validateTimeout(timeout), this.#timeout = timeout;
  }
  get concurrency() {
    return this.#concurrency;
  }
  set concurrency(newConcurrency) {
    validateLimit("concurrency", newConcurrency), this.#concurrency = newConcurrency, this.#processWaitingTasks();
  }
  /**
      Changes the priority of a waiting task, found by its `id`. Throws a `ReferenceError` if no waiting task has that `id`, for example because it already started. Throws a `TypeError` if `priority` is not a finite number. Tasks only wait when the queue has a `concurrency` limit, is paused, or is rate-limited.
  
      @example
      ```
      // Raise the priority to run a task earlier
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 0, id: '🦀'});
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 1});
  
      queue.setPriority('🦀', 2);
      // '🦀' runs second
      ```
  
      @example
      ```
      // Lower the priority to run a task later
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 1, id: '🦀'});
      queue.add(async () => '🦄');
      queue.add(async () => '🦄', {priority: 0});
  
      queue.setPriority('🦀', -1);
      // '🦀' runs last
      ```
      */
  setPriority(id, priority) {
    if (typeof priority != "number" || !Number.isFinite(priority))
      throw new TypeError(`Expected \`priority\` to be a finite number, got \`${priority}\` (${typeof priority})`);
    for (let waitingTask of this.#waitingTasks)
      if (waitingTask.id === id) {
        this.#queue.setPriority(id, priority), waitingTask.priority = priority;
        return;
      }
    throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
  }
  /**
      Adds a sync or async task to the queue.
  
      Returns a promise that settles with the result of `fn` when the task completes, not when it is added. The function gets `{signal}` as its first argument. The signal is set when the task has a `signal` or a `timeout`, and aborts when either one does. Pass it on, for example to `fetch()`, to stop the work. The function runs in the async context of the `.add()` call (in Node.js 22.3 and later, Deno, and Bun), so it sees the [`AsyncLocalStorage`](https://nodejs.org/api/async_context.html#class-asynclocalstorage) values of the caller, also when it starts later.
  
      If you `await` each `.add()` call before the next, the tasks run one after the other, whatever the `concurrency`.
  
      Handle rejections of the returned promise. Otherwise, they are unhandled rejections, which can make the process exit.
      */
  add(function_, options = {}) {
    let waitingTask = {}, promise = this.#add(function_, options, waitingTask);
    return waitingTask.promise = promise, waitingTask.isCleared && promise.catch(() => {
    }), promise;
  }
  async addAll(functions, options) {
    return Promise.all(functions.map(async (function_) => this.add(function_, options)));
  }
  /**
      Starts (or resumes) running queued tasks. Only needed if the queue is paused, with `autoStart: false` or `.pause()`.
  
      @returns `this` (the instance).
      */
  start() {
    return this.#isPaused ? (this.#isPaused = !1, this.#processWaitingTasks(), this) : this;
  }
  /**
  Stops starting new tasks. Running tasks continue.
  */
  pause() {
    this.#isPaused = !0;
  }
  /**
      Removes all waiting tasks. Running tasks continue.
  
      The promises returned by `.add()` for the removed tasks reject with an `AbortError`, which is a `DOMException`. The removed tasks do not run, and they do not emit the `error` event.
  
      If you ignore such a promise, its rejection is not reported as unhandled. This does not apply to a promise made from it, like the one from `queue.add(fn).then(…)` or from `.addAll()`, so handle the rejection of that promise.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(() => doWork());
      const promise = queue.add(() => doWork());
  
      queue.clear();
  
      try {
          await promise;
      } catch (error) {
          console.log(error.name);
          //=> 'AbortError'
      }
      ```
      */
  clear() {
    if (this.#queue.size === 0)
      return;
    this.#queue = new this.#queueClass();
    let error = new DOMException("The queue was cleared", "AbortError");
    for (let waitingTask of this.#waitingTasks)
      waitingTask.stopListeningForAbort?.(), waitingTask.isCleared = !0, waitingTask.promise?.catch(() => {
      }), waitingTask.reject(error);
    this.#waitingTasks.clear(), this.#emitEmptyAndIdle(), this.#updateRateLimitState(), this.#emit("next");
  }
  /**
      Returns a promise that resolves when the queue is empty. Tasks can still be running.
  
      The promise resolves once. Call `.onEmpty()` again to wait for the next time, or use the `empty` event to get every time.
      */
  async onEmpty() {
    this.#queue.size !== 0 && await this.#onEvent(["empty", "active"], () => this.#queue.size === 0);
  }
  /**
      Returns a promise that resolves when `queue.size < limit`.
  
      Await it before you add a task, to keep the queue from growing beyond a size. It counts only waiting tasks, not running tasks.
      */
  async onSizeLessThan(limit) {
    this.#queue.size < limit || await this.#onEvent(["next", "active"], () => this.#queue.size < limit);
  }
  /**
      Returns a promise that resolves when the queue is empty and all tasks have completed: `queue.size === 0 && queue.pending === 0`.
  
      Unlike `.onEmpty()`, it waits for running tasks to finish.
  
      The promise resolves once. Call `.onIdle()` again to wait for the next time, or use the `idle` event to get every time.
      */
  async onIdle() {
    this.#pending === 0 && this.#queue.size === 0 || await this.#onEvent("idle");
  }
  /**
      Returns a promise that resolves when no tasks are running: `queue.pending === 0`.
  
      Unlike `.onIdle()`, it ignores queued tasks. Use it to let running tasks finish before you change shared state. A task that timed out, or whose `signal` aborted while it ran, no longer counts, although its function can still run.
  
      @example
      ```
      queue.pause();
      await queue.onPendingZero();
      // No tasks are running, but the queue can still have tasks
      ```
      */
  async onPendingZero() {
    this.#pending !== 0 && await this.#onEvent("pendingZero");
  }
  /**
      Returns a promise that resolves when the queue becomes rate-limited by `intervalCap`. If the queue is already rate-limited, it resolves immediately.
  
      Useful for backpressure, when tasks are added faster than they run.
  
      @example
      ```
      const queue = new PQueue({intervalCap: 5, interval: 1000});
  
      for (let index = 0; index < 10; index++) {
          queue.add(() => someTask());
      }
  
      await queue.onRateLimit();
      console.log('The queue is rate-limited');
      ```
      */
  async onRateLimit() {
    this.#updateRateLimitState(), !this.isRateLimited && await this.#onEvent("rateLimit");
  }
  /**
      Returns a promise that resolves when the queue is no longer rate-limited. If the queue is not rate-limited, it resolves immediately.
  
      @example
      ```
      const queue = new PQueue({intervalCap: 5, interval: 1000});
  
      for (let index = 0; index < 10; index++) {
          queue.add(() => someTask());
      }
  
      await queue.onRateLimitCleared();
      console.log('The rate limit is cleared');
      ```
      */
  async onRateLimitCleared() {
    this.#updateRateLimitState(), this.isRateLimited && await this.#onEvent("rateLimitCleared");
  }
  /**
      Returns a promise that rejects when a task fails: it throws, times out, or its `signal` aborts while it runs. It rejects with the error of the task, or with `null` if the error is `undefined`, like the `error` event.
  
      Use `Promise.race([queue.onError(), queue.onIdle()])` to stop at the first error, and to resolve normally when the queue becomes idle. Each call adds an `error` listener that stays until a task fails, so to get every error, for example in a loop, use the `error` event instead.
  
      Important: The promises returned by `.add()` still reject. Handle each of them (for example with `.catch(() => {})`) to prevent unhandled rejections.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Do not start the remaining tasks. Pause in an `error` listener, because it runs before the next task starts, and the code after `await` runs later.
      queue.addEventListener('error', () => {
          queue.pause();
      }, {once: true});
  
      queue.add(() => fetchData(1)).catch(() => {});
      queue.add(() => fetchData(2)).catch(() => {});
      queue.add(() => fetchData(3)).catch(() => {});
  
      try {
          await Promise.race([
              queue.onError(),
              queue.onIdle()
          ]);
      } catch (error) {
          console.error('Queue failed:', error);
      }
      ```
      */
  // eslint-disable-next-line @typescript-eslint/promise-function-async
  onError() {
    return new Promise((_resolve, reject) => {
      this.addEventListener("error", (event) => {
        reject(event.detail);
      }, { once: !0 });
    });
  }
  /**
  The number of tasks waiting to run.
  */
  get size() {
    return this.#queue.size;
  }
  /**
      The number of waiting tasks with the given `priority`.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue();
  
      // Paused, so the tasks stay queued. Without it they all start synchronously and the queue is empty by the time `sizeBy` reads it.
      queue.pause();
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 0});
      queue.add(async () => '🦄', {priority: 1});
  
      console.log(queue.sizeBy({priority: 1}));
      //=> 2
  
      console.log(queue.sizeBy({priority: 0}));
      //=> 1
      ```
      */
  sizeBy(options) {
    return this.#queue.filter(options).length;
  }
  /**
  The number of running tasks.
  */
  get pending() {
    return this.#pending;
  }
  /**
  Whether the queue is paused.
  */
  get isPaused() {
    return this.#isPaused;
  }
  /**
  Whether the queue is rate-limited: the number of tasks started in the current interval, plus the tasks still running from earlier intervals with `carryoverIntervalCount`, has reached `intervalCap`, and tasks are waiting.
  */
  get isRateLimited() {
    return this.#isRateLimitedNow;
  }
  /**
      Whether tasks are waiting because all concurrency slots are in use, or because the queue is rate-limited.
  
      Useful to detect backpressure and tasks that hang.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Backpressure
      if (queue.isSaturated) {
          await queue.onSizeLessThan(queue.concurrency);
      }
  
      // Monitoring
      setInterval(() => {
          if (queue.isSaturated) {
              console.warn(`Queue saturated: ${queue.pending} running, ${queue.size} waiting`);
          }
      }, 60000);
      ```
      */
  get isSaturated() {
    return this.#queue.size > 0 && (this.#pending >= this.#concurrency || this.isRateLimited);
  }
  /**
      An array with the running tasks. Each task has its `id`, `priority`, `startTime`, `timeout`, and `timeoutRemaining` (the milliseconds until it times out). Without a timeout, `timeout` and `timeoutRemaining` are `undefined`.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2, timeout: 10000});
  
      queue.add(() => fetchUser(123), {id: 'user-123'});
      queue.add(() => fetchPosts(456), {id: 'posts-456', priority: 1});
  
      console.log(queue.runningTasks);
      // => [{
      //   id: 'user-123',
      //   priority: 0,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 10000
      // }, {
      //   id: 'posts-456',
      //   priority: 1,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 10000
      // }]
      ```
      */
  get runningTasks() {
    return Array.from(this.#runningTasks, (task) => ({
      ...task,
      timeoutRemaining: task.timeout === void 0 ? void 0 : Math.max(0, task.startTime + task.timeout - Date.now())
    }));
  }
}, TimeoutError = class extends DOMException {
  constructor(message2) {
    super(message2, "TimeoutError");
  }
};

// src/run/scheduler.ts
async function schedule(options) {
  let { tasks, failFast = !1 } = options;
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
    throw new TypeError(`Expected concurrency to be an integer >= 1, got ${options.concurrency}`);
  if (tasks.some((t) => (t.attempts ?? 1) > 1) && !options.conclude)
    throw new TypeError("Expected a conclude function: some tasks have attempts");
  let outcome = /* @__PURE__ */ new Map(), started = /* @__PURE__ */ new Set(), queued = /* @__PURE__ */ new Set(), queue = new PQueue({ concurrency: options.concurrency }), controller = new AbortController(), cancelReason = null, cancelPending = (reason) => {
    if (cancelReason === null) {
      cancelReason = reason;
      for (let t of tasks)
        !started.has(t.id) && !outcome.has(t.id) && (outcome.set(t.id, "cancelled"), options.onCancelled?.(t.id, reason));
    }
  }, onAbort = () => {
    cancelPending("run cancelled"), controller.abort(options.signal?.reason);
  };
  options.signal?.aborted ? onAbort() : options.signal?.addEventListener("abort", onAbort, { once: !0 });
  let finish = (id, result) => {
    outcome.set(id, result), result === "failed" && failFast && cancelPending(`cancelled by fail-fast after task '${id}' failed`), settle();
  }, runUnit = async (id, attempt, onRun) => {
    if (cancelReason !== null || outcome.has(id)) return null;
    started.add(id);
    try {
      return await options.beforeStart?.(id, controller.signal), controller.signal.aborted ? attempt === 0 ? "failed" : null : (onRun?.(), await options.run(id, controller.signal, Math.max(1, attempt)));
    } catch {
      return "failed";
    }
  }, enqueue = (task) => {
    let { id } = task;
    options.onReady?.(id);
    let count = task.attempts ?? 1;
    if (count <= 1) {
      queue.add(async () => {
        let result = await runUnit(id, 0);
        result !== null && finish(id, result);
      });
      return;
    }
    let state = { started: [], open: count };
    for (let attempt = 1; attempt <= count; attempt++)
      queue.add(async () => {
        if (await runUnit(id, attempt, () => state.started.push(attempt)), --state.open > 0 || state.started.length === 0) return;
        let result;
        try {
          result = await options.conclude(id, [...state.started].sort((a, b) => a - b));
        } catch {
          result = "failed";
        }
        finish(id, result);
      });
  }, settle = () => {
    let changed = !0;
    for (; changed; ) {
      changed = !1;
      for (let t of tasks) {
        if (outcome.has(t.id) || started.has(t.id) || queued.has(t.id)) continue;
        let bad = t.dependsOn.find((d) => {
          let o = outcome.get(d);
          return o !== void 0 && o !== "succeeded";
        });
        if (bad !== void 0) {
          let o = outcome.get(bad);
          outcome.set(t.id, "skipped"), options.onSkipped?.(t.id, `dependency '${bad}' ${o === "failed" ? "failed" : `was ${o}`}`), changed = !0;
        } else cancelReason === null && t.dependsOn.every((d) => outcome.get(d) === "succeeded") && (queued.add(t.id), enqueue(t));
      }
    }
  };
  for (settle(); outcome.size < tasks.length; )
    if (await queue.onIdle(), outcome.size < tasks.length && queue.size === 0 && queue.pending === 0)
      for (let t of tasks)
        outcome.has(t.id) || (outcome.set(t.id, "skipped"), options.onSkipped?.(t.id, `dependencies never finished: ${t.dependsOn.join(", ")}`));
  return options.signal?.removeEventListener("abort", onAbort), outcome;
}

// src/run/task-runner.ts
import fs5 from "node:fs/promises";
import path7 from "node:path";

// src/git/collect.ts
import fs3 from "node:fs/promises";
import path5 from "node:path";

// src/git/result.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs2 from "node:fs/promises";
import path4 from "node:path";

// src/git/commit.ts
function parseNumstatZ(text2) {
  let fields = text2.split("\0"), changedFiles = [], insertions = 0, deletions = 0;
  for (let i = 0; i < fields.length; i++) {
    let m = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]);
    m && (insertions += m[1] === "-" ? 0 : Number(m[1]), deletions += m[2] === "-" ? 0 : Number(m[2]), m[3] !== "" ? changedFiles.push(m[3]) : (changedFiles.push(fields[i + 2] ?? fields[i + 1] ?? ""), i += 2));
  }
  return { filesChanged: changedFiles.length, insertions, deletions, changedFiles };
}

// src/git/result.ts
var UNPACK_LIMIT = 100, BUNDLE_SLACK_BYTES = 16 * 1024 ** 2, MAX_HEADER_BYTES = 64 * 1024;
function rejectedRef(runId, taskId, attempt) {
  return `refs/fanout/rejected/${runId}/${taskId}${attempt === void 0 ? "" : `/${attempt}`}`;
}
function attemptRef(runId, taskId, attempt) {
  return `refs/fanout/attempts/${runId}/${taskId}/${attempt}`;
}
async function importResult(git, o) {
  let task = `task '${o.taskId}'`, objects = path4.join(o.commonDir, "objects"), quarantine = path4.join(objects, `incoming-fanout-${randomBytes2(6).toString("hex")}`);
  try {
    let env;
    if (o.bundle !== null) {
      let cap = o.limits.maxBytes + BUNDLE_SLACK_BYTES, header = await readBundleHeader(o.bundle, cap);
      if (header.refs.length !== 1 || header.refs[0].name !== "refs/fanout/result" || header.refs[0].oid !== o.result)
        throw new Error(`${task}: the result bundle does not hold exactly the reported result ${o.result}`);
      await fs2.mkdir(path4.join(quarantine, "pack"), { recursive: !0 }), env = { GIT_OBJECT_DIRECTORY: quarantine, GIT_ALTERNATE_OBJECT_DIRECTORIES: objects, GIT_QUARANTINE_PATH: quarantine };
      let args = header.objects < UNPACK_LIMIT ? ["unpack-objects", "--strict", "-q", `--max-input-size=${cap}`] : ["index-pack", "--strict", "--fix-thin", "--stdin", `--max-input-size=${cap}`], indexed = await git.exec(args, { inputFile: { path: o.bundle, start: header.packOffset }, env, allowFailure: !0 });
      if (indexed.exitCode !== 0) throw new Error(`${task}: the result bundle failed the object checks: ${lastLines(indexed.stderr)}`);
    }
    let notACommit = () => new Error(`${task}: the reported result ${o.result} is not a commit the bundle brought`), [size, descends] = await Promise.all([
      measureResult(git, o.startPoint, o.result, env).catch(() => null),
      isAncestor(git, o.startPoint, o.result, env).catch(() => null)
    ]);
    if (size === null || descends === null || size.toType !== "commit") throw notACommit();
    let over = overLimit(size, o.limits);
    if (over) {
      let why = descends ? "" : ` (and it does not descend from the task's start point ${o.startPoint.slice(0, 12)})`;
      return { kind: "dropped", reason: `${over}${why}; the result was dropped` };
    }
    if (env && await migrateQuarantine(quarantine, objects), !descends) {
      let ref = await keepRejected(git, rejectedRef(o.runId, o.taskId, o.attempt), o.result);
      return {
        kind: "rejected",
        ref,
        commit: o.result,
        reason: `the result ${o.result.slice(0, 12)} does not descend from the task's start point ${o.startPoint.slice(0, 12)}; it is kept as ${ref}`
      };
    }
    let target = o.attempt === void 0 ? { ref: `refs/heads/${o.branch}`, old: o.startPoint } : { ref: attemptRef(o.runId, o.taskId, o.attempt), old: "" };
    if ((await git.exec(["update-ref", target.ref, o.result, target.old], { allowFailure: !0 })).exitCode !== 0) {
      let ref = await keepRejected(git, rejectedRef(o.runId, o.taskId, o.attempt), o.result), what = o.attempt === void 0 ? `branch ${o.branch} no longer points at the task's start point` : `${target.ref} exists already`;
      return {
        kind: "rejected",
        ref,
        commit: o.result,
        reason: `${what} (moved by another process); the result is kept as ${ref}`
      };
    }
    return { kind: "accepted", commit: o.result, ...size.stats };
  } finally {
    await fs2.rm(quarantine, { recursive: !0, force: !0 });
  }
}
async function readBundleHeader(file, cap) {
  let st = await fs2.lstat(file).catch(() => null);
  if (!st) throw new Error(`the result bundle ${file} is missing`);
  if (!st.isFile()) throw new Error(`the result bundle ${file} is not a regular file`);
  if (st.size > cap) throw new Error(`the result bundle is ${formatBytes(st.size)}, over the cap of ${formatBytes(cap)} (max result size + ${formatBytes(BUNDLE_SLACK_BYTES)})`);
  let handle = await fs2.open(file, fs2.constants.O_RDONLY | fs2.constants.O_NOFOLLOW), text2, buf;
  try {
    buf = Buffer.alloc(Math.min(MAX_HEADER_BYTES, st.size));
    let { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    buf = buf.subarray(0, bytesRead), text2 = buf.toString("latin1");
  } finally {
    await handle.close();
  }
  let end = text2.indexOf(`

`);
  if (end < 0) throw new Error("the result bundle has no complete header");
  let lines = text2.slice(0, end).split(`
`), version = lines.shift();
  if (version !== "# v2 git bundle" && version !== "# v3 git bundle") throw new Error(`the result bundle is not a git bundle (${JSON.stringify(version?.slice(0, 40))})`);
  let refs = [], prerequisites = [];
  for (let line of lines) {
    if (line.startsWith("@")) continue;
    let pre = /^-([0-9a-f]{40,64})(?: .*)?$/.exec(line);
    if (pre) {
      prerequisites.push(pre[1]);
      continue;
    }
    let ref = /^([0-9a-f]{40,64}) (refs\/[^\s]+)$/.exec(line);
    if (!ref) throw new Error(`the result bundle has a malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
    refs.push({ oid: ref[1], name: ref[2] });
  }
  let pack = buf.subarray(end + 2, end + 14);
  if (pack.length < 12 || pack.toString("latin1", 0, 4) !== "PACK") throw new Error("the result bundle holds no pack");
  let objects = pack.readUInt32BE(8);
  return { refs, prerequisites, packOffset: end + 2, objects };
}
async function measureResult(git, from, to, env) {
  let out = await git.exec(["diff-tree", "-r", "-z", "--raw", "--numstat", "-M", from, to], { env }), { entries, numstat } = parseRawNumstatZ(out.stdout), sizes = /* @__PURE__ */ new Map(), types = /* @__PURE__ */ new Map(), unique = [.../* @__PURE__ */ new Set([to, ...entries.map((e) => e.oid)])], batch = await git.exec(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], { env, input: unique.join(`
`) + `
` });
  for (let line of batch.stdout.split(`
`)) {
    let m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
    m && (sizes.set(m[1], Number(m[3])), types.set(m[1], m[2]));
  }
  let files = entries.map((e) => ({ path: e.path, size: sizes.get(e.oid) ?? 0 })).sort((a, b) => b.size - a.size);
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    biggest: files.slice(0, 5),
    largest: files[0]?.size ?? 0,
    toType: types.get(to) ?? "missing",
    stats: parseNumstatZ(numstat.join("\0"))
  };
}
function parseRawNumstatZ(text2) {
  let fields = text2.split("\0"), entries = [], numstat = [];
  for (let i = 0; i < fields.length; ) {
    let raw = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(fields[i]);
    if (raw) {
      let [, mode, oid, status] = raw, twoPaths = status === "R" || status === "C", target = fields[i + (twoPaths ? 2 : 1)] ?? "";
      "AMTRC".includes(status) && mode !== "160000" && entries.push({ oid, path: target }), i += twoPaths ? 3 : 2;
      continue;
    }
    let counts = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]);
    if (counts) {
      let paths = counts[3] === "" ? 3 : 1;
      numstat.push(...fields.slice(i, i + paths)), i += paths;
      continue;
    }
    i++;
  }
  return { entries, numstat };
}
function overLimit(size, limits) {
  let list = (min = 0) => listFiles(size.biggest.filter((f) => f.size > min));
  return size.largest > limits.maxFileBytes ? `the result has a file over the limit of ${formatLimit(limits.maxFileBytes)} per file (max-file-size): ${list(limits.maxFileBytes)}` : size.bytes > limits.maxBytes ? `the result adds ${formatBytes(size.bytes)}, over the limit of ${formatLimit(limits.maxBytes)} (max-result-size); biggest files: ${list()}` : size.files > limits.maxFiles ? `the result adds or changes ${size.files} files, over the limit of ${limits.maxFiles} (max-result-files); biggest files: ${list()}` : null;
}
function listFiles(files) {
  return files.map((f) => `${quotePath(f.path)} (${formatBytes(f.size)})`).join(", ");
}
function formatLimit(bytes) {
  for (let [unit, size] of [["GiB", 1024 ** 3], ["MiB", 1024 ** 2], ["KiB", 1024]])
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  return formatBytes(bytes);
}
function quotePath(p) {
  let clean = JSON.stringify(p.length > 120 ? `${p.slice(0, 117)}...` : p);
  return clean.slice(1, -1) === p ? p : clean;
}
async function isAncestor(git, ancestor, of, env) {
  let out = await git.exec(["merge-base", "--is-ancestor", ancestor, of], { env, allowFailure: !0 });
  if (out.exitCode > 1) throw new Error(`git merge-base --is-ancestor ${ancestor} ${of} failed: ${out.stderr.trim()}`);
  return out.exitCode === 0;
}
async function keepRejected(git, ref, commit) {
  return await git.exec(["update-ref", ref, commit]), ref;
}
async function migrateQuarantine(quarantine, objects) {
  for (let dir of await fs2.readdir(quarantine))
    if (/^[0-9a-f]{2}$/.test(dir)) {
      await fs2.mkdir(path4.join(objects, dir), { recursive: !0 });
      for (let name of await fs2.readdir(path4.join(quarantine, dir))) {
        let target = path4.join(objects, dir, name);
        await fs2.lstat(target).then(() => !1, () => !0) && await fs2.rename(path4.join(quarantine, dir, name), target);
      }
    }
  let from = path4.join(quarantine, "pack"), to = path4.join(objects, "pack"), names = await fs2.readdir(from).catch(() => []), order = (n) => n.endsWith(".pack") ? 0 : n.endsWith(".idx") ? 2 : 1;
  for (let name of names.filter((n) => /^pack-[0-9a-f]+\.(pack|rev|idx)$/.test(n)).sort((a, b) => order(a) - order(b))) {
    let target = path4.join(to, name);
    await fs2.lstat(target).then(() => !0, () => !1) || await fs2.rename(path4.join(from, name), target);
  }
}
function lastLines(text2) {
  return text2.trim().split(`
`).slice(-3).join(" / ");
}

// src/git/collect.ts
var COLLECT_OVER_LIMIT = 3, COLLECT_NO_TOOLS = 5, COLLECT_TIMEOUT_MS = 5 * 6e4, COLLECT_SCRIPT = String.raw`set -u
for c in git awk stat xargs sort sed head; do
  command -v "$c" >/dev/null 2>&1 || { echo "collect: '$c' is not in this image" >&2; exit 5; }
done
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR \
  GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_NAMESPACE GIT_CEILING_DIRECTORIES GIT_EXTERNAL_DIFF \
  GIT_PAGER GIT_SSH GIT_SSH_COMMAND GIT_ASKPASS GIT_EDITOR GIT_EXEC_PATH GIT_TEMPLATE_DIR GIT_REPLACE_REF_BASE
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_TERMINAL_PROMPT=0 GIT_NO_REPLACE_OBJECTS=1 LC_ALL=C
W=$AF_WORK O=$AF_OUT R=$AF_OUT/r.git start=$AF_START
export HOME="$O/home" XDG_CONFIG_HOME="$O/home"
# A bare repository of ours, made by hand (one git process less) before the wait: the main objects
# and the agent's become its alternates below.
mkdir -p "$HOME" "$R/objects/info" "$R/objects/pack" "$R/refs/heads" "$R/refs/fanout" || exit 2
echo 'ref: refs/heads/main' > "$R/HEAD"
if [ "$AF_FORMAT" = sha1 ]; then
  printf '[core]\n\trepositoryformatversion = 0\n\tbare = true\n' > "$R/config"
else
  printf '[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectformat = %s\n' "$AF_FORMAT" > "$R/config"
fi
if [ -n "$AF_SHALLOW" ]; then printf '%s\n' "$AF_SHALLOW" > "$R/shallow"; fi
# Started early, the step waits here until the host says the agent's run is over.
if [ -p "$O/go" ]; then
  read -r cmd < "$O/go" || cmd=
  [ "$cmd" = go ] || { echo "collect: not started" >&2; exit 4; }
fi
g() { git -c core.hooksPath=/dev/null -c core.fsmonitor=false -c 'safe.directory=*' -c core.untrackedCache=false \
  -c gc.auto=0 -c maintenance.auto=false -c commit.gpgsign=false -c core.quotePath=true -c core.splitIndex=false "$@"; }
fail() { echo "collect: $*" >&2; exit 2; }
nl='
'

# 1. The agent's HEAD commit (and its tree, and where its objects are): the only things read from
#    its git dir, a directory or a gitfile.
out=$(g --git-dir="$W/.git" rev-parse --path-format=absolute --git-path objects 'HEAD^{commit}' 'HEAD^{tree}' 2>/dev/null) || out=
set -f; IFS=$nl; set -- $out; unset IFS; set +f
if [ $# -eq 3 ]; then agentobjs=$1 head=$2 headtree=$3; else agentobjs= head= headtree=; fi

# 2. Our repository's alternates: the main objects and the agent's.
{
  printf '%s\n' "$AF_OBJECTS"
  if [ -n "$agentobjs" ] && [ -d "$agentobjs" ]; then printf '%s\n' "$agentobjs"; fi
} > "$R/objects/info/alternates" || fail "cannot write $R"
# The host's copy of the task directory's index as it made it before the agent ran (index.base),
# when there is one: its stat data lets the refresh hash only the files whose stat changed.
idx=$O/index
if [ -f "$O/index.base" ]; then idx=$O/index.base; fi
export GIT_DIR="$R" GIT_WORK_TREE="$W" GIT_INDEX_FILE="$idx"
cd "$W" || fail "cannot enter $W"
note=-
if [ -z "$head" ]; then
  head=$start note=missing-git
  headtree=$(g rev-parse "$start^{tree}") || fail "the start point $start is not readable"
fi
# With the host's index, a one-tree merge keeps the stat data of every entry the agent's HEAD has
# unchanged; without it (or should it not read), the tree alone.
if [ "$idx" = "$O/index" ] || ! g read-tree -m "$head" 2>/dev/null; then
  rm -f "$idx"
  g read-tree "$head" || fail "the agent's HEAD commit $head could not be read"
fi
# Stat data for the files as they are, so what follows hashes only what changed.
g update-index -q --refresh >/dev/null 2>&1

# What add would take (untracked and modified files), measured before anything is hashed into objects.
over() {
  awk -v maxf="$AF_MAX_FILE_BYTES" -v maxb="$AF_MAX_RESULT_BYTES" -v maxn="$AF_MAX_RESULT_FILES" '
    $1 ~ /^[0-9]+$/ { n++; b += $1; if ($1 + 0 > big) big = $1 + 0 }
    END {
      if (big > maxf + 0) { print "AF-LIMIT file " maxf; exit 0 }
      if (b > maxb + 0) { print "AF-LIMIT bytes " maxb; exit 0 }
      if (n > maxn + 0) { print "AF-LIMIT files " maxn; exit 0 }
      exit 1
    }'
}
offenders() { sort -rn | head -n 5 | sed 's/^/AF-OFFENDER /'; }
if g ls-files -z -o -m --exclude-standard > "$O/changed"; then listed=yes; else listed=no; fi
sizes=
if [ -s "$O/changed" ]; then sizes=$(xargs -0 -r stat -c '%s %n' -- < "$O/changed" 2>/dev/null); fi
if [ -n "$sizes" ] && printf '%s\n' "$sizes" | over; then printf '%s\n' "$sizes" | offenders; exit 3; fi

# 3. Commit the files on top of the agent's HEAD: nothing to add when git listed no file (the agent
#    committed everything, or changed nothing).
if [ "$listed" = yes ] && [ ! -s "$O/changed" ]; then
  tree=$headtree
else
  g add -A >/dev/null || fail "git add -A failed"
  tree=$(g write-tree) || fail "git write-tree failed"
fi
if [ "$tree" = "$headtree" ]; then
  result=$head
else
  result=$(printf '%s\n' "$AF_MESSAGE" | g commit-tree "$tree" -p "$head") || fail "git commit-tree failed"
fi

# The agent's own commits were not measured above: the same limits on the whole result.
if [ "$head" != "$start" ]; then
  sizes=$(g diff-tree -r --no-renames --no-commit-id --raw "$start" "$result" \
    | awk '{ split($0, t, "\t"); split(t[1], f, " "); if (f[5] ~ /^[AMT]/ && f[2] != "160000") print f[4] " " substr($0, length(t[1]) + 2) }' \
    | g cat-file --batch-check='%(objectsize) %(rest)') || fail "measuring the result failed"
  if printf '%s\n' "$sizes" | over; then printf '%s\n' "$sizes" | offenders; exit 3; fi
fi

echo "AF-RESULT $head $result $note"
if [ "$result" = "$start" ]; then printf 'AF-BUNDLE no\nAF-END\n'; exit 0; fi
printf '%s\n' "$result" > "$R/refs/fanout/result"
if g bundle create -q "$O/result.bundle" refs/fanout/result "^$start" >/dev/null 2>"$O/bundle.err"; then
  echo "AF-BUNDLE yes"
elif [ -z "$(g rev-list -n 1 "$result" "^$start")" ]; then
  # Nothing to send: the result is in the start point's history (the main repository has it).
  echo "AF-BUNDLE no"
else
  cat "$O/bundle.err" >&2
  fail "git bundle create failed"
fi
echo AF-END
`;
function collectSpec(o) {
  return {
    runId: o.runId,
    taskId: o.taskId,
    argv: ["sh", "-c", COLLECT_SCRIPT],
    env: {
      PATH: "/usr/local/bin:/usr/bin:/bin",
      AF_WORK: o.workDir,
      AF_OUT: o.outDir,
      AF_START: o.startPoint,
      AF_FORMAT: o.objectFormat,
      AF_OBJECTS: o.objectDirs.join(`
`),
      AF_SHALLOW: o.shallow.join(`
`),
      AF_MESSAGE: o.message,
      AF_MAX_RESULT_BYTES: String(o.limits.maxBytes),
      AF_MAX_RESULT_FILES: String(o.limits.maxFiles),
      AF_MAX_FILE_BYTES: String(o.limits.maxFileBytes),
      GIT_AUTHOR_NAME: o.identity.name,
      GIT_AUTHOR_EMAIL: o.identity.email,
      GIT_COMMITTER_NAME: o.identity.name,
      GIT_COMMITTER_EMAIL: o.identity.email
    },
    workdir: o.outDir,
    timeoutMs: COLLECT_TIMEOUT_MS,
    logFile: path5.join(o.logDir, "collect.log"),
    stdoutFile: path5.join(o.logDir, "collect.out"),
    container: {
      ...o.sandbox,
      network: "none",
      mounts: [{ path: o.workDir }, ...o.objectDirs.map((d) => ({ path: d, readOnly: !0 })), { path: o.outDir }],
      labels: { "dev.agent-fanout.step": "collect" }
    }
  };
}
function parseCollectOutput(text2) {
  let lines = text2.split(`
`), limit = lines.map((l) => /^AF-LIMIT (files|bytes|file) (\d+)$/.exec(l)).find(Boolean);
  if (limit) {
    let offenders = lines.map((l) => /^AF-OFFENDER (\d+) (.*)$/.exec(l)).filter((m) => m !== null).slice(0, 5).map((m) => ({ size: Number(m[1]), path: m[2] }));
    return { kind: "over-limit", limit: limit[1], value: Number(limit[2]), offenders };
  }
  let result = lines.map((l) => /^AF-RESULT ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) (-|missing-git)$/.exec(l)).find(Boolean), bundle = lines.map((l) => /^AF-BUNDLE (yes|no)$/.exec(l)).find(Boolean);
  return !result || !bundle ? null : { kind: "result", head: result[1], result: result[2], missingGit: result[3] === "missing-git", bundle: bundle[1] === "yes" };
}
var MISSING_GIT_NOTE = "the agent's git dir was missing or unreadable; its files were committed on the task's start point", GATE_WAIT_MS = 12e4, CollectStep = class _CollectStep {
  #executor;
  #git;
  #o;
  #gate;
  #controller = new AbortController();
  #earlyController = new AbortController();
  #early;
  /** The gate, opened once the agent was seen to exit ({@link release}). */
  #released;
  #finishing = !1;
  /** Every run of the step, awaited before the out dir goes. */
  #runs = [];
  /** The image of the last run started. */
  #usedImage = "";
  #settled = !1;
  /** The last run's stdout as it arrives, and a signal for its final line. */
  #stdout = "";
  #ended = deferred();
  /** ms from starting a run to its process running (create, attach, start). */
  #startMs;
  #done;
  constructor(executor, git, o, gate) {
    this.#executor = executor, this.#git = git, this.#o = o, this.#gate = gate;
  }
  /** Makes the out dir (fresh, the agent never had it) and, in Docker, the gate FIFO in it. */
  static async prepare(executor, git, o) {
    await removeTaskDir(o.outDir), await fs3.mkdir(o.outDir, { recursive: !0 });
    let gate = null;
    return executor.mode === "docker" && (gate = path5.join(o.outDir, "go"), await launch("mkfifo", ["-m", "600", gate])), o.startIndex && await copyStartIndex(o.startIndex, path5.join(o.outDir, "index.base")), o.owner && (await fs3.lchown(o.outDir, o.owner.uid, o.owner.gid), gate && await fs3.lchown(gate, o.owner.uid, o.owner.gid)), new _CollectStep(executor, git, o, gate);
  }
  /** Starts the step now, to wait at its gate (Docker only; once). */
  prestart() {
    this.#gate === null || this.#early || (this.#early = this.#run(this.#o.agentTimeoutMs + COLLECT_TIMEOUT_MS, this.#image(), this.#earlyController.signal), this.#early.finally(() => this.#settled = !0));
  }
  /**
   * Lets a step that was started early go on as soon as the agent's process is gone, while the agent's
   * container is still being inspected and removed; {@link finish} then takes its result. Should the
   * result not be wanted after all (a retry, a cancelled run), {@link cancel} stops the step.
   */
  release() {
    !this.#early || this.#released || this.#controller.signal.aborted || (this.#released = this.#openGate());
  }
  /** Stops a step that was started early (the agent's run was cancelled or failed to start). */
  async cancel() {
    this.#controller.abort(), await (this.#done ??= this.#cleanUp());
  }
  /**
   * Settles once every run of the step is gone and its out dir deleted. {@link finish} does not wait
   * for that (a container's exit and removal are not the task's business any more); the run does.
   */
  get done() {
    return this.#done ?? Promise.resolve();
  }
  /** Lets the step run (or runs it now), then takes its result in. */
  async finish() {
    this.#finishing = !0;
    let phases = {}, t0 = Date.now();
    try {
      let outcome;
      if (this.#early)
        if (await (this.#released ?? this.#openGate())) outcome = await this.#outcome(this.#early);
        else {
          this.#earlyController.abort();
          let early = await this.#early;
          early.outcome === "exited" && early.exitCode === COLLECT_NO_TOOLS && (outcome = { exec: early, stdout: this.#stdout });
        }
      outcome === void 0 && (this.#gate && await fs3.rm(this.#gate, { force: !0 }), outcome = await this.#outcome(this.#run(COLLECT_TIMEOUT_MS, this.#image())));
      let fallback = this.#o.fallbackImage;
      return outcome.exec?.outcome === "exited" && outcome.exec.exitCode === COLLECT_NO_TOOLS && fallback && this.#usedImage !== fallback && (this.#o.imagesWithoutTools?.add(this.#o.sandbox.image), phases["collect.fallback"] = 1, await this.#resetOutDir(), outcome = await this.#outcome(this.#run(COLLECT_TIMEOUT_MS, fallback))), phases.collect = Date.now() - t0, this.#startMs !== void 0 && (phases["collect.start"] = this.#startMs), { ...await this.#take(outcome, phases), phases };
    } catch (error) {
      throw this.#controller.abort(), error;
    } finally {
      this.#done = this.#cleanUp();
    }
  }
  /** The task's image, unless it is known to lack what the step needs. */
  #image() {
    let { sandbox, fallbackImage, imagesWithoutTools } = this.#o;
    return fallbackImage && imagesWithoutTools?.has(sandbox.image) ? fallbackImage : sandbox.image;
  }
  /** Starts one run of the step, collecting its stdout as it arrives. */
  #run(timeoutMs, image, signal) {
    let o = this.#o;
    this.#usedImage = image, this.#stdout = "", this.#ended = deferred(), this.#startMs = void 0;
    let ended = this.#ended, t0 = Date.now(), spec = collectSpec({ ...o, logDir: o.taskDir }), run = this.#executor.run({
      ...spec,
      container: { ...spec.container, image },
      timeoutMs,
      signal: AbortSignal.any([this.#controller.signal, ...o.signal ? [o.signal] : [], ...signal ? [signal] : []]),
      sampleResources: !1,
      onStarted: () => this.#startMs = Date.now() - t0,
      onOutput: (stream, text2) => {
        stream !== "stdout" || this.#stdout.length > 1024 ** 2 || (this.#stdout += text2, /^AF-END$/m.test(this.#stdout) && ended.resolve());
      }
    });
    return this.#runs.push(run), run;
  }
  /**
   * How a run ended: its last line (`AF-END`, printed once the bundle is closed) is enough to go on
   * with, so the container's exit and removal are not waited for; anything else waits for the exit.
   */
  async #outcome(run) {
    let first = await Promise.race([this.#ended.promise.then(() => "ended"), run]);
    return first === "ended" ? { stdout: this.#stdout } : { exec: first, stdout: this.#stdout };
  }
  /** Empties the out dir for another attempt (a step that ran left its files there). */
  async #resetOutDir() {
    await removeTaskDir(this.#o.outDir), await fs3.mkdir(this.#o.outDir, { recursive: !0 }), this.#o.owner && await fs3.lchown(this.#o.outDir, this.#o.owner.uid, this.#o.owner.gid);
  }
  /** Writes `go` into the gate once the step has it open; false when the step ended without reading it. */
  async #openGate() {
    let end = Date.now() + GATE_WAIT_MS;
    for (; ; ) {
      try {
        let handle = await fs3.open(this.#gate, fs3.constants.O_WRONLY | fs3.constants.O_NONBLOCK);
        try {
          await handle.write(`go
`);
        } finally {
          await handle.close();
        }
        return !0;
      } catch (error) {
        if (error.code !== "ENXIO") return !1;
      }
      if (this.#settled || Date.now() > end) return !1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  async #take(outcome, phases) {
    let o = this.#o, unchanged = { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] }, { exec } = outcome;
    if (exec && exec.outcome !== "exited")
      return { ...unchanged, problem: `the collect step ${exec.outcome === "error" ? `failed: ${exec.error}` : `ended ${exec.outcome.replace("_", " ")}`}` };
    let report = parseCollectOutput(outcome.stdout);
    if (exec?.exitCode === COLLECT_OVER_LIMIT && report?.kind === "over-limit")
      return { ...unchanged, problem: `${overLimitReason(report)}; the result was dropped` };
    if (exec && exec.exitCode !== 0 || report?.kind !== "result") {
      let log = (await readHead(collectSpec({ ...o, logDir: o.taskDir }).logFile, 65536)).trim().split(`
`).slice(-3).join(" / ");
      return { ...unchanged, problem: `the collect step failed (exit ${exec?.exitCode ?? "unknown"})${log ? `: ${log}` : ""}` };
    }
    let note = report.missingGit ? { note: MISSING_GIT_NOTE } : {};
    if (report.result === o.startPoint) return { ...unchanged, ...note };
    let t1 = Date.now();
    try {
      let imported = await importResult(this.#git, {
        runId: o.runId,
        taskId: o.taskId,
        branch: o.branch,
        startPoint: o.startPoint,
        result: report.result,
        bundle: report.bundle ? path5.join(o.outDir, "result.bundle") : null,
        commonDir: o.commonDir,
        limits: o.limits,
        attempt: o.attempt
      });
      if (imported.kind === "accepted") {
        let { kind: _kind, ...stats } = imported;
        return { ...stats, ...note };
      }
      return imported.kind === "rejected" ? { ...unchanged, rejectedRef: imported.ref, problem: imported.reason } : { ...unchanged, problem: imported.reason };
    } catch (error) {
      return { ...unchanged, problem: error instanceof Error ? error.message : String(error) };
    } finally {
      phases.import = Date.now() - t1;
    }
  }
  /** Waits for every run to be gone (killed if still waiting at its gate), then deletes the out dir. */
  async #cleanUp() {
    this.#finishing || this.#controller.abort(), await Promise.allSettled(this.#runs), await removeTaskDir(this.#o.outDir).catch(() => {
    });
  }
};
async function copyStartIndex(from, to) {
  let source = await fs3.open(from, fs3.constants.O_RDONLY | fs3.constants.O_NOFOLLOW).catch(() => null);
  if (source)
    try {
      let st = await source.stat();
      if (!st.isFile()) return;
      await fs3.writeFile(to, await source.readFile(), { mode: 420, flag: "wx" }), await fs3.utimes(to, st.atime, st.mtime);
    } catch {
      await fs3.rm(to, { force: !0 });
    } finally {
      await source.close();
    }
}
function deferred() {
  let resolve;
  return { promise: new Promise((r) => resolve = r), resolve };
}
function overLimitReason(r) {
  switch (r.limit) {
    case "file":
      return `the result has a file over the limit of ${formatLimit(r.value)} per file (max-file-size): ${listFiles(r.offenders.filter((f) => f.size > r.value))}`;
    case "bytes":
      return `the result adds more than the limit of ${formatLimit(r.value)} (max-result-size); biggest files: ${listFiles(r.offenders)}`;
    case "files":
      return `the result adds or changes more than the limit of ${r.value} files (max-result-files); biggest files: ${listFiles(r.offenders)}`;
  }
}
async function readHead(file, max) {
  let handle = await fs3.open(file, "r").catch(() => null);
  if (!handle) return "";
  try {
    let buf = Buffer.alloc(max), { bytesRead } = await handle.read(buf, 0, max, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

// src/run/budget.ts
var BudgetExceeded = class extends Error {
  constructor(costUsd, maxCostUsd) {
    super(`over its budget of ${formatCost(maxCostUsd)}`);
    this.costUsd = costUsd;
    this.maxCostUsd = maxCostUsd;
    this.name = "BudgetExceeded";
  }
  costUsd;
  maxCostUsd;
}, CostBudget = class {
  /**
   * @param maxCostUsd the task's ceiling.
   * @param spentBeforeUsd what earlier attempts of the task reported spending.
   */
  constructor(maxCostUsd, spentBeforeUsd = 0) {
    this.maxCostUsd = maxCostUsd;
    this.spentBeforeUsd = spentBeforeUsd;
  }
  maxCostUsd;
  spentBeforeUsd;
  #controller = new AbortController();
  #stoppedAtUsd = null;
  /** Aborted when the running cost passed the ceiling. */
  get signal() {
    return this.#controller.signal;
  }
  /** The task's running cost (earlier attempts included) when the agent was stopped; null when it was not. */
  get stoppedAtUsd() {
    return this.#stoppedAtUsd;
  }
  /**
   * Checks a progress report and stops the agent (once) when the running cost passes the ceiling;
   * true when this call stopped it. A final report is left alone: the agent is exiting by itself,
   * and killing it now would lose the result message whose figure {@link judgeBudget} checks.
   */
  check(progress) {
    if (this.#stoppedAtUsd !== null || progress.final || progress.costUsd === null) return !1;
    let total = this.spentBeforeUsd + progress.costUsd;
    return total > this.maxCostUsd ? (this.#stoppedAtUsd = total, this.#controller.abort(new BudgetExceeded(total, this.maxCostUsd)), !0) : !1;
  }
}, earlier = (usd) => usd > 0 ? `, counting ${formatCost(usd)} of earlier attempts` : "";
function budgetStopReason(totalUsd, maxCostUsd, spentBeforeUsd = 0) {
  return `stopped at \u2248${formatCost(totalUsd)}: over its budget of ${formatCost(maxCostUsd)} (max-cost-usd)${earlier(spentBeforeUsd)}`;
}
function budgetOverReason(totalUsd, maxCostUsd, spentBeforeUsd, streaming) {
  let why = streaming ? "the agent finished before its running cost stopped it" : "not stopped early: in --claude-output json the cost is known only at the end (stream mode stops a task as it passes its budget)";
  return `cost ${formatCost(totalUsd)}: over its budget of ${formatCost(maxCostUsd)} (max-cost-usd)${earlier(spentBeforeUsd)}; ${why}`;
}
function judgeBudget(outcome, budget, attempt) {
  let { maxCostUsd, spentBeforeUsd } = budget, stoppedAt = budget.stoppedAtUsd;
  if (stoppedAt !== null && !attempt.cancelled && !(attempt.exitedByItself && attempt.reportedCostUsd !== void 0))
    return {
      outcome: { status: "failed", reason: budgetStopReason(stoppedAt, maxCostUsd, spentBeforeUsd) },
      spentUsd: stoppedAt,
      estimated: !0,
      exceeded: !0,
      stoppedEarly: !0
    };
  let reported = attempt.reportedCostUsd, spentUsd = reported === void 0 ? spentBeforeUsd > 0 ? spentBeforeUsd : null : spentBeforeUsd + reported, exceeded = spentUsd !== null && spentUsd > maxCostUsd;
  if (!exceeded || attempt.cancelled) return { outcome, spentUsd, estimated: !1, exceeded, stoppedEarly: !1 };
  let over = budgetOverReason(spentUsd, maxCostUsd, spentBeforeUsd, attempt.streaming);
  return outcome.status === "succeeded" ? { outcome: { status: "failed", reason: over }, spentUsd, estimated: !1, exceeded, stoppedEarly: !1 } : {
    outcome: { status: outcome.status, reason: outcome.reason ? `${outcome.reason}; also ${over}` : over },
    spentUsd,
    estimated: !1,
    exceeded,
    stoppedEarly: !1
  };
}

// src/run/retry.ts
function isTransientFailure(outcome, exec, report) {
  return outcome.status === "failed" && exec?.outcome === "exited" && report?.transient === !0;
}
function retryDecision(input) {
  return !input.transient || input.cancelled ? { retry: !1, note: null } : input.retries === 0 ? { retry: !1, note: null } : input.budgetReached ? { retry: !1, note: "not retried: the task has spent its budget (max-cost-usd)" } : input.attempt > input.retries ? { retry: !1, note: `not retried: ${input.retries} ${input.retries === 1 ? "retry" : "retries"} used (retries: ${input.retries})` } : { retry: !0, note: `attempt ${input.attempt} of at most ${input.retries + 1} failed for a transient reason; running it again on a fresh working tree` };
}
var maxOf = (values) => {
  let known = values.filter((v) => v !== null && Number.isFinite(v));
  return known.length ? Math.max(...known) : null;
};
function combineAttemptFigures(attempts) {
  if (attempts.length === 0) throw new RangeError("combineAttemptFigures: no attempts");
  let last = attempts.at(-1), durationMs = attempts.reduce((sum, a) => sum + Math.max(0, a.finishedAt - a.startedAt), 0);
  if (attempts.length === 1)
    return { agentStartedAt: last.startedAt, agentFinishedAt: last.finishedAt, durationMs, cpu: last.cpu, memory: last.memory, peakPids: last.peakPids };
  let measured = attempts.flatMap((a) => a.cpu ? [a.cpu] : []), seconds = measured.reduce((sum, c) => sum + c.seconds, 0), cpu = measured.length ? {
    seconds,
    avgPercent: durationMs > 0 ? seconds * 1e3 * 100 / durationMs : measured.at(-1)?.avgPercent ?? 0,
    peakPercent: maxOf(measured.map((c) => c.peakPercent))
  } : null;
  return {
    agentStartedAt: attempts[0].startedAt,
    agentFinishedAt: last.finishedAt,
    durationMs,
    cpu,
    memory: { peakBytes: maxOf(attempts.map((a) => a.memory.peakBytes)), limitBytes: last.memory.limitBytes },
    peakPids: maxOf(attempts.map((a) => a.peakPids))
  };
}
var AttemptLog = class {
  #attempts = [];
  /** Starts the next attempt at `at` (epoch ms) and returns its number. */
  begin(at) {
    let attempt = this.#attempts.length + 1;
    return this.#attempts.push({ attempt, startedAt: at, finishedAt: null, status: "running", durationMs: null, costUsd: null }), attempt;
  }
  /** Ends the current attempt at `at`. */
  finish(at, end) {
    let current = this.#current("finish");
    return Object.assign(current, { finishedAt: at, status: end.outcome.status, durationMs: end.durationMs, costUsd: end.costUsd }), end.outcome.reason !== void 0 && (current.reason = end.outcome.reason), end.costEstimated && (current.costEstimated = !0), end.transient && (current.transient = !0), { ...current };
  }
  /** Notes where the current attempt's output was moved to (before the next attempt overwrites it). */
  keptLog(file) {
    this.#attempts.at(-1).logFile = file;
  }
  /** What the agent reported spending over the attempts so far (estimates are not figures it reported). */
  reportedCostUsd() {
    return this.#attempts.reduce((sum, a) => sum + (a.costUsd !== null && !a.costEstimated ? a.costUsd : 0), 0);
  }
  /** A copy for the record: events and the journal must not share the live objects. */
  snapshot() {
    return this.#attempts.map((a) => ({ ...a }));
  }
  get count() {
    return this.#attempts.length;
  }
  #current(what) {
    let current = this.#attempts.at(-1);
    if (!current || current.finishedAt !== null) throw new Error(`AttemptLog.${what}: no attempt is running`);
    return current;
  }
}, TaskAttempts = class {
  #o;
  #log = new AttemptLog();
  #figures = [];
  #budget;
  #budgetRecord;
  constructor(options) {
    this.#o = options;
  }
  /** Starts the next attempt; returns its number and the budget its agent must stay under (if any). */
  begin() {
    let attempt = this.#log.begin(this.#o.clock()), { maxCostUsd } = this.#o;
    return this.#budget = maxCostUsd === void 0 ? void 0 : new CostBudget(maxCostUsd, this.#log.reportedCostUsd()), { attempt, budget: this.#budget };
  }
  /** The attempts so far, for the record (a copy). */
  get attempts() {
    return this.#log.snapshot();
  }
  /**
   * Ends the current attempt. `outcome` is the runner's classification of the agent's exit; `streamed`
   * whether its output was read as it came (so the budget could stop it).
   */
  end(ran) {
    let { exec, report, cancelled } = ran, attempt = this.#log.count;
    this.#figures.push(exec);
    let outcome = ran.outcome, transient = isTransientFailure(outcome, exec, report), costUsd = report?.costUsd ?? null, costEstimated = !1, warnings = [], budget = this.#budget;
    if (budget) {
      let verdict = judgeBudget(outcome, budget, { reportedCostUsd: report?.costUsd, streaming: ran.streamed, cancelled, exitedByItself: exec.outcome === "exited" });
      outcome = verdict.outcome, verdict.stoppedEarly && (costUsd = verdict.spentUsd - budget.spentBeforeUsd, costEstimated = !0, warnings.push(`${outcome.reason}; its agent was stopped`)), this.#budgetRecord = { maxCostUsd: budget.maxCostUsd, spentUsd: verdict.spentUsd, exceeded: verdict.exceeded, stoppedEarly: verdict.stoppedEarly };
    }
    this.#log.finish(this.#o.clock(), { outcome, durationMs: Math.max(0, exec.finishedAt - exec.startedAt), costUsd, costEstimated, transient });
    let { maxCostUsd } = this.#o, decision = retryDecision({
      attempt,
      retries: this.#o.retries,
      transient,
      cancelled,
      budgetReached: this.#budgetRecord?.exceeded === !0 || maxCostUsd !== void 0 && this.#log.reportedCostUsd() >= maxCostUsd
    });
    return decision.note && warnings.push(`${decision.note} (${outcome.reason ?? outcome.status})`), { retry: decision.retry, outcome, record: this.#recordFields(), warnings };
  }
  /** Notes where the last attempt's output was kept before the next attempt overwrites it. */
  keptLog(file) {
    this.#log.keptLog(file);
  }
  /** A phase failed (or the run was cancelled) mid-attempt: the attempt ends with the task. */
  abandon(reason, cancelled) {
    return this.#log.count > 0 && this.#log.snapshot().at(-1).finishedAt === null && this.#log.finish(this.#o.clock(), { outcome: { status: cancelled ? "cancelled" : "failed", reason }, durationMs: null, costUsd: null, transient: !1 }), this.#recordFields();
  }
  #recordFields() {
    let fields = { attempts: this.#log.snapshot() };
    return this.#figures.length > 0 && Object.assign(fields, combineAttemptFigures(this.#figures)), this.#budgetRecord && (fields.budget = { ...this.#budgetRecord }), fields;
  }
};

// src/run/attempts.ts
function attemptTask(task, attempt) {
  let variants = task.variants ?? [];
  if (variants.length === 0) return { task, variant: null };
  let variant = variants[(attempt - 1) % variants.length], claudeArgs = [...task.claudeArgs ?? [], ...variant.claudeArgs ?? [], ...variant.model ? ["--model", variant.model] : []];
  return {
    task: {
      ...task,
      ...variant.agent ? { agent: variant.agent } : {},
      ...variant.maxTurns !== void 0 ? { maxTurns: variant.maxTurns } : {},
      ...claudeArgs.length ? { claudeArgs } : {}
    },
    variant: { ...variant }
  };
}
function criteria(options) {
  let list = [];
  return options.verify && list.push({ name: "verify", compare: (a, b) => +(b.verified === !0) - +(a.verified === !0) }), list.push({ name: "diff", compare: (a, b) => +(b.filesChanged > 0) - +(a.filesChanged > 0) }), options.judge && list.push({
    name: "judge",
    compare: (a, b) => a.score === null || b.score === null ? +(a.score === null) - +(b.score === null) : b.score - a.score
  }), list.push({ name: "diff", compare: (a, b) => a.diffLines - b.diffLines }), list.push({ name: "time", compare: (a, b) => a.durationMs - b.durationMs }), list.push({ name: "order", compare: (a, b) => a.attempt - b.attempt }), list;
}
function rankAttempts(candidates, options) {
  let list = criteria(options);
  return candidates.filter((c) => c.hasResult).sort((a, b) => {
    for (let c of list) {
      let d = c.compare(a, b);
      if (d !== 0) return d;
    }
    return 0;
  });
}
function selectWinner(candidates, options) {
  let ranked = rankAttempts(candidates, options), ranking = ranked.map((c) => c.attempt);
  if (ranked.length === 0) return { winner: null, decidedBy: null, ranking };
  if (ranked.length === 1) return { winner: ranked[0].attempt, decidedBy: "only", ranking };
  let [best, next] = ranked, decisive = criteria(options).find((c) => c.compare(best, next) !== 0);
  return { winner: best.attempt, decidedBy: decisive?.name ?? "order", ranking };
}
function candidateOf(attempt) {
  return {
    attempt: attempt.attempt,
    hasResult: attempt.status === "succeeded" || attempt.status === "verify_failed",
    verified: attempt.verify ? attempt.verify.passed : null,
    score: attempt.judge?.score ?? null,
    filesChanged: attempt.filesChanged,
    diffLines: attempt.insertions + attempt.deletions,
    durationMs: attempt.durationMs ?? 0
  };
}
function attemptEntry(record, attempt, variant, ref) {
  return {
    attempt,
    variant,
    ref,
    status: record.status,
    reason: record.reason,
    exitCode: record.exitCode,
    commit: record.commit,
    filesChanged: record.filesChanged,
    insertions: record.insertions,
    deletions: record.deletions,
    changedFiles: record.changedFiles,
    startedAt: record.startedAt,
    agentStartedAt: record.agentStartedAt,
    agentFinishedAt: record.agentFinishedAt,
    finishedAt: record.finishedAt,
    durationMs: record.durationMs,
    cpu: record.cpu,
    memory: record.memory,
    peakPids: record.peakPids,
    agent: record.agent,
    logFile: record.logFile,
    costUsd: taskCostUsd(record) ?? null,
    winner: !1,
    ...record.attempts ? { attempts: record.attempts } : {},
    ...record.verify ? { verify: record.verify } : {},
    ...record.rejectedRef ? { rejectedRef: record.rejectedRef } : {}
  };
}
function bestOfOutcome(attempts, winner, options) {
  let ran = attempts.filter((a) => a.status !== "queued" && a.status !== "running");
  if (winner === null) {
    if (ran.length > 0 && ran.every((a) => a.status === "cancelled")) return { status: "cancelled", reason: "run cancelled" };
    let statuses = new Set(ran.map((a) => a.status)), status = statuses.size === 1 ? [...statuses][0] : "failed", reasons = ran.map((a) => `#${a.attempt} ${a.status.replace(/_/g, " ")}${a.reason ? `: ${a.reason}` : ""}`);
    return { status: status === "succeeded" ? "failed" : status, reason: `no attempt of ${attempts.length} had a result to take (${reasons.join("; ")})` };
  }
  let best = attempts.find((a) => a.attempt === winner);
  return options.verify && best.verify?.passed !== !0 ? {
    status: "verify_failed",
    reason: `no attempt of ${attempts.length} passed verify; the branch has attempt ${winner}'s result (${best.verify?.reason ?? "verify did not pass"})`
  } : { status: "succeeded" };
}
function combineBestOfFigures(attempts) {
  let ran = attempts.filter((a) => a.agentStartedAt !== null && a.agentFinishedAt !== null);
  if (ran.length === 0) return {};
  let combined = combineAttemptFigures(
    ran.map((a) => ({ startedAt: a.agentStartedAt, finishedAt: a.agentFinishedAt, cpu: a.cpu, memory: a.memory ?? { peakBytes: null, limitBytes: null }, peakPids: a.peakPids }))
  ), durationMs = ran.reduce((sum, a) => sum + (a.durationMs ?? 0), 0), cpu = combined.cpu && durationMs > 0 ? { ...combined.cpu, avgPercent: combined.cpu.seconds * 1e3 * 100 / durationMs } : combined.cpu;
  return {
    ...combined,
    agentStartedAt: Math.min(...ran.map((a) => a.agentStartedAt)),
    agentFinishedAt: Math.max(...ran.map((a) => a.agentFinishedAt)),
    durationMs,
    cpu
  };
}
function attemptNotStarted(task, attempt, status) {
  let record = { ...queuedTaskRecord(task, null, 0), status, ...status === "cancelled" ? { reason: "never started: run cancelled" } : {} };
  return attemptEntry(record, attempt, attemptTask(task, attempt).variant, null);
}
function bestOfSoFar(attempts, judge) {
  return { ...combineBestOfFigures(attempts), bestOf: { count: attempts.length, winner: null, decidedBy: null, judge, attempts } };
}
function concludeBestOf(attempts, options) {
  let rank = { verify: options.verify, judge: options.judge !== null }, selection = selectWinner(attempts.map(candidateOf), rank), outcome = bestOfOutcome(attempts, selection.winner, rank), winner = attempts.find((a) => a.attempt === selection.winner) ?? null, fields = { ...combineBestOfFigures(attempts), ...withoutResult() };
  return winner && (winner.winner = !0, Object.assign(fields, {
    exitCode: winner.exitCode,
    agent: winner.agent,
    logFile: winner.logFile,
    commit: winner.commit,
    filesChanged: winner.filesChanged,
    insertions: winner.insertions,
    deletions: winner.deletions,
    changedFiles: winner.changedFiles,
    ...winner.verify ? { verify: winner.verify } : {}
  })), fields.bestOf = { count: attempts.length, winner: selection.winner, decidedBy: selection.decidedBy, judge: options.judge, attempts }, { outcome, winner, fields };
}
function withoutResult() {
  return { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] };
}

// src/run/checks.ts
import fs4 from "node:fs/promises";
import path6 from "node:path";
var CHECK_TAIL_LINES = 40, CHECK_TAIL_CHARS = 4e3, MIN_CHECK_TIMEOUT_MS = 1e4;
function checkTimeoutMs(taskTimeoutMs, agentMs) {
  return Math.max(MIN_CHECK_TIMEOUT_MS, taskTimeoutMs - Math.max(0, agentMs ?? 0));
}
function parseScore(stdout) {
  let last = stdout.trim().split(`
`).at(-1)?.trim() ?? "";
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(last)) return null;
  let n = Number(last);
  return Number.isFinite(n) ? n : null;
}
async function runCheck(executor, o) {
  await fs4.mkdir(o.logDir, { recursive: !0 });
  let logFile = path6.join(o.logDir, `${o.kind}.log`), stdoutFile = path6.join(o.logDir, `${o.kind}.out`), { kind, command, commit, attempt, dir, objectDirs, sandbox, logDir: _logDir, redact: _redact, ...common } = o, exec = await executor.run({
    ...common,
    argv: ["sh", "-c", command],
    workdir: dir,
    logFile,
    stdoutFile,
    container: {
      ...sandbox,
      mounts: [{ path: dir }, ...objectDirs.map((d) => ({ path: d, readOnly: !0 }))],
      labels: { "dev.agent-fanout.step": kind, ...attempt !== void 0 ? { "dev.agent-fanout.attempt": String(attempt) } : {} }
    },
    sampleResources: !1
  }), output = await readEnd(logFile, 64 * 1024), shown = tail(o.redact(cleanOutputLines(output)), CHECK_TAIL_LINES, CHECK_TAIL_CHARS), passed = exec.outcome === "exited" && exec.exitCode === 0, run = {
    command,
    commit,
    passed,
    outcome: exec.outcome,
    exitCode: exec.exitCode,
    startedAt: exec.startedAt,
    finishedAt: exec.finishedAt,
    durationMs: Math.max(0, exec.finishedAt - exec.startedAt),
    timeoutMs: o.timeoutMs,
    outputTail: shown.text,
    logFile
  };
  return passed || (run.reason = checkFailure(o.kind, exec, o.timeoutMs)), o.kind === "judge" && (run.score = passed ? parseScore(await readEnd(stdoutFile, 4096)) : null, passed && run.score === null && (run.reason = "judge printed no score (its last line of output is not a number)")), run;
}
function checkFailure(kind, exec, timeoutMs) {
  let after = formatDuration(Math.max(0, exec.finishedAt - exec.startedAt));
  switch (exec.outcome) {
    case "exited":
      return `${kind} exited with code ${exec.exitCode} after ${after}`;
    case "timed_out":
      return `${kind} was killed at its time limit of ${formatDuration(timeoutMs)} (what the task's timeout left after the agent)`;
    case "oom":
      return `${kind} was killed for exceeding the task's memory limit`;
    case "cancelled":
      return `${kind} was cancelled with the run`;
    case "error":
      return `${kind} could not run: ${exec.error}`;
  }
}
async function readEnd(file, max) {
  let handle = await fs4.open(file, "r").catch(() => null);
  if (!handle) return "";
  try {
    let { size } = await handle.stat(), length = Math.min(size, max), buf = Buffer.alloc(length), { bytesRead } = await handle.read(buf, 0, length, size - length);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

// src/run/task-runner.ts
var COMMIT_IDENTITY = { name: "agent-fanout", email: "agent-fanout@users.noreply.github.com" }, PhaseTimer = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  phases = {};
  async time(phase, fn) {
    let t0 = this.clock();
    try {
      return await fn();
    } finally {
      this.phases[phase] = (this.phases[phase] ?? 0) + (this.clock() - t0);
    }
  }
}, PRESTART_COLLECT_AFTER_MS = 4e3, TaskRunner = class {
  #o;
  /** Worktrees that exist right now (removed as each task ends; the rest at the end of the run). */
  #worktrees = /* @__PURE__ */ new Set();
  /** Where each task branch points as far as this run knows: every move is a compare-and-swap from it. */
  #branchAt = /* @__PURE__ */ new Map();
  /** Tasks whose reserved branch was used (set up); the others' names are released at the end. */
  #branchUsed = /* @__PURE__ */ new Set();
  /** Collect steps whose containers may still be exiting: the run waits for them before it ends. */
  #collectSteps = [];
  /** Task images found without git for the collect step (it then runs in agent-fanout's own image). */
  #imagesWithoutTools = /* @__PURE__ */ new Set();
  /** Best-of-N tasks: each attempt's unit, by task id and attempt number. */
  #attemptUnits = /* @__PURE__ */ new Map();
  /** Best-of-N tasks: their start point, computed (and their branch moved to it) once for all attempts. */
  #sharedStarts = /* @__PURE__ */ new Map();
  /** Agent runs started per unit key (retries run again under the same key). */
  #agentRuns = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#o = options;
  }
  /** Runs one task (with a single attempt) to its final state; resolves to what the scheduler needs to know. */
  async run(task, signal) {
    return this.#runUnit({ task, attempt: null, of: 1, key: task.id, record: this.#record(task.id), variant: null }, signal);
  }
  /**
   * Runs attempt `attempt` of a best-of-N task: the same phases as {@link run}, in directories and a
   * record of its own, its result on its attempt ref. The task's record shows it under `bestOf`.
   */
  async runAttempt(task, attempt, signal) {
    return this.#runUnit(this.#attemptUnit(task, attempt), signal);
  }
  async #runUnit(unit, signal) {
    let { clock } = this.#o, { task, record } = unit, taskStart = clock();
    this.#unitStatus(unit, "running", { startedAt: taskStart, queueWaitMs: taskStart - (record.readyAt ?? record.queuedAt) });
    let timer = new PhaseTimer(clock), outcome, unusable = this.#o.unusable?.get(task.id);
    if (unusable !== void 0)
      return this.#finish(unit, { status: "failed", reason: `task '${task.id}': ${unusable}` }, timer.phases, taskStart), "failed";
    try {
      let startPoint = unit.attempt === null ? await this.startPoint(task, timer) : await this.sharedStartPoint(task, timer), last = await this.runAttempts(unit, startPoint, signal, timer);
      outcome = await this.collectResult(unit, last, signal, timer), outcome = await this.checkResult(unit, outcome, startPoint, signal, timer);
    } catch (error) {
      let text2 = errorMessage(error), message2 = text2.startsWith(`task '${task.id}': `) ? text2 : `task '${task.id}': ${text2}`;
      this.#o.logger.error(message2), outcome = { status: signal.aborted ? "cancelled" : "failed", reason: message2 };
    }
    return record.worktree && !this.#o.config.keepWorktrees && await timer.time("cleanup", () => this.removeWorktree(record.worktree)), this.#finish(unit, outcome, timer.phases, taskStart), outcome.status === "succeeded" ? "succeeded" : "failed";
  }
  /** The commit the task starts from: the run's base, or the merge of its dependencies' results. */
  async startPoint(task, timer) {
    let { records, baseCommit, git } = this.#o, depCommits = task.dependsOn.map((d) => records.get(d).commit ?? records.get(d).baseCommit ?? baseCommit);
    return depCommits.length === 0 ? baseCommit : timer.time("merge", () => mergeStartPoint(git, [...new Set(depCommits)], { identity: COMMIT_IDENTITY }));
  }
  /**
   * The start point of a best-of-N task, once for all its attempts (a merge of its dependencies made
   * twice would be two commits), with the task branch moved to it: the attempts' results go to their
   * own refs, and the winner's moves the branch on from there.
   */
  sharedStartPoint(task, timer) {
    let shared = this.#sharedStarts.get(task.id);
    return shared || (shared = (async () => {
      let { git, baseCommit } = this.#o, record = this.#record(task.id), startPoint = await this.startPoint(task, timer);
      if (this.#branchUsed.add(task.id), !await moveBranch(git, record.branch, startPoint, this.#branchAt.get(task.id) ?? baseCommit))
        throw new Error(`branch ${record.branch} was changed by another process after this run reserved it`);
      return this.#branchAt.set(task.id, startPoint), record.baseCommit = startPoint, startPoint;
    })(), this.#sharedStarts.set(task.id, shared)), shared;
  }
  /**
   * Working tree and agent, once, or again on a fresh tree from the same start point after each
   * transient failure while the task's `retries` last (policy and bookkeeping in retry.ts). Returns
   * the last attempt's tree, whose result is committed, and its outcome.
   */
  async runAttempts(unit, startPoint, signal, timer) {
    let { config, clock, logger } = this.#o, { task, record } = unit, attempts = new TaskAttempts({ retries: task.retries ?? config.retries, maxCostUsd: task.maxCostUsd ?? config.maxCostUsd, clock });
    try {
      for (; ; ) {
        let { attempt, budget } = attempts.begin();
        record.attempts = attempts.attempts, attempt > 1 && this.#unitStatus(unit, "running");
        let worktree = await this.createWorktree(unit, startPoint, timer), collect = await this.prepareCollect(unit, worktree, startPoint, signal), ran;
        try {
          ran = await this.runAgent(unit, worktree, signal, timer, budget, collect);
        } catch (error) {
          throw await collect.cancel(), error;
        }
        let outcome = classify(ran.exec, ran.report, task.timeoutMs ?? config.timeoutMs), step = attempts.end({ outcome, exec: ran.exec, report: ran.report, streamed: ran.streamed, cancelled: signal.aborted });
        Object.assign(record, step.record);
        for (let warning of step.warnings) logger.warning(`${unitName(unit)}: ${warning}`);
        if (!step.retry) return { worktree, startPoint, outcome: step.outcome, exec: ran.exec, collect };
        await collect.cancel(), attempts.keptLog(await this.discardAttempt(unit, worktree, attempt, timer));
      }
    } catch (error) {
      throw Object.assign(record, attempts.abandon(errorMessage(error), signal.aborted)), error;
    }
  }
  /**
   * Clears the way for the next attempt: the task directory goes (the next attempt starts again from
   * the start point; the branch never moved, since nothing was taken in), the output is kept under the
   * attempt's name. Returns where the output went.
   */
  async discardAttempt(unit, worktree, attempt, timer) {
    let { runDir } = this.#o;
    await timer.time("retry", async () => {
      await this.#o.trees.remove(worktree), this.#worktrees.delete(worktree);
    });
    let kept = runDir.attemptLogFile(unit.key, attempt);
    return await fs5.rename(runDir.logFile(unit.key), kept).catch(() => {
    }), await fs5.rename(runDir.stdoutFile(unit.key), runDir.attemptStdoutFile(unit.key, attempt)).catch(() => {
    }), kept;
  }
  /**
   * The task's own repository (a private git dir borrowing the main repository's objects read-only),
   * its branch moved to the start point with a compare-and-swap (an attempt's is not: its task's
   * start moved it once), handed to the agent's user.
   */
  async createWorktree(unit, startPoint, timer) {
    let { trees, owner, baseCommit } = this.#o, { task, record } = unit, worktree = this.#o.runDir.worktree(unit.key);
    this.#worktrees.add(worktree), this.#branchUsed.add(task.id), record.worktree = worktree;
    let branchAt = unit.attempt === null ? this.#branchAt.get(task.id) ?? baseCommit : null;
    return await timer.time(
      "worktree",
      () => trees.setUp({ dir: worktree, branch: record.branch, startPoint, branchAt, owner }).catch((error) => {
        throw new Error(`creating its task repository failed: ${errorMessage(error)}`, { cause: error });
      })
    ), unit.attempt === null && this.#branchAt.set(task.id, startPoint), record.baseCommit = startPoint, worktree;
  }
  /** The collect step of this attempt: its out dir made now (never mounted into the agent's container). */
  async prepareCollect(unit, worktree, startPoint, signal) {
    let { config, runDir, runId, executor, git, repo, owner } = this.#o, { task, record } = unit;
    return CollectStep.prepare(executor, git, {
      runId,
      taskId: task.id,
      attempt: unit.attempt ?? void 0,
      workDir: worktree,
      outDir: runDir.resultDir(unit.key),
      taskDir: runDir.taskDir(unit.key),
      branch: record.branch,
      startPoint,
      commonDir: repo.commonDir,
      objectFormat: repo.objectFormat,
      objectDirs: repo.objectDirs,
      shallow: repo.shallow,
      message: commitMessage(task),
      identity: COMMIT_IDENTITY,
      limits: { maxBytes: config.maxResultBytes, maxFiles: config.maxResultFiles, maxFileBytes: config.maxFileBytes },
      sandbox: this.#sandbox(task),
      owner,
      // Made by the host a moment ago; the agent has not started.
      startIndex: path7.join(worktree, ".git", "index"),
      agentTimeoutMs: task.timeoutMs ?? config.timeoutMs,
      signal,
      fallbackImage: DEFAULT_IMAGE,
      imagesWithoutTools: this.#imagesWithoutTools
    });
  }
  /**
   * What the last attempt's agent left, collected in a sandbox of its own and taken in as data (a
   * cancelled run does not wait for that); a result that cannot be taken fails the task with why.
   */
  async collectResult(unit, last, signal, timer) {
    let { record } = unit;
    if (last.exec.outcome === "cancelled")
      return await last.collect.cancel(), last.outcome;
    let taken = await last.collect.finish().finally(() => this.#collectSteps.push(last.collect.done));
    for (let [phase, ms] of Object.entries(taken.phases)) timer.phases[phase] = (timer.phases[phase] ?? 0) + ms;
    let { phases: _phases, problem, note, rejectedRef: rejectedRef2, ...committed } = taken;
    if (Object.assign(record, committed, rejectedRef2 ? { rejectedRef: rejectedRef2 } : {}, note ? { resultNote: note } : {}), committed.commit && unit.attempt === null && this.#branchAt.set(unit.task.id, committed.commit), problem === void 0) return last.outcome;
    if (signal.aborted) return { status: "cancelled", reason: "run cancelled" };
    let { status, reason } = last.outcome;
    return { status: status === "succeeded" ? "failed" : status, reason: reason ? `${reason}; ${problem}` : problem };
  }
  /**
   * The checks of a result that was taken: `verify` (a failure ends the task `verify_failed`, its
   * result kept on its branch) and, for an attempt of a best-of-N task whose verify passed, `judge`.
   * Both run in a fresh checkout of the result commit (the start point when the agent changed
   * nothing), in a sandbox like the agent's, within what is left of the task's timeout.
   */
  async checkResult(unit, outcome, startPoint, signal, timer) {
    let { config, trees, owner, runDir } = this.#o, { task, record } = unit, verify = task.verify ?? config.verify, judge = unit.of > 1 ? task.judge ?? config.judge : void 0;
    if (outcome.status !== "succeeded" || !verify && !judge || signal.aborted) return outcome;
    let commit = record.commit ?? startPoint, dir = runDir.checkDir(unit.key);
    this.#worktrees.add(dir);
    try {
      if (await timer.time(
        "checkout",
        () => trees.setUp({ dir, branch: record.branch, startPoint: commit, branchAt: null, owner }).catch((error) => {
          throw new Error(`checking out its result for verify failed: ${errorMessage(error)}`, { cause: error });
        })
      ), verify && (record.verify = await timer.time("verify", () => this.#check(unit, "verify", verify, commit, dir, signal)), this.#o.logger.info(`${unitName(unit)}: verify ${record.verify.passed ? "passed" : `did not pass: ${record.verify.reason}`}`), !record.verify.passed))
        return signal.aborted ? { status: "cancelled", reason: "run cancelled" } : { status: "verify_failed", reason: record.verify.reason };
      judge && (unit.judge = await timer.time("judge", () => this.#check(unit, "judge", judge, commit, dir, signal)), unit.judge.reason && this.#o.logger.warning(`${unitName(unit)}: ${unit.judge.reason}; it ranks after the attempts that printed a score`));
    } finally {
      config.keepWorktrees || await timer.time("cleanup", () => this.removeWorktree(dir));
    }
    return outcome;
  }
  /** Runs one check of a unit's result in its checkout, as its agent ran: same image, user, limits, network. */
  async #check(unit, kind, command, commit, dir, signal) {
    let { config, runDir, runId, executor, user, clock, emit } = this.#o, { task, record } = unit, egress = this.#o.egress(), secrets = secretValues([...config.env, ...task.env], process.env);
    return runCheck(executor, {
      kind,
      command,
      commit,
      runId,
      taskId: task.id,
      attempt: unit.attempt ?? void 0,
      dir,
      objectDirs: this.#o.repo.objectDirs,
      logDir: runDir.taskDir(unit.key),
      env: { ...agentEnv(config, task, executor.mode, user), ...attemptEnv(unit), ...egress?.envFor(task.id) },
      sandbox: this.#sandbox(task),
      timeoutMs: checkTimeoutMs(task.timeoutMs ?? config.timeoutMs, record.durationMs),
      signal,
      redact: createRedactor(secrets).text,
      onOutput: (stream, text2) => emit({ type: "task-output", at: clock(), runId, taskId: task.id, ...attemptField(unit), stream, text: text2 })
    });
  }
  /** The sandbox a task's commands run in (its agent, verify and judge; the collect step without network). */
  #sandbox(task) {
    let { config, user } = this.#o;
    return {
      image: task.image ?? config.image,
      user,
      cpus: task.cpus ?? config.cpus,
      memoryBytes: task.memoryBytes ?? config.memoryBytes,
      pidsLimit: config.pidsLimit,
      network: this.#o.egress()?.network ?? config.network,
      hostsFile: this.#o.runDir.hostsFile
    };
  }
  async runAgent(unit, worktree, signal, timer, budget, collect) {
    let { config, runDir, runId, executor, user, clock, emit, contention } = this.#o, { task, record } = unit, taskDir = runDir.taskDir(unit.key), promptFile = runDir.promptFile(unit.key);
    try {
      await fs5.mkdir(taskDir, { recursive: !0 }), await fs5.writeFile(promptFile, task.prompt);
    } catch (error) {
      throw new Error(`writing its prompt to ${promptFile} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    let runNo = (this.#agentRuns.get(unit.key) ?? 0) + 1;
    this.#agentRuns.set(unit.key, runNo);
    let series = runNo === 1 ? unit.key : `${unit.key}#${runNo}`, agent = getAgent(task.agent ?? config.agent), ctx = { config, promptFile, taskDir, hostEnv: process.env };
    await timer.time("prepare", async () => agent.prepare?.(task, ctx));
    let invocation = agent.invocation(task, ctx), progress = agent.progress?.(ctx), which = attemptField(unit), emitProgress = () => emit({ type: "task-progress", at: clock(), runId, taskId: task.id, ...which, progress: progress.progress }), logFile = runDir.logFile(unit.key), stdoutFile = runDir.stdoutFile(unit.key);
    record.logFile = logFile;
    let firstSampleAt, exec = await executor.run({
      runId,
      taskId: task.id,
      argv: invocation.argv,
      // The proxy variables last: a configured HTTPS_PROXY cannot route around the egress proxy.
      env: { ...agentEnv(config, task, executor.mode, user), ...attemptEnv(unit), ...invocation.env, ...this.#o.egress()?.envFor(task.id) },
      workdir: worktree,
      timeoutMs: task.timeoutMs ?? config.timeoutMs,
      logFile,
      stdoutFile,
      container: {
        ...this.#sandbox(task),
        // Its own task directory, the main repository's objects read-only, the task dir (prompt) read-only:
        // none of the main repository's refs, HEAD, config, hooks or info/.
        mounts: [{ path: worktree }, ...this.#o.repo.objectDirs.map((d) => ({ path: d, readOnly: !0 })), { path: taskDir, readOnly: !0 }],
        ...unit.attempt !== null ? { labels: { "dev.agent-fanout.attempt": String(unit.attempt) } } : {}
      },
      onOutput: (stream, text2) => {
        stream === "stdout" && progress && progress.push(text2, () => {
          emitProgress(), budget?.check(progress.progress);
        }), emit({ type: "task-output", at: clock(), runId, taskId: task.id, ...which, stream, text: text2 });
      },
      onSample: (sample) => {
        emit({ type: "task-sample", at: sample.at, runId, taskId: task.id, ...which, sample }), firstSampleAt ??= sample.at, sample.at - firstSampleAt >= PRESTART_COLLECT_AFTER_MS && collect.prestart();
      },
      // The agent is gone: its result can be collected while its container is inspected and removed.
      onExited: () => collect.release(),
      onStallReading: contention && ((reading) => contention.record(series, reading, task.id)),
      // A budget stop goes through the same abort path as a cancellation; the runner tells them apart.
      signal: budget ? AbortSignal.any([signal, budget.signal]) : signal
    });
    contention?.finished(series, exec.startedAt, exec.finishedAt), progress?.end() && emitProgress();
    for (let [phase, ms] of Object.entries(exec.phases)) timer.phases[phase] = (timer.phases[phase] ?? 0) + ms;
    Object.assign(record, {
      exitCode: exec.exitCode,
      agentStartedAt: exec.startedAt,
      agentFinishedAt: exec.finishedAt,
      durationMs: exec.finishedAt - exec.startedAt,
      cpu: exec.cpu,
      memory: exec.memory,
      peakPids: exec.peakPids,
      stall: exec.stall
    });
    let report = exec.outcome === "exited" ? await agent.parseResult(stdoutFile, exec.exitCode, { logFile }) : null;
    return record.agent = report, { exec, report, streamed: progress !== void 0 };
  }
  /**
   * A best-of-N task once all its attempts ended (`started`: those that ran; the others were
   * cancelled before they could): the winner (attempts.ts) becomes the task's result — the task
   * branch moved to its commit with a compare-and-swap — and every attempt stays on its ref.
   */
  async concludeAttempts(task, started) {
    let { config, git, clock, logger, runId } = this.#o, record = this.#record(task.id), count = task.attempts ?? config.attempts, units = this.#attemptUnits.get(task.id) ?? /* @__PURE__ */ new Map(), entries = Array.from({ length: count }, (_, i) => {
      let unit = started.includes(i + 1) ? units.get(i + 1) : void 0;
      return unit ? this.#attemptEntryOf(unit) : attemptNotStarted(task, i + 1, "cancelled");
    }), judge = task.judge ?? config.judge ?? null, { outcome, winner, fields } = concludeBestOf(entries, { verify: !!(task.verify ?? config.verify), judge }), final = outcome;
    winner?.commit && (await moveBranch(git, record.branch, winner.commit, this.#branchAt.get(task.id)) ? this.#branchAt.set(task.id, winner.commit) : (Object.assign(fields, withoutResult()), final = { status: "failed", reason: `branch ${record.branch} no longer points at the task's start point (moved by another process); the winner, attempt ${winner.attempt}, is kept as ${winner.ref}` }));
    let winnerRecord = winner ? units.get(winner.attempt).record : null;
    if (Object.assign(record, fields, winnerRecord ? { worktree: winnerRecord.worktree, phases: winnerRecord.phases } : {}), this.setStatus(task.id, final.status, { reason: final.reason ?? null, finishedAt: clock(), overheadMs: winnerRecord?.overheadMs ?? null }), winner) {
      let refs = attemptRef(runId, task.id, winner.attempt).replace(/\/\d+$/, "/<k>");
      logger.info(`task '${task.id}': attempt ${winner.attempt} of ${count} won (${fields.bestOf.decidedBy}); every attempt is kept under ${refs}`);
    }
    return final.status === "succeeded" ? "succeeded" : "failed";
  }
  /** The unit of attempt `attempt` of a best-of-N task, with a record of its own (made on first use). */
  #attemptUnit(task, attempt) {
    let { config } = this.#o, units = this.#attemptUnits.get(task.id);
    units || this.#attemptUnits.set(task.id, units = /* @__PURE__ */ new Map());
    let existing = units.get(attempt);
    if (existing) return existing;
    let taskRecord = this.#record(task.id), { task: attemptSpec, variant } = attemptTask(task, attempt), record = { ...queuedTaskRecord(task, taskRecord.branch, taskRecord.queuedAt), readyAt: taskRecord.readyAt }, unit = { task: attemptSpec, attempt, of: task.attempts ?? config.attempts, key: unitKey(task.id, attempt), record, variant };
    return units.set(attempt, unit), unit;
  }
  /** An attempt's entry in its task's `bestOf`, from the unit's record as it is now. */
  #attemptEntryOf(unit) {
    let ref = unit.record.commit ? attemptRef(this.#o.runId, unit.task.id, unit.attempt) : null, entry = attemptEntry(unit.record, unit.attempt, unit.variant, ref);
    return unit.judge && (entry.judge = unit.judge), entry;
  }
  async removeWorktree(worktree) {
    try {
      await this.#o.trees.remove(worktree), this.#worktrees.delete(worktree);
    } catch (error) {
      this.#o.logger.warning(`could not remove worktree ${worktree}: ${errorMessage(error)}`);
    }
  }
  /** Removes every worktree still there (after the scheduler returned, also when it was cancelled). */
  async removeAllWorktrees() {
    for (let worktree of [...this.#worktrees]) await this.removeWorktree(worktree);
    this.#worktrees.size === 0 && await fs5.rm(this.#o.runDir.worktreesDir, { recursive: !0, force: !0 });
  }
  /**
   * The run's end: waits for collect steps still exiting, removes their out dirs, and releases the
   * names reserved for tasks that never started (skipped, cancelled, failed before set-up).
   */
  async finishRun() {
    let { git, baseCommit, records, runDir } = this.#o;
    await Promise.allSettled(this.#collectSteps), await fs5.rm(runDir.resultsDir, { recursive: !0, force: !0 });
    for (let [id, record] of records)
      !this.#branchUsed.has(id) && record.branch && await releaseBranch(git, record.branch, baseCommit).catch(() => !1);
  }
  setStatus(id, status, patch = {}) {
    let record = this.#record(id);
    Object.assign(record, patch, { status }), this.#o.emit({ type: "task-state", at: this.#o.clock(), runId: this.#o.runId, taskId: id, status, record: { ...record } });
  }
  /**
   * A unit's state changed: a task's is its own; an attempt's goes into its task's `bestOf` (the
   * task is `running` from its first attempt's start until it concludes).
   */
  #unitStatus(unit, status, patch = {}) {
    if (unit.attempt === null) return this.setStatus(unit.task.id, status, patch);
    Object.assign(unit.record, patch, { status });
    let task = this.#record(unit.task.id), units = this.#attemptUnits.get(unit.task.id), attempts = Array.from({ length: unit.of }, (_, i) => {
      let other = units.get(i + 1);
      return other ? this.#attemptEntryOf(other) : attemptNotStarted(unit.task, i + 1, "queued");
    }), first = task.startedAt === null ? { startedAt: unit.record.startedAt, queueWaitMs: unit.record.queueWaitMs } : {};
    this.setStatus(unit.task.id, "running", { ...first, ...bestOfSoFar(attempts, unit.task.judge ?? this.#o.config.judge ?? null) });
  }
  #finish(unit, outcome, phases, taskStart) {
    let { record } = unit, finishedAt = this.#o.clock(), total = finishedAt - taskStart;
    this.#unitStatus(unit, outcome.status, {
      reason: outcome.reason ?? null,
      phases,
      finishedAt,
      overheadMs: record.durationMs === null ? total : Math.max(0, total - record.durationMs)
    });
  }
  #record(id) {
    let record = this.#o.records.get(id);
    if (!record) throw new Error(`task '${id}': no record (not part of this run)`);
    return record;
  }
};
function unitName(unit) {
  return `task '${unit.task.id}'${unit.attempt === null ? "" : ` attempt ${unit.attempt}`}`;
}
function attemptField(unit) {
  return unit.attempt === null ? {} : { attempt: unit.attempt };
}
function attemptEnv(unit) {
  return { AGENT_FANOUT_ATTEMPT: String(unit.attempt ?? 1), AGENT_FANOUT_ATTEMPTS: String(unit.of) };
}
function commitMessage(task) {
  return `${task.title}

agent-fanout task '${task.id}' (${task.file})`;
}
function agentEnv(config, task, mode, user) {
  let env = {
    GIT_AUTHOR_NAME: COMMIT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: COMMIT_IDENTITY.email,
    GIT_COMMITTER_NAME: COMMIT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: COMMIT_IDENTITY.email,
    AGENT_FANOUT_TASK_ID: task.id,
    CI: "true"
  };
  mode === "subprocess" ? env.PATH = process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin" : user.startsWith("0:") && (env.IS_SANDBOX = "1");
  for (let name of /* @__PURE__ */ new Set([...config.env, ...task.env])) {
    if (FORBIDDEN_ENV.includes(name.toUpperCase())) continue;
    let value = process.env[name];
    value !== void 0 && (env[name] = value);
  }
  return env;
}
function classify(exec, report, timeoutMs) {
  switch (exec.outcome) {
    case "timed_out":
      return { status: "timed_out", reason: `the task exceeded its timeout of ${formatDuration(timeoutMs)} and was killed` };
    case "oom":
      return { status: "oom", reason: "the container was killed for exceeding its memory limit" };
    case "cancelled":
      return { status: "cancelled", reason: "run cancelled" };
    case "error":
      return { status: "failed", reason: exec.error };
    case "exited":
      return exec.exitCode !== 0 ? { status: "failed", reason: report?.error ?? `the agent exited with code ${exec.exitCode}` } : report && !report.ok ? { status: "failed", reason: report.error ?? "the agent reported failure" } : { status: "succeeded" };
  }
}

// src/run/warnings.ts
function taskList(ids) {
  let shown = ids.slice(0, 5).map((id) => `'${id}'`).join(", ");
  return `${ids.length === 1 ? "task" : "tasks"} ${shown}${ids.length > 5 ? ` and ${ids.length - 5} more` : ""}`;
}
function groupBy(tasks, key) {
  let groups = /* @__PURE__ */ new Map();
  for (let task of tasks) {
    let k = key(task);
    k !== null && groups.set(k, [...groups.get(k) ?? [], task.id]);
  }
  return groups;
}
function runSettingWarnings(config, tasks, hostEnv) {
  let warnings = [], claudeTasks = tasks.filter((t) => (t.agent ?? config.agent) === "claude"), short = groupBy(claudeTasks, (task) => {
    let timeoutMs = task.timeoutMs ?? config.timeoutMs, retries = claudeMaxRetries(task, config, hostEnv);
    return timeoutMs < claudeRetryWindowMs(retries) ? `${timeoutMs}/${retries}` : null;
  });
  for (let [key, ids] of short) {
    let [timeoutMs, retries] = key.split("/").map(Number);
    warnings.push(
      `${taskList(ids)}: the timeout of ${formatDuration(timeoutMs)} is shorter than the up to ${formatDuration(claudeRetryWindowMs(retries))} Claude Code may wait between its ${retries} retries of a failing API call (claude-max-retries / CLAUDE_CODE_MAX_RETRIES): an API outage would end the task as timed out instead of with the API error, and retries would not run it again. Raise the timeout or lower claude-max-retries.`
    );
  }
  let budgeted = tasks.filter((t) => (t.maxCostUsd ?? config.maxCostUsd) !== void 0), unpriced = budgeted.filter((t) => (t.agent ?? config.agent) !== "claude");
  unpriced.length > 0 && warnings.push(`${taskList(unpriced.map((t) => t.id))}: max-cost-usd has no effect: only the claude agent reports a cost.`);
  let jsonBudgeted = budgeted.filter((t) => (t.agent ?? config.agent) === "claude");
  jsonBudgeted.length > 0 && config.claudeOutput !== "stream" && warnings.push(
    `${taskList(jsonBudgeted.map((t) => t.id))}: max-cost-usd is checked only when the agent has finished with --claude-output json; a task over its budget fails but is not stopped early. Use --claude-output stream (input claude-output: stream) to stop it as it passes the budget.`
  );
  let attemptsOf = (t) => t.attempts ?? config.attempts, lonelyJudge = tasks.filter((t) => (t.judge ?? config.judge) !== void 0 && attemptsOf(t) === 1);
  lonelyJudge.length > 0 && warnings.push(`${taskList(lonelyJudge.map((t) => t.id))}: judge has no effect with a single attempt: it only ranks the attempts of a task with attempts above 1.`);
  let claudeOnly = tasks.filter(
    (t) => (t.variants ?? []).some((v) => (v.model !== void 0 || v.claudeArgs !== void 0) && (v.agent ?? t.agent ?? config.agent) !== "claude")
  );
  claudeOnly.length > 0 && warnings.push(`${taskList(claudeOnly.map((t) => t.id))}: a variant sets model or claude_args for an agent other than claude: they are ignored there.`);
  let budgetedAttempts = budgeted.filter((t) => attemptsOf(t) > 1);
  return budgetedAttempts.length > 0 && warnings.push(
    `${taskList(budgetedAttempts.map((t) => t.id))}: max-cost-usd applies to each attempt on its own: a task of N attempts may spend up to N times it.`
  ), warnings;
}

// src/run/engine.ts
var STALL_WINDOW_MS = 2e3;
function newRunId(now) {
  let iso = new Date(now).toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}-${randomBytes3(2).toString("hex")}`;
}
async function runFanout(options) {
  let { config, tasks, logger } = options, clock = options.clock ?? Date.now;
  for (let warning of runSettingWarnings(config, tasks, process.env)) logger.warning(warning);
  let startedAt = clock(), runId = options.runId ?? newRunId(startedAt), [repoSide, executorSide] = await Promise.allSettled([
    (async () => {
      let git2 = await Git.create(config.repo);
      return { git: git2, baseCommit: await git2.revParse(`${config.baseRef}^{commit}`) };
    })(),
    options.executor ? Promise.resolve({ executor: options.executor, reason: void 0, unusable: /* @__PURE__ */ new Map() }) : selectExecutor(config, tasks, logger)
  ]);
  if (repoSide.status === "rejected") throw repoSide.reason;
  if (executorSide.status === "rejected") throw executorSide.reason;
  let { git, baseCommit } = repoSide.value, selected = executorSide.value, runDir = RunDir.of(config.stateDir, runId), executor = selected.executor;
  assertEgressEnforceable(config, executor.mode, selected.reason);
  let attemptsOf = (task) => task.attempts ?? config.attempts, agentRuns = tasks.reduce((sum, t) => sum + attemptsOf(t), 0), maxParallel = resolveMaxParallel(config, agentRuns, logger), repo = await repoObjects(git), user = await agentUser(config, executor, git, selected.reason, logger), agentOwner = executor.mode === "docker" && process.getuid?.() === 0 ? parseAgentUser(user) : null, owner = agentOwner && agentOwner.uid !== 0 ? agentOwner : void 0, issue = options.issue ?? null, records = await initialRecords(git, config, tasks, issue, options, startedAt, baseCommit), sideBySide = maxParallel > 1 && agentRuns > 1 && os4.availableParallelism() >= 2, memoryProbe = clock === Date.now && sideBySide ? new MemoryProbe() : null;
  memoryProbe?.start();
  let trees;
  try {
    await runDir.create({ runId, repo: git.topLevel, startedAt });
    let ownDaemon = executor.mode === "docker" && !options.executor, sharesMounts = ownDaemon ? daemonSharesMounts() : Promise.resolve(!1);
    if (trees = await TaskTrees.open({
      git,
      repo,
      baseCommit,
      owner,
      layout: { root: runDir.path, worktreesDir: runDir.worktreesDir, baseDir: runDir.baseDir, layersDir: runDir.layersDir },
      want: config.taskCheckout,
      fullBecause: config.keepWorktrees ? "keep-worktrees: task directories must outlive the run, its mounts must not" : void 0,
      logger,
      clock
    }), await sharesMounts)
      logger.debug("the Docker daemon runs in this mount namespace: it sees the run directory and its mounts");
    else if (ownDaemon) {
      let probe = trees.mode === "overlay" ? await trees.mountProbe() : void 0;
      try {
        let seen = await checkRunMounts({ dir: runDir.path, gitDir: repo.commonDir, image: tasks[0]?.image ?? config.image, user, logger, overlay: probe });
        probe && !seen.overlaySeen && trees.fallBack("the Docker daemon does not see mounts made by this process (it runs in another mount namespace)");
      } finally {
        await probe?.release();
      }
    }
  } catch (error) {
    await memoryProbe?.stop(), await trees?.close().catch((e) => logger.warning(`task checkouts: ${errorMessage(e)}`));
    for (let record of records.values()) record.branch && await releaseBranch(git, record.branch, baseCommit).catch(() => !1);
    throw error;
  }
  logger.info(trees.describe()), trees.prepare();
  let journal = JournalWriter.open(config.stateDir, runId, {
    onError: (error) => logger.warning(`the run's journal (${journalFile(config.stateDir, runId)}) cannot be written, the dashboard will not see the rest of this run: ${error.message}`)
  }), emit = (event) => {
    journal.write(event);
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warning(`event listener failed: ${errorMessage(error)}`);
    }
  }, info = {
    id: runId,
    repo: git.topLevel,
    baseRef: config.baseRef,
    baseCommit,
    issue,
    startedAt,
    finishedAt: null,
    mode: executor.mode,
    modeReason: selected.reason ?? null,
    maxParallel,
    runDir: runDir.path,
    checkout: trees.info,
    pid: process.pid,
    host: os4.hostname()
  };
  emit({
    type: "run-started",
    at: startedAt,
    run: info,
    tasks: [...records.values()].map(({ id, title, file, dependsOn, branch }) => ({ id, title, file, dependsOn, branch }))
  });
  let egress = null, contention = new ContentionLedger({ clock, probe: memoryProbe });
  contention.start();
  let runner = new TaskRunner({
    runId,
    config,
    git,
    baseCommit,
    runDir,
    executor,
    user,
    repo,
    trees,
    owner,
    records,
    logger,
    clock,
    emit,
    egress: () => egress,
    unusable: selected.unusable,
    contention
  }), specs = new Map(tasks.map((t) => [t.id, t])), pressure = new PressureMonitor({ logger, clock, stallProbe: () => contention.recentShare(STALL_WINDOW_MS) });
  config.maxParallel === "auto" && pressure.start();
  try {
    egress = await startRunEgress({ config, tasks, runId, runDir: runDir.path, records, emit, logger }), egress && (info.egress = egress.info), await schedule({
      tasks: tasks.map((t) => ({ id: t.id, dependsOn: t.dependsOn, attempts: attemptsOf(t) })),
      concurrency: maxParallel,
      failFast: config.failFast,
      signal: options.signal,
      run: (id, signal, attempt) => {
        let spec = specs.get(id);
        return attemptsOf(spec) > 1 ? runner.runAttempt(spec, attempt, signal) : runner.run(spec, signal);
      },
      conclude: (id, started) => runner.concludeAttempts(specs.get(id), started),
      beforeStart: (_id, signal) => pressure.waitForCapacity(signal),
      onReady: (id) => {
        records.get(id).readyAt = clock();
      },
      onSkipped: (id, reason) => runner.setStatus(id, "skipped", { reason, finishedAt: clock() }),
      onCancelled: (id, reason) => runner.setStatus(id, "cancelled", { reason, finishedAt: clock() })
    });
  } finally {
    pressure.stop();
    let ledgerStopped = contention.stop().catch(() => {
    });
    await egress?.stop(), config.keepWorktrees || await runner.removeAllWorktrees(), await trees.close().catch((error) => logger.warning(`task checkouts: ${errorMessage(error)}; \`agent-fanout gc\` removes what is left`)), info.checkout = trees.info, await runner.finishRun(), await ledgerStopped;
  }
  for (let [id, c] of contention.attributeByTask()) {
    let record = records.get(id);
    record && (record.contentionMs = c.contentionMs, contention.probeSamples.length > 0 && (record.memoryBandwidthMs = c.memoryBandwidthMs));
  }
  let result = finalResult(info, [...records.values()], tasks, pressure, clock(), contention);
  return emit({ type: "run-finished", at: result.run.finishedAt, runId, result }), journal.close(), result;
}
async function agentUser(config, executor, git, modeReason, logger) {
  let user = config.user ?? await defaultAgentUser(git.topLevel);
  return executor.mode === "docker" && user.startsWith("0:") && logger.warning("agents run as uid 0 (--user 0:0): they keep no capabilities, but files they write are root-owned; leave --user out to run them unprivileged"), executor.mode === "subprocess" && !modeReason?.startsWith("Docker not used") && logger.warning("subprocess mode: agents run on this host without a sandbox and can reach whatever this user can; their results are still taken in as data (docs/security.md)"), user;
}
async function initialRecords(git, config, tasks, issue, options, queuedAt, baseCommit) {
  let branches = await reserveBranches(
    git,
    tasks.map((task) => taskBranchName(config.branchPrefix, task.id, issue ?? task.issues[0] ?? null)),
    baseCommit,
    { remote: options.remote, token: options.remoteToken }
  );
  return new Map(tasks.map((task, i) => [task.id, queuedTaskRecord(task, branches[i], queuedAt)]));
}
function finalResult(info, taskRecords, tasks, pressure, finishedAt, contention) {
  info.finishedAt = finishedAt;
  let hasDeps = tasks.some((t) => t.dependsOn.length > 0), solo = estimateSoloTimes(taskRecords, { startedAt: info.startedAt, finishedAt, cpus: contention.cpus });
  for (let record of taskRecords)
    record.contentionMs ??= null, record.soloMs = record.contentionMs === null ? null : solo.soloMs.get(record.id) ?? null;
  let metrics = computeRunMetrics(taskRecords, {
    startedAt: info.startedAt,
    finishedAt,
    maxParallel: info.maxParallel,
    mode: info.mode,
    criticalPathMs: hasDeps ? void 0 : null,
    heldBackMs: pressure.heldBackMs,
    foreignCpuShare: agentSpan(taskRecords, (from, to) => contention.foreignShare(from, to)),
    cpus: contention.cpus,
    solo,
    memorySlowdown: contention.probeSamples.length > 0 ? contention.memorySlowdown() : void 0
  });
  return pressure.episodes.length && (metrics.pressureHolds = [...pressure.episodes]), buildRunResult(info, metrics, taskRecords);
}
function agentSpan(records, measure) {
  let ran = records.filter((r) => r.agentStartedAt !== null && r.agentFinishedAt !== null);
  return ran.length === 0 ? null : measure(Math.min(...ran.map((r) => r.agentStartedAt)), Math.max(...ran.map((r) => r.agentFinishedAt)));
}

export {
  newRunId,
  runFanout
};
//# sourceMappingURL=chunk-NAWOY3IQ.js.map
