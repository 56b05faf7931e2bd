/** The agent's time in Docker: its process's life as the daemon recorded it, when that can be trusted. */
import { describe, expect, it } from 'vitest';
import { daemonLifetime } from '../src/exec/docker/executor.js';

const at = (ms: number) => new Date(ms).toISOString();
const startCall = Date.parse('2026-12-01T10:00:00.000Z');

describe('daemonLifetime', () => {
  it("takes the daemon's start and exit when they fall between the start call and the wait's end", () => {
    const state = { StartedAt: at(startCall + 180), FinishedAt: at(startCall + 3_200) };
    expect(daemonLifetime(state, startCall, startCall + 3_900)).toEqual({ startedAt: startCall + 180, finishedAt: startCall + 3_200 });
  });

  it('reads nanosecond timestamps as Docker writes them', () => {
    const state = { StartedAt: '2026-12-01T10:00:00.250123456Z', FinishedAt: '2026-12-01T10:00:02.000999999Z' };
    expect(daemonLifetime(state, startCall, startCall + 2_500)).toEqual({ startedAt: startCall + 250, finishedAt: startCall + 2_000 });
  });

  it("keeps this process's own times when the daemon's clock disagrees or says nothing", () => {
    // A daemon on another machine, its clock a minute behind or ahead.
    expect(daemonLifetime({ StartedAt: at(startCall - 60_000), FinishedAt: at(startCall - 57_000) }, startCall, startCall + 3_500)).toBeNull();
    expect(daemonLifetime({ StartedAt: at(startCall + 60_000), FinishedAt: at(startCall + 63_000) }, startCall, startCall + 3_500)).toBeNull();
    // Never set (Docker writes the zero time) or missing.
    expect(daemonLifetime({ StartedAt: '0001-01-01T00:00:00Z', FinishedAt: '0001-01-01T00:00:00Z' }, startCall, startCall + 10)).toBeNull();
    expect(daemonLifetime({}, startCall, startCall + 10)).toBeNull();
    // An exit before the start.
    expect(daemonLifetime({ StartedAt: at(startCall + 500), FinishedAt: at(startCall + 400) }, startCall, startCall + 900)).toBeNull();
  });
});
