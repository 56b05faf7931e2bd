/**
 * The real Claude Code CLI's start-up as part of every task's time (issue 14): 8 tasks with the
 * `claude` agent in the agent image, one at a time and 8 at once, against the smallest stub of the
 * Messages API that lets a session end: every `POST /v1/messages` gets a streamed `end_turn` reply,
 * and its arrival time is recorded. Start-up = first request of the task − its container's start.
 *
 * The stub runs in a container from the base image on an internal Docker network made for the bench
 * (no route out of the machine, no `--network host`); both are labelled and removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../src/core/model.js';
import { median, percentile } from '../src/report/metrics.js';
import { ratio } from './arithmetic.js';
import { makeRepo, taskIds } from './fixtures.js';
import { mustRun, runCommand, runOrchestrator, type OrchestratorRun } from './measure.js';
import type { BenchContext } from './workloads.js';

/** The stub: answers every Messages API call with a streamed `end_turn`, appends `{at, task}` per call. */
export const STUB_SCRIPT = `
const http = require('node:http');
const fs = require('node:fs');
const event = (res, type, data) => res.write('event: ' + type + '\\ndata: ' + JSON.stringify({ type, ...data }) + '\\n\\n');
http.createServer((req, res) => {
  const at = Date.now();
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.method !== 'POST' || !req.url.startsWith('/v1/messages')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: req.url } }));
      return;
    }
    const task = (/BENCH-TASK ([\\w-]+)/.exec(body) || [])[1] || null;
    fs.appendFileSync('/data/arrivals.ndjson', JSON.stringify({ at, task, url: req.url }) + '\\n');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const usage = { input_tokens: 10, output_tokens: 1, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
    event(res, 'message_start', { message: { id: 'msg_bench_' + at, type: 'message', role: 'assistant', model: 'claude-bench-stub', content: [], stop_reason: null, stop_sequence: null, usage } });
    event(res, 'content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    event(res, 'content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'done' } });
    event(res, 'content_block_stop', { index: 0 });
    event(res, 'message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } });
    event(res, 'message_stop', {});
    res.end();
  });
}).listen(8080, () => console.log('stub listening'));
`;

export interface ClaudeRow {
  parallel: number;
  wallMs: number;
  /** First request of each task − its agent (container) start, ms. */
  startupMs: number[];
  startupP50Ms: number;
  startupMaxMs: number;
  /** Agent durations (container start → exit). */
  durationP50Ms: number;
  cpuSecondsP50: number;
  speedup: number | null;
  concurrency: number;
  failures: string[];
}

export interface ClaudeResult {
  cliVersion: string;
  rows: ClaudeRow[];
  /** Sequential wall / 8-at-once wall, and what the 8-at-once run reported. */
  trueSpeedup: number;
  reportedSpeedup: number | null;
  requestsWithoutTask: number;
}

function startups(result: RunResult, arrivals: { at: number; task: string | null }[]): number[] {
  return result.tasks.flatMap((t) => {
    const first = arrivals.filter((a) => a.task === t.id).reduce((min, a) => Math.min(min, a.at), Number.POSITIVE_INFINITY);
    return t.agentStartedAt !== null && Number.isFinite(first) ? [first - t.agentStartedAt] : [];
  });
}

function row(parallel: number, run: OrchestratorRun, arrivals: { at: number; task: string | null }[]): ClaudeRow {
  const r = run.result;
  const s = startups(r, arrivals);
  return {
    parallel,
    wallMs: r.run.wallMs,
    startupMs: s,
    startupP50Ms: median(s),
    startupMaxMs: percentile(s, 100),
    durationP50Ms: median(r.tasks.map((t) => t.durationMs ?? Number.NaN).filter(Number.isFinite)),
    cpuSecondsP50: median(r.tasks.flatMap((t) => (t.cpu ? [t.cpu.seconds] : []))),
    speedup: r.run.speedup,
    concurrency: r.run.concurrency,
    failures: r.tasks.filter((t) => t.status !== 'succeeded').map((t) => `${t.id}: ${t.status}: ${(t.reason ?? '').slice(0, 200)}`),
  };
}

export async function runClaude(ctx: BenchContext, baseImage = 'node:24-bookworm-slim'): Promise<ClaudeResult> {
  const tasks = 8;
  const tag = randomBytes(3).toString('hex');
  const network = `af-bench-claude-${tag}`;
  const stub = `af-bench-claude-stub-${tag}`;
  const dataDir = path.join(ctx.workDir, `claude-stub-${tag}`);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'stub.js'), STUB_SCRIPT);
  const label = ['--label', 'dev.agent-fanout.bench=claude'];
  const ids = taskIds('claude', tasks);
  const prompt = (id: string) => `---\nagent: claude\nmax_turns: 2\n---\n# BENCH-TASK ${id}\n\nBENCH-TASK ${id}: reply with the single word done.\n`;
  const repo = makeRepo(path.join(ctx.workDir, 'claude'), { claude: Object.fromEntries(ids.map((id) => [id, prompt(id)])) });
  const arrivalsFile = path.join(dataDir, 'arrivals.ndjson');
  const readArrivals = (): { at: number; task: string | null }[] =>
    fs.existsSync(arrivalsFile)
      ? fs.readFileSync(arrivalsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { at: number; task: string | null })
      : [];
  const env = {
    ANTHROPIC_BASE_URL: `http://${stub}:8080`,
    ANTHROPIC_API_KEY: 'sk-ant-bench-not-a-real-key',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    CLAUDE_CODE_MAX_RETRIES: '1',
  };
  try {
    // --internal: containers on it reach each other and nothing else.
    await mustRun('docker', ['network', 'create', '--internal', ...label, network]);
    await mustRun('docker', ['run', '-d', '--rm', '--name', stub, '--network', network, ...label, '-v', `${dataDir}:/data`, baseImage, 'node', '/data/stub.js']);
    const version = (await mustRun('docker', ['run', '--rm', '--network', 'none', ctx.image, 'claude', '--version'])).stdout.trim();
    const fanout = (name: string, parallel: number) => {
      ctx.log(`  ${name} (claude, max-parallel ${parallel})…`);
      const args = ['--repo', repo, '--agent', 'claude', '--execution', 'docker', '--image', ctx.image, '--network', network, '--state-dir', path.join(ctx.workDir, 'state', name), '--branch-prefix', name, '--max-parallel', String(parallel), 'prompts/claude'];
      return runOrchestrator(args, { cwd: repo, outDir: ctx.outDir, name, env });
    };
    const seq = await fanout('claude-p1', 1);
    const afterSeq = readArrivals();
    const par = await fanout('claude-p8', 8);
    const all = readArrivals();
    const parArrivals = all.slice(afterSeq.length);
    return {
      cliVersion: version,
      rows: [row(1, seq, afterSeq), row(8, par, parArrivals)],
      trueSpeedup: ratio(seq.result.run.wallMs, par.result.run.wallMs),
      reportedSpeedup: par.result.run.speedup,
      requestsWithoutTask: all.filter((a) => a.task === null).length,
    };
  } finally {
    await runCommand('docker', ['rm', '-f', stub]);
    await runCommand('docker', ['network', 'rm', network]);
  }
}
