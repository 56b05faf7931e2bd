/**
 * scripts/provision.sh where it may not install anything: a machine without Docker and Chromium,
 * simulated with a PATH of its own (real bash, git and Node; a fake `id`, `sudo` and `apt-get` that
 * record every call). The script must stop before running the command with one message that names
 * what is missing and the command that fixes it, and must not try to install anything.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'provision.sh');
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface Machine {
  /** What `id -u` says. */
  uid: number;
  /** `sudo` exists and asks for a password (it never succeeds here). */
  sudo?: boolean;
  /** `apt-get` exists (and fails, recording the call, if anyone runs it). */
  aptGet?: boolean;
  /** A `docker` whose engine answers and has every image, and a Chromium. */
  ready?: boolean;
}

/** A bin directory holding only what this machine has; returns it and the file fakes record calls to. */
function machine({ uid, sudo = false, aptGet = true, ready = false }: Machine): { bin: string; calls: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-provision-'));
  dirs.push(dir);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const calls = path.join(dir, 'calls.log');
  fs.writeFileSync(calls, '');
  const which = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  for (const tool of ['bash', 'sh', 'dirname', 'tr', 'grep', 'cat', 'env', 'git', 'touch', 'seq', 'date', 'sleep', 'timeout']) {
    fs.symlinkSync(which(tool), path.join(bin, tool));
  }
  // Node 24 (this test's own), so that ensure-node.sh has nothing to install.
  fs.symlinkSync(process.execPath, path.join(bin, 'node'));
  const fake = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  const name = uid === 0 ? 'root' : 'alice';
  fake('id', `case "$1" in -u) echo ${uid} ;; -un) echo ${name} ;; -nG) echo ${name} ;; *) echo "uid=${uid}(${name})" ;; esac`);
  if (sudo) fake('sudo', `echo "sudo $*" >> ${calls}; echo 'sudo: a password is required' >&2; exit 1`);
  if (aptGet) fake('apt-get', `echo "apt-get $*" >> ${calls}; exit 100`);
  if (ready) {
    fake('docker', `echo "docker $*" >> ${calls}; case "$1" in version) echo 20.10.24 ;; image) echo sha256:0 ;; *) exit 1 ;; esac`);
    fake('chromium', 'echo Chromium 1.0');
  }
  return { bin, calls, dir };
}

function provision(bin: string, dir: string, purpose: string) {
  const marker = path.join(dir, 'command-ran');
  const r = spawnSync(path.join(bin, 'bash'), [SCRIPT, purpose, '--', 'sh', '-c', `echo "$AGENT_FANOUT_CHROMIUM" > ${marker}`], {
    encoding: 'utf8',
    cwd: ROOT,
    // Nothing of this host's environment: no DOCKER_HOST, no AGENT_FANOUT_CHROMIUM, only this PATH.
    env: { PATH: bin, HOME: dir },
  });
  const ran = fs.existsSync(marker);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ran, chromium: ran ? fs.readFileSync(marker, 'utf8').trim() : undefined };
}

describe('provision.sh where all is there', () => {
  it('checks quietly, asks for no privilege and runs the command, telling it where Chromium is', () => {
    const { bin, calls, dir } = machine({ uid: 1000, sudo: true, ready: true });
    const r = provision(bin, dir, 'test');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.chromium).toBe(path.join(bin, 'chromium'));
    // The engine and both images, in two calls; no sudo, no apt-get.
    expect(fs.readFileSync(calls, 'utf8')).toBe(
      "docker version --format {{.Server.Version}}\ndocker image inspect --format {{.Id}} node:24-bookworm-slim agent-fanout/agent:latest\n",
    );
  });
});

describe('provision.sh where it may not install', () => {
  it('not root, sudo asks for a password: stops before the tests with one message, the missing parts and the fix', () => {
    const { bin, calls, dir } = machine({ uid: 1000, sudo: true });
    const r = provision(bin, dir, 'test');
    expect(r.status).toBe(1);
    expect(r.ran).toBe(false);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'agent-fanout: `npm test` cannot start: this machine lacks a Docker engine and Chromium. Installing them needs root, and this user (alice, uid 1000) is not root and sudo asks for a password.',
      `  Fix: run as root: sudo bash ${SCRIPT} system --for test --user alice; then log in again (for the docker group) and run \`npm test\` again`,
    ]);
    // Asked whether sudo works without a password; installed nothing.
    expect(fs.readFileSync(calls, 'utf8')).toBe('sudo -n true\n');
  });

  it('not root, no sudo: the fix is su -c with the same command', () => {
    const { bin, calls, dir } = machine({ uid: 1000 });
    const r = provision(bin, dir, 'test');
    expect(r.status).toBe(1);
    expect(r.ran).toBe(false);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('lacks a Docker engine and Chromium');
    expect(lines[0]).toContain('alice, uid 1000) is not root and has no sudo');
    expect(lines[1]).toBe(
      `  Fix: run as root: su -c 'bash ${SCRIPT} system --for test --user alice'; then log in again (for the docker group) and run \`npm test\` again`,
    );
    expect(fs.readFileSync(calls, 'utf8')).toBe('');
  });

  it('root without apt-get: names the parts and where to get them', () => {
    const { bin, calls, dir } = machine({ uid: 0, aptGet: false });
    const r = provision(bin, dir, 'bench');
    expect(r.status).toBe(1);
    expect(r.ran).toBe(false);
    // bench needs no Chromium.
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'agent-fanout: `npm run bench` cannot start: this machine lacks a Docker engine. There is no apt-get here to install it with.',
      '  Fix: install a Docker engine (Docker: https://docs.docker.com/engine/install/), then run `npm run bench` again',
    ]);
    expect(fs.readFileSync(calls, 'utf8')).toBe('');
  });

  it('the demo goes on without Docker, saying how to get it', () => {
    const { bin, calls, dir } = machine({ uid: 1000 });
    const r = provision(bin, dir, 'demo');
    expect(r.status).toBe(0);
    expect(r.ran).toBe(true);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^agent-fanout: this machine lacks a Docker engine and this user \(alice, uid 1000\) is not root and has no sudo, so `npm run demo` runs its agents as subprocesses\. /);
    expect(lines[0]).toContain(`su -c 'bash ${SCRIPT} system --for demo --user alice'`);
    expect(fs.readFileSync(calls, 'utf8')).toBe('');
  });

  it('rejects an unknown purpose', () => {
    const { bin, dir } = machine({ uid: 1000 });
    const r = provision(bin, dir, 'tests');
    expect(r.status).toBe(2);
    expect(r.ran).toBe(false);
    expect(r.stderr).toMatch(/^usage: bash scripts\/provision\.sh test\|ci\|bench\|demo/);
  });
});
