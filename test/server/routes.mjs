// Routes the test server answers under /api/test/…, so `src` loading is tested against a
// real HTTP server: success, HTTP errors, non-JSON bodies, truncated JSON and slow replies.
import { readFile } from 'node:fs/promises';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/test/')) return next();
  const route = url.pathname.slice('/api/test/'.length);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay > 0) await sleep(Math.min(delay, 30000));
  ctx.set('cache-control', 'no-store');
  switch (route) {
    case 'example': {
      // /api/test/example?file=control-chart.json serves a file of examples/.
      const file = (url.searchParams.get('file') ?? '').replace(/[^a-z0-9.-]/gi, '');
      ctx.type = 'application/json';
      ctx.body = await readFile(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
      return;
    }
    case 'echo': {
      // /api/test/echo?body=<json> answers with exactly that body.
      ctx.type = 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    }
    case 'status': {
      ctx.status = Number(url.searchParams.get('code') ?? 500);
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
      return;
    }
    case 'html': {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Login</title><p>Please sign in</p>';
      return;
    }
    case 'truncated': {
      ctx.type = 'application/json';
      ctx.body = '{"kind":"control-chart","version":1,"title":"Cut off","points":[{"x":"2024-01-01","val';
      return;
    }
    default:
      return next();
  }
}
