// A local HTTP server for fetcher tests: routes by path, counts hits, records how much a body route sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface TestServer {
  url: (path: string) => string;
  hits: (path: string) => number;
  /** requests in flight right now, and the most seen at once */
  peakInFlight: () => number;
  close: () => Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  let peak = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    peak = Math.max(peak, ++inFlight);
    res.on("close", () => inFlight--);
    const route = routes[path];
    if (route) route(req, res, hit);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    peakInFlight: () => peak,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
