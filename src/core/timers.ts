/**
 * Timers that cannot overflow. Node's `setTimeout` takes a signed 32-bit delay: anything above
 * 2^31 - 1 ms (about 24.8 days) is replaced by 1 ms, with only a process warning — a task timeout
 * of `600h` would kill the task at once. Every delay that comes from configuration goes through
 * {@link setLongTimeout}; internal delays are checked against {@link MAX_TIMER_DELAY_MS}.
 */

/** The longest delay one Node timer takes. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export interface LongTimer {
  /** Cancels the timer (also between two links of a chained delay). */
  clear(): void;
}

/**
 * Calls `fn` once, `ms` milliseconds from now, however long that is: a delay beyond one timer's
 * reach is chained. `Infinity` never fires. The timers are unref'd when `unref` is set.
 * @throws TypeError for a negative or NaN delay.
 */
export function setLongTimeout(fn: () => void, ms: number, options: { unref?: boolean } = {}): LongTimer {
  if (Number.isNaN(ms) || ms < 0) throw new TypeError(`setLongTimeout: the delay must be a number ≥ 0, got ${ms}`);
  let handle: NodeJS.Timeout | undefined;
  let cleared = false;
  const arm = (remaining: number) => {
    if (cleared || remaining === Infinity) return;
    const step = Math.min(remaining, MAX_TIMER_DELAY_MS);
    handle = setTimeout(() => {
      if (remaining > step) arm(remaining - step);
      else fn();
    }, step);
    if (options.unref) handle.unref();
  };
  arm(ms);
  return {
    clear() {
      cleared = true;
      clearTimeout(handle);
    },
  };
}

/**
 * `value` when it is a usable internal delay (a finite number in `(0, MAX_TIMER_DELAY_MS]`), else a
 * TypeError naming the option: for delays given to plain timers and intervals.
 */
export function timerDelay(owner: string, name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > MAX_TIMER_DELAY_MS) {
    throw new TypeError(`${owner}: ${name} must be a number of milliseconds greater than 0 and at most ${MAX_TIMER_DELAY_MS}, got ${value}`);
  }
  return value;
}
