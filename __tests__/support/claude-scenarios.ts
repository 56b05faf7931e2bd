/**
 * The behaviours the real-CLI tests run, one task per scenario: the task's prompt names its scenario
 * (`[scenario NAME]`) and the stub answers it with the matching script.
 */
import { byScenario, endlessToolCalls, failWith, writeFileThenFinish, type StubScript } from './anthropic-stub.js';

export const WRITE = {
  file: 'NOTES.md',
  content: '# Notes\n\nWritten by the real Claude Code CLI, on the word of a stub model.\n',
  finalText: 'Added NOTES.md with a short note.',
};

/** Per-task timeout of the `slow-reply` task: the stub never answers it. */
export const SLOW_TIMEOUT = '30s';
/** `max_turns` of the `max-turns` task, whose model never stops calling tools. */
export const MAX_TURNS = 2;

export const SCENARIOS = {
  'write-notes': { meta: {}, script: writeFileThenFinish(WRITE) },
  'api-500': { meta: {}, script: failWith(500) },
  'api-529': { meta: {}, script: failWith(529) },
  'api-401': { meta: {}, script: failWith(401) },
  'max-turns': { meta: { max_turns: String(MAX_TURNS) }, script: endlessToolCalls() },
  'slow-reply': { meta: { timeout: SLOW_TIMEOUT }, script: (() => ({ type: 'hang' })) as StubScript },
} satisfies Record<string, { meta: Record<string, string>; script: StubScript }>;

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

/** A fresh script answering every scenario (turns counted per scenario from 0). */
export function scenarioScript(): StubScript {
  return byScenario(Object.fromEntries(Object.entries(SCENARIOS).map(([name, s]) => [name, s.script])));
}
