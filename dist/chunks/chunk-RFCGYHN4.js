import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";

// src/git/git.ts
import path from "node:path";

// src/git/launcher.ts
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
var HELPER_SCRIPT = `
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
`, Launcher = class _Launcher {
  static #shared;
  #child = null;
  /** The helper answers requests (it said so). */
  #ready = !1;
  #readyWaiters = [];
  #broken = !1;
  #next = 1;
  #pending = /* @__PURE__ */ new Map();
  /** The process-wide launcher. */
  static shared() {
    return _Launcher.#shared ??= new _Launcher();
  }
  /** The helper's pid while it runs (tests). */
  get pid() {
    return this.#child?.pid;
  }
  /** Starts the helper; resolves true once it answers requests, false when there is none. */
  start() {
    return this.#helper() === null ? Promise.resolve(!1) : this.#ready ? Promise.resolve(!0) : new Promise((resolve) => this.#readyWaiters.push(resolve));
  }
  run(request) {
    let child = this.#helper();
    if (child === null || !this.#ready) return runDirect(request);
    let id = this.#next++, promise = new Promise((resolve) => this.#pending.set(id, { resolve }));
    this.#pending.size === 1 && this.#ref(!0);
    let env = {};
    for (let [k, v] of Object.entries(request.env)) v !== void 0 && (env[k] = v);
    let { file, args, cwd, input, timeoutMs } = request;
    return child.stdin.write(`${JSON.stringify({ id, file, args, cwd, env, input, timeoutMs })}
`), promise;
  }
  /**
   * Stops the helper; later commands start it again. Commands it was running are reported failed as
   * when it dies (it exits at once, without their answers).
   */
  close() {
    let child = this.#child;
    child && (this.#forget("the process that starts commands was closed while this one ran; it may or may not have run"), child.stdin?.end());
  }
  #helper() {
    if (this.#child || this.#broken) return this.#child;
    let child;
    try {
      child = spawn(process.execPath, ["-e", HELPER_SCRIPT], { stdio: ["pipe", "pipe", "ignore"] });
    } catch {
      return this.#broken = !0, null;
    }
    return this.#child = child, child.on("error", () => this.#lost(child)), child.on("exit", () => this.#lost(child)), child.stdin.on("error", () => this.#lost(child)), createInterface({ input: child.stdout }).on("line", (line) => this.#reply(line)), this.#ref(!1), child;
  }
  #reply(line) {
    let reply;
    try {
      reply = JSON.parse(line);
    } catch {
      return;
    }
    if (reply.ready) {
      this.#ready = !0;
      for (let resolve of this.#readyWaiters.splice(0)) resolve(!0);
      return;
    }
    let pending = this.#pending.get(reply.id);
    pending && (this.#pending.delete(reply.id), this.#pending.size === 0 && this.#ref(!1), reply.spawnError ? pending.resolve({ spawnError: Object.assign(new Error(reply.spawnError.message), { code: reply.spawnError.code }) }) : pending.resolve({ stdout: reply.stdout ?? "", stderr: reply.stderr ?? "", code: reply.code ?? null, signal: reply.signal ?? null }));
  }
  /** The helper is gone: what it was running is reported failed (it may have run); the rest runs directly. */
  #lost(child) {
    this.#child === child && (this.#forget("the process that starts commands exited while this one ran; it may or may not have run"), this.#broken = !0);
  }
  /** Drops the helper: nobody waits for it to be ready, and every command it had is answered with `why`. */
  #forget(why) {
    this.#child = null, this.#ready = !1;
    for (let resolve of this.#readyWaiters.splice(0)) resolve(!1);
    for (let [id, pending] of this.#pending)
      this.#pending.delete(id), pending.resolve({ spawnError: new Error(why) });
  }
  /** The helper holds this process's event loop open only while a command runs. */
  #ref(on) {
    let child = this.#child;
    if (child)
      for (let handle of [child, child.stdin, child.stdout])
        on ? handle?.ref() : handle?.unref();
  }
};
function runDirect(request) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(request.file, request.args, { cwd: request.cwd, env: request.env, stdio: ["pipe", "pipe", "pipe"] });
    } catch (error) {
      resolve({ spawnError: error });
      return;
    }
    let stdout = [], stderr = [], done = !1, timer = request.timeoutMs ? setTimeout(() => child.kill(), request.timeoutMs) : void 0, end = (outcome) => {
      clearTimeout(timer), !done && (done = !0, resolve(outcome));
    };
    child.stdout.on("data", (c) => stdout.push(c)), child.stderr.on("data", (c) => stderr.push(c)), child.on("error", (err) => end({ spawnError: err })), child.on("close", (code, signal) => end({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), code, signal })), child.stdin.on("error", () => {
    });
    let input = request.input;
    if (typeof input == "object") {
      let source = createReadStream(input.path, { start: input.start ?? 0 });
      source.on("error", (err) => {
        child.kill(), end({ spawnError: err });
      }), source.pipe(child.stdin);
    } else
      child.stdin.end(input ?? "");
  });
}
async function launch(file, args, options = {}) {
  let out = await Launcher.shared().run({ file, args, cwd: options.cwd ?? process.cwd(), env: process.env, timeoutMs: options.timeoutMs ?? 6e4 }), what = [file, ...args].join(" ");
  if ("spawnError" in out) throw new Error(`${what}: ${firstLine(out.spawnError.message)}`);
  if (out.code !== 0) {
    let how = out.signal ? `killed by ${out.signal}` : `exit code ${out.code}`;
    throw new Error(`${what}: ${firstLine(out.stderr) || how}`);
  }
  return out.stdout;
}
function firstLine(text) {
  return text.trim().split(`
`)[0] ?? "";
}

