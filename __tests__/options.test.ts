import { describe, expect, it } from 'vitest';
import {
  parseEnvNamesOption,
  parseExecutionOption,
  parseMaxParallelOption,
  parseMemoryOption,
  parseNetworkOption,
  parseSizeOption,
  parseTimeoutOption,
  parseUserOption,
} from '../src/options.js';

describe('option validation', () => {
  it('accepts good values', () => {
    expect(parseMaxParallelOption("option '--max-parallel'", 'auto')).toBe('auto');
    expect(parseMaxParallelOption("option '--max-parallel'", '8')).toBe(8);
    expect(parseMemoryOption("input 'memory'", '512m')).toBe(512 * 1024 ** 2);
    expect(parseTimeoutOption("input 'timeout'", '2h')).toBe(7_200_000);
    expect(parseEnvNamesOption("input 'env'", 'ANTHROPIC_API_KEY, NPM_TOKEN\nFOO')).toEqual(['ANTHROPIC_API_KEY', 'NPM_TOKEN', 'FOO']);
    expect(parseNetworkOption("input 'network'", 'none')).toBe('none');
    expect(parseUserOption("option '--user'", '1000:1000')).toBe('1000:1000');
    expect(parseSizeOption("option '--max-file-size'", '50m')).toBe(50 * 1024 ** 2);
  });

  it.each([
    [() => parseMemoryOption("input 'memory'", '4 gigs'), "Invalid value '4 gigs' for input 'memory'. Expected a size like 512m or 4g."],
    [() => parseMaxParallelOption("option '--max-parallel'", 'lots'), "Invalid value 'lots' for option '--max-parallel'. Expected 'auto' or a whole number from 1 to 256."],
    [() => parseTimeoutOption("input 'timeout'", 'soon'), "Invalid value 'soon' for input 'timeout'. Expected a duration like 90s, 30m or 2h."],
    [() => parseExecutionOption("option '--execution'", 'vm'), "Invalid value 'vm' for option '--execution'. Expected one of auto, docker, subprocess."],
    [() => parseEnvNamesOption("input 'env'", 'GOOD, BAD-NAME'), "Invalid value 'BAD-NAME' for input 'env'."],
    [() => parseNetworkOption("input 'network'", 'host'), "Invalid value 'host' for input 'network'."],
    [() => parseMemoryOption("input 'memory'", '1m'), "Invalid value '1m' for input 'memory'. Expected at least 6m"],
    [() => parseSizeOption("option '--max-result-size'", '100'), "Invalid value '100' for option '--max-result-size'. Expected a size like 50m or 1g (at least 1k)."],
  ])('rejects with a message naming the option, the value and what was expected (%#)', (fn, message) => {
    expect(fn).toThrow(message);
  });
});
