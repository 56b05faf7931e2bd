import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dashboardCommand } from '../src/cli/dashboard.js';
import type { Logger } from '../src/core/logger.js';

let dir: string;
let messages: string[];
const logger: Logger = {
  debug: () => {},
  info: (m) => messages.push(`info: ${m}`),
  warning: (m) => messages.push(`warning: ${m}`),
  error: (m) => messages.push(`error: ${m}`),
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-dash-cli-'));
  messages = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('exits 2 on bad usage and 1 when a non-loopback bind has no token', async () => {
  expect(await dashboardCommand(['--port', 'eighty'], { logger, env: {} })).toBe(2);
  expect(messages).toContain("error: dashboard: invalid value 'eighty' for --port. Expected a port number from 0 to 65535.");
  expect(await dashboardCommand(['--frobnicate'], { logger, env: {} })).toBe(2);
  expect(await dashboardCommand(['--host', '0.0.0.0', '--port', '0', '--state-dir', dir], { logger, env: {} })).toBe(1);
  expect(messages.at(-1)).toMatch(/^error: dashboard: binding 0\.0\.0\.0 \(not a loopback address\) requires a token/);
});

it('serves with the token from the environment until stopped, then exits 0', async () => {
  const token = 'env-token-0123456789abcdef';
  const stop = new AbortController();
  let port = 0;
  const done = dashboardCommand(['--host', '0.0.0.0', '--port', '0', '--state-dir', dir], {
    logger,
    env: { AGENT_FANOUT_DASHBOARD_TOKEN: token },
    isRunLive: () => false,
    signal: stop.signal,
    onListening: (_url, p) => (port = p),
  });
  const end = Date.now() + 15_000;
  while (port === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  expect((await fetch(`http://127.0.0.1:${port}/api/runs`)).status).toBe(401);
  expect((await fetch(`http://127.0.0.1:${port}/api/runs`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  expect(messages.some((m) => m.startsWith('info: agent-fanout dashboard: http://') && !m.includes(token))).toBe(true);
  stop.abort();
  expect(await done).toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/api/runs`)).rejects.toThrow();
});
