// kill -9 a worker mid-job: its job is taken up again by another worker once it expires, nothing is lost and
// no page or document is stored twice; the dataset is the embedded run's over the same URLs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { MERGES, PAGES } from "../../src/queue/boss.js";
import { runCli } from "../helpers/cli.js";
import { startPageServer, type PageServer } from "../helpers/page-server.js";
import { describePg, freshDatabase } from "../helpers/pg.js";
import { waitFor } from "../helpers/wait.js";
import { drain, enqueue, startWorker, statusOf, stored } from "./helpers.js";

const CORPUS = resolve("corpus/articles");
const SLOW = "/p/05.html";

/** how many times the page job for this input was started: pg-boss counts each start after the first as a retry */
async function attemptsOf(db: string, inputKey: string): Promise<number> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT retry_count + 1 AS n FROM pgboss.job WHERE name = $1 AND data->>'inputKey' = $2 AND state = 'completed'
       UNION ALL SELECT retry_count + 1 FROM pgboss.archive WHERE name = $1 AND data->>'inputKey' = $2 AND state = 'completed'`,
      [PAGES, inputKey],
    );
    expect(rows).toHaveLength(1);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describePg("a worker killed with kill -9", () => {
  let dir: string;
  let server: PageServer;
  let list: string;
  let db: { url: string; drop: () => Promise<void> };
  let urls: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zhpress-kill-"));
    const files = readdirSync(CORPUS).sort();
    const pages = new Map(files.map((f, i) => [`/p/${String(i).padStart(2, "0")}.html`, readFileSync(join(CORPUS, f))]));
    server = await startPageServer(pages);
    urls = [...pages.keys()].map((p) => `http://127.0.0.1:${server.port}${p}`);
    list = join(dir, "urls.txt");
    writeFileSync(list, urls.join("\n") + "\n");
    db = await freshDatabase("kill");
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test("loses nothing: its job is taken up again, and no page or document is stored twice", async () => {
    const lite = join(dir, "embedded.db");
    const embedded = await runCli(["run", `@${list}`, "--db", lite, "--workers", "0", "-q", "--delay-ms", "0"]);
    expect(embedded.code, embedded.stderr).toBe(0);
    const before = server.requests.get(SLOW)!;

    await enqueue(db.url, [`@${list}`, "--job-timeout-s", "5", "--job-retries", "10", "--job-retry-delay-s", "1"]);
    server.hold.add(SLOW);
    const fetching = server.arrived(SLOW);
    const doomed = startWorker(db.url, ["--concurrency", "2", "--delay-ms", "0"]);
    await fetching;
    doomed.kill("SIGKILL");
    const { code } = await doomed.output;
    expect(code).toBeNull();
    server.hold.clear();
    server.release();

    await drain(db.url, 2, ["--concurrency", "2", "--delay-ms", "0"]);
    // fetched by the killed worker, then again by the one that took its job over; never by two at once. On a
    // loaded machine a healthy attempt may also outlive the job timeout and be taken over: each attempt
    // (1 + the job's retries) fetches at most once
    const fetches = server.requests.get(SLOW)! - before;
    expect(fetches).toBeGreaterThanOrEqual(2);
    expect(fetches).toBeLessThanOrEqual(
      await attemptsOf(
        db.url,
        urls.find((u) => u.endsWith(SLOW))!,
      ),
    );
    for (const [url, max] of server.maxPerUrl) expect(max, url).toBe(1);
    const status = await statusOf(db.url);
    expect(status.pages).toEqual({ queued: 0, retrying: 0, running: 0, done: urls.length, failed: 0 });
    expect(status.store.pages).toBe(urls.length);
    expect(status.unmerged).toBe(0);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT (SELECT COUNT(*) FROM pages)::int AS pages, (SELECT COUNT(DISTINCT input_key) FROM pages)::int AS inputs,
              (SELECT COUNT(*) FROM documents)::int AS documents, (SELECT COUNT(*) FROM queued_bytes)::int AS waiting,
              (SELECT COUNT(*) FROM fetch_leases)::int AS leases`,
    );
    await client.end();
    expect(rows[0]).toEqual({ pages: urls.length, inputs: urls.length, documents: urls.length, waiting: 0, leases: 0 });

    const want = await stored(lite);
    const got = await stored(db.url);
    expect(got.documents.map((d) => d.inputKey)).toEqual(want.documents.map((d) => d.inputKey));
    expect(got.documents).toEqual(want.documents);
    expect(got.dataset).toEqual(want.dataset);
  }, 480_000);

  test("killed between documents, a file batch resumes with every file stored once", async () => {
    const other = await freshDatabase("kill_files");
    try {
      await enqueue(other.url, [CORPUS, "--job-timeout-s", "5", "--job-retries", "10", "--job-retry-delay-s", "1"]);
      const doomed = startWorker(other.url, ["--concurrency", "3", "--merge-delay-s", "0"]);
      // kill it once it has stored a few documents, between documents: mid-flight for the page jobs it holds, but
      // not while it holds the merge job (one whose worker died is given back only after 30 s,
      // src/queue/orphaned-merge.ts: the workers below would wait that long for it)
      const client = new pg.Client({ connectionString: other.url });
      await client.connect();
      let rows: { pages: number; documents: number }[];
      try {
        const between = `SELECT (SELECT COUNT(*) FROM documents)::int AS stored,
                                (SELECT COUNT(*) FROM pgboss.job WHERE name = $1 AND state = 'active')::int AS merging`;
        await waitFor(async () => {
          const { stored, merging } = (await client.query(between, [MERGES])).rows[0];
          return stored >= 5 && merging === 0;
        }, 20);
        doomed.kill("SIGKILL");
        await doomed.output;
        await drain(other.url, 2);
        ({ rows } = await client.query(
          "SELECT (SELECT COUNT(*) FROM pages)::int AS pages, (SELECT COUNT(*) FROM documents)::int AS documents",
        ));
      } finally {
        // ended before the database is dropped: a connection dropped from under it is an uncaught error
        await client.end();
      }
      const n = readdirSync(CORPUS).length;
      expect(rows[0]).toEqual({ pages: n, documents: n });
      const status = await statusOf(other.url);
      expect(status.pages).toMatchObject({ queued: 0, retrying: 0, running: 0, failed: 0 });
      const lite = join(dir, "files.db");
      const embedded = await runCli(["run", CORPUS, "--db", lite, "--workers", "0", "-q"]);
      expect(embedded.code, embedded.stderr).toBe(0);
      const want = await stored(lite);
      const got = await stored(other.url);
      expect(got.documents).toEqual(want.documents);
      expect(got.dataset).toEqual(want.dataset);
    } finally {
      await other.drop();
    }
  }, 480_000);
});
