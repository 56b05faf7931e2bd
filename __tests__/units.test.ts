import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, parseDuration, parseSize } from '../src/core/units.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1500ms', 1500],
    ['45', 45_000],
    [' 1.5m ', 90_000],
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '-5s', '0s', '10d', '1 2s'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('parseSize', () => {
  it.each([
    ['512m', 512 * 1024 ** 2],
    ['4g', 4 * 1024 ** 3],
    ['4GiB', 4 * 1024 ** 3],
    ['1.5g', 1.5 * 1024 ** 3],
    ['256k', 256 * 1024],
    ['1000', 1000],
  ])('%s → %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', 'lots', '4x', '-1g', '0m'])('rejects %j', (text) => expect(parseSize(text)).toBeUndefined());
});

describe('formatting', () => {
  it('formats bytes and durations for reports', () => {
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2.0 GiB');
    expect(formatBytes(null)).toBe('–');
    expect(formatDuration(5400)).toBe('5.4s');
    expect(formatDuration(65_432)).toBe('1m 05s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
  });
});
