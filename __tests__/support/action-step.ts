/** Running the action bundle as a runner runs one step: INPUT_* variables, GITHUB_* files, outputs read back. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE files (`name<<delimiter` blocks, or `name=value`). */
export function parseFileCommands(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const values: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) values.push(lines[i]);
      out[heredoc[1]] = values.join('\n');
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

export interface StepOptions {
  /** A fresh directory for this step's GITHUB_* files. */
  dir: string;
  workspace: string;
  eventName: string;
  payload: object;
  inputs: Record<string, string>;
  /** Everything else: GITHUB_*, RUNNER_*, DOCKER_HOST, HOME … */
  env: NodeJS.ProcessEnv;
  /** STATE_* of the main step, for a post step. */
  state?: Record<string, string>;
}

/** Runs `bundle` with the environment of one job step. */
export function runActionStep(bundle: string, options: StepOptions): Promise<StepResult> {
  fs.mkdirSync(options.dir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...options.env, GITHUB_EVENT_NAME: options.eventName, GITHUB_WORKSPACE: options.workspace };
  for (const [key, file] of Object.entries({ GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary', GITHUB_EVENT_PATH: 'event.json' })) {
    env[key] = path.join(options.dir, file);
    fs.writeFileSync(env[key]!, '');
  }
  fs.writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(options.payload));
  for (const [k, v] of Object.entries(options.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;
  return new Promise((resolve) => {
    execFile(process.execPath, [bundle], { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 200_000 }, (error, stdout, stderr) => {
      resolve({
        code: error ? ((error as { code?: number }).code ?? null) : 0,
        stdout,
        stderr,
        outputs: parseFileCommands(env.GITHUB_OUTPUT!),
        state: parseFileCommands(env.GITHUB_STATE!),
        summary: fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
      });
    });
  });
}
