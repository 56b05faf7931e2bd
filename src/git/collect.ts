/**
 * The trusted step that turns what an agent left into a result, run where the agent ran: a fresh
 * container from the same image, as the agent's user, without network (in subprocess mode a plain
 * subprocess). Its script is ours; everything it reads is the agent's data. It never uses the agent's
 * config, hooks or index: it reads the agent's HEAD commit, commits the files on top of it in a bare
 * repository of its own, and writes a bundle the host then checks and imports ({@link importResult}).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExecResult, ExecSpec, Executor, Sandbox } from '../exec/types.js';
import type { Git, GitIdentity } from './git.js';
import { formatLimit, importResult, listFiles, type ResultLimits } from './result.js';
import { removeTaskDir } from './task-repo.js';
import { launch } from './launcher.js';

/** Exit status of the script when the result is over a limit (its offenders are printed). */
export const COLLECT_OVER_LIMIT = 3;

/** Exit status of the script when the image lacks a tool it needs (git, coreutils). */
export const COLLECT_NO_TOOLS = 5;

/** How long the collect step may take before it is killed (it hashes the task's files once). */
export const COLLECT_TIMEOUT_MS = 5 * 60_000;

/**
 * The collect script (POSIX sh, git and coreutils). Inputs come as environment variables:
 * `AF_WORK` (the task directory), `AF_OUT` (a fresh output directory, which may hold `index.base`: the
 * task directory's index as the host made it, see {@link CollectTaskOptions.startIndex}), `AF_START` (the task's start
 * point), `AF_OBJECTS` (the main object directories, one per line), `AF_SHALLOW` (shallow commits, one
 * per line), `AF_FORMAT` (sha1 or sha256), `AF_MESSAGE` (the commit message), the three `AF_MAX_*`
 * limits and the committer identity. Output on stdout, one record per line:
 * `AF-RESULT <head> <result> <note>` (note `-` or `missing-git`), `AF-BUNDLE yes|no`, `AF-END` (the
 * last line: everything is written), and for exit 3
 * `AF-LIMIT <files|bytes|file> <value>` followed by `AF-OFFENDER <size> <path>` lines.
 */
