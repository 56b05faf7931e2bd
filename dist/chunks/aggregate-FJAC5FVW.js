import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  aggregateShardResults,
  findResultFiles,
  readShardResultFile,
  renderAggregateMarkdown,
  renderAggregateText
} from "./chunk-DXG5GYQB.js";
import {
  readPlanFile
} from "./chunk-FCJUW32G.js";
import "./chunk-TSTDHY3Q.js";
import "./chunk-YL3HFUAF.js";
import "./chunk-RFCGYHN4.js";
import "./chunk-XQPV4RL2.js";
import "./chunk-HMXCLKP7.js";
import "./chunk-RRFFMOIK.js";
import "./chunk-RDMBHCDM.js";
import "./chunk-THFK3VXE.js";
import "./chunk-H2D3RH5R.js";
import {
  ConfigError
} from "./chunk-PJ6ARTJA.js";
import "./chunk-N4EGVWFS.js";
import "./chunk-HYWQK3BD.js";
import "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/cli/aggregate.ts
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var AGGREGATE_USAGE = `usage: agent-fanout aggregate [results files, dirs or globs...] [options]

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
async function writeFileMkdir(file, text) {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: !0 }), await fs.writeFile(file, text);
}
async function aggregateCommand(args, _logger) {
  let { values, positionals } = parseArgs({
    args,
    options: {
      plan: { type: "string" },
      json: { type: "string" },
      summary: { type: "string" },
      quiet: { type: "boolean" },
      verbose: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: !0,
    strict: !0
  });
  if (values.help)
    return process.stdout.write(AGGREGATE_USAGE), 0;
  let plan = values.plan !== void 0 ? await readPlanFile(values.plan) : void 0;
  if (positionals.length === 0 && !plan)
    throw new ConfigError("aggregate needs results files (results-*.json), a directory of them, or --plan. Expected e.g. agent-fanout aggregate results/*.json --plan plan.json.");
  let files;
  try {
    files = await findResultFiles(positionals);
  } catch (error) {
    throw new ConfigError(error.message);
  }
  let inputs = [];
  for (let file of files)
    try {
      inputs.push(await readShardResultFile(file));
    } catch (error) {
      throw new ConfigError(error.message);
    }
  let { result, errors } = aggregateShardResults(inputs, { plan });
  values.quiet || process.stdout.write(renderAggregateText(result));
  for (let error of errors) process.stderr.write(`agent-fanout: ${error}
`);
  return values.json && await writeFileMkdir(values.json, JSON.stringify(result, null, 2) + `
`), values.summary && await writeFileMkdir(values.summary, renderAggregateMarkdown(result, { errors })), result.shards.every((s) => s.status === "succeeded") && result.tasks.every((t) => t.status === "succeeded") ? 0 : 1;
}
export {
  AGGREGATE_USAGE,
  aggregateCommand
};
//# sourceMappingURL=aggregate-FJAC5FVW.js.map
