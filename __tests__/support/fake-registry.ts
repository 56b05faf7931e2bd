/**
 * A local HTTP server that answers like an OCI registry (distribution API v2) for one small image
 * made in the test, so that pulls can be tested without the internet. Docker pulls from 127.0.0.1
 * over plain HTTP (loopback registries are insecure registries by default). The layer is sent
 * slowly when asked, so a pull lasts long enough to report progress.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export class FakeRegistry {
  readonly requests: string[] = [];
  readonly #blobs = new Map<string, Buffer>();
  readonly #manifests = new Map<string, Buffer>();
  #server: http.Server | null = null;
  #bytesPerSecond: number;
  host = '';

  /** `bytesPerSecond`: how fast blobs are sent (default unthrottled). */
  constructor(options: { bytesPerSecond?: number } = {}) {
    this.#bytesPerSecond = options.bytesPerSecond ?? Infinity;
  }

  /** Adds image `name:tag` with one layer holding `files` (plus `padding` random bytes in /padding). */
  addImage(name: string, tag: string, files: Record<string, string>, padding = 0): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-registry-layer-'));
    try {
      for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
      if (padding) fs.writeFileSync(path.join(dir, 'padding'), randomBytes(padding));
      const tar = execFileSync('tar', ['-C', dir, '--owner=0', '--group=0', '-cf', '-', '.'], { maxBuffer: 256 * 1024 ** 2 });
      const layer = zlib.gzipSync(tar, { level: 1 });
      const config = Buffer.from(
        JSON.stringify({
          architecture: 'amd64',
          os: 'linux',
          config: { Cmd: ['/hello'] },
          rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
          history: [{ created_by: 'agent-fanout test registry' }],
        }),
      );
      this.#blobs.set(sha256(layer), layer);
      this.#blobs.set(sha256(config), config);
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: sha256(config) },
          layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: sha256(layer) }],
        }),
      );
      this.#manifests.set(`${name}:${tag}`, manifest);
      this.#manifests.set(`${name}:${sha256(manifest)}`, manifest);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async start(): Promise<string> {
    this.#server = http.createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.host = `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.host;
  }

  async close(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://registry');
    this.requests.push(`${req.method} ${url.pathname}`);
    const headers = { 'docker-distribution-api-version': 'registry/2.0' };
    if (url.pathname === '/v2/' || url.pathname === '/v2') {
      res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{}');
      return;
    }
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (manifest) {
      const body = this.#manifests.get(`${manifest[1]}:${manifest[2]}`);
      if (!body) {
        res.writeHead(404, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }));
        return;
      }
      res.writeHead(200, {
        ...headers,
        'content-type': 'application/vnd.docker.distribution.manifest.v2+json',
        'content-length': body.length,
        'docker-content-digest': sha256(body),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
    const body = blob ? this.#blobs.get(blob[2]) : undefined;
    if (!body) {
      res.writeHead(404, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown' }] }));
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/octet-stream', 'content-length': body.length, 'docker-content-digest': blob![2] });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const chunk = 64 * 1024;
    for (let offset = 0; offset < body.length; offset += chunk) {
      if (!res.write(body.subarray(offset, offset + chunk))) await new Promise((r) => res.once('drain', r));
      if (Number.isFinite(this.#bytesPerSecond)) await new Promise((r) => setTimeout(r, (chunk / this.#bytesPerSecond) * 1000));
    }
    res.end();
  }
}
