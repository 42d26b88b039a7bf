// The merge job over documents that arrive in batches: a merge after each batch ends with the dataset (its JSON,
// every dataset table's rows and the exports, byte for byte) of one merge of everything, and of the embedded
// merge; a merge with nothing stored since the last one returns at once and writes nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureCorpus } from "../../scripts/bench/corpus.js";
import { exportFiles } from "../../src/export/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { openQueue, type Queue } from "../../src/queue/boss.js";
import { runMergeJob } from "../../src/queue/merge-job.js";
import { DATASET_TABLE_NAMES } from "../../src/store/schema.js";
import { describePg, freshDatabase } from "../helpers/pg.js";
import { extractFolder, type Stored } from "../helpers/stored.js";

const BENCH_PAGES = 200;
const BATCHES = 4;

/** The dataset as stored: its JSON, every dataset table's rows (all but when it was merged) and the exports. */
async function snapshot(queue: Queue): Promise<Record<string, string>> {
  const { store } = queue;
  const dataset = (await store.getDataset())!;
  const docs = (await store.listDocuments()).map((d) => d.document);
  const out: Record<string, string> = {};
  for (const format of ["jsonl", "csv"] as const)
    for (const [name, content] of exportFiles(format, docs, dataset)) out[name] = String(content);
  for (const table of DATASET_TABLE_NAMES) {
    const { rows } = await store.pool.query(`SELECT * FROM ${table}`);
    out[table] = rows
      .map(({ merged_at: _, ...r }) => JSON.stringify(r))
      .sort()
      .join("\n");
  }
  const { rows } = await store.pool.query("SELECT article_id, kind, mention_index, evidence_index, record_key FROM mentions");
  out.mentions = rows
    .map((r) => JSON.stringify(r))
    .sort()
    .join("\n");
  return out;
}

/** xmin of every dataset row and linked mention, by table: any rewrite of a row changes it */
async function rowVersions(queue: Queue): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [...DATASET_TABLE_NAMES, "mentions"]) {
    const { rows } = await queue.store.pool.query<{ v: string | null }>(
      `SELECT string_agg(xmin::text, ',' ORDER BY ctid) AS v FROM ${table}`,
    );
    out[table] = rows[0].v ?? "";
  }
  return out;
}

/** each round row's text and xmin, by key */
async function roundRows(queue: Queue): Promise<Map<string, { text: string; xmin: string }>> {
  const { rows } = await queue.store.pool.query<{ key: string; text: string; xmin: string }>(
    "SELECT key, r::text AS text, r.xmin::text AS xmin FROM rounds r",
  );
  return new Map(rows.map((r) => [r.key, { text: r.text, xmin: r.xmin }]));
}

