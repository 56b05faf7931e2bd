import { describe, expect, it } from 'vitest';
import { queuedTaskRecord } from '../src/run/engine.js';
import type { EgressRefusal, RunResult, TaskRecord } from '../src/core/model.js';
import { buildRunResult, computeRunMetrics, renderSummaryMarkdown, renderSummaryText } from '../src/report/index.js';

const T0 = Date.UTC(2026, 10, 29, 2, 15, 0);

function record(id: string, refusals: EgressRefusal[], allowHosts = ['api.anthropic.com:443'], refused = refusals.length): TaskRecord {
  const r = queuedTaskRecord({ id, title: id, file: `prompts/${id}.md`, issues: [], dependsOn: [] }, `fanout/${id}`, T0);
  r.status = 'succeeded';
  r.egress = { allowHosts, allowed: 3, refused, refusals };
  return r;
}

function result(tasks: TaskRecord[], unattributed: EgressRefusal[] = [], withEgress = true): RunResult {
  const info = {
    id: 'run-1', repo: '/r', baseRef: 'HEAD', baseCommit: 'a'.repeat(40), issue: null, startedAt: T0, finishedAt: T0 + 1000,
    mode: 'docker' as const, modeReason: null, maxParallel: 2, runDir: '/d',
    ...(withEgress ? { egress: { policy: 'allowlist' as const, allowHosts: ['api.anthropic.com:443'], startMs: 900, unattributed } } : {}),
  };
  return buildRunResult(info, computeRunMetrics(tasks, { startedAt: T0, finishedAt: T0 + 1000, maxParallel: 2, mode: 'docker' }), tasks);
}

const refusal = (host: string, port: number, at = T0 + 5000, reason: EgressRefusal['reason'] = 'not-allowed'): EgressRefusal => ({ at, host, port, reason, detail: '' });

describe('egress in the summaries', () => {
  it('says how many connections were refused, by task, destination and reason', () => {
    const res = result([
      record('a', [refusal('evil.example', 443), refusal('evil.example', 443, T0 + 6000), refusal('10.0.0.1', 22, T0 + 7000)]),
      record('b', [refusal('::1', 80, T0 + 8000, 'private-address')], ['api.anthropic.com:443', 'registry.npmjs.org:443']),
    ], [refusal('x.example', 443, T0 + 9000, 'no-credentials')]);
    const md = renderSummaryMarkdown(res);
    expect(md).toContain('### Network egress');
    expect(md).toContain('Every task may reach `api.anthropic.com:443`; `b` also `registry.npmjs.org:443`.');
    expect(md).toContain('**5 connections refused**: `a` → `evil.example:443`, `a` → `10.0.0.1:22`, `b` → `[::1]:80`, …');
    expect(md).toContain('| `a` | `evil.example:443` | not on the allow\\-list | 2 | 02:15:05 |');
    expect(md).toContain('| `b` | `[::1]:80` | resolves to a non\\-public address | 1 | 02:15:08 |');
    expect(md).toContain('| unknown | `x.example:443` | no proxy credentials | 1 | 02:15:09 |');
    const text = renderSummaryText(res);
    expect(text).toContain('  5 connections refused: a → evil.example:443 (not on the allow-list) ×2, a → 10.0.0.1:22 (not on the allow-list), b → [::1]:80');
    expect(text).toContain('(unknown task) → x.example:443 (no proxy credentials)');
  });

  it('says so when nothing was refused, and says nothing without allowlist', () => {
    expect(renderSummaryMarkdown(result([record('a', [])]))).toContain('No connection was refused.');
    expect(renderSummaryText(result([record('a', [])]))).toContain('network allowlist: no connection refused');
    const plain = result([queuedTaskRecord({ id: 'a', title: 'a', file: 'a.md', issues: [], dependsOn: [] }, null, T0)], [], false);
    expect(renderSummaryMarkdown(plain)).not.toContain('Network egress');
    expect(renderSummaryText(plain)).not.toContain('refused');
  });

  it('escapes destinations an agent chose, and counts refusals beyond the kept ones', () => {
    const md = renderSummaryMarkdown(result([record('a', [refusal('<img src=x>|@here', 0, T0, 'bad-request')], undefined, 250)]));
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x&gt;\\|@&#8203;here');
    expect(md).toContain('**250 connections refused**');
    expect(md).toContain('249 further refusals not itemised');
  });
});
