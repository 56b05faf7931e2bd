/** Parsing of one prompt file: YAML front matter + Markdown body → a TaskSpec. Pure: no I/O. */
import path from 'node:path';
import { parseDocument } from 'yaml';
import { AGENT_KINDS, FORBIDDEN_ENV, type AgentKind } from '../config.js';
import type { Logger } from '../logger.js';
import { parseDuration, parseSize } from '../units.js';
import { PromptError, type TaskSpec } from './types.js';

/** Prompt files larger than this are refused: a prompt is prose, not a data dump. */
export const MAX_PROMPT_BYTES = 256 * 1024;

/** Front matter keys that mean something; anything else draws a warning. */
export const FRONT_MATTER_KEYS = [
  'id',
  'title',
  'issue',
  'depends_on',
  'agent',
  'timeout',
  'cpus',
  'memory',
  'image',
  'env',
  'max_turns',
  'estimate',
] as const;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Ids become branch names and container labels, so they stay within what both accept. */
const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_ID_LENGTH = 100;

/** `My Task_2.md` → `my-task-2`: lowercase, runs of anything but [a-z0-9] become one dash. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits `---\n<yaml>\n---\n<body>` and reports the file line the YAML starts on. */
function splitFrontMatter(
  file: string,
  content: string,
): { yaml: string | undefined; yamlFirstLine: number; body: string } {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { yaml: undefined, yamlFirstLine: 0, body: text };
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) {
    throw new PromptError(file, undefined, "front matter opened with '---' on line 1 is never closed (expected a line '---')");
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
  };
}

/** The first `# ` heading outside fenced code blocks, without trailing closing hashes. */
function firstHeading(body: string): string | undefined {
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading && heading[1].trim() !== '') return heading[1].trim();
  }
  return undefined;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The key a misspelled one probably meant (`depends-on`, `dependsOn`, `Timeout` → the real one). */
function suggestKey(key: string): string | undefined {
  const norm = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = norm(key);
  const direct = FRONT_MATTER_KEYS.find((k) => norm(k) === wanted);
  if (direct) return direct;
  const aliases: Record<string, string> = {
    issues: 'issue',
    dependson: 'depends_on',
    depends: 'depends_on',
    needs: 'depends_on',
    after: 'depends_on',
    maxturns: 'max_turns',
    turns: 'max_turns',
    duration: 'estimate',
    eta: 'estimate',
    cpu: 'cpus',
    mem: 'memory',
    name: 'title',
  };
  return aliases[wanted];
}

class FieldReader {
  constructor(
    readonly file: string,
    readonly data: Record<string, unknown>,
  ) {}

  fail(field: string, value: unknown, expected: string): never {
    throw new PromptError(this.file, field, `invalid value ${show(value)}; expected ${expected}`);
  }

  /** The value of `field`, or undefined when absent or explicitly empty (`key:` with no value). */
  get(field: string): unknown {
    const value = this.data[field];
    return value === null ? undefined : value;
  }

  string(field: string, expected = 'a non-empty string'): string | undefined {
    const value = this.get(field);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, value, expected);
    return value.trim();
  }

  /** A scalar is a list of one: `depends_on: a` means `[a]`. */
  list(field: string): unknown[] | undefined {
    const value = this.get(field);
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value : [value];
  }

  positiveNumber(field: string, integer: boolean, expected: string): number | undefined {
    const value = this.get(field);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      this.fail(field, value, expected);
    }
    return value;
  }
}

/**
 * Parses one prompt file. `file` is its repo-relative path (used for the default id and in every
 * error). Throws PromptError for anything that is not a valid prompt; warns through `logger` about
 * front matter keys it does not know and about an empty prompt.
 */
