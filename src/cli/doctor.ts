/** `agent-fanout doctor`: checks what a run needs on this host, each ✓/✗ with the fix. */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { defaultConfig, DEFAULT_IMAGE } from '../core/config.js';
import { DockerClient } from '../exec/docker/client.js';
import { silentLogger, type Logger } from '../core/logger.js';
import { arcKubernetesModeMessage, checkDaemonSeesDir } from '../exec/runner-environment.js';
import { formatBytes } from '../core/units.js';
import { errorMessage } from '../core/errors.js';
import { defaultAgentUser } from '../exec/agent-user.js';
import { findMountTool } from '../git/overlay.js';
import { probeOverlay } from '../git/task-trees.js';

const execFileAsync = promisify(execFile);

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
  /** Advice, not a failure: shown with `!` and never makes doctor fail. */
  advice?: boolean;
}

const MIN_FREE_BYTES = 2 * 1024 ** 3;

export async function doctorChecks(options: { image: string; stateDir: string; user: string; userGiven?: boolean }): Promise<Check[]> {
  const checks: Check[] = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  checks.push({
    name: 'node',
    ok: nodeMajor >= 24,
    detail: `node ${process.versions.node}`,
    fix: 'install Node 24 or newer (Actions runs node24)',
  });

  try {
    const { stdout } = await execFileAsync('git', ['--version']);
    const m = /(\d+)\.(\d+)/.exec(stdout);
    const ok = m !== null && (Number(m[1]) > 2 || (Number(m[1]) === 2 && Number(m[2]) >= 38));
    checks.push({ name: 'git', ok, detail: stdout.trim(), fix: 'git 2.38 or newer is needed (merge-tree --write-tree for dependencies and the conflict check)' });
  } catch {
    checks.push({ name: 'git', ok: false, detail: 'git not found', fix: 'apt-get install git' });
  }

  let client: DockerClient | null;
  let securityOptions: string[] = [];
  try {
    client = DockerClient.connect();
    await client.ping();
    const info = await client.info();
    securityOptions = info.securityOptions;
    checks.push({
      name: 'docker',
      ok: true,
      detail: `engine ${info.serverVersion}, cgroup v${info.cgroupVersion} (${info.cgroupDriver}), ${info.cpus} CPUs, ${formatBytes(info.memoryBytes)}`,
    });
  } catch (error) {
    client = null;
    const arc = arcKubernetesModeMessage(process.env);
    checks.push({
      name: 'docker',
      ok: false,
      detail: arc ?? `the daemon does not answer: ${errorMessage(error)}`,
      fix: arc
        ? "use containerMode type 'dind' for this runner scale set"
        : 'install Docker (apt-get install docker.io) and start it; make sure this user may use /var/run/docker.sock (docker group). Without Docker, runs fall back to subprocess mode (no isolation).',
    });
  }

  if (client) {
    const present = await client.imageExists(options.image).catch(() => false);
    checks.push({
      name: 'image',
      ok: present,
      detail: present ? options.image : `${options.image} is missing`,
      fix: options.image === DEFAULT_IMAGE ? 'agent-fanout image build' : `build or load ${options.image}`,
    });
    if (present) {
      // The run directories live under the state directory: the daemon must see it.
      try {
        await fs.mkdir(options.stateDir, { recursive: true });
        await checkDaemonSeesDir({ client, dir: options.stateDir, dirName: 'the state directory', image: options.image, user: options.user, logger: silentLogger });
        checks.push({ name: 'docker mounts', ok: true, detail: `the daemon sees ${options.stateDir}` });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const [detail, ...fix] = message.split('. Fix: ');
        checks.push({ name: 'docker mounts', ok: false, detail, fix: fix.join('. Fix: ') || 'see docs/scale-out.md' });
      }
      const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'agent-fanout-doctor-'));
      try {
        const result = await client.createExecutor().run({
          runId: 'doctor',
          taskId: 'claude-version',
          argv: ['claude', '--version'],
          env: {},
          workdir: '/tmp',
          container: { mounts: [], user: options.user, image: options.image, cpus: 1, memoryBytes: 512 * 1024 ** 2, pidsLimit: 128, network: 'none' },
          timeoutMs: 60_000,
          logFile: path.join(tmp, 'log'),
          stdoutFile: path.join(tmp, 'stdout'),
        });
        const out = (await fs.readFile(path.join(tmp, 'stdout'), 'utf8').catch(() => '')).trim();
        const ok = result.outcome === 'exited' && result.exitCode === 0;
        checks.push({
          name: 'agent CLI',
          ok,
          detail: ok ? `claude ${out} (as ${options.user})` : `claude --version failed in ${options.image} as ${options.user}: ${result.error ?? `exit ${result.exitCode}`}`,
          fix: 'rebuild the image (agent-fanout image build); the CLI must be installed for any uid',
        });
      } finally {
        await fs.rm(tmp, { recursive: true, force: true });
      }
    }
  }

  try {
    await fs.mkdir(options.stateDir, { recursive: true });
    const st = await fs.statfs(options.stateDir);
    const free = st.bavail * st.bsize;
    checks.push({
      name: 'disk',
      ok: free >= MIN_FREE_BYTES,
      detail: `${formatBytes(free)} free at ${options.stateDir}`,
      fix: `free space: worktrees and logs live under ${options.stateDir} (at least ${formatBytes(MIN_FREE_BYTES)} advised)`,
    });
  } catch (error) {
    checks.push({ name: 'disk', ok: false, detail: `cannot use ${options.stateDir}: ${(error as Error).message}`, fix: 'set AGENT_FANOUT_HOME to a writable directory' });
  }

  checks.push(await taskCheckoutCheck(options.stateDir));

  const root = options.user.startsWith('0:');
  const self = process.getuid?.() ?? 0;
  checks.push({
    name: 'uid mapping',
    ok: !root,
    detail: root
      ? 'agents would run as uid 0 (--user 0:0); they keep no capabilities, but a container escape would be root on this host'
      : self === 0 && !options.userGiven
        ? `agents run as ${options.user} (this process is root: the repository owner, or 1000:1000); their task directories are handed to that user`
        : `agents run as ${options.user}, the owner of the files they write`,
    fix: 'leave --user out: a root orchestrator runs agents as the repository owner or 1000:1000',
  });
  if (client) {
    const remapped = securityOptions.some((o) => /name=(userns|rootless)\b/.test(o));
    checks.push({
      name: 'user namespaces',
      ok: remapped,
      advice: true,
      detail: remapped
        ? `container uids are mapped away from this host's (${securityOptions.filter((o) => /userns|rootless/.test(o)).join(', ')})`
        : "the daemon runs without user-namespace remapping: uid N in a container is uid N on this host",
      fix:
        'stronger isolation: enable userns-remap in /etc/docker/daemon.json ({"userns-remap": "default"}, then restart dockerd) or use rootless Docker; ' +
        'a process escaping its container then holds an unprivileged, unmapped uid. See docs/security.md.',
    });
  }
  return checks;
}

