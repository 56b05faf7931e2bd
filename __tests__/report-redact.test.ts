import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, secretValues } from '../src/report/index.js';

describe('secretValues', () => {
  it('takes the named values, each line of multi-line ones, and the extras; skips short, flag, number and unset ones', () => {
    const env = { KEY: 'sk-live-123456', PEM: '-----BEGIN KEY-----\nMIIEvQIBADANBg\n-----END KEY-----', SHORT: 'abc', EMPTY: '', FLAG: 'true', PORT: '8080' };
    expect(secretValues(['KEY', 'PEM', 'SHORT', 'EMPTY', 'FLAG', 'PORT', 'UNSET'], env, ['ghs_token0123', undefined])).toEqual([
      'sk-live-123456',
      env.PEM,
      '-----BEGIN KEY-----',
      'MIIEvQIBADANBg',
      '-----END KEY-----',
      'ghs_token0123',
    ]);
  });
});

describe('createRedactor', () => {
  const secret = 'sk_test_51Hx9k"Lm/N0+p';
  const redactor = createRedactor([secret, 'ab']);

  it('replaces the value as written, JSON-escaped, URL-encoded and in base64', () => {
    const text = [
      `plain ${secret}`,
      `json ${JSON.stringify({ key: secret })}`,
      `url https://x.test/?k=${encodeURIComponent(secret)}`,
      `b64 ${Buffer.from(secret).toString('base64')}`,
    ].join('\n');
    const out = redactor.text(text);
    expect(out).not.toContain(secret);
    expect(out).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(out).not.toContain(encodeURIComponent(secret));
    expect(out).not.toContain(Buffer.from(secret).toString('base64'));
    expect(out.split(REDACTED)).toHaveLength(5);
  });

  it('leaves values shorter than four characters alone, as the log masking does', () => {
    expect(redactor.text('about ab and cab')).toBe('about ab and cab');
  });

  it('redacts every string of a record at any depth, without touching the original', () => {
    const record = { id: 't', reason: `failed: ${secret}`, agent: { finalText: `key ${secret}`, turns: 3 }, files: [`a/${secret}.txt`], pr: null };
    const copy = redactor.deep(record);
    expect(copy).toEqual({ id: 't', reason: 'failed: ***', agent: { finalText: 'key ***', turns: 3 }, files: ['a/***.txt'], pr: null });
    expect(record.reason).toContain(secret);
  });

  it('is the identity without secrets', () => {
    const none = createRedactor([]);
    expect(none.text('sk_test_51Hx9k')).toBe('sk_test_51Hx9k');
  });
});
