/** The one place that spawns git: a small wrapper in the manner of create-pull-request's GitCommandManager. */
import path from 'node:path';
import { silentLogger, type Logger } from '../core/logger.js';
import { Launcher } from './launcher.js';

export interface GitOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface GitExecOptions {
  /** Return a non-zero exit code instead of throwing. Default `false`. */
  allowFailure?: boolean;
  /** Working directory for this call. Default: the repository's top level. */
  cwd?: string;
  /** Written to git's stdin. Default: nothing (stdin is closed). */
  input?: string;
  /** Strings removed from error messages and logs (tokens, their base64 forms). Default none. */
  secrets?: string[];
  /** Extra environment for this call (e.g. a quarantine object directory). Default none. */
  env?: Record<string, string>;
  /** Streamed to git's stdin from this file, from byte `start` on (instead of `input`). */
  inputFile?: { path: string; start?: number };
}

export interface GitCreateOptions {
  /** Extra environment for every git call, on top of the process environment. Default none. */
  env?: Record<string, string>;
  /** Receives one debug line per git call. Default: silent. */
  logger?: Logger;
}

/** A failed git call: the message names the command, the exit code and git's stderr. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    detail?: string,
  ) {
    const what = detail ?? (exitCode === null ? 'failed' : `failed with exit code ${exitCode}`);
    super(`git ${args.join(' ')} ${what}${stderr.trim() ? `: ${stderr.trim()}` : ''}`);
    this.name = 'GitError';
  }
}

/**
 * Options put before every command. `safe.directory=*`: the orchestrator may run as a different
 * uid than the repository owner (containers, runners). Hooks are off because the common git dir is
 * shared with agents, which could plant a hook that our next `commit` or `push` would run on the
 * host; it also keeps a repository's pre-push test suite out of the fan-out. `core.fsmonitor` is a
 * command too, for the same reason.
 */
const BASE_ARGS = [
  '-c', 'safe.directory=*',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.fsmonitor=false',
  // Commits in several worktrees at once must not start a repack under each other.
  '-c', 'gc.auto=0',
  '-c', 'maintenance.auto=false',
];

const REDACTED = '***';

export class Git {
  readonly #topLevel: string;
  readonly #env: NodeJS.ProcessEnv;
  readonly #logger: Logger;

  private constructor(topLevel: string, env: NodeJS.ProcessEnv, logger: Logger) {
    this.#topLevel = topLevel;
    this.#env = env;
    this.#logger = logger;
  }

  /** Opens the repository (or worktree) containing `cwd`; throws when `cwd` is not inside one. */
  static async create(cwd: string, opts: GitCreateOptions = {}): Promise<Git> {
    const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0' };
    const probe = new Git(path.resolve(cwd), env, opts.logger ?? silentLogger);
    let out: GitOutput;
    try {
      out = await probe.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
    } catch (err) {
      // spawn errors: missing directory (ENOENT on cwd) or no git binary.
      throw new Error(`cannot open git repository at ${cwd}: ${(err as Error).message}`, { cause: err });
    }
    if (out.exitCode !== 0 || !out.stdout.trim()) {
      throw new Error(`not a git repository (or a bare one): ${cwd}: ${out.stderr.trim() || 'no working tree'}`);
    }
    return new Git(out.stdout.trim(), env, opts.logger ?? silentLogger);
  }

  /** Absolute path of the working tree's top level. */
  get topLevel(): string {
    return this.#topLevel;
  }

