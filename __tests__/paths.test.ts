import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEventPayload } from '../src/action/event.js';
import { unreadableCaBundleReason, unwritableDirReason, unwritableFileReason } from '../src/core/paths.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-paths-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('paths checked before a run', () => {
  it('a writable directory is created when missing, and nothing is left in it', async () => {
    const state = path.join(dir, 'a', 'b');
    expect(await unwritableDirReason(state)).toBeNull();
    expect(fs.readdirSync(state)).toEqual([]);
  });

  it('names the part of the path that is not a directory', async () => {
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    expect(await unwritableDirReason(path.join(dir, 'file'))).toBe(`'${path.join(dir, 'file')}' is not a directory`);
    expect(await unwritableFileReason(path.join(dir, 'file', 'r.json'))).toBe(`'${path.join(dir, 'file')}' is not a directory`);
    expect(await unwritableFileReason(dir)).toBe(`'${dir}' is a directory`);
  });

  it('says which directory cannot be created, also under /proc (where mkdir -p never returns)', async () => {
    expect(await unwritableFileReason('/proc/agent-fanout-none/r.json')).toMatch(/^cannot create directory '\/proc\/agent-fanout-none' \(ENOENT: /);
  });

  it('a results file that exists must be writable; one that does not is fine', async () => {
    expect(await unwritableFileReason(path.join(dir, 'new', 'r.json'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'r.json'), '{}');
    expect(await unwritableFileReason(path.join(dir, 'r.json'))).toBeNull();
    expect(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe('{}');
  });

  it('a CA bundle must be a readable file with a PEM certificate', async () => {
    expect(await unreadableCaBundleReason(path.join(dir, 'missing.pem'))).toMatch(/cannot read .*missing\.pem' \(ENOENT/);
    expect(await unreadableCaBundleReason(dir)).toBe(`'${dir}' is not a regular file`);
    fs.writeFileSync(path.join(dir, 'x.pem'), 'hello');
    expect(await unreadableCaBundleReason(path.join(dir, 'x.pem'))).toMatch(/holds no PEM certificate/);
    fs.writeFileSync(path.join(dir, 'ok.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(await unreadableCaBundleReason(path.join(dir, 'ok.pem'))).toBeNull();
  });
});

describe('readEventPayload', () => {
  it('reads the payload, and {} when no file is named', () => {
    fs.writeFileSync(path.join(dir, 'e.json'), '{"action":"labeled"}');
    expect(readEventPayload(path.join(dir, 'e.json'))).toEqual({ action: 'labeled' });
    expect(readEventPayload(undefined)).toEqual({});
  });

  it.each([
    ['missing', null, 'does not exist'],
    ['truncated', '{"action": ', 'is not valid JSON ('],
    ['an array', '[]', 'holds a JSON array, not an event object'],
    ['a string', '"x"', 'holds JSON string, not an event object'],
    ['null', 'null', 'holds JSON null, not an event object'],
  ])('refuses a file that is %s, naming it', (_what, content, why) => {
    const file = path.join(dir, 'event.json');
    if (content !== null) fs.writeFileSync(file, content);
    expect(() => readEventPayload(file)).toThrow(`GITHUB_EVENT_PATH names '${file}', which ${why}`);
  });
});
