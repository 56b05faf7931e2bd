/** Warnings about settings that are valid but probably not meant (src/run/warnings.ts). */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type RunConfig } from '../src/core/config.js';
import { runSettingWarnings } from '../src/run/warnings.js';
import type { TaskSpec } from '../src/tasks/types.js';

function task(id: string, extra: Partial<TaskSpec> = {}): TaskSpec {
  return { id, title: id, file: `prompts/${id}.md`, prompt: 'Do it.', issues: [], dependsOn: [], env: [], ...extra };
}

const config = (patch: Partial<RunConfig> = {}): RunConfig => ({ ...defaultConfig('/repo', {}), ...patch });

describe('runSettingWarnings', () => {
  it('says nothing about the defaults (30 minutes against a retry window of about 3 minutes)', () => {
    expect(runSettingWarnings(config(), [task('a'), task('b')], {})).toEqual([]);
  });

  it("warns when a claude task's timeout is shorter than the CLI's retry window, grouped by timeout", () => {
    const tasks = [task('a', { timeoutMs: 120_000 }), task('b', { timeoutMs: 120_000 }), task('c', { timeoutMs: 60_000 }), task('d')];
    const warnings = runSettingWarnings(config(), tasks, {});
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^tasks 'a', 'b': the timeout of 2m 00s is shorter than the up to 3m 19s Claude Code may wait between its 10 retries of a failing API call/);
    expect(warnings[0]).toContain('Raise the timeout or lower claude-max-retries.');
    expect(warnings[1]).toMatch(/^task 'c': the timeout of 1m 00s/);
  });

  it('reads the retries from claude-max-retries, the front matter and the host variable; other agents are not concerned', () => {
    const short = [task('a', { timeoutMs: 60_000 })];
    expect(runSettingWarnings(config({ claudeMaxRetries: 5 }), short, {})).toEqual([]);
    expect(runSettingWarnings(config(), [task('a', { timeoutMs: 60_000, claudeMaxRetries: 3 })], {})).toEqual([]);
    expect(runSettingWarnings(config(), short, { CLAUDE_CODE_MAX_RETRIES: '1' })).toEqual([]);
    expect(runSettingWarnings(config({ claudeMaxRetries: 8 }), short, {})[0]).toContain('its 8 retries');
    expect(runSettingWarnings(config({ agent: 'command' }), short, {})).toEqual([]);
  });

  it('warns that max-cost-usd is only checked at the end in json mode, and not at all for agents without a cost', () => {
    const tasks = [task('a', { maxCostUsd: 1 }), task('b', { agent: 'script', maxCostUsd: 1 }), task('c')];
    const warnings = runSettingWarnings(config(), tasks, {});
    expect(warnings).toEqual([
      "task 'b': max-cost-usd has no effect: only the claude agent reports a cost.",
      expect.stringMatching(/^task 'a': max-cost-usd is checked only when the agent has finished with --claude-output json; .* Use --claude-output stream/),
    ]);
    expect(runSettingWarnings(config({ claudeOutput: 'stream', maxCostUsd: 2 }), [task('a'), task('c')], {})).toEqual([]);
  });

  it('warns about a judge without attempts, claude settings in a variant of another agent, and a budget per attempt', () => {
    const tasks = [
      task('lonely', { judge: 'sh score.sh' }),
      task('ranked', { attempts: 3, judge: 'sh score.sh' }),
      task('scripted', { agent: 'script', attempts: 2, variants: [{ model: 'opus' }] }),
      task('budget', { attempts: 2, maxCostUsd: 1 }),
    ];
    const warnings = runSettingWarnings(config({ claudeOutput: 'stream' }), tasks, {});
    expect(warnings).toEqual([
      "task 'lonely': judge has no effect with a single attempt: it only ranks the attempts of a task with attempts above 1.",
      "task 'scripted': a variant sets model or claude_args for an agent other than claude: they are ignored there.",
      "task 'budget': max-cost-usd applies to each attempt on its own: a task of N attempts may spend up to N times it.",
    ]);
  });
});
