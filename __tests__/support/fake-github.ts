/**
 * A small local HTTP server that answers like the GitHub REST API for the endpoints the action uses,
 * keeping issues, comments, reactions, labels and pull requests in memory and recording every
 * request, so end-to-end tests can run the real bundle against it and assert on what it did.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  comments: FakeComment[];
  reactions: string[];
  isPullRequest: boolean;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  draft: boolean;
  state: 'open' | 'closed';
  head: { ref: string; label: string };
  base: { ref: string };
  html_url: string;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** Whether a branch exists on the remote: PR creation fails with 422 for a head that was not pushed, as on GitHub. */
  branchExists?: (branch: string) => boolean;
  /** Comments per page (GitHub's default is 30). Default 30. */
  pageSize?: number;
}

type Handler = (m: RegExpExecArray, req: { query: Record<string, string>; body: Record<string, unknown> }) => [number, unknown, Record<string, string>?];

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly requests: RecordedRequest[] = [];
  readonly issues = new Map<number, FakeIssue>();
  readonly pulls: FakePull[] = [];
  /** Collaborator permission per login: `role_name` (admin, maintain, write, triage, read). */
  readonly roles = new Map<string, string>();
  #server: http.Server | null = null;
  #nextId = 1000;
  #nextNumber = 100;
  #branchExists: (branch: string) => boolean;
  #pageSize: number;
  #routes: [string, RegExp, Handler][];
  url = '';

  constructor(options: FakeGitHubOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.#branchExists = options.branchExists ?? (() => true);
    this.#pageSize = options.pageSize ?? 30;
    const r = `/repos/${options.owner}/${options.repo}`;
    const route = (method: string, pattern: string, handler: Handler): [string, RegExp, Handler] => [
      method,
      new RegExp(`^${r}${pattern}$`),
      handler,
    ];
    this.#routes = [
      route('GET', '/collaborators/([^/]+)/permission', (m) => {
        const login = decodeURIComponent(m[1]);
        const role = this.roles.get(login);
        if (!role) return [404, { message: 'Not Found' }];
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        return [200, { permission, role_name: role, user: { login } }];
      }),
      route('GET', '/issues/(\\d+)', (m) => {
        const issue = this.issues.get(Number(m[1]));
        return issue ? [200, this.#issueJson(issue)] : [404, { message: 'Not Found' }];
      }),
      route('GET', '/issues/(\\d+)/comments', (m, { query }) => {
        const issue = this.issues.get(Number(m[1]));
        if (!issue) return [404, { message: 'Not Found' }];
        const perPage = Math.min(Number(query.per_page ?? this.#pageSize), this.#pageSize);
        const page = Number(query.page ?? 1);
        const items = issue.comments.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < issue.comments.length) {
          headers.link = `<${this.url}${r}/issues/${issue.number}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return [200, items, headers];
      }),
      route('POST', '/issues/(\\d+)/comments', (m, { body }) => {
        const issue = this.issues.get(Number(m[1]));
        if (!issue) return [404, { message: 'Not Found' }];
        const id = this.#nextId++;
        const comment: FakeComment = {
          id,
          body: String(body.body ?? ''),
          user: { login: 'github-actions[bot]', type: 'Bot' },
          html_url: `https://github.test/${this.owner}/${this.repo}/issues/${issue.number}#issuecomment-${id}`,
        };
        issue.comments.push(comment);
        return [201, comment];
      }),
      route('PATCH', '/issues/comments/(\\d+)', (m, { body }) => {
        const comment = this.#comment(Number(m[1]));
        if (!comment) return [404, { message: 'Not Found' }];
        comment.body = String(body.body ?? '');
        return [200, comment];
      }),
      route('DELETE', '/issues/comments/(\\d+)', (m) => {
        for (const issue of this.issues.values()) {
          const index = issue.comments.findIndex((c) => c.id === Number(m[1]));
          if (index >= 0) {
            issue.comments.splice(index, 1);
            return [204, null];
          }
        }
        return [404, { message: 'Not Found' }];
      }),
      route('POST', '/issues/(\\d+)/reactions', (m, { body }) => {
        const issue = this.issues.get(Number(m[1]));
        if (!issue) return [404, { message: 'Not Found' }];
        issue.reactions.push(String(body.content));
        return [201, { id: this.#nextId++, content: body.content }];
      }),
      route('POST', '/issues/comments/(\\d+)/reactions', (m, { body }) => {
        if (!this.#comment(Number(m[1]))) return [404, { message: 'Not Found' }];
        return [201, { id: this.#nextId++, content: body.content }];
      }),
      route('DELETE', '/issues/(\\d+)/labels/([^/]+)', (m) => {
        const issue = this.issues.get(Number(m[1]));
        const name = decodeURIComponent(m[2]);
        const index = issue?.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase()) ?? -1;
        if (!issue || index < 0) return [404, { message: 'Label does not exist' }];
        issue.labels.splice(index, 1);
        return [200, issue.labels.map((l) => ({ name: l }))];
      }),
      route('GET', '/pulls', (_m, { query }) => {
        const head = query.head?.includes(':') ? query.head.split(':')[1] : query.head;
        const state = query.state ?? 'open';
        return [200, this.pulls.filter((p) => (head === undefined || p.head.ref === head) && (state === 'all' || p.state === state))];
      }),
      route('GET', '/pulls/(\\d+)', (m) => {
        const pull = this.pulls.find((p) => p.number === Number(m[1]));
        return pull ? [200, pull] : [404, { message: 'Not Found' }];
      }),
      route('POST', '/pulls', (_m, { body }) => {
        const head = String(body.head ?? '');
        const base = String(body.base ?? '');
        if (!this.#branchExists(head)) {
          return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] }];
        }
        if (this.pulls.some((p) => p.state === 'open' && p.head.ref === head)) {
          return [422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${this.owner}:${head}.` }] }];
        }
        const number = this.#nextNumber++;
        const pull: FakePull = {
          number,
          title: String(body.title ?? ''),
          body: String(body.body ?? ''),
          draft: body.draft === true,
          state: 'open',
          head: { ref: head, label: `${this.owner}:${head}` },
          base: { ref: base },
          html_url: `https://github.test/${this.owner}/${this.repo}/pull/${number}`,
        };
        this.pulls.push(pull);
        this.issues.set(number, { number, title: pull.title, body: pull.body, labels: [], comments: [], reactions: [], isPullRequest: true });
        return [201, pull];
      }),
      route('PATCH', '/pulls/(\\d+)', (m, { body }) => {
        const pull = this.pulls.find((p) => p.number === Number(m[1]));
        if (!pull) return [404, { message: 'Not Found' }];
        if (typeof body.title === 'string') pull.title = body.title;
        if (typeof body.body === 'string') pull.body = body.body;
        return [200, pull];
      }),
    ];
  }

  /** Adds an issue (numbers below 100; PRs the action opens are numbered from 100). */
  addIssue(issue: { number: number; title?: string; body: string; labels?: string[] }): FakeIssue {
    const created: FakeIssue = {
      number: issue.number,
      title: issue.title ?? `Issue ${issue.number}`,
      body: issue.body,
      labels: issue.labels ?? [],
      comments: [],
      reactions: [],
      isPullRequest: false,
    };
    this.issues.set(issue.number, created);
    return created;
  }

  /** Requests matching `method` and a path pattern (relative to the repository, e.g. `/pulls`). */
  requestsTo(method: string, pattern: RegExp | string): RecordedRequest[] {
    const base = `/repos/${this.owner}/${this.repo}`;
    return this.requests.filter(
      (r) => r.method === method && (typeof pattern === 'string' ? r.path === base + pattern : pattern.test(r.path.slice(base.length))),
    );
  }

  async start(): Promise<string> {
    this.#server = http.createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #comment(id: number): FakeComment | undefined {
    for (const issue of this.issues.values()) {
      const found = issue.comments.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  #issueJson(issue: FakeIssue) {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      labels: issue.labels.map((name) => ({ name })),
      state: 'open',
      ...(issue.isPullRequest ? { pull_request: { url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${issue.number}` } } : {}),
    };
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    let body: Record<string, unknown>;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { raw: text };
    }
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query, body: text ? body : undefined });

    let status = 404;
    let payload: unknown = { message: `Not Found (the fake GitHub has no route for ${method} ${url.pathname})` };
    let headers: Record<string, string> = {};
    if (req.headers.authorization === undefined) {
      status = 401;
      payload = { message: 'Requires authentication' };
    } else {
      for (const [m, pattern, handler] of this.#routes) {
        if (m !== method) continue;
        const match = pattern.exec(decodeURI(url.pathname));
        if (!match) continue;
        [status, payload, headers = {}] = handler(match, { query, body });
        break;
      }
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(status === 204 ? undefined : JSON.stringify(payload));
  }
}
