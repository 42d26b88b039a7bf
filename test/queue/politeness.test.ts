// Politeness across workers: three workers, each allowed 4 jobs at once, share each host's limits through the
// database — at most --per-host requests in flight to a host, starts --delay-ms apart, and never two fetches of
// one URL at once (even when the URL is queued again while it is being fetched). Failures retry with backoff
// and end dead-lettered with their error; a page that can never be read is not retried.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startPageServer, type PageServer } from "../helpers/page-server.js";
import { describePg, freshDatabase } from "../helpers/pg.js";
import { runCli } from "../helpers/cli.js";
import { waitFor } from "../helpers/wait.js";
import { drain, enqueue, startWorker, statusOf, untilIdle } from "./helpers.js";

const CORPUS = resolve("corpus/articles");
const DELAY_MS = 60;
const PER_HOST = 2;

describePg("per-host politeness across workers", () => {
  let dir: string;
  let server: PageServer;
  let db: { url: string; drop: () => Promise<void> };
  const hosts = () => [`127.0.0.1:${server.port}`, `localhost:${server.port}`];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zhpress-polite-"));
    const files = readdirSync(CORPUS).sort();
    server = await startPageServer(new Map(files.map((f, i) => [`/p/${i}.html`, readFileSync(join(CORPUS, f))])), {
      // a response takes longer than the polite delay, so a host's next request starts while one is in flight
      // (the limit is then tested, not idle) even when a loaded machine starts it late
      delayMs: 150,
    });
    db = await freshDatabase("polite");
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test("hold for every host and URL, whichever worker fetches", async () => {
    const n = readdirSync(CORPUS).length;
    const list = join(dir, "urls.txt");
    // two hosts to a crawler (the same server): each has its own limits
    writeFileSync(
      list,
      hosts()
        .flatMap((h) => Array.from({ length: n }, (_, i) => `http://${h}/p/${i}.html`))
        .join("\n") + "\n",
    );
    const flags = ["--concurrency", "4", "--per-host", String(PER_HOST), "--delay-ms", String(DELAY_MS)];
    // all three take jobs before any is queued, so they compete for the same hosts from the first page
    const workers = [0, 1, 2].map(() => startWorker(db.url, flags));
    try {
      await Promise.all(workers.map((w) => w.ready));
      const fetching = server.arrived("/p/3.html");
      // no retry delay: a transient failure under load must not cost the test minutes of backoff
      await enqueue(db.url, [`@${list}`, "--job-retry-delay-s", "1"]);
      // queued again while they fetch: a URL may then have a job running and one waiting
      await fetching;
      await enqueue(db.url, [`@${list}`, "--job-retry-delay-s", "1"]);
      await untilIdle(db.url);
    } finally {
      // a failure above must not leave workers taking the next test's jobs
      for (const w of workers) w.kill("SIGTERM");
    }
    for (const w of workers) {
      const out = await w.output;
      expect(out.code, out.stderr).toBe(0);
    }

    for (const host of hosts()) {
      expect(server.maxPerHost.get(host)).toBeLessThanOrEqual(PER_HOST);
      const starts = server.startsPerHost.get(host)!;
      expect(starts.length).toBeGreaterThanOrEqual(n);
      // starts are DELAY_MS apart across all three workers: n starts take at least (n - 1) delays (a little clock slack)
      expect(starts.at(-1)! - starts[0]).toBeGreaterThanOrEqual((starts.length - 1) * DELAY_MS * 0.9);
    }
    // the servers saw overlap (so the limit was tested, not idle): some host had two requests in flight
    expect(Math.max(...server.maxPerHost.values())).toBe(PER_HOST);
    for (const [url, max] of server.maxPerUrl) expect(max, url).toBe(1);
    const status = await statusOf(db.url);
    expect(status.pages).toMatchObject({ queued: 0, retrying: 0, running: 0, failed: 0 });
    expect(status.store.documents).toBe(2 * n);
  }, 480_000);

  test("a failing page retries with doubling delays, then is dead-lettered with its error; a missing one fails at once", async () => {
    server.statuses.set("/gone.html", 404);
    server.statuses.set("/down.html", 503);
    const base = `http://127.0.0.1:${server.port}`;
    await enqueue(db.url, [`${base}/gone.html`, `${base}/down.html`, "--job-retries", "2", "--job-retry-delay-s", "1"]);
    await drain(db.url, 1, ["--retries", "0"]);
    const status = await statusOf(db.url);
    expect(status.pages).toMatchObject({ queued: 0, retrying: 0, running: 0, failed: 2 });
    const byInput = Object.fromEntries(status.failures.map((f) => [f.input, f]));
    expect(byInput[`${base}/gone.html`]).toMatchObject({ attempts: 1 });
    expect(byInput[`${base}/gone.html`].error).toMatch(/HTTP 404/);
    expect(byInput[`${base}/down.html`]).toMatchObject({ attempts: 3 });
    expect(byInput[`${base}/down.html`].error).toMatch(/HTTP 503/);
    expect(server.requests.get("/gone.html")).toBe(1);
    expect(server.requests.get("/down.html")).toBe(3);
    // backoff: the retries wait 1–2 s, then 2–4 s (pg-boss doubles the delay, with jitter); never less
    const [first, second, third] = server.startsPerPath.get("/down.html")!;
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(third - second).toBeGreaterThanOrEqual(1950);

    const text = await runCli(["status", "--db", db.url]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^pages {4}queued 0, retrying 0, running 0, done \d+, failed 2$/m);
    expect(text.stdout).toContain(`failed:\n`);
    expect(text.stdout).toMatch(new RegExp(`^  ${base}/down\\.html: .*HTTP 503.* \\(after 3 attempts\\)$`, "m"));
    expect(text.stdout).toMatch(new RegExp(`^  ${base}/gone\\.html: .*HTTP 404.* \\(after 1 attempt\\)$`, "m"));
  }, 120_000);

  test("status shows a page waiting to retry with its error and when it runs next", async () => {
    server.statuses.set("/later.html", 502);
    const url = `http://127.0.0.1:${server.port}/later.html`;
    // a long delay: the job stays waiting to retry for the whole test, whatever the machine's load
    await enqueue(db.url, [url, "--job-retries", "1", "--job-retry-delay-s", "600"]);
    const worker = startWorker(db.url, ["--retries", "0"]);
    try {
      await waitFor(async () => (await statusOf(db.url)).pages.retrying === 1, 200);
    } finally {
      worker.kill("SIGTERM");
    }
    expect((await worker.output).code).toBe(0);
    const status = await statusOf(db.url);
    expect(status.pages).toMatchObject({ queued: 0, retrying: 1, running: 0 });
    const text = await runCli(["status", "--db", db.url]);
    const next = text.stdout.match(new RegExp(`^retrying:\n  ${url}: .*HTTP 502.* \\(attempt 1; next at (?<at>\\S+)\\)$`, "m"));
    expect(next, text.stdout).not.toBeNull();
    // the first retry waits between one and two delays
    const wait = Date.parse(next!.groups!.at) - Date.now();
    expect(wait).toBeGreaterThan(400_000);
    expect(wait).toBeLessThanOrEqual(1_200_000);
  }, 120_000);
});
