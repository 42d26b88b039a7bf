// The serve app: the JSON API under /api/ (documented at /api/openapi.json) and the review page at /.
import { OpenAPIHono } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { rateLimiter } from "hono-rate-limiter";
import type { DatasetStore } from "../store/types.js";
import { apiError } from "./errors.js";
import { ServeOptions, type ServeOptionsInput } from "./options.js";
import { registerCheck } from "./routes/check.js";
import { registerDataset } from "./routes/dataset.js";
import { registerExtract } from "./routes/extract.js";
import { registerReviewPage } from "./static.js";

/** The client a request comes from: the socket's address (X-Forwarded-For is not trusted: anyone can send it). */
const clientOf = (c: Context) => {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
};

const LOOPBACK_NAMES = new Set(["localhost", "[::1]", "::1"]);
const isLoopbackName = (name: string) => LOOPBACK_NAMES.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name);

/** Bound to loopback, only loopback Host names are answered: a web page that rebinds its own name to
 *  127.0.0.1 (DNS rebinding) cannot read the API from a visitor's browser. */
const hostGuard = (host: string) => {
  const loopback = isLoopbackName(host);
  return async (c: Context, next: () => Promise<void>) => {
    const name = (c.req.header("host") ?? "").replace(/:\d+$/, "").toLowerCase();
    if (loopback && !isLoopbackName(name))
      return apiError(c, 403, `this server answers only for localhost, not for Host "${name}"`, "bad-host");
    await next();
  };
};

export function createApp(store: DatasetStore, input: ServeOptionsInput = {}): OpenAPIHono {
  const opts = ServeOptions.parse(input);
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return apiError(c, 400, `${issue.path.join(".") || "request"}: ${issue.message}`, "invalid-request");
      }
    },
  });
  app.use("*", hostGuard(opts.host));
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", "data:"] },
    }),
  );
  const limited = (limit: number, skip: (c: Context) => boolean = () => false) =>
    rateLimiter({
      windowMs: opts.rateLimit.windowMs,
      limit,
      skip,
      keyGenerator: clientOf,
      handler: (c) =>
        apiError(c, 429, `too many requests from ${clientOf(c)}: at most ${limit} per ${opts.rateLimit.windowMs / 1000} s`, "rate-limited"),
    });
  app.use("/api/*", limited(opts.rateLimit.requests));
  app.use(
    "/api/extract",
    limited(opts.rateLimit.extractions, (c) => c.req.method !== "POST"),
  );
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: opts.maxBodyBytes,
      onError: (c) => apiError(c, 413, `the request body is over the ${opts.maxBodyBytes} byte limit`, "too-large"),
    }),
  );

  registerExtract(app, opts);
  registerCheck(app, store);
  registerDataset(app, store);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "zhpress",
      version: "1",
      description: "Shanxi development-zone 三个一批 rounds: a sourced dataset, its articles, and extraction",
    },
  });
  registerReviewPage(app);

  app.notFound((c) => apiError(c, 404, `no route ${c.req.method} ${new URL(c.req.url).pathname}`, "no-route"));
  app.onError((err, c) => {
    // hono's own refusals (malformed JSON …) keep their status
    if (err instanceof HTTPException && err.status < 500) return apiError(c, err.status as 400, err.message, "invalid-request");
    process.stderr.write(`zhpress serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
    return apiError(c, 500, "internal error", "internal");
  });
  return app;
}
