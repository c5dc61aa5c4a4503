// A tiny static server for bench/.build on 127.0.0.1 at a free port: the pages, their
// scripts and the workload data. Nothing else is reachable; no other network is used.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

/** Starts serving `root` (a directory URL); resolves `{ origin, close() }`. */
export function serve(root) {
  const base = normalize(root.pathname);
  const server = createServer(async (req, res) => {
    const path = normalize(base + decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname));
    if (!path.startsWith(base)) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
