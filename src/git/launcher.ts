/**
 * Short-lived commands (git, mount, mkfifo) started by a small helper process instead of this one.
 *
 * Starting a process from Node forks the whole orchestrator first. The fork's cost grows with the
 * parent's memory: measured here, 1.3 ms of blocked event loop at 50 MB resident, 5 ms at 100 MB,
 * 12 ms at 150 MB, and every page the parent writes afterwards takes a copy-on-write fault. A run
 * whose tasks end together starts about six git processes per task at once: on a 2-CPU runner that
 * held the orchestrator's event loop for a quarter of a second while eight tasks wrapped up. The
 * helper is a bare Node process (about 40 MB): its forks are cheap, and they block its loop, not
 * ours.
 *
 * The helper takes one JSON request per line on stdin and answers one JSON line per command on
 * stdout, in any order. It exits when its stdin closes, so it never outlives this process. Should it
 * fail to start or die, commands are started directly, as before: a command the helper had started
 * when it died is reported failed, never run twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** What a command printed and how it ended; or why it could not be started. */
export type LaunchOutcome = { stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null } | { spawnError: Error };

export interface LaunchRequest {
  file: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to the command's stdin, or streamed from a file from byte `start` on. Default: nothing. */
  input?: string | { path: string; start?: number };
  /** Killed (SIGTERM) after this many ms. Default: never. */
  timeoutMs?: number;
}

/** The helper's program: the steps of {@link runDirect}, answered as JSON lines (keep the two alike). */
const HELPER_SCRIPT = `
const { spawn } = require('node:child_process');
const { createReadStream } = require('node:fs');
const send = (m) => process.stdout.write(JSON.stringify(m) + '\\n');
const fail = (id, e) => send({ id, spawnError: { message: e.message, code: e.code } });
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  let r;
  try { r = JSON.parse(line); } catch { return; }
  let child;
  try { child = spawn(r.file, r.args, { cwd: r.cwd, env: r.env, stdio: ['pipe', 'pipe', 'pipe'] }); } catch (e) { fail(r.id, e); return; }
  const out = [], err = [];
  let done = false;
  const timer = r.timeoutMs > 0 ? setTimeout(() => child.kill(), r.timeoutMs) : undefined;
  const end = (m) => { clearTimeout(timer); if (!done) { done = true; send(m); } };
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => err.push(c));
  child.on('error', (e) => end({ id: r.id, spawnError: { message: e.message, code: e.code } }));
  child.on('close', (code, signal) => end({ id: r.id, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, signal }));
  child.stdin.on('error', () => {});
  if (r.input && typeof r.input === 'object') {
    const source = createReadStream(r.input.path, { start: r.input.start || 0 });
    source.on('error', (e) => { child.kill(); end({ id: r.id, spawnError: { message: e.message, code: e.code } }); });
    source.pipe(child.stdin);
  } else child.stdin.end(r.input || '');
}).on('close', () => process.exit(0));
send({ ready: true });
`;

interface Pending {
  resolve: (outcome: LaunchOutcome) => void;
}

interface HelperReply {
  ready?: true;
  id: number;
  stdout?: string;
  stderr?: string;
  code?: number | null;
  signal?: NodeJS.Signals | null;
  spawnError?: { message: string; code?: string };
}

/** Starts commands through the helper process (started on first use); directly when there is none. */
export class Launcher {
  static #shared: Launcher | undefined;
  #child: ChildProcess | null = null;
  /** The helper answers requests (it said so). */
  #ready = false;
  readonly #readyWaiters: ((ready: boolean) => void)[] = [];
  #broken = false;
  #next = 1;
  readonly #pending = new Map<number, Pending>();

