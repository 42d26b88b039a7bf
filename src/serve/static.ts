// The review page's files, shipped in the package: the HTML and CSS in web/static/, the browser modules
// compiled from web/src/ into dist/web/, and uPlot from node_modules. No CDN; only these files are served.
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("zhpress/package.json"));
const uplot = dirname(require.resolve("uplot"));

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  png: "image/png",
};

/** URL path → file: a fixed table, so no request path ever reaches the file system. */
function files(): Map<string, string> {
  const table = new Map<string, string>([
    ["/", join(root, "web/static/index.html")],
    ["/style.css", join(root, "web/static/style.css")],
    ["/vendor/uPlot.iife.min.js", join(uplot, "uPlot.iife.min.js")],
    ["/vendor/uPlot.min.css", join(uplot, "uPlot.min.css")],
  ]);
  const compiled = join(root, "dist/web");
  const modules = (() => {
    try {
      return readdirSync(compiled).filter((f) => f.endsWith(".js"));
    } catch {
      return [];
    }
  })();
  for (const name of modules) table.set(`/app/${name}`, join(compiled, name));
  return table;
}

export function registerReviewPage(app: OpenAPIHono): void {
  const table = files();
  app.get("*", async (c, next) => {
    const file = table.get(c.req.path);
    if (!file) return next();
    const body = await readFile(file).catch(() => null);
    if (body === null) return c.text(`${file} is missing: run npm run build`, 500);
    return c.body(body, 200, { "content-type": TYPES[file.split(".").pop()!] ?? "application/octet-stream", "cache-control": "no-cache" });
  });
}
