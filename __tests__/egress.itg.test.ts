/**
 * `network: allowlist` against the real daemon, entirely inside Docker networks this file creates:
 * an "outside" network (itself internal, so no packet leaves the machine) where one server plays an
 * allowed host and another a forbidden one; the egress proxy uses it as its route out
 * (`egressNetwork`). The agents are the script agent and the real Claude Code CLI, inside task
 * containers on the run's internal network.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE } from '../src/core/config.js';
import { EgressDockerApi, egressNetworkFilter } from '../src/exec/egress/docker-api.js';
import { readJournal, journalFile } from '../src/run/journal.js';
import type { RunEvent } from '../src/core/model.js';
import { renderSummaryMarkdown, renderSummaryText } from '../src/report/index.js';
import { cleanupTempDirs } from './git-fixtures.js';
import { CLI_PATH } from './support/cli.js';
import { containersOfRun, repoWithPrompts, runPrompts, scriptPrompt, sh, tempDir, testConfig } from './support/fanout.js';

const docker = new Docker();
const TEST_LABELS = { 'dev.agent-fanout.test': 'egress-itg' };
const SERVER_IMAGE = 'node:24-bookworm-slim';

let outside: { name: string; gateway: string };
const created: Docker.Container[] = [];
let allowedIp = '';
let forbiddenIp = '';
let dockerGateway = '';
let hostServer: net.Server;
let hostPort = 0;

/** A small server on the outside network under `alias`, started and listening. */
async function serverContainer(alias: string, script: string, env: Record<string, string> = {}, binds: string[] = []): Promise<{ container: Docker.Container; ip: string }> {
  const container = await docker.createContainer({
    name: `af-egress-itg-${alias.replace(/\W+/g, '-')}-${randomBytes(3).toString('hex')}`,
    Image: SERVER_IMAGE,
    Cmd: ['node', '-e', script],
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    Labels: TEST_LABELS,
    HostConfig: { NetworkMode: outside.name, Binds: binds },
    NetworkingConfig: { EndpointsConfig: { [outside.name]: { Aliases: [alias] } } },
  });
  created.push(container);
  await container.start();
  await waitFor(`${alias} listening`, async () => {
    const logs = (await container.logs({ stdout: true, stderr: true })).toString();
    return logs.includes('listening') ? true : undefined;
  });
  const info = await container.inspect();
  return { container, ip: info.NetworkSettings.Networks[outside.name].IPAddress };
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const egressApi = new EgressDockerApi();
const networksOfRun = async (runId: string) => (await egressApi.listNetworks(egressNetworkFilter(runId))).map((n) => n.name);

const NAMED_SERVER = "require('http').createServer((q, s) => s.end(process.env.NAME)).listen(8080, () => console.log('listening'))";

/**
 * Runs inside the task container: every way out it can think of, each result on one JSON line.
 * Args: allowed server IP, forbidden server IP, a port on the host, the host's docker0 address.
 */
const PROBE = String.raw`
const net = require('net');
const [allowedIp, forbiddenIp, hostPort, docker0] = process.argv.slice(2);
const proxy = new URL(process.env.HTTPS_PROXY);
const auth = 'Basic ' + Buffer.from(decodeURIComponent(proxy.username) + ':' + decodeURIComponent(proxy.password)).toString('base64');
const tcp = (host, port) => new Promise((resolve) => {
  const s = net.connect({ host, port: Number(port) });
  const done = (r) => { s.destroy(); resolve(r); };
  s.setTimeout(4000, () => done('timeout'));
  s.once('connect', () => done('connected'));
  s.once('error', (e) => done(e.code || e.message));
});
/** A raw request to the proxy; resolves with the status line and the body. */
const viaProxy = (head) => new Promise((resolve) => {
  const s = net.connect({ host: proxy.hostname, port: Number(proxy.port) });
  let data = '';
  s.on('data', (c) => { data += c; if (/^HTTP\/1\.1 200 Connection/.test(data)) s.end(); });
  s.on('close', () => resolve(data.split('\r\n')[0] + ' ' + data.slice(data.indexOf('\r\n\r\n') + 4)));
  s.on('error', (e) => resolve('error ' + e.code));
  s.write(head.replace('AUTH', auth));
});
const gateway = () => {
  const line = require('fs').readFileSync('/proc/net/route', 'utf8').split('\n').find((l) => l.split('\t')[1] === '00000000');
  const hex = line.split('\t')[2];
  return [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');
};
(async () => {
  // All at once: the checks that must fail wait for timeouts.
  const checks = {
    fetchAllowed: fetch('http://allowed.test:8080/via-env').then((x) => x.text(), (e) => 'failed ' + (e.cause ? e.cause.message : e.message)),
    plainAllowed: viaProxy('GET http://allowed.test:8080/plain HTTP/1.1\r\nProxy-Authorization: AUTH\r\n\r\n'),
    fetchForbidden: fetch('http://forbidden.test:8080/').then((x) => 'reached ' + x.status, (e) => 'failed ' + (e.cause ? e.cause.message : e.message)),
    connectForbidden: viaProxy('CONNECT forbidden.test:8080 HTTP/1.1\r\nProxy-Authorization: AUTH\r\n\r\n'),
    connectForbiddenIp: viaProxy('CONNECT ' + forbiddenIp + ':8080 HTTP/1.1\r\nProxy-Authorization: AUTH\r\n\r\n'),
    connectPrivate: viaProxy('CONNECT forbidden.test:9090 HTTP/1.1\r\nProxy-Authorization: AUTH\r\n\r\n'),
    dnsForbidden: require('dns').promises.lookup('forbidden.test').then((a) => a.address, (e) => e.code),
    directForbiddenIp: tcp(forbiddenIp, 8080),
    directAllowedIp: tcp(allowedIp, 8080),
    hostViaGateway: tcp(gateway(), hostPort),
    hostViaDocker0: tcp(docker0, hostPort),
  };
  const r = {};
  for (const [name, check] of Object.entries(checks)) r[name] = await check;
  console.log('PROBE ' + JSON.stringify(r));
})();
`;

beforeAll(async () => {
  // The outside network is internal too: the proxy reaches the servers on it, nothing reaches further.
  const name = `af-egress-itg-outside-${randomBytes(3).toString('hex')}`;
  const network = await docker.createNetwork({ Name: name, Internal: true, Labels: TEST_LABELS });
  const info = (await network.inspect()) as Docker.NetworkInspectInfo;
  outside = { name, gateway: info.IPAM!.Config![0].Gateway! };
  dockerGateway = ((await docker.getNetwork('bridge').inspect()) as Docker.NetworkInspectInfo).IPAM!.Config![0].Gateway!;
  allowedIp = (await serverContainer('allowed.test', NAMED_SERVER, { NAME: 'allowed-server' })).ip;
  forbiddenIp = (await serverContainer('forbidden.test', NAMED_SERVER, { NAME: 'forbidden-server' })).ip;
  // A service on the runner itself, on every address, as a dashboard or a database might be.
  hostServer = net.createServer((s) => {
    s.on('error', () => undefined);
    s.end('host-service\n');
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '0.0.0.0', resolve));
  hostPort = (hostServer.address() as net.AddressInfo).port;
});

afterAll(async () => {
  for (const c of created) await c.remove({ force: true }).catch(() => undefined);
  if (outside) await docker.getNetwork(outside.name).remove().catch(() => undefined);
  hostServer?.close();
  cleanupTempDirs();
});

function probeResult(logFile: string | null): Record<string, string> {
  const line = fs.readFileSync(logFile!, 'utf8').split('\n').find((l) => l.startsWith('PROBE '));
  expect(line, fs.readFileSync(logFile!, 'utf8')).toBeDefined();
  return JSON.parse(line!.slice('PROBE '.length)) as Record<string, string>;
}

describe('network allowlist', () => {
  it('control: without the egress network, a container on an internal network reaches the host, so the probe below can fail', async () => {
    const check = await docker.createContainer({
      Image: SERVER_IMAGE,
      Cmd: ['node', '-e', `require('net').connect(${hostPort}, '${outside.gateway}').on('connect', () => { console.log('connected'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(1); })`],
      Labels: TEST_LABELS,
      HostConfig: { NetworkMode: outside.name },
    });
    created.push(check);
    await check.start();
    const { StatusCode } = (await check.wait()) as { StatusCode: number };
    expect((await check.logs({ stdout: true })).toString()).toContain('connected');
    expect(StatusCode).toBe(0);
  });

  it('lets a task reach only its allowed hosts, through the proxy; refusals land in the record, journal and summary; nothing is left', async () => {
    const repo = repoWithPrompts(
      {
        main: scriptPrompt(`node probe.js ${allowedIp} ${forbiddenIp} ${hostPort} ${dockerGateway}`),
        // Another task of the same run may reach the forbidden host: the proxy tells tasks apart.
        other: scriptPrompt('node other.js', { allow_hosts: ['forbidden.test:8080', `${forbiddenIp}:8080`] }),
      },
      {
        'probe.js': PROBE,
        'other.js': "fetch('http://forbidden.test:8080/').then((r) => r.text()).then((t) => console.log('OTHER ' + t), (e) => console.log('OTHER failed ' + e.message));\n",
      },
    );
    const events: RunEvent[] = [];
    const config = testConfig(repo, {
      network: 'allowlist',
      egressNetwork: outside.name,
      // By name on 8080 (the name resolves into the outside network, so its address is listed too),
      // and by name only on 9090: an allowed name that resolves to a non-public address is refused.
      allowHosts: ['allowed.test:8080', `${allowedIp}:8080`, 'forbidden.test:9090'],
      maxParallel: 2,
    });
    const result = await runPrompts(repo, config, { onEvent: (e) => events.push(e) });

    const main = result.tasks.find((t) => t.id === 'main')!;
    const other = result.tasks.find((t) => t.id === 'other')!;
    expect(main.status, main.reason ?? undefined).toBe('succeeded');
    expect(other.status, other.reason ?? undefined).toBe('succeeded');

    const probe = probeResult(main.logFile);
    expect(probe.fetchAllowed).toBe('allowed-server');
    expect(probe.plainAllowed).toMatch(/^HTTP\/1\.1 200 .*allowed-server$/s);
    expect(probe.fetchForbidden).toMatch(/^failed/);
    expect(probe.connectForbidden).toMatch(/^HTTP\/1\.1 403 .*forbidden\.test:8080 is not on the allow-list/s);
    expect(probe.connectForbiddenIp).toMatch(/^HTTP\/1\.1 403 /);
    expect(probe.connectPrivate).toMatch(/^HTTP\/1\.1 403 .*resolves to .*not public/s);
    // No name of the outside world resolves inside, and no address of it is reachable directly.
    expect(probe.dnsForbidden).not.toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(probe.directForbiddenIp).not.toBe('connected');
    expect(probe.directAllowedIp).not.toBe('connected');
    // Nor the runner's own services (the control test shows an ordinary internal network reaches them).
    expect(probe.hostViaGateway).not.toBe('connected');
    expect(probe.hostViaDocker0).not.toBe('connected');
    expect(fs.readFileSync(other.logFile!, 'utf8')).toContain('OTHER forbidden-server');

    // The record: what was refused, why, and how much got through.
    expect(main.egress?.allowHosts).toEqual(['allowed.test:8080', `${allowedIp}:8080`, 'forbidden.test:9090']);
    const refusals = main.egress!.refusals.map((r) => `${r.host}:${r.port} ${r.reason}`);
    expect(refusals).toEqual(expect.arrayContaining(['forbidden.test:8080 not-allowed', `${forbiddenIp}:8080 not-allowed`, 'forbidden.test:9090 private-address']));
    expect(main.egress!.refused).toBe(main.egress!.refusals.length);
    expect(main.egress!.allowed).toBeGreaterThanOrEqual(2);
    expect(other.egress).toMatchObject({ refused: 0, allowHosts: ['allowed.test:8080', `${allowedIp}:8080`, 'forbidden.test:9090', 'forbidden.test:8080', `${forbiddenIp}:8080`] });
    expect(other.egress!.allowed).toBeGreaterThanOrEqual(1);
    expect(result.run.egress).toMatchObject({ policy: 'allowlist', allowHosts: ['allowed.test:8080', `${allowedIp}:8080`, 'forbidden.test:9090'], unattributed: [] });

    // The journal and the listeners saw each refusal as it happened.
    const journaled = readJournal(journalFile(config.stateDir, result.run.id)).filter((e) => e.type === 'egress-refused');
    expect(journaled.map((e) => e.type === 'egress-refused' && `${e.taskId} ${e.refusal.host}:${e.refusal.port}`)).toEqual(
      expect.arrayContaining(['main forbidden.test:8080', `main ${forbiddenIp}:8080`]),
    );
    expect(events.filter((e) => e.type === 'egress-refused')).toHaveLength(journaled.length);
    expect(renderSummaryText(result)).toMatch(new RegExp(`${main.egress!.refused} connections refused: main → forbidden\\.test:8080 \\(not on the allow-list\\)`));
    expect(renderSummaryMarkdown(result)).toContain(`**${main.egress!.refused} connections refused**`);
    expect(fs.readFileSync(path.join(result.run.runDir, 'egress', 'proxy.log'), 'utf8')).toContain('"type":"refused"');

    expect(await containersOfRun(result.run.id)).toEqual([]);
    expect(await networksOfRun(result.run.id)).toEqual([]);
  });

  it('fails the run before any task starts when the proxy cannot start, leaving nothing', async () => {
    const repo = repoWithPrompts({ a: scriptPrompt('true') });
    // An upstream network that does not exist: the proxy cannot join it.
    const config = testConfig(repo, { network: 'allowlist', egressNetwork: `af-egress-itg-missing-${randomBytes(3).toString('hex')}` });
    await expect(runPrompts(repo, config)).rejects.toThrow(/egress: the network 'af-egress-itg-missing-\w+' the proxy should reach allowed hosts through does not exist/);
    const runId = fs.readdirSync(path.join(config.stateDir, 'runs'))[0];
    expect(await containersOfRun(runId)).toEqual([]);
    expect(await networksOfRun(runId)).toEqual([]);
  });

  it.each(['SIGTERM', 'SIGKILL'] as const)('a run stopped by %s leaves no container, proxy or network (SIGKILL: after gc)', async (signal) => {
    const repo = repoWithPrompts({ one: scriptPrompt('sleep 600'), two: scriptPrompt('sleep 600') });
    const state = tempDir('fanout-state-');
    const child = spawn(
      process.execPath,
      [CLI_PATH, 'run', '--repo', repo, '--agent', 'script', '--execution', 'docker', '--state-dir', state, '--memory', '128m',
        '--network', 'allowlist', '--egress-network', outside.name, '--allow-hosts', 'allowed.test:8080'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const runId = await waitFor('the run directory', () => {
      const runs = path.join(state, 'runs');
      return fs.existsSync(runs) ? fs.readdirSync(runs)[0] : undefined;
    });
    // Two task containers and the proxy.
    await waitFor('two running tasks', async () => ((await containersOfRun(runId)).length === 3 ? true : undefined));
    expect(await networksOfRun(runId)).toHaveLength(1);
    child.kill(signal);
    const code = await exited;
    expect(code, output).not.toBe(0);
    if (signal === 'SIGKILL') {
      // The orchestrator had no chance to clean up: everything is still there until gc.
      expect(await containersOfRun(runId)).toHaveLength(3);
      expect(await networksOfRun(runId)).toHaveLength(1);
      const gc = spawnSync(process.execPath, [CLI_PATH, 'gc', '--state-dir', state], { encoding: 'utf8' });
      expect(gc.status, gc.stdout + gc.stderr).toBe(0);
      // Other test files may leave dead runs of their own: at least ours.
      expect(gc.stdout).toMatch(/removed [3-9]\d* container\(s\), 2 worktree\(s\), [1-9]\d* network\(s\)/);
    } else {
      expect(output).toContain('cancelling the run');
    }
    expect(await containersOfRun(runId)).toEqual([]);
    expect(await networksOfRun(runId)).toEqual([]);
  });

  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  it.skipIf(!hasOpenssl)('the real Claude Code CLI reaches a model API stub listed as allowed, over TLS through the proxy', async () => {
    // A CA of our own, trusted by the CLI through NODE_EXTRA_CA_CERTS; the stub's certificate names api.stub.test.
    const tls = tempDir('fanout-tls-');
    fs.chmodSync(tls, 0o755);
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: tls, stdio: 'ignore' });
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=agent-fanout egress test CA');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=api.stub.test');
    fs.writeFileSync(path.join(tls, 'ext.cnf'), 'subjectAltName=DNS:api.stub.test\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
    ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'ext.cnf');
    for (const f of fs.readdirSync(tls)) fs.chmodSync(path.join(tls, f), 0o644);
    const stub = await serverContainer('api.stub.test', STUB, {}, [`${tls}:/tls:ro`]);

    const repo = repoWithPrompts({ ask: '---\nagent: claude\n---\nSay hello.\n' });
    // The CA must be readable inside the task container, where of the repository only its object store
    // is mounted (read-only); a real setup bakes its CA into the image (image build --ca-cert).
    const caFile = path.join(sh(repo, 'rev-parse', '--absolute-git-dir'), 'objects', 'stub-ca.pem');
    fs.copyFileSync(path.join(tls, 'ca.pem'), caFile);
    const saved = { ...process.env };
    Object.assign(process.env, {
      ANTHROPIC_BASE_URL: 'https://api.stub.test:8443',
      ANTHROPIC_API_KEY: 'sk-ant-test-egress',
      NODE_EXTRA_CA_CERTS: caFile,
      CLAUDE_CODE_MAX_RETRIES: '0',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    });
    try {
      const config = testConfig(repo, {
        agent: 'claude',
        image: DEFAULT_IMAGE,
        network: 'allowlist',
        egressNetwork: outside.name,
        env: ['NODE_EXTRA_CA_CERTS'],
        // The model API entry (api.stub.test:8443, from ANTHROPIC_BASE_URL) is added by default; the
        // stub's address is private, so it must be listed explicitly.
        allowHosts: [`${stub.ip}:8443`],
        memoryBytes: 1024 ** 3,
      });
      const result = await runPrompts(repo, config);
      const task = result.tasks[0];
      const log = fs.readFileSync(task.logFile!, 'utf8');
      expect(task.status, `${task.reason}\n${log.slice(-2000)}`).toBe('succeeded');
      expect(task.agent?.finalText).toBe('hello through the egress proxy');
      expect(task.egress?.allowHosts).toEqual(['api.stub.test:8443', `${stub.ip}:8443`]);
      expect(task.egress?.allowed).toBeGreaterThanOrEqual(1);
      const requests = (await stub.container.logs({ stdout: true })).toString();
      expect(requests).toMatch(/"method":"POST","url":"\/v1\/messages[^"]*","host":"api\.stub\.test:8443"/);
      expect(await containersOfRun(result.run.id)).toEqual([]);
      expect(await networksOfRun(result.run.id)).toEqual([]);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

/** The smallest Messages API the CLI accepts: one text answer, streamed or not. */
const STUB = String.raw`
const https = require('https'); const fs = require('fs');
const TEXT = 'hello through the egress proxy';
const sse = (events) => events.map(([e, d]) => 'event: ' + e + '\ndata: ' + JSON.stringify(d) + '\n\n').join('');
https.createServer({ key: fs.readFileSync('/tls/server.key'), cert: fs.readFileSync('/tls/server.pem') }, (req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const stream = /"stream":\s*true/.test(body);
    console.log(JSON.stringify({ method: req.method, url: req.url, host: req.headers.host, stream }));
    if (req.method !== 'POST' || !req.url.startsWith('/v1/messages') || req.url.includes('count_tokens')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'stub: not here' } }));
      return;
    }
    const message = { id: 'msg_stub', type: 'message', role: 'assistant', model: 'claude-stub', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 3, output_tokens: 1 } };
    if (!stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...message, content: [{ type: 'text', text: TEXT }], stop_reason: 'end_turn', usage: { input_tokens: 3, output_tokens: 6 } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(sse([
      ['message_start', { type: 'message_start', message }],
      ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
      ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: TEXT } }],
      ['content_block_stop', { type: 'content_block_stop', index: 0 }],
      ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 6 } }],
      ['message_stop', { type: 'message_stop' }],
    ]));
  });
}).listen(8443, () => console.log('listening'));
`;
