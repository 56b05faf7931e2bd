#!/usr/bin/env node
/** The `agent-fanout` command when run from the compiled sources (lib/cli/bin.js). */
import { main } from './index.js';

process.exitCode = await main(process.argv.slice(2));
