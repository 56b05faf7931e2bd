#!/usr/bin/env node
// The agent-fanout command: the CLI's code lives in the one bundle.
import { cli } from './index.js';

process.exitCode = await cli(process.argv.slice(2));