export function parsePromptFile(file: string, content: string, logger: Logger): TaskSpec {
  const { yaml, yamlFirstLine, body } = splitFrontMatter(file, content);

  let data: Record<string, unknown> = {};
  if (yaml !== undefined && yaml.trim() !== '') {
    // Padding with newlines makes the parser's line numbers the file's line numbers.
    const doc = parseDocument('\n'.repeat(yamlFirstLine - 1) + yaml, { prettyErrors: true });
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const pos = first.linePos?.[0];
      const reason = first.message.split(/ at line \d+, column \d+/)[0].split('\n')[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      throw new PromptError(file, undefined, `invalid YAML front matter${where}: ${reason}`);
    }
    for (const warning of doc.warnings) logger.warning(`${file}: front matter: ${warning.message.split('\n')[0]}`);
    const value: unknown = doc.toJS();
    if (value !== null && value !== undefined) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw new PromptError(file, undefined, `front matter must be a YAML mapping of keys to values, got ${show(value)}`);
      }
      data = value as Record<string, unknown>;
    }
  }

  for (const key of Object.keys(data)) {
    if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = suggestKey(key);
    logger.warning(
      `${file}: unknown front matter key '${key}' ignored` +
        (suggestion ? ` (did you mean '${suggestion}'?)` : `; known keys: ${FRONT_MATTER_KEYS.join(', ')}`),
    );
  }

  // Explicitly typed so that calls to the `never`-returning `fail` narrow types (TS2775 rules).
  const fields: FieldReader = new FieldReader(file, data);
  const idExpected = `an id of lowercase letters, digits and dashes (at most ${MAX_ID_LENGTH} characters), like 'add-login'`;

  let id = fields.string('id', idExpected);
  if (id !== undefined) {
    if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) fields.fail('id', id, idExpected);
  } else {
    const stem = path.posix.basename(file).replace(/\.[^.]*$/, '');
    id = slugify(stem).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
    if (id === '') {
      throw new PromptError(file, 'id', `cannot derive an id from the file name '${stem}'; set 'id' in the front matter`);
    }
  }

  const prompt = body.replace(/^(?:[ \t]*\r?\n)+/, '');
  const title = fields.string('title', 'a non-empty string') ?? firstHeading(prompt) ?? id;

  const issueExpected = 'an issue number or a list of issue numbers, like 12 or [12, 14]';
  const issues = (fields.list('issue') ?? []).map((n) => {
    if (typeof n === 'string' && /^#?\d+$/.test(n.trim())) n = Number(n.trim().replace('#', ''));
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) fields.fail('issue', fields.get('issue'), issueExpected);
    return n;
  });

  const depsExpected = 'a task id or a list of task ids';
  const dependsOn: string[] = [];
  for (const dep of fields.list('depends_on') ?? []) {
    if (typeof dep !== 'string' || dep.trim() === '') fields.fail('depends_on', fields.get('depends_on'), depsExpected);
    if (!dependsOn.includes(dep.trim())) dependsOn.push(dep.trim());
  }

  const agentExpected = `one of ${AGENT_KINDS.join(', ')}`;
  const agentText = fields.string('agent', agentExpected);
  if (agentText !== undefined && !(AGENT_KINDS as readonly string[]).includes(agentText)) {
    fields.fail('agent', agentText, agentExpected);
  }
  const agent = agentText as AgentKind | undefined;

  const timeoutExpected = 'a duration like 90s, 30m or 2h';
  const timeoutValue = fields.get('timeout');
  let timeoutMs: number | undefined;
  if (timeoutValue !== undefined) {
    if (typeof timeoutValue !== 'string' && typeof timeoutValue !== 'number') fields.fail('timeout', timeoutValue, timeoutExpected);
    timeoutMs = parseDuration(timeoutValue);
    if (timeoutMs === undefined) fields.fail('timeout', timeoutValue, timeoutExpected);
  }

  // How long the task is expected to take: only the planner reads it, to balance shards.
  const estimateValue = fields.get('estimate');
  let estimateMs: number | undefined;
  if (estimateValue !== undefined) {
    if (typeof estimateValue !== 'string' && typeof estimateValue !== 'number') fields.fail('estimate', estimateValue, timeoutExpected);
    estimateMs = parseDuration(estimateValue);
    if (estimateMs === undefined) fields.fail('estimate', estimateValue, timeoutExpected);
  }

  const cpus = fields.positiveNumber('cpus', false, 'a positive number of CPUs, like 1 or 0.5');

  const memoryExpected = 'a size like 512m or 4g';
  const memoryValue = fields.get('memory');
  let memoryBytes: number | undefined;
  if (memoryValue !== undefined) {
    if (typeof memoryValue !== 'string' && typeof memoryValue !== 'number') fields.fail('memory', memoryValue, memoryExpected);
    memoryBytes = parseSize(memoryValue);
    if (memoryBytes === undefined) fields.fail('memory', memoryValue, memoryExpected);
  }

  const image = fields.string('image', 'an image reference string, like node:24-bookworm-slim');

  const envExpected = 'a list of environment variable names, like [NPM_TOKEN, SENTRY_DSN]';
  const envValue = fields.get('env');
  const env: string[] = [];
  if (envValue !== undefined) {
    if (!Array.isArray(envValue)) fields.fail('env', envValue, envExpected);
    for (const name of envValue) {
      if (typeof name !== 'string' || !ENV_NAME.test(name)) {
        throw new PromptError(file, 'env', `invalid variable name ${show(name)}; expected a name matching ${ENV_NAME.source}`);
      }
      // Tokens that can push to the repository must never reach an agent, whatever a prompt asks.
      if (FORBIDDEN_ENV.includes(name.toUpperCase())) {
        throw new PromptError(file, 'env', `'${name}' is never passed to agents; remove it`);
      }
      if (!env.includes(name)) env.push(name);
    }
  }

  const maxTurns = fields.positiveNumber('max_turns', true, 'a positive whole number, like 30');

  if (prompt.trim() === '') logger.warning(`${file}: the prompt is empty (nothing after the front matter)`);

  const spec: TaskSpec = { id, title, file, prompt, issues, dependsOn, env };
  if (agent !== undefined) spec.agent = agent;
  if (timeoutMs !== undefined) spec.timeoutMs = timeoutMs;
  if (cpus !== undefined) spec.cpus = cpus;
  if (memoryBytes !== undefined) spec.memoryBytes = memoryBytes;
  if (image !== undefined) spec.image = image;
  if (maxTurns !== undefined) spec.maxTurns = maxTurns;
  if (estimateMs !== undefined) spec.estimateMs = estimateMs;
  return spec;
}
