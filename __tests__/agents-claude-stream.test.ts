/**
 * The stream-json progress parser, on real captures of the pinned Claude Code CLI against the
 * project's stub (saved by `UPDATE_CLAUDE_FIXTURES=1` runs of claude-real-subprocess.itg.test.ts).
 * After a bump of the pinned version these fail until the captures are taken again with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claudeAgent, findClaudeResult } from '../src/agents/claude.js';
import { estimateClaudeCostUsd } from '../src/agents/claude-prices.js';
import { ClaudeStreamParser, STREAM_LINE_MAX } from '../src/agents/claude-stream.js';
import { commandName, describeToolCall, sanitizeDetail, sanitizeName, shortPath } from '../src/agents/redact.js';
import type { AgentContext, AgentProgress } from '../src/agents/types.js';
import { defaultConfig } from '../src/core/config.js';
import { PINNED_CLAUDE_VERSION } from './support/claude-cli.js';

const capture = (name: string) => fs.readFileSync(path.resolve('__tests__/fixtures/claude', `real-${PINNED_CLAUDE_VERSION}-stream-${name}.ndjson`), 'utf8');

/** Feeds `text` line by line; the progress after each line that changed it. */
function states(text: string): AgentProgress[] {
  const parser = new ClaudeStreamParser();
  const out: AgentProgress[] = [];
  for (const line of text.split(/(?<=\n)/)) if (parser.push(line)) out.push(parser.progress);
  if (parser.end()) out.push(parser.progress);
  return out;
}

/** The figures of the capture's result message, as the progress reports them. */
function resultFigures(text: string) {
  const scan = findClaudeResult(text);
  if (!scan.found) throw new Error(scan.reason);
  const usage = scan.result.usage as Record<string, number>;
  return {
    turns: scan.result.num_turns,
    costUsd: scan.result.total_cost_usd,
    tokens: { input: usage.input_tokens, output: usage.output_tokens, cacheRead: usage.cache_read_input_tokens, cacheCreation: usage.cache_creation_input_tokens },
  };
}

/** A deterministic generator of chunk sizes (1..max). */
function* chunkSizes(seed: number, max: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 1 + (x % max);
  }
}

describe('ClaudeStreamParser on a real session: Write, then end_turn', () => {
  const text = capture('write-notes');
  const worktree = /"cwd":"([^"]+)"/.exec(text)![1];

  it('shows the running tool with its path relative to the working directory, then the final figures', () => {
    const seen = states(text);
    const running = seen.find((p) => p.tool?.running)!;
    expect(running).toMatchObject({ turns: 1, toolCalls: 1, tool: { name: 'Write', detail: 'NOTES.md', running: true }, final: false, model: 'claude-opus-5-5' });
    expect(JSON.stringify(seen)).not.toContain(worktree);
    // While running, cost is an estimate from the tokens seen so far.
    expect(running.costUsd).toBeCloseTo(estimateClaudeCostUsd('claude-opus-5-5', running.tokens)!, 12);
    expect(running.tokens.input).toBeGreaterThan(0);

    const last = seen.at(-1)!;
    expect(last).toMatchObject({ final: true, toolCalls: 1, retry: null, tool: { name: 'Write', detail: 'NOTES.md', running: false }, ...resultFigures(text) });
    expect(last.turns).toBe(2);
  });

  it('counts a reply split over several lines (one per content block) as one turn, and its usage once', () => {
    const beforeResult = states(text).filter((p) => !p.final).at(-1)!;
    expect(beforeResult.turns).toBe(2);
    // Two replies, each counted once: input as first reported, not doubled by the repeated line.
    const replies = text.split('\n').filter((l) => l.startsWith('{"type":"assistant"')).map((l) => JSON.parse(l).message);
    const byId = new Map(replies.map((m) => [m.id, m.usage.input_tokens as number]));
    expect(byId.size).toBe(2);
    expect(beforeResult.tokens.input).toBe([...byId.values()].reduce((a, b) => a + b, 0));
  });

  it('gives the same progress however the output is cut into chunks', () => {
    const whole = states(text);
    for (const seed of [1, 7, 42, 1234]) {
      const parser = new ClaudeStreamParser();
      const seen: AgentProgress[] = [];
      const sizes = chunkSizes(seed, 97);
      for (let i = 0; i < text.length; ) {
        const n = sizes.next().value as number;
        if (parser.push(text.slice(i, i + n))) seen.push(parser.progress);
        i += n;
      }
      if (parser.end()) seen.push(parser.progress);
      expect(seen).toEqual(whole);
    }
  });

  it('reports every state through its callback when the whole session comes in one chunk', () => {
    const parser = new ClaudeStreamParser();
    const seen: AgentProgress[] = [];
    expect(parser.push(text, () => seen.push(parser.progress))).toBe(true);
    // The same states as line by line, the running Write among them.
    expect(seen).toEqual(states(text));
    expect(seen.some((p) => p.tool?.running)).toBe(true);
  });

  it('reads a last line without a newline at end()', () => {
    const parser = new ClaudeStreamParser();
    parser.push(text.trimEnd());
    expect(parser.progress.final).toBe(false);
    expect(parser.end()).toBe(true);
    expect(parser.progress).toMatchObject({ final: true, ...resultFigures(text) });
  });
});

