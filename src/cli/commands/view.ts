// `redqueen view [RUN]`: serves the built viewer (dist/, built first when missing) and, when given,
// an evolution run folder under /run/, over a small local HTTP server with the cross-origin isolation
// headers the viewer's shared memory needs. The printed URL opens the run by itself.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { REPO_ROOT } from '../shared-data.ts';

const ROOT = REPO_ROOT;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.jsonl': 'text/plain; charset=utf-8', '.red': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.map': 'application/json',
};

const HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

export interface ViewServerOptions {
  dist?: string;
  run?: string;
  port?: number;
  host?: string;
  /** Send the cross-origin isolation headers (off only to test the viewer's fallback). */
  isolate?: boolean;
}

export interface ViewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A file under `root` for a URL path, or null (no escaping the folder). */
function within(root: string, urlPath: string): string | null {
  const p = resolve(root, `.${decodeURIComponent(urlPath)}`);
  return p === root || p.startsWith(root + sep) ? p : null;
}

export async function startViewServer(opts: ViewServerOptions = {}): Promise<ViewServer> {
  const dist = resolve(opts.dist ?? join(ROOT, 'dist'));
  const run = opts.run ? resolve(opts.run) : null;
  const headers: Record<string, string> = opts.isolate === false ? { 'Cache-Control': 'no-cache' } : HEADERS;
  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      let file: string | null;
      if (path === '/run/name.txt' && run) {
        res.writeHead(200, { ...headers, 'Content-Type': TYPES['.txt'] }).end(basename(run));
        return;
      }
      if (path === '/run/report.txt' && run) {
        // Tells the page whether the run has an analysis, so it never asks for a file that is not there.
        const has = existsSync(join(run, 'report', 'report.json')) && existsSync(join(run, 'report', 'report.html'));
        res.writeHead(200, { ...headers, 'Content-Type': TYPES['.txt'] }).end(has ? 'report/report.html' : '');
        return;
      }
      if (path.startsWith('/run/')) file = run ? within(run, path.slice(4)) : null;
      else file = within(dist, path === '/' ? '/index.html' : path);
      if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !existsSync(file)) {
        res.writeHead(404, { ...headers, 'Content-Type': TYPES['.txt'] }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    })().catch((e: Error) => res.writeHead(500).end(e.message));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => ok());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}/${run ? '?run=/run/' : ''}`;
  return { url, server, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Newest modification time of the files the viewer is built from. */
function newestSource(): number {
  let newest = statSync(join(ROOT, 'index.html')).mtimeMs;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['src/viewer', 'src/mars', 'src/redcode', 'warriors', 'public']) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  return newest;
}

/** dist/ is missing or older than its sources. */
export function viewerStale(dist: string): boolean {
  const index = join(dist, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSource();
}

/** `vite build` of the viewer into `dist`. */
export async function buildViewer(dist = join(ROOT, 'dist')): Promise<void> {
  const { build } = await import('vite');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('serve the battle viewer (built into dist/ when missing or stale), optionally opening an evolution run folder')
    .argument('[run]', 'run folder (with run.json and events.jsonl)')
    .option('--port <n>', 'port (default 5180; 0 picks a free one)', (v) => Number(v), 5180)
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--rebuild', 'run vite build even if dist/ is up to date')
    .action(async (run: string | undefined, flags: { port: number; host: string; rebuild?: boolean }) => {
      if (run && !existsSync(join(run, 'events.jsonl'))) throw new Error(`${run} has no events.jsonl: not a run folder`);
      const dist = join(ROOT, 'dist');
      if (flags.rebuild || viewerStale(dist)) {
        console.log('building the viewer (vite build)…');
        await buildViewer(dist);
      }
      const s = await startViewServer({ dist, run, port: flags.port, host: flags.host });
      console.log(`viewer: ${s.url}${run ? `  (run ${run})` : ''}\npress Ctrl-C to stop`);
    });
}