export const COLLECT_SCRIPT = String.raw`set -u
for c in git awk stat xargs sort sed head; do
  command -v "$c" >/dev/null 2>&1 || { echo "collect: '$c' is not in this image" >&2; exit 5; }
done
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_COMMON_DIR \
  GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_NAMESPACE GIT_CEILING_DIRECTORIES GIT_EXTERNAL_DIFF \
  GIT_PAGER GIT_SSH GIT_SSH_COMMAND GIT_ASKPASS GIT_EDITOR GIT_EXEC_PATH GIT_TEMPLATE_DIR GIT_REPLACE_REF_BASE
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_TERMINAL_PROMPT=0 GIT_NO_REPLACE_OBJECTS=1 LC_ALL=C
W=$AF_WORK O=$AF_OUT R=$AF_OUT/r.git start=$AF_START
export HOME="$O/home" XDG_CONFIG_HOME="$O/home"
# A bare repository of ours, made by hand (one git process less) before the wait: the main objects
# and the agent's become its alternates below.
mkdir -p "$HOME" "$R/objects/info" "$R/objects/pack" "$R/refs/heads" "$R/refs/fanout" || exit 2
echo 'ref: refs/heads/main' > "$R/HEAD"
if [ "$AF_FORMAT" = sha1 ]; then
  printf '[core]\n\trepositoryformatversion = 0\n\tbare = true\n' > "$R/config"
else
  printf '[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectformat = %s\n' "$AF_FORMAT" > "$R/config"
fi
if [ -n "$AF_SHALLOW" ]; then printf '%s\n' "$AF_SHALLOW" > "$R/shallow"; fi
# Started early, the step waits here until the host says the agent's run is over.
if [ -p "$O/go" ]; then
  read -r cmd < "$O/go" || cmd=
  [ "$cmd" = go ] || { echo "collect: not started" >&2; exit 4; }
fi
g() { git -c core.hooksPath=/dev/null -c core.fsmonitor=false -c 'safe.directory=*' -c core.untrackedCache=false \
  -c gc.auto=0 -c maintenance.auto=false -c commit.gpgsign=false -c core.quotePath=true -c core.splitIndex=false "$@"; }
fail() { echo "collect: $*" >&2; exit 2; }
nl='
'

# 1. The agent's HEAD commit (and its tree, and where its objects are): the only things read from
#    its git dir, a directory or a gitfile.
out=$(g --git-dir="$W/.git" rev-parse --path-format=absolute --git-path objects 'HEAD^{commit}' 'HEAD^{tree}' 2>/dev/null) || out=
set -f; IFS=$nl; set -- $out; unset IFS; set +f
if [ $# -eq 3 ]; then agentobjs=$1 head=$2 headtree=$3; else agentobjs= head= headtree=; fi

# 2. Our repository's alternates: the main objects and the agent's.
{
  printf '%s\n' "$AF_OBJECTS"
  if [ -n "$agentobjs" ] && [ -d "$agentobjs" ]; then printf '%s\n' "$agentobjs"; fi
} > "$R/objects/info/alternates" || fail "cannot write $R"
# The host's copy of the task directory's index as it made it before the agent ran (index.base),
# when there is one: its stat data lets the refresh hash only the files whose stat changed.
idx=$O/index
if [ -f "$O/index.base" ]; then idx=$O/index.base; fi
export GIT_DIR="$R" GIT_WORK_TREE="$W" GIT_INDEX_FILE="$idx"
cd "$W" || fail "cannot enter $W"
note=-
if [ -z "$head" ]; then
  head=$start note=missing-git
  headtree=$(g rev-parse "$start^{tree}") || fail "the start point $start is not readable"
fi
# With the host's index, a one-tree merge keeps the stat data of every entry the agent's HEAD has
# unchanged; without it (or should it not read), the tree alone.
if [ "$idx" = "$O/index" ] || ! g read-tree -m "$head" 2>/dev/null; then
  rm -f "$idx"
  g read-tree "$head" || fail "the agent's HEAD commit $head could not be read"
fi
# Stat data for the files as they are, so what follows hashes only what changed.
g update-index -q --refresh >/dev/null 2>&1

# What add would take (untracked and modified files), measured before anything is hashed into objects.
over() {
  awk -v maxf="$AF_MAX_FILE_BYTES" -v maxb="$AF_MAX_RESULT_BYTES" -v maxn="$AF_MAX_RESULT_FILES" '
    $1 ~ /^[0-9]+$/ { n++; b += $1; if ($1 + 0 > big) big = $1 + 0 }
    END {
      if (big > maxf + 0) { print "AF-LIMIT file " maxf; exit 0 }
      if (b > maxb + 0) { print "AF-LIMIT bytes " maxb; exit 0 }
      if (n > maxn + 0) { print "AF-LIMIT files " maxn; exit 0 }
      exit 1
    }'
}
offenders() { sort -rn | head -n 5 | sed 's/^/AF-OFFENDER /'; }
if g ls-files -z -o -m --exclude-standard > "$O/changed"; then listed=yes; else listed=no; fi
sizes=
if [ -s "$O/changed" ]; then sizes=$(xargs -0 -r stat -c '%s %n' -- < "$O/changed" 2>/dev/null); fi
if [ -n "$sizes" ] && printf '%s\n' "$sizes" | over; then printf '%s\n' "$sizes" | offenders; exit 3; fi

# 3. Commit the files on top of the agent's HEAD: nothing to add when git listed no file (the agent
#    committed everything, or changed nothing).
if [ "$listed" = yes ] && [ ! -s "$O/changed" ]; then
  tree=$headtree
else
  g add -A >/dev/null || fail "git add -A failed"
  tree=$(g write-tree) || fail "git write-tree failed"
fi
if [ "$tree" = "$headtree" ]; then
  result=$head
else
  result=$(printf '%s\n' "$AF_MESSAGE" | g commit-tree "$tree" -p "$head") || fail "git commit-tree failed"
fi

# The agent's own commits were not measured above: the same limits on the whole result.
if [ "$head" != "$start" ]; then
  sizes=$(g diff-tree -r --no-renames --no-commit-id --raw "$start" "$result" \
    | awk '{ split($0, t, "\t"); split(t[1], f, " "); if (f[5] ~ /^[AMT]/ && f[2] != "160000") print f[4] " " substr($0, length(t[1]) + 2) }' \
    | g cat-file --batch-check='%(objectsize) %(rest)') || fail "measuring the result failed"
  if printf '%s\n' "$sizes" | over; then printf '%s\n' "$sizes" | offenders; exit 3; fi
fi

echo "AF-RESULT $head $result $note"
if [ "$result" = "$start" ]; then printf 'AF-BUNDLE no\nAF-END\n'; exit 0; fi
printf '%s\n' "$result" > "$R/refs/fanout/result"
if g bundle create -q "$O/result.bundle" refs/fanout/result "^$start" >/dev/null 2>"$O/bundle.err"; then
  echo "AF-BUNDLE yes"
elif [ -z "$(g rev-list -n 1 "$result" "^$start")" ]; then
  # Nothing to send: the result is in the start point's history (the main repository has it).
  echo "AF-BUNDLE no"
else
  cat "$O/bundle.err" >&2
  fail "git bundle create failed"
fi
echo AF-END
`;

