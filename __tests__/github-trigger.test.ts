import { describe, expect, test } from 'vitest';
import { decideTrigger, type EventPayload } from '../src/github/trigger.js';

const inputs = { triggerLabel: 'fanout', prompts: [], issueNumber: null };
const sender = { login: 'alice', type: 'User' };

describe('decideTrigger', () => {
  test('issues labeled with the trigger label runs for that issue', () => {
    const payload: EventPayload = { action: 'labeled', label: { name: 'FanOut' }, issue: { number: 7, body: 'see prompts/a.md' }, sender };
    expect(decideTrigger('issues', payload, inputs)).toMatchObject({
      run: true,
      kind: 'issue',
      number: 7,
      isPullRequest: false,
      body: 'see prompts/a.md',
      label: 'FanOut',
      sender,
    });
  });

  test('another label or another issues action is a no-op with a reason', () => {
    const other = decideTrigger('issues', { action: 'labeled', label: { name: 'bug' }, issue: { number: 7 }, sender }, inputs);
    expect(other).toEqual({ run: false, reason: "issues event 'labeled' with label 'bug' is not the label 'fanout' being added" });
    expect(decideTrigger('issues', { action: 'opened', issue: { number: 7 }, sender }, inputs).run).toBe(false);
    expect(decideTrigger('issues', { action: 'unlabeled', label: { name: 'fanout' }, issue: { number: 7 }, sender }, inputs).run).toBe(false);
    expect(decideTrigger('issues', { action: 'labeled', label: { name: 'fanout' }, issue: {}, sender }, inputs)).toEqual({
      run: false,
      reason: "issues event 'labeled' names no issue number",
    });
  });

  test('pull_request labeled reads the PR body and targets its base branch', () => {
    const payload: EventPayload = {
      action: 'labeled',
      label: { name: 'fanout' },
      pull_request: { number: 9, body: 'prompts/x.md', base: { ref: 'develop' } },
      sender,
    };
    expect(decideTrigger('pull_request', payload, inputs)).toMatchObject({
      run: true,
      kind: 'pull_request',
      number: 9,
      isPullRequest: true,
      baseBranch: 'develop',
      body: 'prompts/x.md',
    });
    expect(decideTrigger('pull_request_target', payload, inputs).run).toBe(true);
  });

  test('issue_comment needs a line /fanout, not a mention in prose or a quote', () => {
    const comment = (body: string, action = 'created'): EventPayload => ({
      action,
      issue: { number: 3, body: 'prompts/a.md' },
      comment: { id: 55, body },
      sender,
    });
    expect(decideTrigger('issue_comment', comment('/fanout'), inputs)).toMatchObject({
      run: true,
      kind: 'comment',
      number: 3,
      commentId: 55,
      label: null,
    });
    expect(decideTrigger('issue_comment', comment('please\n  /fanout now\nthanks'), inputs).run).toBe(true);
    expect(decideTrigger('issue_comment', comment('run /fanout please'), inputs).run).toBe(false);
    expect(decideTrigger('issue_comment', comment('> /fanout'), inputs).run).toBe(false);
    expect(decideTrigger('issue_comment', comment('/fanouts'), inputs).run).toBe(false);
    for (const action of ['edited', 'deleted']) {
      expect(decideTrigger('issue_comment', comment('/fanout', action), inputs)).toEqual({
        run: false,
        reason: `issue_comment event '${action}': only new comments start a run; post a new comment with the line '/fanout'`,
      });
    }
  });

  test('a /fanout comment on a pull request is marked as one', () => {
    const payload: EventPayload = { action: 'created', issue: { number: 4, pull_request: {} }, comment: { id: 1, body: '/fanout' }, sender };
    expect(decideTrigger('issue_comment', payload, inputs)).toMatchObject({ run: true, isPullRequest: true, baseBranch: null });
  });

  test('workflow_dispatch runs the prompts input, or an issue given by number', () => {
    expect(decideTrigger('workflow_dispatch', { sender }, { ...inputs, prompts: ['prompts/*.md'] })).toMatchObject({
      run: true,
      kind: 'manual',
      number: null,
      prompts: ['prompts/*.md'],
      bodyKnown: true,
    });
    expect(decideTrigger('workflow_dispatch', { sender }, { ...inputs, issueNumber: 5 })).toMatchObject({
      run: true,
      number: 5,
      bodyKnown: false,
    });
    expect(decideTrigger('workflow_dispatch', { sender }, inputs).run).toBe(false);
  });

  test('any other event is a no-op that says so', () => {
    expect(decideTrigger('push', { sender }, inputs)).toEqual({ run: false, reason: "event 'push' does not start agent-fanout" });
  });
});
