import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_DELAY_MS, setLongTimeout, timerDelay } from '../src/core/timers.js';

const DAY = 24 * 3_600_000;

describe('setLongTimeout', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires a delay beyond a timer’s 32-bit reach when it is due, not after 1 ms', () => {
    const fn = vi.fn();
    setLongTimeout(fn, 25 * 3_600_000 * 24); // 600h
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMER_DELAY_MS);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(25 * DAY - MAX_TIMER_DELAY_MS - 1001);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('fires short delays as setTimeout does, and clear() stops it, also between links of a chain', () => {
    const short = vi.fn();
    setLongTimeout(short, 50);
    vi.advanceTimersByTime(50);
    expect(short).toHaveBeenCalledTimes(1);

    const long = vi.fn();
    const timer = setLongTimeout(long, 60 * DAY);
    vi.advanceTimersByTime(30 * DAY);
    timer.clear();
    vi.advanceTimersByTime(60 * DAY);
    expect(long).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never fires for Infinity and refuses a negative or NaN delay', () => {
    const fn = vi.fn();
    setLongTimeout(fn, Infinity);
    vi.advanceTimersByTime(365 * DAY);
    expect(fn).not.toHaveBeenCalled();
    expect(() => setLongTimeout(fn, -1)).toThrow(TypeError);
    expect(() => setLongTimeout(fn, Number.NaN)).toThrow(TypeError);
  });
});

describe('timerDelay', () => {
  it('accepts delays one timer can take and names the option otherwise', () => {
    expect(timerDelay('x', 'intervalMs', 1000)).toBe(1000);
    expect(timerDelay('x', 'intervalMs', MAX_TIMER_DELAY_MS)).toBe(MAX_TIMER_DELAY_MS);
    for (const bad of [0, -5, MAX_TIMER_DELAY_MS + 1, Infinity, Number.NaN]) {
      expect(() => timerDelay('subprocess executor', 'killGraceMs', bad)).toThrow(/^subprocess executor: killGraceMs must be a number of milliseconds/);
    }
  });
});