  /** The process-wide launcher. */
  static shared(): Launcher {
    return (Launcher.#shared ??= new Launcher());
  }

  /** The helper's pid while it runs (tests). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Starts the helper; resolves true once it answers requests, false when there is none. */
  start(): Promise<boolean> {
    if (this.#helper() === null) return Promise.resolve(false);
    if (this.#ready) return Promise.resolve(true);
    return new Promise((resolve) => this.#readyWaiters.push(resolve));
  }

  run(request: LaunchRequest): Promise<LaunchOutcome> {
    const child = this.#helper();
    // Until the helper has started (some 40 ms), commands start directly: early in a run this
    // process is small and its forks are cheap.
    if (child === null || !this.#ready) return runDirect(request);
    const id = this.#next++;
    const promise = new Promise<LaunchOutcome>((resolve) => this.#pending.set(id, { resolve }));
    if (this.#pending.size === 1) this.#ref(true);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(request.env)) if (v !== undefined) env[k] = v;
    const { file, args, cwd, input, timeoutMs } = request;
    child.stdin!.write(`${JSON.stringify({ id, file, args, cwd, env, input, timeoutMs })}\n`);
    return promise;
  }

  /**
   * Stops the helper; later commands start it again. Commands it was running are reported failed as
   * when it dies (it exits at once, without their answers).
   */
  close(): void {
    const child = this.#child;
    if (!child) return;
    this.#forget('the process that starts commands was closed while this one ran; it may or may not have run');
    child.stdin?.end();
  }

  #helper(): ChildProcess | null {
    if (this.#child || this.#broken) return this.#child;
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, ['-e', HELPER_SCRIPT], { stdio: ['pipe', 'pipe', 'ignore'] });
    } catch {
      this.#broken = true;
      return null;
    }
    this.#child = child;
    child.on('error', () => this.#lost(child));
    child.on('exit', () => this.#lost(child));
    child.stdin!.on('error', () => this.#lost(child));
    createInterface({ input: child.stdout! }).on('line', (line) => this.#reply(line));
    this.#ref(false);
    return child;
  }

  #reply(line: string): void {
    let reply: HelperReply;
    try {
      reply = JSON.parse(line) as HelperReply;
    } catch {
      return;
    }
    if (reply.ready) {
      this.#ready = true;
      for (const resolve of this.#readyWaiters.splice(0)) resolve(true);
      return;
    }
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#ref(false);
    if (reply.spawnError) {
      pending.resolve({ spawnError: Object.assign(new Error(reply.spawnError.message), { code: reply.spawnError.code }) });
    } else {
      pending.resolve({ stdout: reply.stdout ?? '', stderr: reply.stderr ?? '', code: reply.code ?? null, signal: reply.signal ?? null });
    }
  }

  /** The helper is gone: what it was running is reported failed (it may have run); the rest runs directly. */
  #lost(child: ChildProcess): void {
    if (this.#child !== child) return;
    this.#forget('the process that starts commands exited while this one ran; it may or may not have run');
    this.#broken = true;
  }

  /** Drops the helper: nobody waits for it to be ready, and every command it had is answered with `why`. */
  #forget(why: string): void {
    this.#child = null;
    this.#ready = false;
    for (const resolve of this.#readyWaiters.splice(0)) resolve(false);
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.resolve({ spawnError: new Error(why) });
    }
  }

  /** The helper holds this process's event loop open only while a command runs. */
  #ref(on: boolean): void {
    const child = this.#child;
    if (!child) return;
    for (const handle of [child, child.stdin, child.stdout] as ({ ref(): void; unref(): void } | null)[]) {
      if (on) handle?.ref();
      else handle?.unref();
    }
  }
}

/** A command started from this process (no helper); the helper's program does the same steps. */
export function runDirect(request: LaunchRequest): Promise<LaunchOutcome> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(request.file, request.args, { cwd: request.cwd, env: request.env, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      resolve({ spawnError: error as Error });
      return;
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let done = false;
    const timer = request.timeoutMs ? setTimeout(() => child.kill(), request.timeoutMs) : undefined;
    const end = (outcome: LaunchOutcome) => {
      clearTimeout(timer);
      if (done) return;
      done = true;
      resolve(outcome);
    };
    child.stdout!.on('data', (c: Buffer) => stdout.push(c));
    child.stderr!.on('data', (c: Buffer) => stderr.push(c));
    child.on('error', (err) => end({ spawnError: err }));
    child.on('close', (code, signal) => end({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), code, signal }));
    // The command may exit before reading stdin (EPIPE); its exit code tells what happened.
    child.stdin!.on('error', () => {});
    const input = request.input;
    if (typeof input === 'object') {
      const source = createReadStream(input.path, { start: input.start ?? 0 });
      source.on('error', (err) => {
        child.kill();
        end({ spawnError: err });
      });
      source.pipe(child.stdin!);
    } else {
      child.stdin!.end(input ?? '');
    }
  });
}

/**
 * Runs a command through the shared launcher; resolves with its stdout, rejects naming the command
 * and the first line of its stderr (or how it ended) when it fails. Default timeout one minute.
 */
export async function launch(file: string, args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<string> {
  const out = await Launcher.shared().run({ file, args, cwd: options.cwd ?? process.cwd(), env: process.env, timeoutMs: options.timeoutMs ?? 60_000 });
  const what = [file, ...args].join(' ');
  if ('spawnError' in out) throw new Error(`${what}: ${firstLine(out.spawnError.message)}`);
  if (out.code !== 0) {
    const how = out.signal ? `killed by ${out.signal}` : `exit code ${out.code}`;
    throw new Error(`${what}: ${firstLine(out.stderr) || how}`);
  }
  return out.stdout;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
