import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/exec/docker/endpoint.ts
function parseDockerHost(env = process.env) {
  let value = env.DOCKER_HOST;
  if (!value) return { socketPath: "/var/run/docker.sock" };
  if (value.startsWith("unix://")) return { socketPath: value.slice(7) };
  if (value.startsWith("tcp://") && !env.DOCKER_TLS_VERIFY) {
    let url = new URL(value.replace(/^tcp:/, "http:"));
    return { host: url.hostname, port: Number(url.port || 2375) };
  }
  return null;
}

export {
  parseDockerHost
};
//# sourceMappingURL=chunk-KBPS5WAM.js.map
