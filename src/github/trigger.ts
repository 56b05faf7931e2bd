/**
 * Which events start a run: an issue or pull request labeled with the trigger label, a manual
 * dispatch, or a comment with a `/fanout` line. Pure: event name and payload in, decision out.
 */

/** The part of a webhook payload this module reads; everything is optional because payloads vary. */
export interface EventPayload {
  action?: string;
  label?: { name?: string };
  sender?: { login?: string; type?: string };
  issue?: { number?: number; body?: string | null; pull_request?: unknown };
  pull_request?: { number?: number; body?: string | null; base?: { ref?: string; sha?: string } };
  comment?: { id?: number; body?: string | null };
  repository?: { default_branch?: string };
  inputs?: Record<string, unknown>;
}

export interface Sender {
  login: string;
  type: string;
}

export type TriggerKind = 'issue' | 'pull_request' | 'comment' | 'manual';

export interface RunTrigger {
  run: true;
  kind: TriggerKind;
  /** The issue or PR the run reports to; null for a manual run without `issue-number`. */
  number: number | null;
  /** Whether `number` is a pull request. */
  isPullRequest: boolean;
  sender: Sender | null;
  /** Text that references prompt files (issue/PR body, plus the comment for `/fanout`). */
  body: string;
  /** Whether `body` is complete; false when the body must be fetched (manual run on an issue, comment on a PR). */
  bodyKnown: boolean;
  /** The base branch the event names (a PR's base), when it names one. */
  baseBranch: string | null;
  /** The label to remove at the end, for label triggers. */
  label: string | null;
  /** For `/fanout` comments: the comment to react to. */
  commentId: number | null;
  /** Prompt globs of a manual run. */
  prompts: string[];
  /** One line for the log: what started the run. */
  description: string;
}

export interface NoRun {
  run: false;
  /** One line for the log: why nothing happens. */
  reason: string;
}

export type TriggerDecision = RunTrigger | NoRun;

export interface TriggerInputs {
  triggerLabel: string;
  prompts: string[];
  issueNumber: number | null;
}

/** `/fanout` alone on a line (optionally followed by words), not inside a quote. */
const COMMAND_LINE = /^[ \t]*\/fanout(?:[ \t].*)?$/m;

function sender(payload: EventPayload): Sender | null {
  return payload.sender?.login ? { login: payload.sender.login, type: payload.sender.type ?? 'User' } : null;
}

function sameLabel(a: string | undefined, b: string): boolean {
  // GitHub label names are unique regardless of case.
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function decideTrigger(eventName: string, payload: EventPayload, inputs: TriggerInputs): TriggerDecision {
  const label = inputs.triggerLabel;
  switch (eventName) {
    case 'issues': {
      const number = payload.issue?.number;
      if (payload.action === 'labeled' && sameLabel(payload.label?.name, label) && !number) {
        return { run: false, reason: `issues event 'labeled' names no issue number` };
      }
      if (payload.action !== 'labeled' || !sameLabel(payload.label?.name, label) || !number) {
        return {
          run: false,
          reason: `issues event '${payload.action ?? '?'}'${payload.label?.name ? ` with label '${payload.label.name}'` : ''} is not the label '${label}' being added`,
        };
      }
      return {
        run: true,
        kind: 'issue',
        number,
        isPullRequest: false,
        sender: sender(payload),
        body: payload.issue?.body ?? '',
        bodyKnown: true,
        baseBranch: null,
        label: payload.label!.name!,
        commentId: null,
        prompts: [],
        description: `label '${payload.label!.name}' added to issue #${number}`,
      };
    }
    case 'pull_request':
    case 'pull_request_target': {
      const number = payload.pull_request?.number;
      if (payload.action === 'labeled' && sameLabel(payload.label?.name, label) && !number) {
        return { run: false, reason: `${eventName} event 'labeled' names no pull request number` };
      }
      if (payload.action !== 'labeled' || !sameLabel(payload.label?.name, label) || !number) {
        return {
          run: false,
          reason: `${eventName} event '${payload.action ?? '?'}'${payload.label?.name ? ` with label '${payload.label.name}'` : ''} is not the label '${label}' being added`,
        };
      }
      return {
        run: true,
        kind: 'pull_request',
        number,
        isPullRequest: true,
        sender: sender(payload),
        body: payload.pull_request?.body ?? '',
        bodyKnown: true,
        baseBranch: payload.pull_request?.base?.ref ?? null,
        label: payload.label!.name!,
        commentId: null,
        prompts: [],
        description: `label '${payload.label!.name}' added to pull request #${number}`,
      };
    }
    case 'issue_comment': {
      const number = payload.issue?.number;
      const text = payload.comment?.body ?? '';
      if (payload.action !== 'created') {
        // Editing a comment into (or out of) `/fanout` must not start (or re-start) runs.
        return {
          run: false,
          reason: `issue_comment event '${payload.action ?? '?'}': only new comments start a run; post a new comment with the line '/fanout'`,
        };
      }
      if (!number || !COMMAND_LINE.test(text)) {
        return { run: false, reason: number ? "issue_comment event 'created' has no line '/fanout'" : 'issue_comment event names no issue' };
      }
      const isPullRequest = payload.issue?.pull_request !== undefined && payload.issue.pull_request !== null;
      return {
        run: true,
        kind: 'comment',
        number,
        isPullRequest,
        sender: sender(payload),
        body: `${payload.issue?.body ?? ''}\n\n${text}`,
        bodyKnown: true,
        baseBranch: null,
        label: null,
        commentId: payload.comment?.id ?? null,
        prompts: [],
        description: `'/fanout' commented on ${isPullRequest ? 'pull request' : 'issue'} #${number}`,
      };
    }
    case 'workflow_dispatch': {
      const number = inputs.issueNumber;
      if (inputs.prompts.length === 0 && number === null) {
        return {
          run: false,
          reason: "workflow_dispatch without the 'prompts' or 'issue-number' input names no prompt files",
        };
      }
      return {
        run: true,
        kind: 'manual',
        number,
        isPullRequest: false,
        sender: sender(payload),
        body: '',
        bodyKnown: number === null,
        baseBranch: null,
        label: null,
        commentId: null,
        prompts: inputs.prompts,
        description:
          inputs.prompts.length > 0
            ? `manual run of ${inputs.prompts.join(', ')}${number !== null ? ` for #${number}` : ''}`
            : `manual run for #${number}`,
      };
    }
    default:
      return { run: false, reason: `event '${eventName}' does not start agent-fanout` };
  }
}
