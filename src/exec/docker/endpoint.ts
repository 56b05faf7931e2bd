/** Where the Docker daemon listens, read from `DOCKER_HOST` as dockerode reads it, without dockerode. */

export type DockerEndpoint = { socketPath: string } | { host: string; port: number };

/**
 * `DOCKER_HOST` (`unix://` or plain `tcp://`), else the default socket; null for any other endpoint
 * (SSH, TLS).
 */
export function parseDockerHost(env: NodeJS.ProcessEnv = process.env): DockerEndpoint | null {
  const value = env.DOCKER_HOST;
  if (!value) return { socketPath: '/var/run/docker.sock' };
  if (value.startsWith('unix://')) return { socketPath: value.slice('unix://'.length) };
  if (value.startsWith('tcp://') && !env.DOCKER_TLS_VERIFY) {
    const url = new URL(value.replace(/^tcp:/, 'http:'));
    return { host: url.hostname, port: Number(url.port || 2375) };
  }
  return null;
}
