/** `agent-fanout image build`: builds the agent image from docker/Dockerfile. */
import { parseArgs } from 'node:util';
import { DEFAULT_BASE_IMAGE, DEFAULT_IMAGE } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { ConfigError } from '../core/options.js';

export async function imageCommand(args: string[], logger: Logger): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new ConfigError(`Invalid value '${sub ?? ''}' for 'agent-fanout image'. Expected 'build'.`);
  const { values } = parseArgs({
    args: rest,
    options: {
      tag: { type: 'string' },
      'base-image': { type: 'string' },
      'ca-cert': { type: 'string' },
      'claude-version': { type: 'string' },
      verbose: { type: 'boolean' },
    },
    strict: true,
  });
  const [{ DockerClient }, { buildAgentImage }] = await Promise.all([import('../exec/docker/client.js'), import('../exec/docker/image.js')]);
  const client = DockerClient.connect();
  await client.ping();
  const tag = values.tag ?? DEFAULT_IMAGE;
  const t0 = Date.now();
  await buildAgentImage(client, {
    tag,
    baseImage: values['base-image'] ?? DEFAULT_BASE_IMAGE,
    caCertFile: values['ca-cert'] ?? process.env.NODE_EXTRA_CA_CERTS,
    claudeVersion: values['claude-version'],
    logger,
  });
  logger.info(`built ${tag} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return 0;
}
