/**
 * The behaviours the real-CLI tests run, one task per scenario: the task's prompt names its scenario
 * (`[scenario NAME]`) and the stub answers it with the matching script.
 */
import { byScenario, bySession, endlessToolCalls, failWith, firstThen, withUsage, writeFileThenFinish, type StubScript } from './anthropic-stub.js';

export const WRITE = {
  file: 'NOTES.md',
  content: '# Notes\n\nWritten by the real Claude Code CLI, on the word of a stub model.\n',
  finalText: 'Added NOTES.md with a short note.',
};

/** Per-task timeout of the `slow-reply` task: the stub never answers it. */
export const SLOW_TIMEOUT = '30s';
/** `max_turns` of the `max-turns` task, whose model never stops calling tools. */
export const MAX_TURNS = 2;

/** What a first attempt writes (its first reply is `endlessToolCalls`'s) before the API fails it. */
export const FIRST_ATTEMPT_FILE = 'turn-1.txt';
/** `retries` of the scenarios that must not be retried: there would be room. */
export const UNUSED_RETRIES = 2;
/** `max_cost_usd` of the budget scenarios, and usage that passes it on the first reply (120k input tokens ≈ $0.60 at Opus list prices; a million would make the CLI compact its context). */
export const BUDGET = { maxCostUsd: 0.5, usage: { input_tokens: 120_000 } };

const hang: StubScript = () => ({ type: 'hang' });

/** Each scenario's front matter, and a factory of its script (some scripts remember the sessions they saw). */
export const SCENARIOS = {
  'write-notes': { meta: {}, script: () => writeFileThenFinish(WRITE) },
  'api-500': { meta: {}, script: () => failWith(500) },
  'api-529': { meta: {}, script: () => failWith(529) },
  'api-401': { meta: {}, script: () => failWith(401) },
  'max-turns': { meta: { max_turns: String(MAX_TURNS) }, script: () => endlessToolCalls() },
  'slow-reply': { meta: { timeout: SLOW_TIMEOUT }, script: () => hang },
  // Retries: the first session writes a file, then the API is overloaded (after the CLI's own retries);
  // the second session, on a fresh tree, writes NOTES.md and finishes.
  'flaky-529': {
    meta: { retries: '1' },
    script: () => bySession(firstThen(1, endlessToolCalls(), failWith(529)), writeFileThenFinish(WRITE)),
  },
  // Authentication fails after a first reply: permanent, so not retried although retries are left.
  // claude_max_retries: 0 overrides the host's CLAUDE_CODE_MAX_RETRIES: one 401, no CLI retry.
  'auth-401': {
    meta: { retries: String(UNUSED_RETRIES), claude_max_retries: '0' },
    script: () => firstThen(1, endlessToolCalls(), failWith(401)),
  },
  // The first reply costs more than the budget; the next request is never answered, so only the
  // budget can end the task before its timeout.
  'budget-stop': {
    meta: { retries: String(UNUSED_RETRIES), max_cost_usd: String(BUDGET.maxCostUsd) },
    script: () => firstThen(1, withUsage(BUDGET.usage, endlessToolCalls()), hang),
  },
  // A session that succeeds but costs more than the budget (json mode: only known at the end).
  'budget-end': { meta: { max_cost_usd: String(BUDGET.maxCostUsd) }, script: () => withUsage(BUDGET.usage, writeFileThenFinish(WRITE)) },
} satisfies Record<string, { meta: Record<string, string>; script: () => StubScript }>;

export type ScenarioName = keyof typeof SCENARIOS;

/** Prompt files (id → text) for the scenarios, for `repoWithPrompts`. */
export function scenarioPrompts(names: readonly ScenarioName[]): Record<string, string> {
  const prompts: Record<string, string> = {};
  for (const name of names) {
    const meta = Object.entries({ agent: 'claude', ...SCENARIOS[name].meta }).map(([k, v]) => `${k}: ${v}`).join('\n');
    prompts[name] = `---\n${meta}\n---\n# ${name}\n\n[scenario ${name}] Add ${WRITE.file} with a short note.\n`;
  }
  return prompts;
}

/** A fresh script answering every scenario (turns, and sessions, counted per scenario from 0). */
export function scenarioScript(): StubScript {
  return byScenario(Object.fromEntries(Object.entries(SCENARIOS).map(([name, s]) => [name, s.script()])));
}
