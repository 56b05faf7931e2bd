/** The runner-side CLI: `agent-fanout run | doctor | gc | image build | dashboard`; this file only dispatches. */
import '../core/shim.js';
import { consoleLogger } from '../core/logger.js';
import { ConfigError } from '../core/options.js';
import { PromptError } from '../tasks/types.js';
import { RUN_USAGE, runCommand } from './run.js';
import { errorMessage } from '../core/errors.js';

const USAGE = `usage: agent-fanout <command> [options]

commands:
  run [files/dirs/globs...]  fan prompt files out to agents in parallel containers (default: prompts/)
  doctor                     check git, Docker (and that it sees --state-dir), the image, the agent CLI, the host
  plan [files...] --shards K split the tasks into K shards (or auto), one per runner; writes the matrix
  aggregate results-*.json   one report and results JSON from the shards' results
  gc [--dry-run] [--run ID]  remove containers, egress networks, mounts and worktrees left by earlier runs (or by run ID)
  image build                build the agent image
  dashboard                  serve the live dashboard (--host, --port, --token)

${RUN_USAGE}
exit status: 0 all tasks succeeded, 1 a task did not, 2 bad usage or configuration
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const logger = consoleLogger(rest.includes('--verbose'));
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'doctor': {
        const { runDoctor } = await import('./doctor.js');
        return await runDoctor(rest, logger);
      }
      case 'plan': {
        const { planCommand } = await import('./plan.js');
        return await planCommand(rest, logger);
      }
      case 'aggregate': {
        const { aggregateCommand } = await import('./aggregate.js');
        return await aggregateCommand(rest, logger);
      }
      case 'gc': {
        const { gcCommand } = await import('./gc.js');
        return await gcCommand(rest, logger);
      }
      case 'image': {
        const { imageCommand } = await import('./image.js');
        return await imageCommand(rest, logger);
      }
      case 'dashboard': {
        const { dashboardCommand } = await import('./dashboard.js');
        return await dashboardCommand(rest, { logger });
      }
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case '--version':
        process.stdout.write('agent-fanout 0.1.0\n');
        return 0;
      default:
        process.stderr.write(command ? `agent-fanout: unknown command '${command}'\n\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PromptError || isParseArgsError(error)) {
      process.stderr.write(`agent-fanout: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`agent-fanout: ${errorMessage(error)}\n`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS');
}