// src/git/git.ts
var GitError = class extends Error {
  constructor(args, exitCode, stderr, detail) {
    let what = detail ?? (exitCode === null ? "failed" : `failed with exit code ${exitCode}`);
    super(`git ${args.join(" ")} ${what}${stderr.trim() ? `: ${stderr.trim()}` : ""}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  exitCode;
  stderr;
}, BASE_ARGS = [
  "-c",
  "safe.directory=*",
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "core.fsmonitor=false",
  // Commits in several worktrees at once must not start a repack under each other.
  "-c",
  "gc.auto=0",
  "-c",
  "maintenance.auto=false"
], REDACTED = "***", Git = class _Git {
  #topLevel;
  #env;
  #logger;
  constructor(topLevel, env, logger) {
    this.#topLevel = topLevel, this.#env = env, this.#logger = logger;
  }
  /** Opens the repository (or worktree) containing `cwd`; throws when `cwd` is not inside one. */
  static async create(cwd, opts = {}) {
    let env = { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: "0" }, probe = new _Git(path.resolve(cwd), env, opts.logger ?? silentLogger), out;
    try {
      out = await probe.exec(["rev-parse", "--show-toplevel"], { allowFailure: !0 });
    } catch (err) {
      throw new Error(`cannot open git repository at ${cwd}: ${err.message}`, { cause: err });
    }
    if (out.exitCode !== 0 || !out.stdout.trim())
      throw new Error(`not a git repository (or a bare one): ${cwd}: ${out.stderr.trim() || "no working tree"}`);
    return new _Git(out.stdout.trim(), env, opts.logger ?? silentLogger);
  }
  /** Absolute path of the working tree's top level. */
  get topLevel() {
    return this.#topLevel;
  }
  /** A wrapper for another working tree (e.g. a task's worktree) sharing this one's env and logger. */
  async at(cwd) {
    let extra = {};
    for (let [k, v] of Object.entries(this.#env)) v !== void 0 && (extra[k] = v);
    return _Git.create(cwd, { env: extra, logger: this.#logger });
  }
  /** Runs `git <args>` without a shell; throws a {@link GitError} on a non-zero exit unless `allowFailure`. */
  async exec(args, opts = {}) {
    let secrets = (opts.secrets ?? []).filter((s) => s.length > 0), shown = redactArgs(args, secrets);
    this.#logger.debug(`git ${shown.join(" ")}`);
    let env = opts.env ? { ...this.#env, ...opts.env } : this.#env, out = await run([...BASE_ARGS, ...args], opts.cwd ?? this.#topLevel, env, opts.inputFile ?? opts.input);
    if ("spawnError" in out)
      throw new GitError(shown, null, "", `could not be started: ${redact(out.spawnError.message, secrets)}`);
    if (out.exitCode !== 0 && !opts.allowFailure)
      throw new GitError(shown, out.exitCode, redact(out.stderr, secrets));
    return out;
  }
  /** Like {@link exec} but returns `null` instead of throwing when git fails. */
  async tryExec(args, opts = {}) {
    try {
      let out = await this.exec(args, { ...opts, allowFailure: !0 });
      return out.exitCode === 0 ? out : null;
    } catch {
      return null;
    }
  }
  /** The full commit sha `ref` names; throws when it names no commit. */
  async revParse(ref) {
    let sha = await this.tryRevParse(ref);
    if (sha === null) throw new Error(`git rev-parse: '${ref}' does not name a commit in ${this.#topLevel}`);
    return sha;
  }
  /** The full commit sha `ref` names, or `null`. */
  async tryRevParse(ref) {
    assertNotOption(ref, "ref");
    let out = await this.exec(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFailure: !0 });
    return out.exitCode === 0 ? out.stdout.trim() : null;
  }
  /** The sha HEAD points at. */
  async currentHead() {
    return this.revParse("HEAD");
  }
  /** Absolute path of the repository's common git dir (shared by all its worktrees). */
  async commonDir() {
    return (await this.exec(["rev-parse", "--path-format=absolute", "--git-common-dir"])).stdout.trim();
  }
  /** Whether the local branch `refs/heads/<name>` exists. */
  async branchExists(name) {
    return (await this.exec(["show-ref", "--verify", "--quiet", `refs/heads/${name}`], { allowFailure: !0 })).exitCode === 0;
  }
  /** Names of every local branch. */
  async localBranches() {
    let out = await this.exec(["for-each-ref", "--format=%(refname:strip=2)", "refs/heads/"]);
    return new Set(out.stdout.split(`
`).filter(Boolean));
  }
};
function identityArgs(identity) {
  if (!identity.name.trim() || !identity.email.trim())
    throw new TypeError(`Invalid git identity '${identity.name} <${identity.email}>'. Expected a name and an email.`);
  return ["-c", `user.name=${identity.name}`, "-c", `user.email=${identity.email}`, "-c", "commit.gpgsign=false"];
}
function assertNotOption(value, what) {
  if (value.startsWith("-")) throw new TypeError(`Invalid ${what} '${value}': must not start with '-'.`);
}
function redact(text, secrets) {
  let out = text;
  for (let s of secrets) out = out.split(s).join(REDACTED);
  return out;
}
function redactArgs(args, secrets) {
  return args.map((a) => {
    let m = /^(http\..*extraheader=)(.+)$/i.exec(a);
    return m ? `${m[1]}${REDACTED}` : redact(a, secrets);
  });
}
async function run(args, cwd, env, input) {
  let out = await Launcher.shared().run({ file: "git", args, cwd, env, input });
  return "spawnError" in out ? out : { stdout: out.stdout, stderr: out.stderr + (out.signal ? `
(killed by ${out.signal})` : ""), exitCode: out.code ?? 128 };
}

export {
  launch,
  GitError,
  Git,
  identityArgs,
  assertNotOption,
  redact,
  redactArgs
};
//# sourceMappingURL=chunk-RFCGYHN4.js.map
