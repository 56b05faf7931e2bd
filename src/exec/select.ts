/**
 * `execution: auto | docker | subprocess`. Auto uses Docker when its daemon answers and falls back to
 * the subprocess executor (with a one-line notice saying why) only when there is no daemon at all:
 * a missing image is a problem of the tasks that name it, which fail, never a reason to drop the
 * isolation of the whole run.
 */
import type { RunConfig } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { TaskSpec } from '../tasks/types.js';
import { DockerClient } from './docker/client.js';
import { ensureImage } from './docker/image.js';
import { arcKubernetesModeMessage } from './runner-environment.js';
import { createSubprocessExecutor } from './subprocess.js';
import type { Executor } from './types.js';
import { errorMessage } from '../core/errors.js';

export interface SelectedExecutor {
  executor: Executor;
  /** Why this mode, when it is not the one asked for (or when subprocess was asked for). */
  reason?: string;
  /**
   * Tasks that cannot run on this executor, by id, with why (their image is not usable, naming the
   * prompt file and its `image` field, or the run's `image` option): they fail without starting.
   */
  unusable: Map<string, string>;
}

export async function selectExecutor(config: RunConfig, tasks: TaskSpec[], logger: Logger): Promise<SelectedExecutor> {
  if (config.execution === 'subprocess') {
    return { executor: createSubprocessExecutor({ logger }), reason: 'execution: subprocess', unusable: new Map() };
  }
  let client: DockerClient;
  try {
    client = DockerClient.connect();
    await client.ping();
  } catch (error) {
    // Falling back would run agents unisolated on a runner that was set up without Docker on purpose.
    const arc = arcKubernetesModeMessage(process.env);
    if (arc) throw new Error(arc, { cause: error });
    return fallBack(config, logger, `the Docker daemon does not answer (${errorMessage(error)})`);
  }
  const unusable = new Map<string, string>();
  const images = [...new Set(tasks.map((t) => t.image ?? config.image))];
  for (const image of images) {
    try {
      await ensureImage(client, image, { logger, caCertFile: config.caCertFile });
    } catch (error) {
      for (const task of tasks.filter((t) => (t.image ?? config.image) === image)) {
        const where = task.image ? `${task.file}: field 'image'` : `option 'image'`;
        const why = `${where}: image '${image}' is not usable: ${errorMessage(error)}`;
        unusable.set(task.id, why);
        logger.error(`task '${task.id}': ${why}`);
      }
    }
  }
  return { executor: client.createExecutor({ logger }), unusable };
}

function fallBack(config: RunConfig, logger: Logger, why: string): SelectedExecutor {
  if (config.execution === 'docker') {
    throw new Error(`execution 'docker' was asked for, but ${why}`);
  }
  const reason = `Docker not used: ${why}; running agents as plain subprocesses (no isolation, no resource limits)`;
  logger.warning(reason);
  return { executor: createSubprocessExecutor({ logger }), reason, unusable: new Map() };
}

