/** Docker's multiplexed attach stream, split into the log, stdout and live callbacks. */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DemuxSink } from '../src/exec/docker/demux.js';
import { cleanupTempDirs, tempDir } from './git-fixtures.js';

afterAll(() => cleanupTempDirs());

/** One Docker frame: stream type (1 stdout, 2 stderr), three zero bytes, big-endian length, payload. */
function frame(stream: 1 | 2, payload: string | Buffer): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

async function demux(chunks: Buffer[]) {
  const dir = tempDir('fanout-demux-');
  const log = fs.createWriteStream(path.join(dir, 'output.log'));
  const stdout = fs.createWriteStream(path.join(dir, 'stdout.log'));
  await Promise.all([once(log, 'open'), once(stdout, 'open')]);
  const seen: { stream: string; text: string }[] = [];
  const sink = new DemuxSink(log, stdout, (stream, text) => seen.push({ stream, text }), (e) => {
    throw e;
  });
  for (const c of chunks) if (!sink.write(c)) await once(sink, 'drain');
  sink.end();
  await finished(sink);
  log.end();
  stdout.end();
  await Promise.all([finished(log), finished(stdout)]);
  const joined = (s: string) => seen.filter((x) => x.stream === s).map((x) => x.text).join('');
  return {
    log: fs.readFileSync(path.join(dir, 'output.log'), 'utf8'),
    stdout: fs.readFileSync(path.join(dir, 'stdout.log'), 'utf8'),
    liveOut: joined('stdout'),
    liveErr: joined('stderr'),
  };
}

describe('DemuxSink', () => {
  it('puts both streams in the log in order and only stdout in stdout.log', async () => {
    const r = await demux([frame(1, 'out 1\n'), frame(2, 'err 1\n'), frame(1, 'out 2\n')]);
    expect(r.log).toBe('out 1\nerr 1\nout 2\n');
    expect(r.stdout).toBe('out 1\nout 2\n');
    expect(r.liveOut).toBe('out 1\nout 2\n');
    expect(r.liveErr).toBe('err 1\n');
  });

  it('reassembles headers and payloads split at every byte boundary', async () => {
    const all = Buffer.concat([frame(1, 'héllo wörld\n'), frame(2, 'ünïcode ✓\n'), frame(1, '{"type":"result"}\n')]);
    for (const size of [1, 3, 7, 8, 9, 13]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < all.length; i += size) chunks.push(all.subarray(i, i + size));
      const r = await demux(chunks);
      expect(r.stdout, `chunks of ${size}`).toBe('héllo wörld\n{"type":"result"}\n');
      expect(r.liveErr, `chunks of ${size}`).toBe('ünïcode ✓\n');
    }
  });

  it('keeps a multi-byte character split across two frames whole in the live text', async () => {
    const check = Buffer.from('✓', 'utf8');
    const r = await demux([frame(1, Buffer.concat([Buffer.from('a'), check.subarray(0, 1)])), frame(1, Buffer.concat([check.subarray(1), Buffer.from('b\n')]))]);
    expect(r.liveOut).toBe('a✓b\n');
    expect(r.stdout).toBe('a✓b\n');
  });

  it('passes an empty frame and a large one through', async () => {
    const big = 'x'.repeat(300_000) + '\n';
    const r = await demux([frame(1, ''), frame(2, big)]);
    expect(r.log).toBe(big);
    expect(r.stdout).toBe('');
  });
});
