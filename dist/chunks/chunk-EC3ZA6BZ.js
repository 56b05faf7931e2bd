import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  DEFAULT_BASE_IMAGE,
  DEFAULT_IMAGE
} from "./chunk-27OXIP47.js";

// src/exec/docker/image.ts
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
var DOCKERFILE_MARKER = "ARG CLAUDE_CODE_VERSION=";
function locateDockerfile(startDir = path.dirname(fileURLToPath(import.meta.url))) {
  let dir = path.resolve(startDir);
  for (; ; ) {
    let candidate = path.join(dir, "docker", "Dockerfile");
    if (isAgentDockerfile(candidate)) return candidate;
    let parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`agent image: docker/Dockerfile not found above ${startDir}; reinstall agent-fanout or build the image yourself`);
}
function isAgentDockerfile(file) {
  try {
    return fs.readFileSync(file, "utf8").includes(DOCKERFILE_MARKER);
  } catch {
    return !1;
  }
}
function pinnedClaudeVersion(dockerfileText) {
  return /^ARG CLAUDE_CODE_VERSION=(\S+)\s*$/m.exec(dockerfileText)?.[1];
}
async function buildAgentImage(client, options = {}) {
  let logger = options.logger ?? silentLogger, tag = options.tag ?? DEFAULT_IMAGE, baseImage = options.baseImage ?? DEFAULT_BASE_IMAGE, caCertFile = resolveCaCertFile(options, logger), dockerfile = locateDockerfile(options.searchFrom), context = await fsp.mkdtemp(path.join(os.tmpdir(), "agent-fanout-image-")), started = Date.now();
  try {
    await fsp.copyFile(dockerfile, path.join(context, "Dockerfile"));
    let caDir = path.join(context, "ca-certificates");
    await fsp.mkdir(caDir), await fsp.writeFile(path.join(caDir, ".keep"), ""), caCertFile && await fsp.copyFile(caCertFile, path.join(caDir, "extra.crt"));
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
      fs.accessSync(options.caCertFile, fs.constants.R_OK);
    } catch {
      throw new Error(`agent image: CA certificate file '${options.caCertFile}' is not readable`);
    }
    return options.caCertFile;
  }
  let fromEnv = (options.env ?? process.env).NODE_EXTRA_CA_CERTS;
  if (fromEnv)
    try {
      return fs.accessSync(fromEnv, fs.constants.R_OK), fromEnv;
    } catch {
      logger.warning(`agent image: NODE_EXTRA_CA_CERTS names '${fromEnv}', which is not readable; building without extra CAs`);
      return;
    }
}
async function ensureImage(client, image, options = {}) {
  if (await client.imageExists(image)) return "present";
  if (image !== DEFAULT_IMAGE)
    throw new Error(
      `Image '${image}' is not present on the Docker host. Pull or build it first (docker pull ${image}), or use the default '${DEFAULT_IMAGE}', which agent-fanout builds itself.`
    );
  return await buildAgentImage(client, { ...options, tag: image }), "built";
}

export {
  locateDockerfile,
  pinnedClaudeVersion,
  buildAgentImage,
  ensureImage
};
//# sourceMappingURL=chunk-EC3ZA6BZ.js.map
