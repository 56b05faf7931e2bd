/** `agent-fanout dashboard [--host] [--port] [--token] [--state-dir]`: serves until SIGINT/SIGTERM. */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { defaultStateDir } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { dockerRunLiveness } from '../dashboard/docker-live.js';
import { startDashboard } from '../dashboard/server.js';
import type { IsRunLive } from '../dashboard/state.js';
import { errorMessage } from '../core/errors.js';

export const DASHBOARD_USAGE = `usage: agent-fanout dashboard [options]

Serves the live dashboard of the runs on this machine (their event journals in the state directory).

options:
  --host ADDR        address to bind (default 127.0.0.1); anything but loopback requires a token
  --port N           port (default 8080; 0 picks a free one)
  --token T          token required on every request (Authorization: Bearer T, or ?token=T);
                     prefer the AGENT_FANOUT_DASHBOARD_TOKEN variable: arguments are visible in ps
  --state-dir DIR    state directory (default $AGENT_FANOUT_HOME or ~/.agent-fanout)
  -h, --help         this help
`;

export interface DashboardCommandDeps {
  logger: Logger;
  /** Whether a run has live containers. Default: asks the Docker daemon (`DOCKER_HOST`) for running containers labelled with the run id. */
  isRunLive?: IsRunLive;
  /** Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Stops the server like SIGINT does (for tests). */
  signal?: AbortSignal;
  /** Called once listening (for tests). */
  onListening?: (url: string, port: number) => void;
}

/** Returns the exit code: 0 after a signal, 1 when the server cannot start, 2 on bad usage. */
export async function dashboardCommand(args: string[], deps: DashboardCommandDeps): Promise<number> {
  const { logger } = deps;
  const env = deps.env ?? process.env;
  let values;
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        token: { type: 'string' },
        'state-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    logger.error(`dashboard: ${errorMessage(error)}`);
    process.stderr.write(DASHBOARD_USAGE);
    return 2;
  }
  if (values.help) {
    process.stdout.write(DASHBOARD_USAGE);
    return 0;
  }
  let port = 8080;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) {
      logger.error(`dashboard: invalid value '${values.port}' for --port. Expected a port number from 0 to 65535.`);
      return 2;
    }
  }
  const token = values.token ?? (env.AGENT_FANOUT_DASHBOARD_TOKEN || undefined);
  // The service lives for months and is mostly idle; left alone, V8 grows its young generation to
  // ~30 MB after bursts (loading 50 journals, a page reload), a third of the dashboard's 100 MB budget.
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  const stateDir = values['state-dir'] ?? defaultStateDir(env);

  let dashboard;
  try {
    const isRunLive = deps.isRunLive ?? dockerRunLiveness({ env });
    dashboard = await startDashboard({ host: values.host, port, token, stateDir, logger, isRunLive });
  } catch (error) {
    logger.error(errorMessage(error));
    return 1;
  }
  logger.info(`agent-fanout dashboard: ${dashboard.url} (state directory ${stateDir})${token ? '; append ?token=<token> to open it in a browser' : ''}`);
  deps.onListening?.(dashboard.url, dashboard.port);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      deps.signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (deps.signal?.aborted) stop();
    else deps.signal?.addEventListener('abort', stop);
  });
  logger.info('agent-fanout dashboard: shutting down');
  await dashboard.close();
  return 0;
}
