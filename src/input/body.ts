// Reads an HTTP body under a byte cap: a server that streams 2 GB costs us about the cap, not 2 GB.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import type { Readable } from "node:stream";

export class BodyTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly what: "body" | "decompressed body",
  ) {
    super(`the ${what} is over the ${limit} byte limit`);
  }
}

/** Collects the stream, destroying it (and so the connection) as soon as the cap is passed. */
export async function readCapped(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      discard(body);
      throw new BodyTooLarge(maxBytes, "body");
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, total);
}

/** Hangs up on a body we will not read; undici reports that as an abort error nobody needs to hear. */
export function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

/** Undoes Content-Encoding, with the same cap on the output (a small gzip can inflate to gigabytes). */
export function decodeContentEncoding(bytes: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const name = (encoding ?? "identity").trim().toLowerCase();
  const limits = { maxOutputLength: maxBytes };
  try {
    if (name === "gzip" || name === "x-gzip") return gunzipSync(bytes, limits);
    if (name === "deflate") return inflateSync(bytes, limits);
    if (name === "br") return brotliDecompressSync(bytes, limits);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new BodyTooLarge(maxBytes, "decompressed body");
    throw e;
  }
  return bytes;
}
