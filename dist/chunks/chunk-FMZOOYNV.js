import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";

// src/git/git.ts
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import path from "node:path";
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
function run(args, cwd, env, input) {
  return new Promise((resolve) => {
    let child = spawn("git", args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] }), stdout = [], stderr = [];
    if (child.stdout.on("data", (c) => stdout.push(c)), child.stderr.on("data", (c) => stderr.push(c)), child.on("error", (err) => resolve({ spawnError: err })), child.on(
      "close",
      (code, signal) => resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8") + (signal ? `
(killed by ${signal})` : ""),
        exitCode: code ?? 128
      })
    ), child.stdin.on("error", () => {
    }), typeof input == "object") {
      let source = createReadStream(input.path, { start: input.start ?? 0 });
      source.on("error", (err) => {
        child.kill(), resolve({ spawnError: err });
      }), source.pipe(child.stdin);
    } else
      child.stdin.end(input ?? "");
  });
}

export {
  GitError,
  Git,
  identityArgs,
  assertNotOption,
  redact,
  redactArgs
};
//# sourceMappingURL=chunk-FMZOOYNV.js.map
