/**
 * The agent image: built locally from docker/Dockerfile (no registry needed beyond the base image),
 * with an optional extra CA bundle baked in so npm and the agent trust a TLS-intercepting proxy.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BASE_IMAGE, DEFAULT_IMAGE } from '../../core/config.js';
import { silentLogger, type Logger } from '../../core/logger.js';
import type { DockerClient } from './client.js';
import { pullImageWithProgress } from '../pull.js';

/** Text every agent Dockerfile of this package contains; guards against finding someone else's. */
const DOCKERFILE_MARKER = 'ARG CLAUDE_CODE_VERSION=';

export interface BuildAgentImageOptions {
  /** Image tag. Default `agent-fanout/agent:latest`. */
  tag?: string;
  /** Base image (Node 24 on Debian). Default `node:24-bookworm-slim`. */
  baseImage?: string;
  /**
   * PEM bundle copied into the image's trust store. Default: the file named by `NODE_EXTRA_CA_CERTS`
   * when that is set (skipped with a warning when unreadable).
   */
  caCertFile?: string;
  /** Claude Code version to install. Default: the version pinned in the Dockerfile. */
  claudeVersion?: string;
  /** Default: a logger that writes nothing. Build output goes to `debug`. */
  logger?: Logger;
  /** Environment consulted for `NODE_EXTRA_CA_CERTS`. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Where the search for docker/Dockerfile starts. Default: this module's directory. */
  searchFrom?: string;
}

export interface BuiltImage {
  tag: string;
  durationMs: number;
  /** The CA file baked in, if any. */
  caCertFile: string | undefined;
}

/**
 * Finds this package's docker/Dockerfile by walking up from `startDir`. Works from the sources
 * (src/exec/docker), the compiled lib/exec/docker and the bundle (dist/, dist/chunks/), which all sit below the
 * package root.
 */
export function locateDockerfile(startDir: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, 'docker', 'Dockerfile');
    if (isAgentDockerfile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`agent image: docker/Dockerfile not found above ${startDir}; reinstall agent-fanout or build the image yourself`);
}

function isAgentDockerfile(file: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8').includes(DOCKERFILE_MARKER);
  } catch {
    return false;
  }
}

/** The Claude Code version a Dockerfile pins (`ARG CLAUDE_CODE_VERSION=…`). */
export function pinnedClaudeVersion(dockerfileText: string): string | undefined {
  return /^ARG CLAUDE_CODE_VERSION=(\S+)\s*$/m.exec(dockerfileText)?.[1];
}

/** Builds the agent image from a staged context: the Dockerfile plus `ca-certificates/extra.crt`. */
export async function buildAgentImage(client: DockerClient, options: BuildAgentImageOptions = {}): Promise<BuiltImage> {
  const logger = options.logger ?? silentLogger;
  const tag = options.tag ?? DEFAULT_IMAGE;
  const baseImage = options.baseImage ?? DEFAULT_BASE_IMAGE;
  const caCertFile = resolveCaCertFile(options, logger);
  const dockerfile = locateDockerfile(options.searchFrom);
  const context = await fsp.mkdtemp(path.join(os.tmpdir(), 'agent-fanout-image-'));
  const started = Date.now();
  try {
    await fsp.copyFile(dockerfile, path.join(context, 'Dockerfile'));
    const caDir = path.join(context, 'ca-certificates');
    await fsp.mkdir(caDir);
    // COPY of an empty folder is fine, but an explicit file keeps the context's shape obvious.
    await fsp.writeFile(path.join(caDir, '.keep'), '');
    if (caCertFile) await fsp.copyFile(caCertFile, path.join(caDir, 'extra.crt'));

    const buildArgs: Record<string, string> = { BASE_IMAGE: baseImage };
    if (options.claudeVersion) buildArgs.CLAUDE_CODE_VERSION = options.claudeVersion;
    const version = options.claudeVersion ?? pinnedClaudeVersion(await fsp.readFile(dockerfile, 'utf8')) ?? 'pinned';
    logger.info(`Building agent image ${tag} from ${baseImage} (Claude Code ${version}${caCertFile ? `, extra CAs from ${caCertFile}` : ''})`);
    await client.buildImage({ contextDir: context, tag, buildArgs, onProgress: (line) => logger.debug(line) });
    const durationMs = Date.now() - started;
    logger.info(`Built agent image ${tag} in ${Math.round(durationMs / 1000)}s`);
    return { tag, durationMs, caCertFile };
  } finally {
    await fsp.rm(context, { recursive: true, force: true });
  }
}

function resolveCaCertFile(options: BuildAgentImageOptions, logger: Logger): string | undefined {
  if (options.caCertFile) {
    try {
      fs.accessSync(options.caCertFile, fs.constants.R_OK);
    } catch {
      throw new Error(`agent image: CA certificate file '${options.caCertFile}' is not readable`);
    }
    return options.caCertFile;
  }
  const fromEnv = (options.env ?? process.env).NODE_EXTRA_CA_CERTS;
  if (!fromEnv) return undefined;
  try {
    fs.accessSync(fromEnv, fs.constants.R_OK);
    return fromEnv;
  } catch {
    logger.warning(`agent image: NODE_EXTRA_CA_CERTS names '${fromEnv}', which is not readable; building without extra CAs`);
    return undefined;
  }
}

/**
 * Makes sure `image` is present: the default agent image is built when missing; any other image
 * (a registry reference like `ghcr.io/acme/agent-fanout-agent:1.2`) is pulled, with progress in
 * the log. Says which happened.
 */
export async function ensureImage(
  client: DockerClient,
  image: string,
  options: Omit<BuildAgentImageOptions, 'tag'> = {},
): Promise<'present' | 'built' | 'pulled'> {
  if (await client.imageExists(image)) return 'present';
  if (image !== DEFAULT_IMAGE) {
    await pullImageWithProgress(client, image, { logger: options.logger ?? silentLogger, env: options.env });
    return 'pulled';
  }
  await buildAgentImage(client, { ...options, tag: image });
  return 'built';
}
