// The JSON API over a real database built from corpus/: every route, its errors, limits and the SSRF policy.
import { readFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Agent, request } from "undici";
import { z } from "zod";
import { encodeAs } from "../../src/decode/charset.js";
import { createApp, startServer, type RunningServer } from "../../src/serve/index.js";
import * as S from "../../src/serve/schemas.js";
import { ExtractionDocument, MergedRound } from "../../src/schema/index.js";
import { openStore, type DatasetStore } from "../../src/store/index.js";
import { buildCorpusDb, type CorpusDb } from "../helpers/corpus-db.js";
import { startServer as startPageServer, type TestServer } from "../input/server.js";

const ARTICLE = await readFile(new URL("../../corpus/articles/03-2022-1-province.txt", import.meta.url), "utf8");
const MAX_BODY = 256 * 1024;

let db: CorpusDb;
let store: DatasetStore;
let api: RunningServer;
let pages: TestServer;

const get = async (path: string) => {
  const res = await fetch(`${api.url}${path}`);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};
const post = async (path: string, body: string | Uint8Array, contentType: string, server = api) => {
  const res = await fetch(`${server.url}${path}`, { method: "POST", body: body as BodyInit, headers: { "content-type": contentType } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};

/** node:http, which reads the server's answer even when the server stops reading the body and hangs up. */
function rawPost(url: string, body: Buffer, declareLength: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "text/plain" };
    if (declareLength) headers["content-length"] = body.length;
    const req = httpRequest(url, { method: "POST", headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e)));
    // in chunks, as a client uploading a big file would
    for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
    req.end();
  });
}

beforeAll(async () => {
  db = await buildCorpusDb();
  store = await openStore(db.path, { mustExist: true });
  pages = await startPageServer({
    "/article": (_q, res) => res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(ARTICLE),
    "/to-loopback": (_q, res) => res.writeHead(302, { location: `http://localhost:${new URL(pages.url("/")).port}/article` }).end(),
    "/to-metadata": (_q, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  });
  // the page server stands in for a public site: exempt its one origin, nothing else on 127.0.0.1
  api = await startServer(store, { port: 0, maxBodyBytes: MAX_BODY, allowOrigins: [new URL(pages.url("/")).origin] });
}, 120_000);
afterAll(async () => {
  await api?.close();
  await pages?.close();
  await store?.close();
  await db?.remove();
});

describe("the dataset", () => {
  test("rounds: a page of summaries, filterable by level and year, each with its detail and quotes", async () => {
    const all = await get("/api/rounds?limit=1000");
    expect(all.status).toBe(200);
    const page = S.page(S.RoundSummary).parse(all.body);
    expect(page.total).toBeGreaterThan(5);
    const province2022 = S.page(S.RoundSummary).parse((await get("/api/rounds?level=province&year=2022")).body);
    expect(province2022.items.length).toBeGreaterThan(0);
    expect(province2022.items.every((r) => r.level === "province" && r.year === 2022)).toBe(true);

    const key = province2022.items[0].key;
    const detail = await get(`/api/rounds/${encodeURIComponent(key)}`);
    expect(detail.status).toBe(200);
    expect(detail.body.summary.key).toBe(key);
    MergedRound.parse(detail.body.round);
    const values = z.array(S.RoundValue).parse(detail.body.values);
    expect(values.length).toBeGreaterThan(0);
    // every quote is exactly the article's text at its offsets
    const v = values[0];
    const article = await get(`/api/articles/${v.articleId}`);
    expect(article.body.document.article.text.slice(v.start, v.end)).toBe(v.quote);
  });

  test("people, zones and articles: lists and records", async () => {
    const people = S.page(S.PersonSummary).parse((await get("/api/people")).body);
    expect(people.total).toBeGreaterThan(0);
    const person = await get(`/api/people/${encodeURIComponent(people.items[0].key)}`);
    expect(person.body.summary.name).toBe(people.items[0].name);
    const zones = S.page(S.ZoneSummary).parse((await get("/api/zones")).body);
    const zone = await get(`/api/zones/${encodeURIComponent(zones.items[0].name)}`);
    expect(zone.body.summary.name).toBe(zones.items[0].name);
    const articles = S.page(S.ArticleSummary).parse((await get("/api/articles?limit=5")).body);
    expect(articles.items).toHaveLength(5);
    const article = await get(`/api/articles/${articles.items[0].id}`);
    ExtractionDocument.parse(article.body.document);
    for (const m of z.array(S.MentionRow).parse(article.body.mentions))
      expect(article.body.document.article.text.slice(m.start, m.end)).toBe(m.quote);
  });

  test("search finds a person by name", async () => {
    const someone = S.page(S.PersonSummary).parse((await get("/api/people?limit=1")).body).items[0];
    const found = S.SearchResult.parse((await get(`/api/search?q=${encodeURIComponent(someone.name)}`)).body);
    expect(found.people.map((p) => p.key)).toContain(someone.key);
    const none = S.SearchResult.parse((await get(`/api/search?q=${encodeURIComponent("不存在的名字乙丙")}`)).body);
    expect(none.people).toEqual([]);
  });

  test.each([
    ["/api/rounds/no-such-round", 404, "not-found"],
    ["/api/people/nobody", 404, "not-found"],
    ["/api/zones/nowhere", 404, "not-found"],
    ["/api/articles/0000000000000000", 404, "not-found"],
    ["/api/rounds?limit=0", 400, "invalid-request"],
    ["/api/rounds?from=yesterday", 400, "invalid-request"],
    ["/api/search", 400, "invalid-request"],
    ["/api/nothing-here", 404, "no-route"],
  ])("%s answers %i (%s)", async (path, status, code) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.body.code).toBe(code);
  });
});