describePg("merge job", () => {
  let dir: string;
  const opened: Queue[] = [];
  const drops: (() => Promise<void>)[] = [];
  const queueOn = async (label: string) => {
    const db = await freshDatabase(label);
    drops.push(db.drop);
    const queue = await openQueue(db.url, { supervise: false });
    opened.push(queue);
    return queue;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zhpress-merge-job-"));
  });
  afterAll(async () => {
    for (const q of opened) await q.close();
    for (const drop of drops) await drop();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  const sets: [string, () => Promise<Stored[]>][] = [
    ["the corpus", () => extractFolder(resolve("corpus/articles"))],
    [`${BENCH_PAGES} bench pages`, () => extractFolder(ensureCorpus(resolve("."), join(dir, "bench"), BENCH_PAGES).htmlDir)],
  ];

  describe.each(sets)("on %s", (_, load) => {
    let stored: Stored[];
    let batched: Queue;
    beforeAll(async () => {
      stored = await load();
      batched = await queueOn("batched");
    }, 300_000);

    test("a merge after each batch gives one merge's dataset, byte for byte", async () => {
      // the last batch also replaces an input's document (its bytes changed): an update counts as new too
      const [page0] = stored[0];
      const replaced: Stored = [{ ...page0, bytesHash: "f".repeat(64) }, stored[1][1]];
      const size = Math.ceil(stored.length / BATCHES);
      const batches = Array.from({ length: BATCHES }, (_, i) => stored.slice(i * size, (i + 1) * size));
      batches[BATCHES - 1] = [...batches[BATCHES - 1], replaced];
      let kept = 0;
      for (const batch of batches) {
        const before = await roundRows(batched);
        for (const [page, doc] of batch) await batched.store.putDocument(page, doc);
        const outcome = await runMergeJob(batched);
        expect(outcome.merged).toBe(true);
        expect(outcome.documents).toBe((await batched.store.listDocuments()).length);
        // a round row the new documents did not change is not rewritten; a changed one is
        for (const [key, now] of await roundRows(batched)) {
          const was = before.get(key);
          if (was === undefined) continue;
          expect(now.xmin === was.xmin, key).toBe(now.text === was.text);
          if (now.text === was.text) kept++;
        }
      }
      expect(kept).toBeGreaterThan(0);

      const whole = await queueOn("whole");
      for (const [page, doc] of [...stored.slice(1), replaced]) await whole.store.putDocument(page, doc);
      expect((await runMergeJob(whole)).merged).toBe(true);

      const got = await snapshot(batched);
      expect(Object.keys(got).length).toBeGreaterThan(DATASET_TABLE_NAMES.length);
      expect(got).toEqual(await snapshot(whole));
      // and the embedded run's merge of the same documents
      const docs = (await whole.store.listDocuments()).map((d) => d.document);
      const embedded = mergeDocuments(docs);
      expect(embedded.rounds.length).toBeGreaterThan(5);
      expect(JSON.stringify(await batched.store.getDataset())).toBe(JSON.stringify(embedded));
    }, 300_000);

    test("a merge with nothing new writes nothing and reads no document; one with an unchanged document rewrites one row", async () => {
      const before = await rowVersions(batched);
      const mergedAt = (await batched.store.stats()).mergedAt;
      const { store } = batched;
      const calls = { list: 0, replace: 0 };
      const list = store.listDocuments.bind(store);
      const replace = store.replaceDataset.bind(store);
      store.listDocuments = () => (calls.list++, list());
      store.replaceDataset = (d) => (calls.replace++, replace(d));
      try {
        const outcome = await runMergeJob(batched);
        expect(outcome).toEqual({ merged: false, documents: stored.length, rounds: (await store.getDataset())!.rounds.length });
        expect(calls).toEqual({ list: 0, replace: 0 });
        expect(await rowVersions(batched)).toEqual(before);
        expect((await store.stats()).mergedAt).toBe(mergedAt);

        // one document stored again (same input, same document): the next merge does the work, and rewrites only
        // the dataset row (the document's own mentions were rewritten by storing it); the merge after does nothing
        await store.putDocument(stored[2][0], stored[2][1]);
        expect((await runMergeJob(batched)).merged).toBe(true);
        expect(calls).toEqual({ list: 1, replace: 1 });
        const after = await rowVersions(batched);
        for (const table of DATASET_TABLE_NAMES) expect(after[table] === before[table], table).toBe(table !== "dataset");
        expect((await runMergeJob(batched)).merged).toBe(false);
        expect(calls).toEqual({ list: 1, replace: 1 });
      } finally {
        store.listDocuments = list;
        store.replaceDataset = replace;
      }
    }, 300_000);
  });

  test("a first merge runs even with nothing recorded as new", async () => {
    const queue = await queueOn("first");
    const outcome = await runMergeJob(queue);
    expect(outcome).toEqual({ merged: true, documents: 0, rounds: 0 });
    expect(await queue.store.getDataset()).not.toBeNull();
    expect((await runMergeJob(queue)).merged).toBe(false);
  }, 120_000);
});
