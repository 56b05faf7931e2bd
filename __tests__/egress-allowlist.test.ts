import { describe, expect, it } from 'vitest';
import { formatAllowEntry, modelApiAllowEntry, parseAllowEntry, parseAllowList } from '../src/exec/egress/allowlist.js';
import { LineSplitter, parseProxyEvent } from '../src/exec/egress/proxy-events.js';
import { assertEgressEnforceable, runAllowList, startRunEgress, taskAllowList } from '../src/exec/egress/run-egress.js';
import { defaultConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/logger.js';
import type { TaskSpec } from '../src/tasks/types.js';

describe('allow-list entries', () => {
  it.each([
    ['api.example.com', 'api.example.com:443'],
    ['API.Example.com.', 'api.example.com:443'],
    ['registry.npmjs.org:443', 'registry.npmjs.org:443'],
    ['mirror:8081', 'mirror:8081'],
    ['*.pkg.github.com', '*.pkg.github.com:443'],
    ['10.1.2.3', '10.1.2.3:443'],
    ['10.1.2.3:80', '10.1.2.3:80'],
    ['10.0.0.0/8:8443', '10.0.0.0/8:8443'],
    ['[fd00::1]:443', '[fd00::1]:443'],
    ['fd00::1', '[fd00::1]:443'],
    ['[fd00::/48]:80', '[fd00::/48]:80'],
  ])('%s → %s', (text, normal) => {
    const entry = parseAllowEntry(text);
    expect(entry).toBeDefined();
    expect(formatAllowEntry(entry!)).toBe(normal);
  });

  it.each([
    '',
    'exa mple.com',
    'https://api.example.com',
    'api.example.com/path',
    'user@api.example.com',
    'api.example.com:0',
    'api.example.com:65536',
    'api.example.com:http',
    '*',
    '*.com',
    '-bad.example.com',
    'a..b',
    '0.0.0.0/0',
    '10.0.0.0/7',
    '10.0.0.0/33',
    'host.example/8',
    '1.2.3',
  ])('refuses %j', (text) => {
    expect(parseAllowEntry(text)).toBeUndefined();
  });

  it('parses a list, dropping duplicates, and reports the first bad item', () => {
    expect(parseAllowList(['a.example', 'A.example:443', 'b.example:80'], (i) => { throw new Error(i); })).toEqual(['a.example:443', 'b.example:80']);
    expect(() => parseAllowList(['ok.example', 'bad host'], (i) => { throw new Error(`bad: ${i}`); })).toThrow('bad: bad host');
  });

  it('allows the model API: api.anthropic.com, or the host of ANTHROPIC_BASE_URL', () => {
    expect(modelApiAllowEntry({})).toBe('api.anthropic.com:443');
    expect(modelApiAllowEntry({ ANTHROPIC_BASE_URL: 'https://llm.corp.example/anthropic' })).toBe('llm.corp.example:443');
    expect(modelApiAllowEntry({ ANTHROPIC_BASE_URL: 'http://llm.corp.example' })).toBe('llm.corp.example:80');
    expect(modelApiAllowEntry({ ANTHROPIC_BASE_URL: 'http://10.0.0.7:4000' })).toBe('10.0.0.7:4000');
    expect(modelApiAllowEntry({ ANTHROPIC_BASE_URL: 'not a url' })).toBeUndefined();
  });
});

describe('proxy events', () => {
  it('reads refusals and bounds what agents control', () => {
    const line = JSON.stringify({ type: 'refused', at: 5, task: 't', source: '172.20.0.3', host: 'x'.repeat(1000), port: 443, reason: 'not-allowed', detail: 'no' });
    const event = parseProxyEvent(line);
    expect(event).toMatchObject({ type: 'refused', task: 't', port: 443, reason: 'not-allowed' });
    expect((event as { host: string }).host.length).toBe(300);
  });

  it('ignores what is not an event', () => {
    expect(parseProxyEvent('Error: boom')).toBeUndefined();
    expect(parseProxyEvent('{"type":"refused","at":1,"task":"t","reason":"made-up"}')).toBeUndefined();
    expect(parseProxyEvent('{"type":"allowed","at":1}')).toBeUndefined();
    expect(parseProxyEvent('[1,2]')).toBeUndefined();
    expect(parseProxyEvent('{"type":"refused","at":1,"task":null,"reason":"no-credentials","host":"h","port":443}')).toMatchObject({ task: null });
  });

  it('splits chunks into lines', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    splitter.write('a\nb');
    splitter.write('c\n');
    splitter.write('d');
    splitter.end();
    expect(lines).toEqual(['a', 'bc', 'd']);
  });
});

describe('run allow-lists', () => {
  const config = { ...defaultConfig('/repo'), allowHosts: ['registry.npmjs.org:443'] };
  const task = (id: string, extra: Partial<TaskSpec> = {}): TaskSpec => ({ id, title: id, file: `${id}.md`, prompt: '', issues: [], dependsOn: [], env: [], ...extra });

  it('gives claude tasks the model API, every task allow-hosts, each task its own allow_hosts', () => {
    const tasks = [task('a'), task('b', { agent: 'script', allowHosts: ['pypi.org:443'] })];
    const { base, model } = runAllowList(config, tasks, { ANTHROPIC_BASE_URL: 'https://llm.corp.example' }, silentLogger);
    expect(model).toBe('llm.corp.example:443');
    expect(base).toEqual(['llm.corp.example:443', 'registry.npmjs.org:443']);
    expect(taskAllowList(config, tasks[0], model)).toEqual(['llm.corp.example:443', 'registry.npmjs.org:443']);
    expect(taskAllowList(config, tasks[1], model)).toEqual(['registry.npmjs.org:443', 'pypi.org:443']);
    expect(runAllowList({ ...config, agent: 'script' }, [task('s')], {}, silentLogger).base).toEqual(['registry.npmjs.org:443']);
  });

  it('refuses allowlist where nothing would enforce it', () => {
    const allowlist = { ...config, network: 'allowlist' };
    expect(() => assertEgressEnforceable(allowlist, 'subprocess', 'Docker not used: the Docker daemon does not answer')).toThrow(
      "network 'allowlist' needs Docker (task containers behind the egress proxy), but tasks would run as subprocesses (Docker not used: the Docker daemon does not answer)",
    );
    expect(() => assertEgressEnforceable(allowlist, 'docker', undefined)).not.toThrow();
    expect(() => assertEgressEnforceable({ ...config, network: 'bridge' }, 'subprocess', undefined)).not.toThrow();
  });

  it('starts nothing without allowlist, and warns about allow_hosts that cannot apply', async () => {
    const warnings: string[] = [];
    const logger = { ...silentLogger, warning: (m: string) => warnings.push(m) };
    const egress = await startRunEgress({ config, tasks: [task('a', { allowHosts: ['x.example:443'] })], runId: 'r', runDir: '/nonexistent', records: new Map(), emit: () => {}, logger });
    expect(egress).toBeNull();
    expect(warnings).toEqual(["allow_hosts of 'a' ignored: network is 'bridge', not 'allowlist'"]);
  });
});
