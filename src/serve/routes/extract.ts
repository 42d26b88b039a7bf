// POST /api/extract: the page itself as the body (any charset), or {"url": …} to fetch it under the SSRF guard.
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { InputError } from "../../input/index.js";
import { assertUsable } from "../../input/read.js";
import { resolveOptions, type Options } from "../../options.js";
import { extractFromBytes, extractInput } from "../../pipeline.js";
import { ExtractionDocument } from "../../schema/index.js";
import { apiError, errorResponse } from "../errors.js";
import type { ServeOptions } from "../options.js";

const UrlRequest = z.object({ url: z.url({ protocol: /^https?$/ }).describe("an http(s) URL of an article") }).openapi("ExtractUrlRequest");
const page = { schema: z.string().openapi({ format: "binary" }) };

export const extractRoute = createRoute({
  method: "post",
  path: "/api/extract",
  summary: "Extract one article: the page as the body, or a URL to fetch",
  description:
    "The body is the page itself (HTML or text, any charset: the Content-Type charset, a BOM or <meta charset> is honoured, else guessed), " +
    'or JSON {"url": "https://…"}: the URL is fetched, refusing private, loopback, link-local, unique-local, CGNAT and cloud-metadata ' +
    "addresses after DNS resolution and on every redirect (unless the server runs with --allow-private).",
  request: {
    body: {
      // not "required": zod-openapi then validates JSON only when the request says it is JSON
      required: false,
      content: { "application/json": { schema: UrlRequest }, "text/html": page, "text/plain": page, "application/octet-stream": page },
    },
  },
  responses: {
    200: { description: "the extraction document", content: { "application/json": { schema: ExtractionDocument } } },
    400: errorResponse("the JSON body is not {url}"),
    403: errorResponse("the URL resolves to a refused address (code blocked-address)"),
    413: errorResponse("the body is larger than the server's limit"),
    422: errorResponse("the body is not an article (empty, binary)"),
    429: errorResponse("too many requests from this client; see Retry-After"),
    502: errorResponse("the URL could not be fetched (code says why: http-status, timeout, network, not-text …)"),
  },
});

export function registerExtract(app: OpenAPIHono, serve: ServeOptions): void {
  const opts: Options = resolveOptions({
    maxFileBytes: serve.maxBodyBytes,
    fetch: {
      maxBytes: serve.maxBodyBytes,
      retries: 1,
      privateAddresses: serve.allowPrivate ? "allow" : "refuse",
      allowOrigins: serve.allowOrigins,
    },
  });
  app.openapi(extractRoute, async (c) => {
    const contentType = c.req.header("content-type") ?? null;
    try {
      if (contentType !== null && /^application\/json\b/i.test(contentType)) {
        // the other content types are not validated by zod-openapi, so this is the JSON one
        const { url } = c.req.valid("json") as z.infer<typeof UrlRequest>;
        return c.json(await extractInput({ kind: "url", url }, opts), 200);
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      assertUsable("the request body", bytes);
      return c.json(extractFromBytes({ source: {}, label: "the request body", bytes, contentType }), 200);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (e.code === "blocked-address") return apiError(c, 403, e.message, e.code);
      if (e.input === "the request body") return apiError(c, 422, e.message, e.code);
      return apiError(c, 502, e.message, e.code);
    }
  });
}