describe('ClaudeStreamParser on real failures', () => {
  it('shows the CLI retrying an overloaded API (529), and no turn for its synthetic error reply', () => {
    const text = capture('api-529');
    const seen = states(text);
    expect(seen.find((p) => p.retry)).toMatchObject({ retry: { attempt: 1, maxRetries: 1, status: 529 }, turns: 0, final: false });
    expect(seen.filter((p) => !p.final).every((p) => p.turns === 0)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ final: true, retry: null, ...resultFigures(text) });
  });

  it('counts 2 turns while an endless tool loop runs under --max-turns=2, then the CLI\'s num_turns of 3', () => {
    const text = capture('max-turns');
    const seen = states(text);
    const beforeResult = seen.filter((p) => !p.final).at(-1)!;
    expect(beforeResult).toMatchObject({ turns: 2, toolCalls: 2, tool: { name: 'Write', detail: 'turn-2.txt', running: false } });
    expect(seen.at(-1)).toMatchObject({ final: true, ...resultFigures(text) });
    expect(seen.at(-1)!.turns).toBe(3);
  });
});

describe('ClaudeStreamParser on odd input', () => {
  it('ignores noise, torn JSON and non-message lines; skips an over-long line without buffering it', () => {
    const parser = new ClaudeStreamParser();
    expect(parser.push('warning: something\n{"type":"assist')).toBe(false);
    expect(parser.push('ant", torn\n[1,2]\n{"type":"unknown"}\n')).toBe(false);
    const big = `{"type":"assistant","message":{"id":"m1","model":"claude-sonnet-4-5","content":[{"type":"text","text":"${'x'.repeat(STREAM_LINE_MAX)}"}]}}`;
    expect(parser.push(big.slice(0, STREAM_LINE_MAX / 2))).toBe(false);
    expect(parser.push(big.slice(STREAM_LINE_MAX / 2))).toBe(false);
    expect(parser.push('\n{"type":"assistant","message":{"id":"m2","model":"claude-sonnet-4-5","content":[],"usage":{"input_tokens":10}},"parent_tool_use_id":null}\n')).toBe(true);
    expect(parser.progress).toMatchObject({ turns: 1, tokens: { input: 10 } });
  });

  it('counts subagent replies in tokens, not in turns; never lets control characters or secrets through', () => {
    const parser = new ClaudeStreamParser();
    parser.push('{"type":"system","subtype":"init","cwd":"/w","model":"claude-sonnet-4-5\\u001b[2J"}\n');
    expect(parser.progress.model).toBe('claude-sonnet-4-52J');
    parser.push('{"type":"assistant","message":{"id":"a","model":"claude-sonnet-4-5","content":[{"type":"tool_use","id":"t1","name":"Bash\\u001b]0;x","input":{"command":"TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123 curl -H \'Authorization: Bearer sk-ant-api03-secret\' https://x"}}],"usage":{"input_tokens":5}},"parent_tool_use_id":null}\n');
    parser.push('{"type":"assistant","message":{"id":"b","model":"claude-sonnet-4-5","content":[{"type":"tool_use","id":"t2","name":"Read","input":{"file_path":"/w/src/a.ts"}}],"usage":{"input_tokens":7}},"parent_tool_use_id":"t1"}\n');
    const p = parser.progress;
    expect(p).toMatchObject({ turns: 1, toolCalls: 2, tokens: { input: 12 }, tool: { name: 'Read', detail: 'src/a.ts', running: true }, model: 'claude-sonnet-4-5' });
    const parser2 = new ClaudeStreamParser();
    parser2.push('{"type":"assistant","message":{"id":"a","content":[{"type":"tool_use","id":"t1","name":"Bash","input":{"command":"TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123 curl -H \'Authorization: Bearer sk-ant-api03-secret\' https://x"}}]}}\n');
    expect(parser2.progress.tool).toEqual({ name: 'Bash', detail: 'curl', running: true });
    parser2.push('{"type":"assistant","message":{"id":"b","content":[{"type":"tool_use","id":"t2","name":"Bash\\u001b]0;x","input":{"command":"ls"}}]}}\n');
    expect(parser2.progress.tool).toEqual({ name: 'Bash0x', detail: null, running: true });
    // No model reported: no cost estimate.
    expect(parser2.progress.costUsd).toBeNull();
  });
});