describe("GET /api/check", () => {
  test("a claim the sources state is supported, one they contradict is refuted", async () => {
    const ok = await get(`/api/check?claim=${encodeURIComponent("2023年第三次三个一批签约263个项目")}`);
    expect(ok.status).toBe(200);
    expect(ok.body.verdict).toBe("supported");
    expect(ok.body.subClaims[0].sources.some((s: { quote: string | null }) => s.quote?.includes("263"))).toBe(true);
    const wrong = await get(`/api/check?claim=${encodeURIComponent("2023年第三次三个一批签约264个项目")}`);
    expect(wrong.body.verdict).toBe("refuted");
  });

  test("a year's claim is judged against the annual summaries the sources state", async () => {
    const ok = await get(`/api/check?claim=${encodeURIComponent("2021年全年共开展4次三个一批，签约项目1427个")}`);
    expect(ok.status).toBe(200);
    expect(ok.body.verdict).toBe("supported");
    expect(ok.body.subClaims.some((s: { sources: { quote: string | null }[] }) => s.sources.some((q) => q.quote?.includes("1427")))).toBe(
      true,
    );
    const wrong = await get(`/api/check?claim=${encodeURIComponent("2021年全年共开展4次三个一批，签约项目1428个")}`);
    expect(wrong.body.verdict).toBe("refuted");
    const unknown = await get(`/api/check?claim=${encodeURIComponent("2019年全年共开展4次三个一批，签约项目100个")}`);
    expect(unknown.body.verdict).toBe("not-enough-evidence");
  });

  test("a claim naming two cities: one sub-claim per city, each in the shape the OpenAPI document gives", async () => {
    const r = await get(`/api/check?claim=${encodeURIComponent("2022年第二次三个一批，太原签约34个项目，晋中签约29个项目")}`);
    expect(r.status).toBe(200);
    expect(r.body.subClaims.map((s: { target: string; verdict: string }) => [s.target, s.verdict])).toEqual([
      ["太原市 2022年第2次", "supported"],
      ["晋中市 2022年第2次", "supported"],
    ]);
    const documented = (await get("/api/openapi.json")).body.components.schemas.SubClaim;
    for (const sub of r.body.subClaims) expect(Object.keys(sub).sort()).toEqual(Object.keys(documented.properties).sort());
  });

  test("an unreadable claim is a 400 saying what is missing", async () => {
    const r = await get(`/api/check?claim=${encodeURIComponent("签约263个项目")}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toContain("no year");
    const long = await get(`/api/check?claim=${encodeURIComponent(`2023年第三次签约263个项目${"，".repeat(1000)}`)}`);
    expect(long.status).toBe(400);
  });
});

describe("POST /api/extract", () => {
  test("a page in GBK, labelled in Content-Type, comes back as its extraction document", async () => {
    const r = await post("/api/extract", encodeAs(ARTICLE, "gbk"), "text/plain; charset=gbk");
    expect(r.status).toBe(200);
    const doc = ExtractionDocument.parse(r.body);
    expect(doc.article.charset?.toLowerCase()).toMatch(/gb/);
    expect(doc.rounds.length).toBeGreaterThan(0);
    for (const e of doc.rounds[0].evidence) expect(doc.article.text.slice(e.start, e.end)).toBe(e.quote);
  });

  test("the same page as UTF-8 with no charset gives the same text", async () => {
    const a = ExtractionDocument.parse((await post("/api/extract", encodeAs(ARTICLE, "gbk"), "text/plain; charset=gbk")).body);
    const b = ExtractionDocument.parse((await post("/api/extract", ARTICLE, "text/plain")).body);
    expect(b.article.text).toBe(a.article.text);
  });

  test.each([
    ["an empty body", "", 422, "empty"],
    ["a PDF", "%PDF-1.4 …", 422, "binary"],
  ])("%s is refused with 422", async (_what, body, status, code) => {
    const r = await post("/api/extract", body, "application/octet-stream");
    expect(r.status).toBe(status);
    expect(r.body.code).toBe(code);
  });

  test.each([
    ["declares its length", true],
    ["is streamed without a length (counted as the bytes arrive)", false],
  ])("a body over the limit that %s is refused with 413", async (_what, declared) => {
    const big = Buffer.alloc(MAX_BODY + 1, 0x61);
    const r = await rawPost(`${api.url}/api/extract`, big, declared);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).code).toBe("too-large");
  });

  test("a URL on the allowed origin is fetched and extracted", async () => {
    const r = await post("/api/extract", JSON.stringify({ url: pages.url("/article") }), "application/json");
    expect(r.status).toBe(200);
    expect(ExtractionDocument.parse(r.body).article.source.url).toBe(pages.url("/article"));
  });

  test.each([
    ["a name resolving to loopback", () => `http://localhost:${new URL(pages.url("/")).port}/article`, "a loopback address"],
    ["a literal private address", () => "http://10.1.2.3/", "a private address"],
    ["a 192.168 address", () => "http://192.168.1.1/admin", "a private address"],
    ["a link-local address", () => "http://169.254.1.1/", "a link-local address"],
    ["an IPv6 link-local address", () => "http://[fe80::1]/", "a link-local address"],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/", "a cloud metadata address"],
    ["IPv6 loopback", () => `http://[::1]:${new URL(pages.url("/")).port}/article`, "a loopback address"],
    ["an IPv4-mapped IPv6 literal", () => "http://[::ffff:10.0.0.1]/", "a private address"],
    ["a redirect to loopback", () => pages.url("/to-loopback"), "a loopback address"],
    ["a redirect to cloud metadata", () => pages.url("/to-metadata"), "a cloud metadata address"],
  ])("%s is refused with 403", async (_what, url, reason) => {
    const r = await post("/api/extract", JSON.stringify({ url: url() }), "application/json");
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("blocked-address");
    expect(r.body.error).toContain(reason);
  });

  test.each([
    ["not JSON", "{url:"],
    ["no url", JSON.stringify({ page: "x" })],
    ["not http(s)", JSON.stringify({ url: "file:///etc/passwd" })],
  ])("a JSON body that is %s is a 400", async (_what, body) => {
    expect((await post("/api/extract", body, "application/json")).status).toBe(400);
  });
});

describe("--allow-private", () => {
  test("lets a loopback URL be extracted, and still refuses cloud metadata", async () => {
    const open = await startServer(store, { port: 0, allowPrivate: true });
    try {
      const url = `http://localhost:${new URL(pages.url("/")).port}/article`;
      const ok = await post("/api/extract", JSON.stringify({ url }), "application/json", open);
      expect(ok.status).toBe(200);
      expect(ok.body.article.source.url).toBe(url);
      const metadata = await post("/api/extract", JSON.stringify({ url: pages.url("/to-metadata") }), "application/json", open);
      expect(metadata.status).toBe(403);
      expect(metadata.body.error).toContain("a cloud metadata address");
    } finally {
      await open.close();
    }
  });
});

describe("limits per client", () => {
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await startServer(store, { port: 0, rateLimit: { windowMs: 60_000, requests: 4, extractions: 1 } });
  });
  afterAll(() => limited.close());

  // the whole of 127/8 is loopback: each local address is a different client to the server
  const from = (localAddress: string) => new Agent({ localAddress });

  test("past the limit a client gets 429 with Retry-After; another client address is still served", async () => {
    const one = from("127.0.0.1");
    const statuses: number[] = [];
    let retryAfter: string | string[] | undefined;
    for (let i = 0; i < 5; i++) {
      const r = await request(`${limited.url}/api/stats`, { dispatcher: one });
      statuses.push(r.statusCode);
      retryAfter = r.headers["retry-after"];
      await r.body.dump();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const other = await request(`${limited.url}/api/stats`, { dispatcher: from("127.0.0.2") });
    expect(other.statusCode).toBe(200);
    await other.body.dump();
  });

  test("extractions have their own, smaller limit", async () => {
    const client = from("127.0.0.3");
    const send = () =>
      request(`${limited.url}/api/extract`, {
        method: "POST",
        body: ARTICLE,
        headers: { "content-type": "text/plain" },
        dispatcher: client,
      });
    const first = await send();
    await first.body.dump();
    const second = await send();
    expect([first.statusCode, second.statusCode]).toEqual([200, 429]);
    expect(((await second.body.json()) as { code: string }).code).toBe("rate-limited");
    const read = await request(`${limited.url}/api/stats`, { dispatcher: client });
    expect(read.statusCode).toBe(200);
    await read.body.dump();
  });
});

