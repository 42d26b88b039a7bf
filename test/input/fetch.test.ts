import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encodeAs } from "../../src/decode/charset.js";
import { decodeBytes } from "../../src/decode/decode.js";
import { InputError } from "../../src/input/errors.js";
import { fetchUrl, type RetryEvent } from "../../src/input/fetch.js";
import { readInput } from "../../src/input/read.js";
import { FetchOptions, resolveOptions } from "../../src/options.js";
import { startServer, type TestServer } from "./server.js";

const PAGE = "<html><body><p>全省开发区第二次项目集中签约活动在晋中举行，签约项目九十个。</p></body></html>";
const BIG5_PAGE = "<html><body><p>全省開發區第二次項目集中簽約活動在晉中舉行，簽約項目九十個。</p></body></html>";
const CAP = 64 * 1024;
let sentByHuge = 0;

// fast everything: tests must not wait for real backoffs
const opts = FetchOptions.parse({
  totalTimeoutMs: 300,
  connectTimeoutMs: 300,
  retries: 2,
  retryBaseDelayMs: 1,
  perHostDelayMs: 0,
  maxBytes: CAP,
});
// a page that is served must arrive however loaded the machine is: the 300 ms budget is for the routes that are
// slow on purpose (2 s), never for the ones that answer at once
const ample = { ...opts, totalTimeoutMs: 60_000, connectTimeoutMs: 60_000 };
const html = (charset: string) => ({ "content-type": `text/html; charset=${charset}` });

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    "/ok": (_q, res) => res.writeHead(200, html("utf-8")).end(PAGE),
    "/gbk": (_q, res) => res.writeHead(200, html("gbk")).end(encodeAs(PAGE, "gbk")),
    "/big5": (_q, res) => res.writeHead(200, html("big5")).end(encodeAs(BIG5_PAGE, "big5")),
    "/mislabeled": (_q, res) => res.writeHead(200, html("utf-8")).end(encodeAs(PAGE.repeat(3), "gbk")),
    "/gzip": (_q, res) => res.writeHead(200, { ...html("utf-8"), "content-encoding": "gzip" }).end(gzipSync(PAGE)),
    "/slow": (_q, res) => setTimeout(() => res.writeHead(200, html("utf-8")).end(PAGE), 2000).unref(),
    "/slow-body": (_q, res) => {
      res.writeHead(200, html("utf-8")).write("<html>");
      setTimeout(() => res.end("</html>"), 2000).unref();
    },
    "/loop-a": (_q, res) => res.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_q, res) => res.writeHead(301, { location: "/loop-a" }).end(),
    "/hop": (req, res) => {
      const n = Number(new URL(req.url!, "http://x").searchParams.get("n"));
      res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : "/ok" }).end();
    },
    "/huge": (_q, res) => {
      // streams up to 512 MB with no Content-Length, respecting backpressure, until the client hangs up
      res.writeHead(200, html("utf-8"));
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed && sentByHuge < 512 * 1024 * 1024) {
          sentByHuge += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
      };
      pump();
    },
    "/declared-huge": (_q, res) => res.writeHead(200, { ...html("utf-8"), "content-length": String(CAP * 100) }).end(),
    "/pdf": (_q, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"),
    "/flaky": (_q, res, hit) => (hit === 1 ? res.writeHead(500).end("oops") : res.writeHead(200, html("utf-8")).end(PAGE)),
    "/busy": (_q, res, hit) => (hit === 1 ? res.writeHead(429, { "retry-after": "2" }).end() : res.writeHead(200, html("utf-8")).end(PAGE)),
    "/very-busy": (_q, res) => res.writeHead(429, { "retry-after": "7200" }).end(),
    "/down": (_q, res) => res.writeHead(503).end(),
    "/gzip-bomb": (_q, res) =>
      res.writeHead(200, { ...html("utf-8"), "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(CAP * 50, 0x61))),
    "/to-ftp": (_q, res) => res.writeHead(301, { location: "ftp://127.0.0.1/file.txt" }).end(),
    "/empty": (_q, res) => res.writeHead(200, html("utf-8")).end(),
    "/hold": (_q, res) => setTimeout(() => res.writeHead(200, html("utf-8")).end(PAGE), 600),
    "/parallel": (_q, res) => setTimeout(() => res.writeHead(200, html("utf-8")).end(PAGE), 30),
  });
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe("fetchUrl: pages", () => {
  test("a UTF-8 page, sent with an honest User-Agent", async () => {
    const got = await fetchUrl(server.url("/ok"), ample);
    expect(Buffer.from(got.bytes).toString("utf8")).toBe(PAGE);
    expect(got).toMatchObject({ source: { url: server.url("/ok") }, label: server.url("/ok"), contentType: "text/html; charset=utf-8" });
    expect(opts.userAgent).toMatch(/^zhpress\/\S+ \(\+https?:\/\//);
  });
  test.each([
    ["/gbk", PAGE, "gb18030"],
    ["/big5", BIG5_PAGE, "big5"],
    ["/gzip", PAGE, "utf-8"],
  ])("%s decodes to the page", async (path, want, charset) => {
    const got = await fetchUrl(server.url(path), ample);
    expect(decodeBytes(got.bytes, got.contentType)).toMatchObject({ text: want, charset, warnings: [] });
  });
  test("a wrong charset label: header says utf-8, bytes are GBK", async () => {
    const got = await fetchUrl(server.url("/mislabeled"), ample);
    const decoded = decodeBytes(got.bytes, got.contentType);
    expect(decoded).toMatchObject({ text: PAGE.repeat(3), charset: "gb18030" });
    expect(decoded.warnings.map((w) => w.code)).toEqual(["charset-mismatch"]);
  });
  test("redirects are followed up to the limit", async () => {
    const got = await fetchUrl(server.url("/hop?n=4"), ample);
    expect(Buffer.from(got.bytes).toString("utf8")).toBe(PAGE);
  });
});

describe("fetchUrl: failures name the URL and say what happened", () => {
  test.each([
    ["/missing", "http-status", /: HTTP 404 Not Found$/],
    ["/slow", "timeout", /within 300 ms \(timeout\)/],
    ["/slow-body", "timeout", /within 300 ms \(timeout\)/],
    ["/loop-a", "redirect-loop", /redirect loop: .*\/loop-a → .*\/loop-b → .*\/loop-a$/],
    ["/hop?n=5", "redirects", /more than 5 redirects/],
    ["/declared-huge", "too-large", /Content-Length 6553600 is over the 65536 byte limit/],
    ["/pdf", "not-text", /sent application\/pdf, not a page/],
    ["/down", "http-status", /HTTP 503 Service Unavailable \(gave up after 3 attempts\)/],
    ["/gzip-bomb", "too-large", /the decompressed body is over the 65536 byte limit/],
    ["/to-ftp", "bad-redirect", /redirected to a non-HTTP URL: ftp:/],
  ])("%s → %s", async (path, code, message) => {
    const e = await failure(fetchUrl(server.url(path), code === "timeout" ? opts : ample));
    expect(e.input).toBe(server.url(path));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
  test("a streamed body past the cap stops being read: the server sends about the cap, not 512 MB", async () => {
    const e = await failure(fetchUrl(server.url("/huge"), ample));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/over the 65536 byte limit .*stopped reading/);
    await new Promise((r) => setTimeout(r, 50));
    expect(sentByHuge).toBeLessThan(16 * 1024 * 1024); // the cap plus socket buffers
  });
  test("a refused connection is a network error, retried then reported", async () => {
    const closed = await startServer({});
    const url = closed.url("/");
    await closed.close();
    const retries: RetryEvent[] = [];
    const e = await failure(fetchUrl(url, opts, { onRetry: (r) => retries.push(r) }));
    expect(e.code).toBe("network");
    expect(e.message).toMatch(/ECONNREFUSED.*gave up after 3 attempts/);
    expect(retries.map((r) => r.retry)).toEqual([1, 2]);
  });
});

test("an empty body is refused by readInput like an empty file, naming the URL", async () => {
  const e = await failure(readInput({ kind: "url", url: server.url("/empty") }, resolveOptions({ fetch: opts })));
  expect([e.code, e.message]).toEqual(["empty", `${server.url("/empty")}: the input is empty`]);
});

describe("fetchUrl: retries", () => {
  test("500 then 200: the retry succeeds after a backoff", async () => {
    const retries: RetryEvent[] = [];
    const got = await fetchUrl(server.url("/flaky"), ample, { onRetry: (r) => retries.push(r) });
    expect(Buffer.from(got.bytes).toString("utf8")).toBe(PAGE);
    expect(retries).toEqual([{ url: server.url("/flaky"), retry: 1, delayMs: 1, reason: "HTTP 500 Internal Server Error" }]);
  });
  test("429 with Retry-After: the server's wait is the delay", async () => {
    const waits: number[] = [];
    const got = await fetchUrl(server.url("/busy"), ample, { sleep: async (ms) => void waits.push(ms) });
    expect(got.bytes.length).toBeGreaterThan(0);
    expect(waits).toEqual([2000]);
    expect(server.hits("/busy")).toBe(2);
  });
  test("a Retry-After longer than the cap fails at once, saying so", async () => {
    const e = await failure(fetchUrl(server.url("/very-busy"), ample));
    expect(e.message).toMatch(/HTTP 429 Too Many Requests, and the server asks to wait 7200 s/);
    expect(server.hits("/very-busy")).toBe(1);
  });
  test("backoff doubles", async () => {
    const waits: number[] = [];
    await failure(
      fetchUrl(server.url("/down"), { ...ample, retryBaseDelayMs: 100, retries: 3 }, { sleep: async (ms) => void waits.push(ms) }),
    );
    expect(waits).toEqual([100, 200, 400]);
  });
  test.each([["/missing"], ["/pdf"], ["/loop-a"]])("%s is not retried", async (path) => {
    const retries: RetryEvent[] = [];
    await failure(fetchUrl(server.url(path), ample, { onRetry: (r) => retries.push(r) }));
    expect(retries).toEqual([]);
  });
});

describe("fetchUrl: per-host politeness", () => {
  test("no more than perHostConcurrency requests in flight to one host", async () => {
    const polite = { ...opts, perHostConcurrency: 2, totalTimeoutMs: 5000 };
    await Promise.all(Array.from({ length: 6 }, () => fetchUrl(server.url("/parallel"), polite)));
    expect(server.hits("/parallel")).toBe(6);
    expect(server.peakInFlight()).toBeLessThanOrEqual(2);
  });
  test("the total timeout runs from when a request goes out, not while it queues for the host", async () => {
    const patient = { ...opts, perHostConcurrency: 1, totalTimeoutMs: 5000 };
    const hasty = { ...patient, totalTimeoutMs: 300 }; // same host and concurrency: the same queue
    const first = fetchUrl(server.url("/hold"), patient);
    const queued = fetchUrl(server.url("/ok"), hasty); // waits ~600 ms for the slot, longer than its own timeout
    await expect(Promise.all([first, queued])).resolves.toHaveLength(2);
  });
  test("a polite delay spaces the starts of requests to one host", async () => {
    // slots enough for all three (a concurrency no other test uses: its own host slot), so each start waits for
    // the delay alone, not for the request before it to end; a minute's delay, recorded and not slept, so the
    // waits are one and two delays whatever the load (a 40 ms delay really slept was over before the next
    // request began on a loaded machine, and nothing waited)
    const waits: number[] = [];
    const delay = 60_000;
    const polite = { ...ample, perHostConcurrency: 7, perHostDelayMs: delay };
    const sleep = (ms: number) => (waits.push(ms), Promise.resolve());
    await Promise.all([1, 2, 3].map(() => fetchUrl(server.url("/ok"), polite, { sleep })));
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(delay / 2);
    expect(waits[0]).toBeLessThanOrEqual(delay);
    expect(waits[1]).toBeGreaterThan(waits[0] + delay / 2);
    expect(waits[1]).toBeLessThanOrEqual(2 * delay);
  });
});
