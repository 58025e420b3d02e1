/**
 * Starts the API server on a host and port; used by `rasd serve` and `rasd demo`.
 */
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { RasdError } from '../core/errors.ts';
import { createAnalyzer } from '../analyzer.ts';
import { loadResources } from '../resources/load.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * What to do when the port cannot be had: Node's "listen EADDRINUSE: address already in use 127.0.0.1:8080" named
 * the fault but not the way out (qa16).
 */
export function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  if (err.code === 'EADDRINUSE') return new RasdError('RASD_E007', `${host}:${port} is already in use (EADDRINUSE; another rasd serve or demo?): stop it, or pass --port N for another port (--port 0 takes any free one)`);
  if (err.code === 'EACCES') return new RasdError('RASD_E007', `may not listen on ${host}:${port} (EACCES; ports below 1024 need privileges): pass --port N for another port`);
  if (err.code === 'EADDRNOTAVAIL') return new RasdError('RASD_E007', `${host} is not an address of this machine (EADDRNOTAVAIL): pass --host with one of its addresses`);
  return err;
}

export async function startServer(opts: { store: Store; host?: string; port?: number; token?: string }): Promise<Running> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host) && !opts.token) throw new RasdError('RASD_E007', `binding to ${host} needs a token for writes: set RASD_TOKEN or pass --token`);
  const app = createApp({ store: opts.store, token: opts.token, webDist: WEB_DIST, analyzer: () => createAnalyzer(loadResources()) });
  // requests in progress, so that close() lets them finish before the caller closes the store
  const inFlight = new Set<Promise<unknown>>();
  const fetch = (req: Request, ...rest: unknown[]) => {
    const p = Promise.resolve((app.fetch as (r: Request, ...a: unknown[]) => Response | Promise<Response>)(req, ...rest));
    inFlight.add(p);
    p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  };
  const wanted = opts.port ?? 8080;
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch, hostname: host, port: wanted }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, host, wanted)));
  });
  // A request Node's parser refuses (an over-long URL or header, malformed HTTP) gets a JSON error like any other
  // bad request; a client that hung up gets nothing. Neither may take the server with it.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({ error: tooLarge ? 'request line or headers over 16 KiB' : 'malformed HTTP request' });
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port ?? 8080;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      // handlers whose client is gone still run to the end (at most 5 s), not into a closed store
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 5000).unref())]);
    },
  };
}
