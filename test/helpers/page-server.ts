// A local HTTP server for queue tests: serves pages by path, counts requests in flight per URL and per Host
// header (127.0.0.1:P and localhost:P are two hosts to a crawler), records when each request started,
// can hold a path until released, and answers given paths with an error status.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface PageServer {
  port: number;
  /** most requests ever in flight at once, per URL (host + path) and per host */
  maxPerUrl: Map<string, number>;
  maxPerHost: Map<string, number>;
  /** start times (ms) of requests per host, and per path, in order */
  startsPerHost: Map<string, number[]>;
  startsPerPath: Map<string, number[]>;
  requests: Map<string, number>;
  /** resolves when the first request for `path` arrives */
  arrived(path: string): Promise<void>;
  /** requests for these paths wait until release() */
  hold: Set<string>;
  release(): void;
  /** path → status code answered instead of the page */
  statuses: Map<string, number>;
  close(): Promise<void>;
}

export async function startPageServer(pages: Map<string, Buffer | string>, opts: { delayMs?: number } = {}): Promise<PageServer> {
  const inFlightUrl = new Map<string, number>();
  const inFlightHost = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const held: (() => void)[] = [];
  const bump = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d).get(k)!;
  const s: Omit<PageServer, "port" | "close"> = {
    maxPerUrl: new Map(),
    maxPerHost: new Map(),
    startsPerHost: new Map(),
    startsPerPath: new Map(),
    requests: new Map(),
    hold: new Set(),
    statuses: new Map(),
    arrived: (path) => new Promise((resolve) => waiters.set(path, resolve)),
    release: () => held.splice(0).forEach((go) => go()),
  };
  const server: Server = createServer(async (req, res) => {
    const host = req.headers.host ?? "?";
    const path = req.url ?? "/";
    const url = `${host}${path}`;
    s.maxPerUrl.set(url, Math.max(s.maxPerUrl.get(url) ?? 0, bump(inFlightUrl, url, 1)));
    s.maxPerHost.set(host, Math.max(s.maxPerHost.get(host) ?? 0, bump(inFlightHost, host, 1)));
    s.startsPerHost.set(host, [...(s.startsPerHost.get(host) ?? []), Date.now()]);
    s.startsPerPath.set(path, [...(s.startsPerPath.get(path) ?? []), Date.now()]);
    bump(s.requests, path, 1);
    waiters.get(path)?.();
    waiters.delete(path);
    if (s.hold.has(path)) await new Promise<void>((go) => held.push(go));
    // a request that takes a while, so that overlapping requests would be seen
    await new Promise((r) => setTimeout(r, opts.delayMs ?? 30));
    bump(inFlightUrl, url, -1);
    bump(inFlightHost, host, -1);
    const status = s.statuses.get(path);
    const body = pages.get(path);
    if (status || body === undefined) {
      res.writeHead(status ?? 404, { "content-type": "text/plain" }).end("no");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    ...s,
    port: (server.address() as AddressInfo).port,
    close: () => (s.release(), server.closeAllConnections(), new Promise((resolve) => server.close(() => resolve()))),
  } as PageServer;
}