describe("bound to loopback", () => {
  const withHost = (host: string) =>
    new Promise<number>((resolve, reject) =>
      httpRequest(`${api.url}/api/stats`, { headers: { host }, agent: false }, (res) => (res.resume(), resolve(res.statusCode!)))
        .on("error", reject)
        .end(),
    );

  test.each(["localhost:8080", "127.0.0.1", "[::1]:9000", "LOCALHOST"])("Host %s is answered", async (host) => {
    expect(await withHost(host)).toBe(200);
  });

  test.each(["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example"])(
    "Host %s is refused (a rebound DNS name cannot read the API)",
    async (host) => {
      expect(await withHost(host)).toBe(403);
    },
  );
});

describe("the OpenAPI document", () => {
  test("documents every API route the app answers, and every documented route answers", async () => {
    const doc = await get("/api/openapi.json");
    expect(doc.status).toBe(200);
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const app = createApp(store);
    const answered = app.routes
      .filter((r) => r.path.startsWith("/api/") && r.path !== "/api/*" && r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    expect([...new Set(answered)].sort()).toEqual([...new Set([...documented, "GET /api/openapi.json"])].sort());
    for (const op of documented.filter((d) => d.startsWith("GET "))) {
      const path = op.slice(4).replace(/\{\w+\}/, "x");
      const r = await get(path);
      expect(r.body.code, `${op} answers`).not.toBe("no-route");
    }
  });
});

describe("the review page's files", () => {
  test.each([
    ["/", "text/html"],
    ["/style.css", "text/css"],
    ["/app/main.js", "text/javascript"],
    ["/vendor/uPlot.iife.min.js", "text/javascript"],
  ])("%s is served as %s", async (path, type) => {
    const res = await fetch(`${api.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
  });

  test("nothing else on disk is reachable", async () => {
    for (const path of ["/package.json", "/app/../package.json", "/web/static/index.html", "/vendor/uPlot.d.ts"])
      expect((await fetch(`${api.url}${path}`)).status).toBe(404);
  });
});
