import { describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger.js';
import { decodePromptFile, invalidUtf8Offset, parsePromptFile, slugify } from '../src/tasks/parse.js';
import { PromptError } from '../src/tasks/types.js';

function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

const parse = (content: string, file = 'prompts/task.md') => parsePromptFile(file, content, recorder());

function parseError(content: string, file = 'prompts/task.md'): PromptError {
  try {
    parse(content, file);
  } catch (error) {
    expect(error).toBeInstanceOf(PromptError);
    return error as PromptError;
  }
  throw new Error('expected a PromptError');
}

describe('parsePromptFile defaults', () => {
  it('takes the id from the file stem, slugged, and the title from the first heading', () => {
    const task = parse('\n\n# Add the Login page\n\nDo it.\n', 'prompts/Add  Login__Page--v2.md');
    expect(task).toEqual({
      id: 'add-login-page-v2',
      title: 'Add the Login page',
      file: 'prompts/Add  Login__Page--v2.md',
      prompt: '# Add the Login page\n\nDo it.\n',
      issues: [],
      dependsOn: [],
      env: [],
    });
  });

  it('falls back to the id as title, and ignores headings in code fences and ## headings', () => {
    expect(parse('```\n# not a title\n```\n## Sub\nbody').title).toBe('task');
    expect(parse('~~~md\n# no\n~~~\n# Yes ##\n').title).toBe('Yes');
  });

  it('slugify collapses and trims dashes', () => {
    expect(slugify('--Hello, World!!  2--')).toBe('hello-world-2');
  });

  it('reads every field from front matter and strips it from the prompt', () => {
    const task = parse(
      [
        '---',
        'id: add-login',
        'title: Login page',
        'issue: [12, 14]',
        'depends_on: setup-db',
        'agent: command',
        'timeout: 30m',
        'cpus: 1.5',
        'memory: 512m',
        'image: node:24-bookworm-slim',
        'env: [NPM_TOKEN, _X1]',
        'max_turns: 7',
        'estimate: 12m',
        'retries: 2',
        'claude_max_retries: 0',
        'max_cost_usd: 0.50',
        '---',
        '',
        'Build it.',
      ].join('\r\n'),
    );
    expect(task).toEqual({
      id: 'add-login',
      title: 'Login page',
      file: 'prompts/task.md',
      prompt: 'Build it.',
      issues: [12, 14],
      dependsOn: ['setup-db'],
      agent: 'command',
      timeoutMs: 30 * 60_000,
      cpus: 1.5,
      memoryBytes: 512 * 1024 ** 2,
      image: 'node:24-bookworm-slim',
      env: ['NPM_TOKEN', '_X1'],
      maxTurns: 7,
      estimateMs: 12 * 60_000,
      retries: 2,
      claudeMaxRetries: 0,
      maxCostUsd: 0.5,
    });
  });

  it('accepts a single issue and an empty front matter block', () => {
    expect(parse('---\nissue: 3\n---\nx').issues).toEqual([3]);
    expect(parse('---\n---\n# T\n').title).toBe('T');
  });

  it('warns about unknown keys, suggesting the likely one, but does not fail', () => {
    const logger = recorder();
    const task = parsePromptFile('prompts/a.md', '---\ndepends-on: b\ncolour: red\n---\nbody', logger);
    expect(task.dependsOn).toEqual([]);
    expect(logger.warnings).toEqual([
      "prompts/a.md: unknown front matter key 'depends-on' ignored (did you mean 'depends_on'?)",
      expect.stringContaining("prompts/a.md: unknown front matter key 'colour' ignored; known keys: id, title"),
    ]);
  });

  it('refuses an empty prompt, naming the file', () => {
    for (const content of ['', '\n \n', '---\nid: a\n---\n\n']) {
      expect(() => parsePromptFile('prompts/a.md', content, recorder())).toThrow(
        'prompts/a.md: the prompt is empty (nothing after the front matter); write the task below it',
      );
    }
  });
});

describe('parsePromptFile allow_hosts', () => {
  it('reads a list or a comma-separated string of host[:port] entries, normalised', () => {
    expect(parse('---\nallow_hosts: [registry.npmjs.org, "*.pypi.org:443", "10.0.0.0/8:8080"]\n---\nbody').allowHosts).toEqual([
      'registry.npmjs.org:443',
      '*.pypi.org:443',
      '10.0.0.0/8:8080',
    ]);
    expect(parse('---\nallow_hosts: a.example, b.example:80\n---\nbody').allowHosts).toEqual(['a.example:443', 'b.example:80']);
    expect(parse('---\nallow_hosts: []\n---\nbody').allowHosts).toBeUndefined();
  });
});

describe('parsePromptFile errors', () => {
  it('reports invalid YAML with the file line and column', () => {
    const error = parseError('---\nid: a\ntitle: [unclosed\nx: y\n---\nbody');
    expect(error.message).toMatch(/^prompts\/task\.md: invalid YAML front matter at line \d+, column \d+: /);
    const dup = parseError('---\nid: a\nid: b\n---\nbody');
    expect(dup.message).toBe('prompts/task.md: invalid YAML front matter at line 3, column 1: Map keys must be unique');
  });

  it('reports unclosed front matter and non-mapping front matter', () => {
    expect(parseError('---\nid: a\nbody').message).toContain("front matter opened with '---' on line 1 is never closed");
    expect(parseError('---\n- a\n- b\n---\nbody').message).toBe(
      'prompts/task.md: front matter must be a YAML mapping of keys to values, got ["a","b"]',
    );
  });

  it.each([
    ['id: 42', 'id', 'invalid value 42; expected an id of lowercase letters'],
    ['id: Add_Login', 'id', "invalid value 'Add_Login'; expected an id of lowercase letters"],
    ['title: [a]', 'title', 'invalid value ["a"]; expected a non-empty string'],
    ['issue: twelve', 'issue', "invalid value 'twelve'; expected an issue number or a list of issue numbers"],
    ['issue: [1, -2]', 'issue', 'invalid value [1,-2]; expected an issue number or a list'],
    ['depends_on: [a, 3]', 'depends_on', 'invalid value ["a",3]; expected a task id or a list of task ids'],
    ['agent: gpt', 'agent', "invalid value 'gpt'; expected one of claude, command, script"],
    ['timeout: soon', 'timeout', "invalid value 'soon'; expected a duration like 90s, 30m or 2h"],
    ['timeout: [1]', 'timeout', 'invalid value [1]; expected a single value, like timeout: 30m'],
    ['timeout: 600h', 'timeout', "invalid value '600h'; expected a duration of at most 7 days (168h)"],
    ['cpus: 0', 'cpus', 'invalid value 0; expected a number of CPUs greater than 0 and at most'],
    ['cpus: 1000', 'cpus', "invalid value 1000; expected a number of CPUs greater than 0 and at most"],
    ['cpus: [1]', 'cpus', 'invalid value [1]; expected a single value, like cpus: 1'],
    ['estimate: a while', 'estimate', "invalid value 'a while'; expected a duration like 90s, 30m or 2h"],
    ['estimate: -5', 'estimate', 'invalid value -5; expected a duration like 90s, 30m or 2h'],
    ['estimate: {m: 3}', 'estimate', 'invalid value {"m":3}; expected a single value, like estimate: 20m'],
    ['memory: 4x', 'memory', "invalid value '4x'; expected a size like 512m or 4g"],
    ['memory: 1e99', 'memory', 'invalid value 1e+99; expected a size like 512m or 4g'],
    ['memory: 1', 'memory', 'invalid value 1; expected at least 6m (Docker refuses smaller memory limits)'],
    ['image: -x', 'image', "invalid value '-x'; expected an image reference like agent-fanout/agent:latest"],
    ['image: {a: 1}', 'image', 'invalid value {"a":1}; expected a single value, like image: agent-fanout/agent:latest'],
    ['env: [OK, 1BAD]', 'env', "invalid value '1BAD'; expected environment variable names (letters, digits, _)"],
    ['env: [GITHUB_TOKEN]', 'env', "invalid value 'GITHUB_TOKEN'; expected names of variables other than GitHub and runner tokens"],
    ['max_turns: 2.5', 'max_turns', 'invalid value 2.5; expected a whole number from 1 to 10000'],
    ['retries: 6', 'retries', 'invalid value 6; expected a whole number from 0 to 5'],
    ['retries: -1', 'retries', 'invalid value -1; expected a whole number from 0 to 5'],
    ['claude_max_retries: 21', 'claude_max_retries', 'invalid value 21; expected a whole number from 0 to 20'],
    ['max_cost_usd: 0', 'max_cost_usd', 'invalid value 0; expected an amount in USD greater than 0 and at most 10000, like 0.50 or 5'],
    ['max_cost_usd: lots', 'max_cost_usd', "invalid value 'lots'; expected an amount in USD"],
    ['allow_hosts: [ok.example, "https://x.example"]', 'allow_hosts', "invalid value 'https://x.example'; expected host names or addresses with an optional port"],
    ['allow_hosts: [443]', 'allow_hosts', "invalid value '443'; expected host names or addresses"],
    ['attempts: 9', 'attempts', 'invalid value 9; expected a whole number from 1 to 8'],
    ['attempts: 0', 'attempts', 'invalid value 0; expected a whole number from 1 to 8'],
    ['verify: [a, b]', 'verify', "invalid value [\"a\",\"b\"]; expected a single value, like verify: 'npm ci && npm test'"],
    ['variants: opus', 'variants', "invalid value 'opus'; expected a list of mappings like [{model: opus}, {model: sonnet, max_turns: 30}]"],
    ['variants: []', 'variants', 'invalid value []; expected a list of mappings'],
    ['variants: [{model: a}, {model: b}, {model: c}]\nattempts: 2', 'variants', 'invalid value [{"model":"a"},{"model":"b"},{"model":"c"}]; expected at most as many variants as attempts (2); with fewer, attempts take them in turn'],
    ['variants: [{model: "bad model"}]', 'variants[0].model', "invalid value 'bad model'; expected a model name like opus or claude-sonnet-4-5"],
    ['variants: [{agent: gpt}]', 'variants[0].agent', "invalid value 'gpt'; expected one of claude, command, script"],
    ['variants: [{max_turns: 0}]', 'variants[0].max_turns', 'invalid value 0; expected a whole number from 1 to 10000'],
    ['variants: [{temperature: 1}]', 'variants[0].temperature', 'invalid value 1; expected one of the keys agent, model, claude_args, max_turns'],
    ['variants: [{model: a}, {}]', 'variants[1]', 'invalid value {}; expected a mapping setting some of agent, model, claude_args, max_turns'],
    ['variants: [{claude_args: [--x, 3]}]', 'variants[0].claude_args', 'invalid value ["--x",3]; expected a list of claude CLI flags like [--model, opus]'],
  ])('%s → error on %s', (line, field, detail) => {
    const error = parseError(`---\n${line}\n---\nbody`);
    expect(error.file).toBe('prompts/task.md');
    expect(error.field).toBe(field);
    expect(error.message).toContain(`prompts/task.md: field '${field}': ${detail}`);
  });

  it('reads verify, judge, attempts and variants; variants alone ask for an attempt each', () => {
    const task = parse(
      [
        '---',
        "verify: 'npm ci && npm test'",
        'judge: sh score.sh',
        'variants:',
        '  - {model: opus}',
        '  - {agent: claude, model: claude-sonnet-4-5, max_turns: 30, claude_args: [--effort, low]}',
        '---',
        'body',
      ].join('\n'),
    );
    expect(task).toMatchObject({
      verify: 'npm ci && npm test',
      judge: 'sh score.sh',
      attempts: 2,
      variants: [{ model: 'opus' }, { agent: 'claude', model: 'claude-sonnet-4-5', maxTurns: 30, claudeArgs: ['--effort', 'low'] }],
    });
    expect(parse('---\nattempts: 5\nvariants: [{model: opus}, {model: haiku}]\n---\nbody').attempts).toBe(5);
    expect(parse('---\nverify: ""\n---\nbody').verify).toBeUndefined();
  });

  it('cannot derive an id from a stem without letters or digits', () => {
    expect(parseError('body', 'prompts/---.md').message).toBe(
      "prompts/---.md: field 'id': cannot derive an id from the file name '---'; set 'id' in the front matter",
    );
  });
});

describe('decodePromptFile', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

  it('decodes UTF-8, a BOM and every plane', () => {
    expect(decodePromptFile('p.md', bytes('# café ✓ 𝄞\n'))).toBe('# café ✓ 𝄞\n');
    expect(invalidUtf8Offset(bytes('\uFEFF# x'))).toBe(-1);
  });

  it.each([
    ['a Latin-1 byte', bytes('# caf', [0xe9], '\n'), 5],
    ['an overlong slash', bytes('ab', [0xc0, 0xaf]), 2],
    ['a surrogate', bytes([0xed, 0xa0, 0x80]), 0],
    ['a code point above U+10FFFF', bytes('x', [0xf4, 0x90, 0x80, 0x80]), 1],
    ['a truncated sequence', bytes('xy', [0xe2, 0x9c]), 2],
    ['a lone continuation byte', bytes([0x80]), 0],
  ])('finds %s', (_what, input, offset) => {
    expect(invalidUtf8Offset(input)).toBe(offset);
  });

  it('refuses non-UTF-8 and binary files by name and position, without echoing the bytes', () => {
    const latin1 = () => decodePromptFile('prompts/a.md', bytes('---\nid: a\n---\n# caf', [0xe9, 0xff], '\n'));
    expect(latin1).toThrow('prompts/a.md: is not UTF-8 text (an invalid byte at line 4, byte 20); save it as UTF-8');
    const binary = () => decodePromptFile('prompts/b.md', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0x00, 0x00, 0xff]));
    expect(binary).toThrow('prompts/b.md: is a binary file (a NUL byte at line 3, byte 9); expected a UTF-8 Markdown prompt');
  });
});
