// `zhpress serve`: a dataset store → the JSON API and the review page, on a local port by default.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { DatasetStore } from "../store/types.js";
import { createApp } from "./app.js";
import { ServeOptions, type ServeOptionsInput } from "./options.js";

export { createApp } from "./app.js";
export { ServeOptions, type ServeOptionsInput } from "./options.js";

export interface RunningServer {
  /** http://host:port, the address actually bound (port 0 picks a free one) */
  url: string;
  close(): Promise<void>;
}

export function startServer(store: DatasetStore, input: ServeOptionsInput = {}): Promise<RunningServer> {
  const opts = ServeOptions.parse(input);
  const app = createApp(store, opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => (server.close(() => done()), "closeAllConnections" in server && server.closeAllConnections())),
      });
    });
    server.once("error", reject);
  });
}
