import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  DEFAULT_BASE_IMAGE,
  DEFAULT_IMAGE
} from "./chunk-NRSFWMVY.js";
import {
  formatBytes,
  formatDuration
} from "./chunk-AFWIZD6R.js";

// src/exec/docker/image.ts
import fs2 from "node:fs";
import fsp from "node:fs/promises";
import os2 from "node:os";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/exec/pull.ts
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var DOCKER_HUB = "docker.io", DOCKER_HUB_AUTH_KEY = "https://index.docker.io/v1/";
function registryHost(ref) {
  let first = ref.split("/")[0];
  return ref.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost") ? first : DOCKER_HUB;
}
function runCredentialHelper(helper, host) {
  return new Promise((resolve, reject) => {
    execFile(`docker-credential-${helper}`, ["get"], { timeout: 15e3 }, (error, stdout) => error ? reject(error) : resolve(stdout)).stdin?.end(host);
  });
}
async function registryAuthFor(ref, sources = {}) {
  let env = sources.env ?? process.env, host = registryHost(ref), dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), ".docker"), config;
  try {
    config = JSON.parse(fs.readFileSync(path.join(dir, "config.json"), "utf8"));
  } catch {
    return;
  }
  let keys = host === DOCKER_HUB ? [DOCKER_HUB_AUTH_KEY, DOCKER_HUB, "index.docker.io"] : [host, `https://${host}`, `http://${host}`], serveraddress = host === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : host;
  for (let key of keys) {
    let entry = config.auths?.[key];
    if (entry?.identitytoken) return { identitytoken: entry.identitytoken, serveraddress };
    if (entry?.auth) {
      let decoded = Buffer.from(entry.auth, "base64").toString("utf8"), colon = decoded.indexOf(":");
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress };
    }
  }
  let helper = config.credHelpers?.[host] ?? config.credsStore;
  if (!(!helper || !/^[A-Za-z0-9_.-]+$/.test(helper)))
    try {
      let out = JSON.parse(await (sources.runHelper ?? runCredentialHelper)(helper, host === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : host));
      return out.Secret ? out.Username === "<token>" ? { identitytoken: out.Secret, serveraddress } : { username: out.Username, password: out.Secret, serveraddress } : void 0;
    } catch {
      return;
    }
}
var DONE = /^(pull complete|already exists|download complete|extracting|verifying checksum)/i, PullProgress = class {
  #layers = /* @__PURE__ */ new Map();
  #ref;
  #log;
  #clock;
  #intervalMs;
  #lastLogAt;
  constructor(ref, log, options = {}) {
    this.#ref = ref, this.#log = log, this.#clock = options.clock ?? Date.now, this.#intervalMs = options.intervalMs ?? 2e3, this.#lastLogAt = this.#clock();
  }
  handle(event) {
    if (event.id && event.status && /^[0-9a-f]{12,}$/.test(event.id)) {
      let layer = this.#layers.get(event.id) ?? { status: "", current: 0, total: 0 };
      layer.status = event.status, event.progressDetail?.total && (layer.total = event.progressDetail.total), /^downloading/i.test(event.status) && (layer.current = event.progressDetail?.current ?? layer.current), /^(download complete|pull complete|extracting)/i.test(event.status) && layer.total && (layer.current = layer.total), this.#layers.set(event.id, layer);
    } else event.status && /^(digest|status):/i.test(event.status) && this.#log(`${this.#ref}: ${event.status}`);
    let now = this.#clock();
    now - this.#lastLogAt >= this.#intervalMs && (this.#lastLogAt = now, this.#log(this.summary()));
  }
  /** `ghcr.io/a/b:1: 3/7 layers done, 120 MiB of 400 MiB`. */
  summary() {
    let layers = [...this.#layers.values()], done = layers.filter((l) => DONE.test(l.status)).length, current = layers.reduce((sum, l) => sum + l.current, 0), total = layers.reduce((sum, l) => sum + l.total, 0);
    return `${this.#ref}: ${done}/${layers.length} layers done${total ? `, ${formatBytes(current)} of ${formatBytes(total)}` : ""}`;
  }
};
async function pullImageWithProgress(client, ref, options) {
  let { logger } = options, clock = options.clock ?? Date.now, started = clock(), auth = await registryAuthFor(ref, { env: options.env });
  logger.info(`Pulling ${ref} from ${registryHost(ref)} (not on this Docker host${auth ? "; with the credentials of docker login" : ""})`);
  let progress = new PullProgress(ref, (line) => logger.info(`  ${line}`), { clock });
  try {
    await client.pullImage(ref, { auth, onProgress: (event) => progress.handle(event) });
  } catch (error) {
    throw new Error(
      `Image '${ref}' is not present on the Docker host and pulling it failed: ${error.message}. Build or load it on the runner, or log in to ${registryHost(ref)} first (docker login, e.g. docker/login-action).`,
      { cause: error }
    );
  }
  logger.info(`Pulled ${ref} in ${formatDuration(clock() - started)} (${progress.summary().replace(`${ref}: `, "")})`);
}

// src/exec/docker/image.ts
var DOCKERFILE_MARKER = "ARG CLAUDE_CODE_VERSION=";
function locateDockerfile(startDir = path2.dirname(fileURLToPath(import.meta.url))) {
  let dir = path2.resolve(startDir);
  for (; ; ) {
    let candidate = path2.join(dir, "docker", "Dockerfile");
    if (isAgentDockerfile(candidate)) return candidate;
    let parent = path2.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`agent image: docker/Dockerfile not found above ${startDir}; reinstall agent-fanout or build the image yourself`);
}
function isAgentDockerfile(file) {
  try {
    return fs2.readFileSync(file, "utf8").includes(DOCKERFILE_MARKER);
  } catch {
    return !1;
  }
}
function pinnedClaudeVersion(dockerfileText) {
  return /^ARG CLAUDE_CODE_VERSION=(\S+)\s*$/m.exec(dockerfileText)?.[1];
}
async function buildAgentImage(client, options = {}) {
  let logger = options.logger ?? silentLogger, tag = options.tag ?? DEFAULT_IMAGE, baseImage = options.baseImage ?? DEFAULT_BASE_IMAGE, caCertFile = resolveCaCertFile(options, logger), dockerfile = locateDockerfile(options.searchFrom), context = await fsp.mkdtemp(path2.join(os2.tmpdir(), "agent-fanout-image-")), started = Date.now();
  try {
    await fsp.copyFile(dockerfile, path2.join(context, "Dockerfile"));
    let caDir = path2.join(context, "ca-certificates");
    await fsp.mkdir(caDir), await fsp.writeFile(path2.join(caDir, ".keep"), ""), caCertFile && await fsp.copyFile(caCertFile, path2.join(caDir, "extra.crt"));
    let buildArgs = { BASE_IMAGE: baseImage };
    options.claudeVersion && (buildArgs.CLAUDE_CODE_VERSION = options.claudeVersion);
    let version = options.claudeVersion ?? pinnedClaudeVersion(await fsp.readFile(dockerfile, "utf8")) ?? "pinned";
    logger.info(`Building agent image ${tag} from ${baseImage} (Claude Code ${version}${caCertFile ? `, extra CAs from ${caCertFile}` : ""})`), await client.buildImage({ contextDir: context, tag, buildArgs, onProgress: (line) => logger.debug(line) });
    let durationMs = Date.now() - started;
    return logger.info(`Built agent image ${tag} in ${Math.round(durationMs / 1e3)}s`), { tag, durationMs, caCertFile };
  } finally {
    await fsp.rm(context, { recursive: !0, force: !0 });
  }
}
function resolveCaCertFile(options, logger) {
  if (options.caCertFile) {
    try {
      fs2.accessSync(options.caCertFile, fs2.constants.R_OK);
    } catch {
      throw new Error(`agent image: CA certificate file '${options.caCertFile}' is not readable`);
    }
    return options.caCertFile;
  }
  let fromEnv = (options.env ?? process.env).NODE_EXTRA_CA_CERTS;
  if (fromEnv)
    try {
      return fs2.accessSync(fromEnv, fs2.constants.R_OK), fromEnv;
    } catch {
      logger.warning(`agent image: NODE_EXTRA_CA_CERTS names '${fromEnv}', which is not readable; building without extra CAs`);
      return;
    }
}
async function ensureImage(client, image, options = {}) {
  return await client.imageExists(image) ? "present" : image !== DEFAULT_IMAGE ? (await pullImageWithProgress(client, image, { logger: options.logger ?? silentLogger, env: options.env }), "pulled") : (await buildAgentImage(client, { ...options, tag: image }), "built");
}

export {
  locateDockerfile,
  pinnedClaudeVersion,
  buildAgentImage,
  ensureImage
};
//# sourceMappingURL=chunk-W3RHF4P7.js.map