  /** A wrapper for another working tree (e.g. a task's worktree) sharing this one's env and logger. */
  async at(cwd: string): Promise<Git> {
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.#env)) if (v !== undefined) extra[k] = v;
    return Git.create(cwd, { env: extra, logger: this.#logger });
  }

  /** Runs `git <args>` without a shell; throws a {@link GitError} on a non-zero exit unless `allowFailure`. */
  async exec(args: string[], opts: GitExecOptions = {}): Promise<GitOutput> {
    const secrets = (opts.secrets ?? []).filter((s) => s.length > 0);
    const shown = redactArgs(args, secrets);
    this.#logger.debug(`git ${shown.join(' ')}`);
    const env = opts.env ? { ...this.#env, ...opts.env } : this.#env;
    const out = await run([...BASE_ARGS, ...args], opts.cwd ?? this.#topLevel, env, opts.inputFile ?? opts.input);
    if ('spawnError' in out) {
      throw new GitError(shown, null, '', `could not be started: ${redact(out.spawnError.message, secrets)}`);
    }
    if (out.exitCode !== 0 && !opts.allowFailure) {
      throw new GitError(shown, out.exitCode, redact(out.stderr, secrets));
    }
    return out;
  }

  /** Like {@link exec} but returns `null` instead of throwing when git fails. */
  async tryExec(args: string[], opts: Omit<GitExecOptions, 'allowFailure'> = {}): Promise<GitOutput | null> {
    try {
      const out = await this.exec(args, { ...opts, allowFailure: true });
      return out.exitCode === 0 ? out : null;
    } catch {
      return null;
    }
  }

  /** The full commit sha `ref` names; throws when it names no commit. */
  async revParse(ref: string): Promise<string> {
    const sha = await this.tryRevParse(ref);
    if (sha === null) throw new Error(`git rev-parse: '${ref}' does not name a commit in ${this.#topLevel}`);
    return sha;
  }

  /** The full commit sha `ref` names, or `null`. */
  async tryRevParse(ref: string): Promise<string | null> {
    assertNotOption(ref, 'ref');
    const out = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
    return out.exitCode === 0 ? out.stdout.trim() : null;
  }

  /** The sha HEAD points at. */
  async currentHead(): Promise<string> {
    return this.revParse('HEAD');
  }

  /** Absolute path of the repository's common git dir (shared by all its worktrees). */
  async commonDir(): Promise<string> {
    const out = await this.exec(['rev-parse', '--path-format=absolute', '--git-common-dir']);
    return out.stdout.trim();
  }

  /** Whether the local branch `refs/heads/<name>` exists. */
  async branchExists(name: string): Promise<boolean> {
    const out = await this.exec(['show-ref', '--verify', '--quiet', `refs/heads/${name}`], { allowFailure: true });
    return out.exitCode === 0;
  }

  /** Names of every local branch. */
  async localBranches(): Promise<Set<string>> {
    const out = await this.exec(['for-each-ref', '--format=%(refname:strip=2)', 'refs/heads/']);
    return new Set(out.stdout.split('\n').filter(Boolean));
  }
}

/** Who commits: passed with `-c`, so no global git config is needed. */
export interface GitIdentity {
  name: string;
  email: string;
}

/**
 * `-c` options for a commit-making command: the identity, and signing off, because a signing setup
 * in the user's config needs a key or agent the orchestrator may not have.
 */
export function identityArgs(identity: GitIdentity): string[] {
  if (!identity.name.trim() || !identity.email.trim()) {
    throw new TypeError(`Invalid git identity '${identity.name} <${identity.email}>'. Expected a name and an email.`);
  }
  return ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, '-c', 'commit.gpgsign=false'];
}

/** Rejects values git would read as options (e.g. a ref named `--output=...`). */
export function assertNotOption(value: string, what: string): void {
  if (value.startsWith('-')) throw new TypeError(`Invalid ${what} '${value}': must not start with '-'.`);
}

/** `text` with every secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(REDACTED);
  return out;
}

/** Hides secrets and the value of any `extraheader` config option in an argument list. */
export function redactArgs(args: readonly string[], secrets: readonly string[]): string[] {
  return args.map((a) => {
    const m = /^(http\..*extraheader=)(.+)$/i.exec(a);
    return m ? `${m[1]}${REDACTED}` : redact(a, secrets);
  });
}

type RunOutcome = GitOutput | { spawnError: Error };

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string | { path: string; start?: number }): Promise<RunOutcome> {
  const out = await Launcher.shared().run({ file: 'git', args, cwd, env, input });
  if ('spawnError' in out) return out;
  return { stdout: out.stdout, stderr: out.stderr + (out.signal ? `\n(killed by ${out.signal})` : ''), exitCode: out.code ?? 128 };
}