describe('tool call descriptions', () => {
  it('keep a small, safe part of the argument', () => {
    expect(describeToolCall('Edit', { file_path: '/repo/wt/src/x.ts' }, '/repo/wt')).toBe('src/x.ts');
    expect(describeToolCall('Write', { file_path: '/home/me/.ssh/id_rsa' }, '/repo/wt')).toBe('…/id_rsa');
    expect(describeToolCall('Bash', { command: 'A=1 B=2 /usr/bin/npm test -- --token=abc' }, null)).toBe('npm');
    expect(describeToolCall('WebFetch', { url: 'https://user:pw@api.example.com/x?token=abc' }, null)).toBe('api.example.com');
    expect(describeToolCall('Grep', { pattern: 'api_key=AKIAABCDEFGHIJKLMNOP', path: '/repo/wt/src' }, '/repo/wt')).toBe('api_key=*** in src');
    expect(describeToolCall('WebSearch', { query: 'anything at all' }, null)).toBeNull();
    expect(describeToolCall('mcp__db__query', { sql: 'select secret' }, null)).toBeNull();
    expect(describeToolCall('Task', { description: 'Review\u001b[31m the diff' }, null)).toBe('Review [31m the diff');
  });

  it('mask secrets and long tokens, strip controls, clip long text', () => {
    expect(sanitizeDetail('key sk-ant-api03-abcdefghijk and ghs_0123456789abcdef')).toBe('key *** and ***');
    expect(sanitizeDetail('x'.repeat(40))).toBe('***');
    expect(sanitizeDetail('a\u202eb\nc')).toBe('a b c');
    expect([...sanitizeDetail('word '.repeat(30))]).toHaveLength(60);
    expect(sanitizeName('<b>Bash</b>')).toBe('<b>Bash<b>');
    expect(sanitizeName('')).toBe('?');
    expect(shortPath('/w', '/w')).toBe('.');
    expect(shortPath('rel/x', null)).toBe('rel/x');
    expect(commandName('"(cd x')).toBe('cd');
  });
});

describe('cost estimate while running', () => {
  it('uses list prices by model family, and none for an unknown model', () => {
    const tokens = { input: 1_000_000, output: 1_000_000, cacheRead: 1_000_000, cacheCreation: 1_000_000 };
    expect(estimateClaudeCostUsd('claude-sonnet-4-5-20250929', tokens)).toBeCloseTo(3 + 15 + 0.3 + 3.75, 10);
    expect(estimateClaudeCostUsd('claude-opus-4-1', tokens)).toBeCloseTo(15 + 75 + 1.5 + 18.75, 10);
    expect(estimateClaudeCostUsd('claude-haiku-4-5', tokens)).toBeCloseTo(1 + 5 + 0.1 + 1.25, 10);
    expect(estimateClaudeCostUsd('gpt-x', tokens)).toBeNull();
    expect(estimateClaudeCostUsd(null, tokens)).toBeNull();
  });
});

describe('the claude adapter in stream mode', () => {
  const ctx = (claudeOutput: 'json' | 'stream'): AgentContext => ({
    config: { ...defaultConfig('/repo'), claudeOutput },
    promptFile: '/t/prompt.md',
    taskDir: '/t',
    hostEnv: {},
  });
  const task = { id: 'a', title: 'a', file: 'a.md', prompt: 'Do it.', issues: [], dependsOn: [], env: [] };

  it('asks for stream-json with --verbose and gives a progress parser; json mode keeps the seed flags and none', () => {
    expect(claudeAgent.invocation(task, ctx('stream')).argv).toEqual(['claude', '-p', 'Do it.', '--dangerously-skip-permissions', '--verbose', '--max-turns=50', '--output-format=stream-json']);
    expect(claudeAgent.progress?.(ctx('stream'))).toBeInstanceOf(ClaudeStreamParser);
    expect(claudeAgent.invocation(task, ctx('json')).argv).toContain('--output-format=json');
    expect(claudeAgent.progress?.(ctx('json'))).toBeUndefined();
  });
});
