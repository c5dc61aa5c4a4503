// Serves the demo intranet page (demo/index.html) and the built library on
// http://localhost:8080 under the strict Content-Security-Policy a hospital intranet may
// send, so the demo also proves the widgets need no inline script, eval or inline style.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; require-trusted-types-for 'script'";

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
  let path = decodeURIComponent(url.pathname);
  if (path === '/') {
    // Redirect rather than rewrite, so the demo's relative links resolve under /demo/.
    res.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || file.includes('node_modules')) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
  }
});

server.listen(port, () => {
  console.log(`\n  hcx-widgets demo:  http://localhost:${port}/  (strict CSP on)`);
  const storybook = process.env.HCX_STORYBOOK_URL;
  console.log(storybook ? `  Storybook:         starting on ${storybook} (its banner below says when it is ready, and where)` : '  Storybook:         npm run storybook  → http://localhost:6006/');
  console.log('  Stop with Ctrl+C.\n');
});