/**
 * Whether runs here can share one checkout of the base through overlay mounts (`task-checkout auto`):
 * the probe a run makes, under the state directory. Advice only: full checkouts work everywhere.
 */
async function taskCheckoutCheck(stateDir: string): Promise<Check> {
  const name = 'task checkouts';
  const fix =
    'large repositories: run as root or where `sudo -n mount` works (GitHub-hosted runners), with the state directory on a local disk ' +
    'file system (ext4, xfs, tmpfs; not itself an overlay, e.g. inside a container); see docs/architecture.md#task-directories';
  let why: string;
  const tool = await findMountTool();
  if ('unavailable' in tool) {
    why = tool.unavailable;
  } else {
    const dir = await fs.mkdtemp(path.join(stateDir, '.doctor-overlay-')).catch(() => null);
    if (dir === null) {
      why = `cannot write ${stateDir}`;
    } else {
      try {
        const options = await probeOverlay(tool, dir);
        return { name, ok: true, detail: `overlays on one shared checkout of the base per run (${options.join(', ')}${tool.prefix.length ? ', through sudo -n' : ''})` };
      } catch (error) {
        why = `an overlay under ${stateDir} failed: ${errorMessage(error)}`;
      } finally {
        await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
      }
    }
  }
  return { name, ok: false, advice: true, detail: `a full checkout per task (${why})`, fix };
}

export async function runDoctor(args: string[], logger: Logger): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { image: { type: 'string' }, user: { type: 'string' }, 'state-dir': { type: 'string' }, verbose: { type: 'boolean' } },
    strict: true,
  });
  const stateDir = values['state-dir'] ? path.resolve(values['state-dir']) : defaultConfig('.').stateDir;
  // The user a run from here would pick: this process, or as root the repository owner / 1000:1000.
  const user = values.user ?? (await defaultAgentUser(await repoTopLevel(process.cwd())));
  const checks = await doctorChecks({ image: values.image ?? DEFAULT_IMAGE, stateDir, user, userGiven: values.user !== undefined });
  for (const c of checks) {
    const mark = c.ok ? '✓' : c.advice ? '!' : '✗';
    logger.info(`${mark} ${c.name}: ${c.detail}${!c.ok && c.fix ? `\n    ${c.advice ? 'advice' : 'fix'}: ${c.fix}` : ''}`);
  }
  const failed = checks.filter((c) => !c.ok && !c.advice && c.name !== 'uid mapping');
  return failed.length ? 1 : 0;
}

/** The top level of the git repository containing `dir`, or `dir` itself outside one. */
async function repoTopLevel(dir: string): Promise<string> {
  try {
    return (await execFileAsync('git', ['-C', dir, 'rev-parse', '--show-toplevel'])).stdout.trim() || dir;
  } catch {
    return dir;
  }
}