export interface CollectSpecOptions {
  runId: string;
  taskId: string;
  /** The task directory (the agent's). */
  workDir: string;
  /** A fresh directory for the collect step's repository and bundle, never mounted into the agent's container. */
  outDir: string;
  /** The task dir, where the step's log files go. */
  logDir: string;
  startPoint: string;
  objectFormat: string;
  objectDirs: string[];
  shallow: string[];
  message: string;
  identity: GitIdentity;
  limits: ResultLimits;
  /** The task's sandbox; the step runs without network whatever the task had. */
  sandbox: Omit<Sandbox, 'network'>;
}

/** The exec spec of the collect step: argv `sh -c SCRIPT`, network none, the task dir, the objects (read-only) and the out dir. */
export function collectSpec(o: CollectSpecOptions): ExecSpec {
  return {
    runId: o.runId,
    taskId: o.taskId,
    argv: ['sh', '-c', COLLECT_SCRIPT],
    env: {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      AF_WORK: o.workDir,
      AF_OUT: o.outDir,
      AF_START: o.startPoint,
      AF_FORMAT: o.objectFormat,
      AF_OBJECTS: o.objectDirs.join('\n'),
      AF_SHALLOW: o.shallow.join('\n'),
      AF_MESSAGE: o.message,
      AF_MAX_RESULT_BYTES: String(o.limits.maxBytes),
      AF_MAX_RESULT_FILES: String(o.limits.maxFiles),
      AF_MAX_FILE_BYTES: String(o.limits.maxFileBytes),
      GIT_AUTHOR_NAME: o.identity.name,
      GIT_AUTHOR_EMAIL: o.identity.email,
      GIT_COMMITTER_NAME: o.identity.name,
      GIT_COMMITTER_EMAIL: o.identity.email,
    },
    workdir: o.outDir,
    timeoutMs: COLLECT_TIMEOUT_MS,
    logFile: path.join(o.logDir, 'collect.log'),
    stdoutFile: path.join(o.logDir, 'collect.out'),
    container: {
      ...o.sandbox,
      network: 'none',
      mounts: [{ path: o.workDir }, ...o.objectDirs.map((d) => ({ path: d, readOnly: true })), { path: o.outDir }],
      labels: { 'dev.agent-fanout.step': 'collect' },
    },
  };
}

/** What the collect step reported, read from its stdout (data from the sandbox: checked, never trusted). */
export type CollectReport =
  | { kind: 'result'; head: string; result: string; missingGit: boolean; bundle: boolean }
  | { kind: 'over-limit'; limit: 'files' | 'bytes' | 'file'; value: number; offenders: { size: number; path: string }[] };

