#!/usr/bin/env node
/** The runner-side CLI: `agent-fanout run | doctor | gc | image build | dashboard`. */
import './shim.js';

const USAGE = `usage: agent-fanout <command> [options]

commands:
  run [files/globs...]   fan prompt files out to agents in parallel containers
  doctor                 check git, Docker, the image and the host
  gc                     remove containers and worktrees left by earlier runs
  image build            build the agent image
  dashboard              serve the live dashboard
`;

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  process.stderr.write(`agent-fanout: unknown command '${command}'\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
