/** `agent-fanout aggregate results-*.json`: one results JSON and one report from many shards. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Logger } from '../core/logger.js';
import { ConfigError } from '../core/options.js';
import { aggregateShardResults, renderAggregateMarkdown, renderAggregateText } from '../report/aggregate.js';
import { findResultFiles, readShardResultFile } from '../report/shard-files.js';
import { readPlanFile } from './plan.js';

export const AGGREGATE_USAGE = `usage: agent-fanout aggregate [results files, dirs or globs...] [options]

Combines the results JSON of every shard (run --shard ... --json FILE) into one results JSON and
one report: wall time from the first task's start to the last task's end over all shards, sum of
task time, speedup, efficiency over all slots, a timeline with one section per shard.

options:
  --plan FILE      the plan the shards ran: shards without results are reported with their tasks
  --json FILE      write the combined results JSON (today's shape plus a 'shards' list)
  --summary FILE   write the Markdown report
  --quiet          no text summary on stdout

exit status: 0 every shard reported and every task succeeded, 1 otherwise, 2 bad usage
`;

async function writeFileMkdir(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, text);
}

export async function aggregateCommand(args: string[], _logger: Logger): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      plan: { type: 'string' },
      json: { type: 'string' },
      summary: { type: 'string' },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(AGGREGATE_USAGE);
    return 0;
  }
  const plan = values.plan !== undefined ? await readPlanFile(values.plan) : undefined;
  if (positionals.length === 0 && !plan) {
    throw new ConfigError('aggregate needs results files (results-*.json), a directory of them, or --plan. Expected e.g. agent-fanout aggregate results/*.json --plan plan.json.');
  }
  let files: string[];
  try {
    files = await findResultFiles(positionals);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const inputs = [];
  for (const file of files) {
    try {
      inputs.push(await readShardResultFile(file));
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
  const { result, errors } = aggregateShardResults(inputs, { plan });
  if (!values.quiet) process.stdout.write(renderAggregateText(result));
  for (const error of errors) process.stderr.write(`agent-fanout: ${error}\n`);
  if (values.json) await writeFileMkdir(values.json, JSON.stringify(result, null, 2) + '\n');
  if (values.summary) await writeFileMkdir(values.summary, renderAggregateMarkdown(result, { errors }));
  const ok = result.shards.every((s) => s.status === 'succeeded') && result.tasks.every((t) => t.status === 'succeeded');
  return ok ? 0 : 1;
}