/** Parses the collect step's stdout; null when it holds no complete report. */
export function parseCollectOutput(text: string): CollectReport | null {
  const lines = text.split('\n');
  const limit = lines.map((l) => /^AF-LIMIT (files|bytes|file) (\d+)$/.exec(l)).find(Boolean);
  if (limit) {
    const offenders = lines
      .map((l) => /^AF-OFFENDER (\d+) (.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .slice(0, 5)
      .map((m) => ({ size: Number(m[1]), path: m[2] }));
    return { kind: 'over-limit', limit: limit[1] as 'files' | 'bytes' | 'file', value: Number(limit[2]), offenders };
  }
  const result = lines.map((l) => /^AF-RESULT ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) (-|missing-git)$/.exec(l)).find(Boolean);
  const bundle = lines.map((l) => /^AF-BUNDLE (yes|no)$/.exec(l)).find(Boolean);
  if (!result || !bundle) return null;
  return { kind: 'result', head: result[1], result: result[2], missingGit: result[3] === 'missing-git', bundle: bundle[1] === 'yes' };
}

export interface CollectTaskOptions extends Omit<CollectSpecOptions, 'logDir'> {
  /** The task dir (prompt, logs): the step's log files go there. */
  taskDir: string;
  branch: string;
  /** Attempt of a best-of-N task: the result goes to its attempt ref, not the branch ({@link importResult}). */
  attempt?: number;
  commonDir: string;
  /** Set when the host must hand the out dir to the agent's user (a root orchestrator, Docker). */
  owner?: { uid: number; gid: number };
  /**
   * The task directory's index as the host made it, read before the agent starts: copied into the
   * out dir (which the agent never has), so that the step hashes only the files whose stat data
   * changed instead of every file. Only stat data is taken from it: a file whose size, times or inode
   * differ is read again, and an agent cannot set a file's ctime back. Skipped when it is not a
   * regular file.
   */
  startIndex?: string;
  /** The agent's timeout: a step started early waits at most that long for the agent before its own. */
  agentTimeoutMs: number;
  /** Aborting kills the step (the run was cancelled). */
  signal?: AbortSignal;
  /**
   * The image the step runs in when the task's image lacks git or coreutils (agent-fanout's own,
   * trusted like the task's). Images found lacking are added to `imagesWithoutTools`, shared by a
   * run's tasks, so later steps go straight to the fallback.
   */
  fallbackImage?: string;
  imagesWithoutTools?: Set<string>;
}

/** What a task's result came to, for its record. */
export interface TaskResult {
  /** The commit the task branch points at now; null when the agent changed nothing or the result was not taken. */
  commit: string | null;
  filesChanged: number;
  insertions: number;
  deletions: number;
  changedFiles: string[];
  /** Where a result that does not descend from the start point is kept. */
  rejectedRef?: string;
  /** Said of a result that was taken, e.g. that the agent's git dir was missing. */
  note?: string;
  /** Why the result was not taken (the task fails with it). */
  problem?: string;
  /**
   * Milliseconds: `collect` (from the end of the agent's run, its container removed, to the step's end;
   * a step started early was let go at the agent's exit already), `import` (the host's checks and
   * ref update), and the step's own lifecycle phases as `collect.<phase>` (`collect.start` is spent
   * while the agent runs when the step was started early).
   */
  phases: Record<string, number>;
}

/** The note a result gets when the agent's git dir could not be read. */
export const MISSING_GIT_NOTE = "the agent's git dir was missing or unreadable; its files were committed on the task's start point";

/** How long the host keeps trying to reach a step that was started early before it gives up on it. */
const GATE_WAIT_MS = 120_000;

/**
 * The collect step of one task. In Docker its container is started while the agent runs
 * ({@link prestart}, a few seconds into the agent's run) and waits on a FIFO in its out dir, which is never
 * mounted into the agent's container; {@link finish} opens that gate once the agent's run ended, so
 * the container start is not on the task's path. Elsewhere it runs when {@link finish} is called.
 * Nothing here throws for what the agent did: a result that cannot be taken comes back as `problem`.
 */
export class CollectStep {
  readonly #executor: Executor;
  readonly #git: Git;
  readonly #o: CollectTaskOptions;
  readonly #gate: string | null;
  readonly #controller = new AbortController();
  readonly #earlyController = new AbortController();
  #early: Promise<ExecResult> | undefined;
  /** The gate, opened once the agent was seen to exit ({@link release}). */
  #released: Promise<boolean> | undefined;
  #finishing = false;
  /** Every run of the step, awaited before the out dir goes. */
  readonly #runs: Promise<ExecResult>[] = [];
  /** The image of the last run started. */
  #usedImage = '';
  #settled = false;
  /** The last run's stdout as it arrives, and a signal for its final line. */
  #stdout = '';
  #ended: { promise: Promise<void>; resolve: () => void } = deferred();
  /** ms from starting a run to its process running (create, attach, start). */
  #startMs: number | undefined;
  #done: Promise<void> | undefined;

  private constructor(executor: Executor, git: Git, o: CollectTaskOptions, gate: string | null) {
    this.#executor = executor;
    this.#git = git;
    this.#o = o;
    this.#gate = gate;
  }

  /** Makes the out dir (fresh, the agent never had it) and, in Docker, the gate FIFO in it. */
  static async prepare(executor: Executor, git: Git, o: CollectTaskOptions): Promise<CollectStep> {
    await removeTaskDir(o.outDir);
    await fs.mkdir(o.outDir, { recursive: true });
    let gate: string | null = null;
    if (executor.mode === 'docker') {
      gate = path.join(o.outDir, 'go');
      await launch('mkfifo', ['-m', '600', gate]);
    }
    if (o.startIndex) await copyStartIndex(o.startIndex, path.join(o.outDir, 'index.base'));
    if (o.owner) {
      await fs.lchown(o.outDir, o.owner.uid, o.owner.gid);
      if (gate) await fs.lchown(gate, o.owner.uid, o.owner.gid);
    }
    return new CollectStep(executor, git, o, gate);
  }

  /** Starts the step now, to wait at its gate (Docker only; once). */
  prestart(): void {
    if (this.#gate === null || this.#early) return;
    this.#early = this.#run(this.#o.agentTimeoutMs + COLLECT_TIMEOUT_MS, this.#image(), this.#earlyController.signal);
    void this.#early.finally(() => (this.#settled = true));
  }

  /**
   * Lets a step that was started early go on as soon as the agent's process is gone, while the agent's
   * container is still being inspected and removed; {@link finish} then takes its result. Should the
   * result not be wanted after all (a retry, a cancelled run), {@link cancel} stops the step.
   */
  release(): void {
    if (!this.#early || this.#released || this.#controller.signal.aborted) return;
    this.#released = this.#openGate();
  }

  /** Stops a step that was started early (the agent's run was cancelled or failed to start). */
  async cancel(): Promise<void> {
    this.#controller.abort();
    await (this.#done ??= this.#cleanUp());
  }

  /**
   * Settles once every run of the step is gone and its out dir deleted. {@link finish} does not wait
   * for that (a container's exit and removal are not the task's business any more); the run does.
   */
  get done(): Promise<void> {
    return this.#done ?? Promise.resolve();
  }

  /** Lets the step run (or runs it now), then takes its result in. */
  async finish(): Promise<TaskResult> {
    this.#finishing = true;
    const phases: Record<string, number> = {};
    const t0 = Date.now();
    try {
      let outcome: StepOutcome | undefined;
      if (this.#early) {
        if (await (this.#released ?? this.#openGate())) outcome = await this.#outcome(this.#early);
        else {
          // It ended without reaching its gate (for want of tools, see below, or it failed to start),
          // or never got there in time: then it is stopped.
          this.#earlyController.abort();
          const early = await this.#early;
          if (early.outcome === 'exited' && early.exitCode === COLLECT_NO_TOOLS) outcome = { exec: early, stdout: this.#stdout };
        }
      }
      if (outcome === undefined) {
        // Not started early, or the early one failed: run it now, without a gate.
        if (this.#gate) await fs.rm(this.#gate, { force: true });
        outcome = await this.#outcome(this.#run(COLLECT_TIMEOUT_MS, this.#image()));
      }
      const fallback = this.#o.fallbackImage;
      if (outcome.exec?.outcome === 'exited' && outcome.exec.exitCode === COLLECT_NO_TOOLS && fallback && this.#usedImage !== fallback) {
        this.#o.imagesWithoutTools?.add(this.#o.sandbox.image);
        phases['collect.fallback'] = 1;
        await this.#resetOutDir();
        outcome = await this.#outcome(this.#run(COLLECT_TIMEOUT_MS, fallback));
      }
      phases.collect = Date.now() - t0;
      if (this.#startMs !== undefined) phases['collect.start'] = this.#startMs;
      return { ...(await this.#take(outcome, phases)), phases };
    } catch (error) {
      // Nothing may be left waiting at its gate.
      this.#controller.abort();
      throw error;
    } finally {
      this.#done = this.#cleanUp();
    }
  }

  /** The task's image, unless it is known to lack what the step needs. */
  #image(): string {
    const { sandbox, fallbackImage, imagesWithoutTools } = this.#o;
    return fallbackImage && imagesWithoutTools?.has(sandbox.image) ? fallbackImage : sandbox.image;
  }

  /** Starts one run of the step, collecting its stdout as it arrives. */
  #run(timeoutMs: number, image: string, signal?: AbortSignal): Promise<ExecResult> {
    const o = this.#o;
    this.#usedImage = image;
    this.#stdout = '';
    this.#ended = deferred();
    this.#startMs = undefined;
    const ended = this.#ended;
    const t0 = Date.now();
    const spec = collectSpec({ ...o, logDir: o.taskDir });
    const run = this.#executor.run({
      ...spec,
      container: { ...spec.container, image },
      timeoutMs,
      signal: AbortSignal.any([this.#controller.signal, ...(o.signal ? [o.signal] : []), ...(signal ? [signal] : [])]),
      sampleResources: false,
      onStarted: () => (this.#startMs = Date.now() - t0),
      onOutput: (stream, text) => {
        if (stream !== 'stdout' || this.#stdout.length > 1024 ** 2) return;
        this.#stdout += text;
        if (/^AF-END$/m.test(this.#stdout)) ended.resolve();
      },
    });
    this.#runs.push(run);
    return run;
  }

  /**
   * How a run ended: its last line (`AF-END`, printed once the bundle is closed) is enough to go on
   * with, so the container's exit and removal are not waited for; anything else waits for the exit.
   */
  async #outcome(run: Promise<ExecResult>): Promise<StepOutcome> {
    const first = await Promise.race([this.#ended.promise.then(() => 'ended' as const), run]);
    if (first === 'ended') return { stdout: this.#stdout };
    return { exec: first, stdout: this.#stdout };
  }

  /** Empties the out dir for another attempt (a step that ran left its files there). */
  async #resetOutDir(): Promise<void> {
    await removeTaskDir(this.#o.outDir);
    await fs.mkdir(this.#o.outDir, { recursive: true });
    if (this.#o.owner) await fs.lchown(this.#o.outDir, this.#o.owner.uid, this.#o.owner.gid);
  }

  /** Writes `go` into the gate once the step has it open; false when the step ended without reading it. */
  async #openGate(): Promise<boolean> {
    const end = Date.now() + GATE_WAIT_MS;
    for (;;) {
      try {
        // Non-blocking: it succeeds only while the step is waiting to read.
        const handle = await fs.open(this.#gate!, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
        try {
          await handle.write('go\n');
        } finally {
          await handle.close();
        }
        return true;
      } catch (error) {
        // ENXIO: no reader yet. Anything else (the FIFO gone): the step cannot be reached.
        if ((error as NodeJS.ErrnoException).code !== 'ENXIO') return false;
      }
      if (this.#settled || Date.now() > end) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async #take(outcome: StepOutcome, phases: Record<string, number>): Promise<Omit<TaskResult, 'phases'>> {
    const o = this.#o;
    const unchanged = { commit: null, filesChanged: 0, insertions: 0, deletions: 0, changedFiles: [] };
    const { exec } = outcome;
    if (exec && exec.outcome !== 'exited') {
      return { ...unchanged, problem: `the collect step ${exec.outcome === 'error' ? `failed: ${exec.error}` : `ended ${exec.outcome.replace('_', ' ')}`}` };
    }
    const report = parseCollectOutput(outcome.stdout);
    if (exec?.exitCode === COLLECT_OVER_LIMIT && report?.kind === 'over-limit') {
      return { ...unchanged, problem: `${overLimitReason(report)}; the result was dropped` };
    }
    if ((exec && exec.exitCode !== 0) || report?.kind !== 'result') {
      const log = (await readHead(collectSpec({ ...o, logDir: o.taskDir }).logFile, 64 * 1024)).trim().split('\n').slice(-3).join(' / ');
      return { ...unchanged, problem: `the collect step failed (exit ${exec?.exitCode ?? 'unknown'})${log ? `: ${log}` : ''}` };
    }
    const note = report.missingGit ? { note: MISSING_GIT_NOTE } : {};
    if (report.result === o.startPoint) return { ...unchanged, ...note };
    const t1 = Date.now();
    try {
      const imported = await importResult(this.#git, {
        runId: o.runId,
        taskId: o.taskId,
        branch: o.branch,
        startPoint: o.startPoint,
        result: report.result,
        bundle: report.bundle ? path.join(o.outDir, 'result.bundle') : null,
        commonDir: o.commonDir,
        limits: o.limits,
        attempt: o.attempt,
      });
      if (imported.kind === 'accepted') {
        const { kind: _kind, ...stats } = imported;
        return { ...stats, ...note };
      }
      if (imported.kind === 'rejected') return { ...unchanged, rejectedRef: imported.ref, problem: imported.reason };
      return { ...unchanged, problem: imported.reason };
    } catch (error) {
      return { ...unchanged, problem: error instanceof Error ? error.message : String(error) };
    } finally {
      phases.import = Date.now() - t1;
    }
  }

  /** Waits for every run to be gone (killed if still waiting at its gate), then deletes the out dir. */
  async #cleanUp(): Promise<void> {
    if (!this.#finishing) this.#controller.abort();
    await Promise.allSettled(this.#runs);
    await removeTaskDir(this.#o.outDir).catch(() => undefined);
  }
}

/** A run of the step: its stdout, and its end when that was waited for. */
interface StepOutcome {
  exec?: ExecResult;
  stdout: string;
}

/**
 * Copies the host's index (a reflink where the file system has them), keeping its times: git takes
 * an entry written in the same second as the index as possibly changed, and re-reads it. Anything
 * but a regular file, or a failed copy, leaves no copy (the step then reads every file).
 */
async function copyStartIndex(from: string, to: string): Promise<void> {
  // Opened without following a symlink, and checked on the descriptor: whatever sits at `from`, only
  // a regular file there is ever read.
  const source = await fs.open(from, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW).catch(() => null);
  if (!source) return;
  try {
    const st = await source.stat();
    if (!st.isFile()) return;
    await fs.writeFile(to, await source.readFile(), { mode: 0o644, flag: 'wx' });
    await fs.utimes(to, st.atime, st.mtime);
  } catch {
    await fs.rm(to, { force: true });
  } finally {
    await source.close();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function overLimitReason(r: Extract<CollectReport, { kind: 'over-limit' }>): string {
  switch (r.limit) {
    case 'file':
      return `the result has a file over the limit of ${formatLimit(r.value)} per file (max-file-size): ${listFiles(r.offenders.filter((f) => f.size > r.value))}`;
    case 'bytes':
      return `the result adds more than the limit of ${formatLimit(r.value)} (max-result-size); biggest files: ${listFiles(r.offenders)}`;
    case 'files':
      return `the result adds or changes more than the limit of ${r.value} files (max-result-files); biggest files: ${listFiles(r.offenders)}`;
  }
}

/** The first `max` bytes of a file the host wrote, as text ('' when it is missing). */
async function readHead(file: string, max: number): Promise<string> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const buf = Buffer.alloc(max);
    const { bytesRead } = await handle.read(buf, 0, max, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
