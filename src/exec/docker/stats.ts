/** Following `docker stats` of a running container into a StatsAccumulator. */
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import type { Logger } from '../../core/logger.js';
import { type DockerStatsJson, type StatsAccumulator } from '../stats.js';
import type { ExecSpec, ResourceSample } from '../types.js';
import { dockerMessage } from './errors.js';

/**
 * Follows `docker stats` while the task runs. The stream of a container that has exited never ends
 * (Docker keeps sending empty readings), so `stop()` aborts it; it is never left to end by itself.
 */
export class StatsFollower {
  readonly #controller = new AbortController();
  readonly #opened: Promise<void>;
  #stream: Readable | undefined;

  constructor(container: Docker.Container, accumulator: StatsAccumulator, spec: ExecSpec, logger: Logger, now: () => number) {
    // Not awaited by the caller: Docker sends the response only with the first reading, about a
    // second after start, and the task must not wait for that.
    const options = { stream: true as const, abortSignal: this.#controller.signal };
    this.#opened = (container.stats(options) as Promise<NodeJS.ReadableStream>).then(
      (raw) => {
        const stream = raw as Readable;
        if (this.#controller.signal.aborted) {
          stream.destroy();
          return;
        }
        this.#stream = stream;
        let pending = '';
        stream.on('data', (chunk: Buffer) => {
          pending += chunk.toString('utf8');
          let newline: number;
          while ((newline = pending.indexOf('\n')) >= 0) {
            const line = pending.slice(0, newline).trim();
            pending = pending.slice(newline + 1);
            if (!line) continue;
            let sample: ResourceSample | undefined;
            try {
              sample = accumulator.addDockerStats(JSON.parse(line) as DockerStatsJson, now());
            } catch (error) {
              logger.debug(`task '${spec.taskId}': unreadable stats line: ${dockerMessage(error)}`);
              continue;
            }
            if (sample) {
              try {
                spec.onSample?.(sample);
              } catch (error) {
                logger.warning(`task '${spec.taskId}': sample callback failed: ${dockerMessage(error)}`);
              }
            }
          }
        });
        // Errors after stop() are the abort itself.
        stream.on('error', (error) => {
          if (!this.#controller.signal.aborted) logger.debug(`task '${spec.taskId}': stats stream failed: ${dockerMessage(error)}`);
        });
      },
      (error: unknown) => {
        if (!this.#controller.signal.aborted) logger.debug(`task '${spec.taskId}': stats unavailable: ${dockerMessage(error)}`);
      },
    );
  }

  async stop(): Promise<void> {
    this.#controller.abort();
    this.#stream?.destroy();
    await this.#opened;
  }
}
