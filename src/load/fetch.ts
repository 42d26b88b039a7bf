// HTTP(S) loading with undici. Minimal for now: a total timeout, a redirect cap and a body cap.
import { request } from "undici";
import type { FetchOptions } from "../options.js";
import { InputError } from "./errors.js";
import type { LoadedBytes } from "./types.js";

export async function fetchUrl(url: string, opts: FetchOptions): Promise<LoadedBytes> {
  let current = url;
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    const res = await request(current, {
      method: "GET",
      headers: { "user-agent": opts.userAgent, accept: "text/html,text/plain;q=0.9,*/*;q=0.5" },
      headersTimeout: opts.totalTimeoutMs,
      bodyTimeout: opts.totalTimeoutMs,
    }).catch((e: Error) => {
      throw new InputError(url, "network", `request failed: ${e.message}`);
    });
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      await res.body.dump();
      current = new URL(String(res.headers.location), current).toString();
      continue;
    }
    if (res.statusCode >= 400) {
      await res.body.dump();
      throw new InputError(url, "http-status", `HTTP ${res.statusCode}`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += (chunk as Buffer).length;
      if (total > opts.maxBytes) {
        res.body.destroy();
        throw new InputError(url, "too-large", `body is over the ${opts.maxBytes} byte limit`);
      }
      chunks.push(chunk as Buffer);
    }
    const ct = res.headers["content-type"];
    return { source: { url }, label: url, bytes: Buffer.concat(chunks), contentType: Array.isArray(ct) ? ct[0] : (ct ?? null) };
  }
  throw new InputError(url, "redirects", `more than ${opts.maxRedirects} redirects`);
}
