// The fetch flags reach the fetcher: bad values are usage errors naming the flag; good ones change behaviour.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { startServer, type TestServer } from "./server.js";

const PAGE =
  "<html><head><title>全省开发区第一次“三个一批”活动举行</title></head><body><p>全省开发区第一次“三个一批”活动在太原举行，签约项目一百个。</p></body></html>";
let server: TestServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhpress-flags-"));
  server = await startServer({
    "/ok": (_q, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE),
    "/flaky": (_q, res, hit) => (hit === 1 ? res.writeHead(503).end() : res.writeHead(200, { "content-type": "text/html" }).end(PAGE)),
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true); // keep the usage lines out of the test log
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("fetch flags", () => {
  test.each([
    ["--retries", "x"],
    ["--retries", "-1"],
    ["--retries", "1.5"],
    ["--per-host", "0"],
    ["--delay-ms", "-5"],
    ["--connect-timeout", "0"],
    ["--timeout", "soon"],
  ])("%s %s is a usage error (exit 2) naming the flag", async (flag, value) => {
    const write = vi.mocked(process.stderr.write);
    write.mockClear();
    expect(await main(["extract", flag, value, server.url("/ok")])).toBe(2);
    expect(String(write.mock.calls.at(-1)?.[0])).toContain(`${flag} wants a whole number`);
  });

  test("--retries 0 --delay-ms 0: a 503 fails at once, the good URL is extracted, exit 1", async () => {
    const out = join(dir, "out.jsonl");
    const code = await main([
      "extract",
      "--quiet",
      "--retries",
      "0",
      "--delay-ms",
      "0",
      "--per-host",
      "1",
      "--out",
      out,
      server.url("/flaky"),
      server.url("/ok"),
    ]);
    expect(code).toBe(1);
    const docs = (await readFile(out, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.article.source.url)).toEqual([server.url("/ok")]);
    expect(server.hits("/flaky")).toBe(1);
  });
});
