/**
 * A task's output files and the demultiplexer feeding them from a container's attach stream.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Logger } from '../../core/logger.js';
import type { ExecSpec } from '../types.js';
import { dockerMessage } from './errors.js';

/**
 * The task's output files and the demultiplexer feeding them. Docker multiplexes stdout and stderr
 * into frames (8-byte header: stream type, 3 zero bytes, big-endian length). Payload bytes are passed
 * on as they arrive — never collected — and the sink waits for the files to drain, so a task writing
 * hundreds of megabytes is slowed to disk speed instead of filling this process's memory.
 */
export class TaskOutput {
  readonly sink: Writable;
  readonly #log: fs.WriteStream;
  readonly #stdout: fs.WriteStream;
  /**
   * Settles with the first write error of either file (a full disk): the task can no longer be
   * logged, and the executor stops it. Never rejects; stays pending while writes succeed.
   */
  readonly failed: Promise<{ file: string; error: Error }>;
  /** The first write error, once there is one (what `failed` settles with). */
  firstFailure: { file: string; error: Error } | undefined;

  private constructor(log: fs.WriteStream, stdout: fs.WriteStream, spec: ExecSpec, logger: Logger) {
    this.#log = log;
    this.#stdout = stdout;
    this.sink = new DemuxSink(log, stdout, spec.onOutput, (error) =>
      logger.warning(`task '${spec.taskId}': output callback failed: ${dockerMessage(error)}`),
    );
    // Listening from the start: a write error with no listener would crash the whole process.
    this.failed = new Promise((resolve) => {
      for (const [stream, file] of [[log, spec.logFile], [stdout, spec.stdoutFile]] as const) {
        stream.once('error', (error) => {
          this.firstFailure ??= { file, error };
          resolve({ file, error });
        });
      }
    });
  }

  static async open(spec: ExecSpec, logger: Logger): Promise<TaskOutput> {
    const openStream = async (file: string, flags: string) => {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const stream = fs.createWriteStream(file, { flags });
      await once(stream, 'open');
      return stream;
    };
    const log = await openStream(spec.logFile, 'a');
    try {
      return new TaskOutput(log, await openStream(spec.stdoutFile, 'w'), spec, logger);
    } catch (error) {
      log.destroy();
      throw error;
    }
  }

  /** Ends both files once everything written so far is on disk; rejects on a write error. */
  async close(): Promise<void> {
    if (!this.sink.writableFinished) this.sink.destroy();
    this.#log.end();
    this.#stdout.end();
    await Promise.all([finished(this.#log), finished(this.#stdout)]);
  }
}

export class DemuxSink extends Writable {
  readonly #log: fs.WriteStream;
  readonly #stdout: fs.WriteStream;
  readonly #onOutput: ExecSpec['onOutput'];
  readonly #onCallbackError: (error: unknown) => void;
  readonly #decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  readonly #header = Buffer.alloc(8);
  #headerBytes = 0;
  #stream: 'stdout' | 'stderr' = 'stdout';
  #remaining = 0;

  constructor(log: fs.WriteStream, stdout: fs.WriteStream, onOutput: ExecSpec['onOutput'], onCallbackError: (error: unknown) => void) {
    super();
    this.#log = log;
    this.#stdout = stdout;
    this.#onOutput = onOutput;
    this.#onCallbackError = onCallbackError;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    // A file that failed takes no more writes; the stream ends here with its error.
    const failed = this.#log.errored ?? this.#stdout.errored;
    if (failed) {
      callback(failed);
      return;
    }
    const full = new Set<fs.WriteStream>();
    let offset = 0;
    while (offset < chunk.length) {
      if (this.#remaining === 0) {
        const take = Math.min(8 - this.#headerBytes, chunk.length - offset);
        chunk.copy(this.#header, this.#headerBytes, offset, offset + take);
        this.#headerBytes += take;
        offset += take;
        if (this.#headerBytes === 8) {
          this.#headerBytes = 0;
          this.#stream = this.#header[0] === 2 ? 'stderr' : 'stdout';
          this.#remaining = this.#header.readUInt32BE(4);
        }
        continue;
      }
      const take = Math.min(this.#remaining, chunk.length - offset);
      const payload = chunk.subarray(offset, offset + take);
      offset += take;
      this.#remaining -= take;
      if (!this.#log.write(payload)) full.add(this.#log);
      if (this.#stream === 'stdout' && !this.#stdout.write(payload)) full.add(this.#stdout);
      this.#emit(this.#stream, this.#decoders[this.#stream].write(payload));
    }
    if (full.size === 0) {
      callback();
      return;
    }
    Promise.all([...full].map((s) => once(s, 'drain'))).then(
      () => callback(),
      (error: Error) => callback(error),
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#emit('stdout', this.#decoders.stdout.end());
    this.#emit('stderr', this.#decoders.stderr.end());
    callback();
  }

  #emit(stream: 'stdout' | 'stderr', text: string): void {
    if (!text || !this.#onOutput) return;
    try {
      this.#onOutput(stream, text);
    } catch (error) {
      this.#onCallbackError(error);
    }
  }
}
