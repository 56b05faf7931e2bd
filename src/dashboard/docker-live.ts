/**
 * Whether a run still has running containers, asked of the Docker Engine API over its socket with
 * one `GET /containers/json`. Not through DockerClient on purpose: dockerode (with ssh2 under it)
 * costs the dashboard process ~20 MB of its 100 MB budget for this single read-only call.
 */
import http from 'node:http';
import { parseDockerHost, type DockerEndpoint } from '../exec/docker/endpoint.js';
import { labelFilter } from '../exec/docker/labels.js';
import type { IsRunLive } from './state.js';

export type { DockerEndpoint };

/** Where the daemon listens: `DOCKER_HOST` (`unix://` or plain `tcp://`), else the default socket. */
export function dockerEndpoint(env: NodeJS.ProcessEnv = process.env): DockerEndpoint {
  const endpoint = parseDockerHost(env);
  if (endpoint) return endpoint;
  throw new Error(`DOCKER_HOST '${env.DOCKER_HOST}' is not supported by the dashboard's container check (unix:// and plain tcp:// are)`);
}

export interface DockerRunLivenessOptions {
  /** Default `process.env` (for `DOCKER_HOST`). */
  env?: NodeJS.ProcessEnv;
  /** Per request. Default 3000 ms. */
  timeoutMs?: number;
}

/** An {@link IsRunLive} that is true while a container labelled with the run's id is running. */
export function dockerRunLiveness(options: DockerRunLivenessOptions = {}): IsRunLive {
  const timeoutMs = options.timeoutMs ?? 3000;
  let endpoint: DockerEndpoint | undefined;
  return async (runId) => {
    endpoint ??= dockerEndpoint(options.env);
    const filters = JSON.stringify({ label: labelFilter({ runId }), status: ['running'] });
    const body = await dockerGet(endpoint, `/containers/json?filters=${encodeURIComponent(filters)}`, timeoutMs);
    const list: unknown = JSON.parse(body);
    if (!Array.isArray(list)) throw new Error('docker container list: unexpected answer');
    return list.length > 0;
  };
}

function dockerGet(endpoint: DockerEndpoint, path: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get({ ...endpoint, path, timeout: timeoutMs, headers: { host: 'docker' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 200) resolve(text);
        else reject(new Error(`docker container list: HTTP ${res.statusCode}: ${text.trim().slice(0, 200)}`));
      });
      res.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`docker container list: no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => reject(new Error(`docker container list: ${error.message}`, { cause: error })));
  });
}
