// The embedded store: put / skip / replace a document, replace the dataset whole, the readable tables
// and views, the read side the API uses, and metadata.json describing every table and column.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeColumn, describeTable } from "../../src/export/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractFromBytes } from "../../src/pipeline.js";
import type { ExtractionDocument } from "../../src/schema/index.js";
import { openStore, SqliteStore, type DatasetStore, type PageRecord } from "../../src/store/index.js";

const corpus = join(import.meta.dirname, "../../corpus/articles");
const files = readdirSync(corpus).sort();
let docs: ExtractionDocument[];
let dir: string;
let store: DatasetStore;

const page = (i: number, bytesHash = `hash-${i}`): PageRecord => ({
  inputKey: join(corpus, files[i]),
  bytesHash,
  path: files[i],
  url: null,
  finalUrl: null,
  contentType: null,
  byteLength: 1,
  fetchedAt: "2026-11-25T00:00:00.000Z",
});

beforeAll(async () => {
  docs = files.map((f) => extractFromBytes({ source: { path: f }, label: f, bytes: readFileSync(join(corpus, f)), contentType: null }));
  dir = mkdtempSync(join(tmpdir(), "zhpress-store-"));
  store = await openStore(join(dir, "z.db"));
  for (const [i, doc] of docs.entries()) await store.putDocument(page(i), doc);
  await store.replaceDataset(mergeDocuments(docs));
}, 60_000);
afterAll(() => store?.close());

const sql = (query: string, ...params: unknown[]) => {
  const db = new Database(join(dir, "z.db"), { readonly: true });
  try {
    return db.prepare(query).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

describe("documents", () => {
  test("an input is skipped only for the same bytes", async () => {
    expect(await store.hasInput(page(0).inputKey, "hash-0")).toBe(true);
    expect(await store.hasInput(page(0).inputKey, "other")).toBe(false);
    expect(await store.hasInput("/no/such/input", "hash-0")).toBe(false);
  });

  test("listDocuments gives every input's document once, ordered by input key", async () => {
    const listed = await store.listDocuments();
    expect(listed.map((d) => d.inputKey)).toEqual(files.map((f) => join(corpus, f)));
    expect(listed.map((d) => d.document)).toEqual(docs);
  });

  test("new bytes for an input replace its document, article and mentions; the page history keeps both reads", async () => {
    const other = await openStore(join(dir, "replace.db"));
    try {
      await other.putDocument(page(0, "old"), docs[0]);
      await other.putDocument(page(0, "new"), docs[1]);
      expect((await other.listDocuments()).map((d) => d.document.article.id)).toEqual([docs[1].article.id]);
      expect(await other.getArticle(docs[0].article.id)).toBeNull();
      expect((await other.getArticle(docs[1].article.id))?.document).toEqual(docs[1]);
      expect((await other.stats()).pages).toBe(2);
    } finally {
      await other.close();
    }
    const db = new Database(join(dir, "replace.db"), { readonly: true });
    expect(db.prepare("SELECT DISTINCT article_id FROM mentions").all()).toEqual([{ article_id: docs[1].article.id }]);
    db.close();
  });
});

describe("dataset", () => {
  test("getDataset gives back exactly what was merged", async () => {
    expect(await store.getDataset()).toEqual(mergeDocuments(docs));
  });

  test("replaceDataset replaces every table whole: no row of the previous dataset is left", async () => {
    const other = await openStore(join(dir, "shrink.db"));
    try {
      await other.replaceDataset(mergeDocuments(docs));
      const one = mergeDocuments(docs.slice(0, 1));
      await other.replaceDataset(one);
      const s = await other.stats();
      expect([s.rounds, s.people, s.zones]).toEqual([one.rounds.length, one.people.length, one.zones.length]);
      expect(await other.getDataset()).toEqual(one);
    } finally {
      await other.close();
    }
  });

  test("every quote in round_values and mentions is the article text between its offsets", () => {
    for (const table of ["round_values", "mentions"]) {
      const rows = sql(`SELECT t.quote, t.start_offset, t.end_offset, a.text FROM ${table} t JOIN articles a ON a.id = t.article_id`);
      expect(rows.length).toBeGreaterThan(50);
      for (const r of rows) expect((r.text as string).slice(r.start_offset as number, r.end_offset as number)).toBe(r.quote);
    }
  });

  test("round_values carry what each article said: the conflicting 213 of 2023 round 3 next to the chosen 231", () => {
    const said = sql(
      "SELECT value, quote FROM round_values WHERE round_key = 'province|山西省|2023|#3' AND field = 'started.projects' ORDER BY value",
    );
    expect(said.map((r) => r.value)).toContain("213");
    expect(said.map((r) => r.value)).toContain("231");
    expect(said.find((r) => r.value === "213")?.quote).toContain("213");
    const conflict = sql("SELECT value, chosen FROM conflict_table WHERE field = 'started.projects' ORDER BY value");
    expect(conflict).toEqual([
      { value: "213", chosen: 0 },
      { value: "231", chosen: 1 },
    ]);
  });

  test("round_table reads like the printed table, 亿元 beside the counts", () => {
    const rows = sql("SELECT * FROM round_table");
    expect(rows).toHaveLength(mergeDocuments(docs).rounds.length);
    const first = rows.find((r) => r.year === 2021 && r.ordinal === 1)!;
    expect(first).toMatchObject({ scope: "山西省", date: "2021-03-18", started_projects: 268, started_investment_yi_yuan: 1288.6 });
    expect(first.main_outlet).toBeTruthy();
    // 第一期 of 2021 and 第1次 of 2022 each say their unit; a round with no number has none
    expect(first.ordinal_unit).toBe("期");
    expect(rows.find((r) => r.year === 2022 && r.ordinal === 1)!.ordinal_unit).toBe("次");
    for (const r of rows) expect(r.ordinal_unit === null).toBe(r.ordinal === null);
  });

  test("every person and zone mention is linked to its merged record", () => {
    expect(sql("SELECT COUNT(*) AS n FROM mentions WHERE kind IN ('person', 'zone', 'round') AND record_key IS NULL")).toEqual([{ n: 0 }]);
    const links = sql(
      "SELECT DISTINCT m.record_key FROM mentions m LEFT JOIN people p ON p.key = m.record_key WHERE m.kind = 'person' AND p.key IS NULL",
    );
    expect(links).toEqual([]);
  });
});

describe("read side", () => {
  test("listRounds filters by scope and pages with a total", async () => {
    const all = await store.listRounds();
    const taiyuan = await store.listRounds({ scope: "太原市" });
    // the corpus holds 太原市 rounds of 2022#2 and 2024#2 (corpus 24, 30)
    const want = mergeDocuments(docs).rounds.filter((r) => r.scope.name === "太原市").length;
    expect(want).toBeGreaterThanOrEqual(2);
    expect(taiyuan.items.map((r) => r.scope)).toEqual(Array<string>(want).fill("太原市"));
    expect(taiyuan.total).toBe(want);
    const page2 = await store.listRounds({ limit: 2, offset: 2 });
    expect(page2.total).toBe(all.total);
    expect(page2.items.map((r) => r.key)).toEqual(all.items.slice(2, 4).map((r) => r.key));
  });

  test("getRound gives the merged record and its values with quotes; an unknown key is null", async () => {
    const r = await store.getRound("province|山西省|2021|#1期");
    expect(r?.summary.started).toEqual({ projects: 268, investmentYuan: 128860000000, outputValueYuan: 165000000000 });
    expect(r?.values.some((v) => v.field === "started.projects" && v.value === 268 && v.quote.includes("268"))).toBe(true);
    expect(await store.getRound("province|山西省|1999|#1")).toBeNull();
  });

  test("a round numbered 第N期 says so: its summary's ordinalUnit and its mentions' label; 第N次 rounds say nothing more", async () => {
    expect((await store.getRound("province|山西省|2021|#1期"))?.summary.ordinalUnit).toBe("期");
    expect((await store.getRound("province|山西省|2022|#2"))?.summary).not.toHaveProperty("ordinalUnit");
    const a = (await store.listArticles({ roundKey: "province|山西省|2021|#1期" })).items[0];
    const labels = (await store.getArticle(a.id))!.mentions.filter((m) => m.kind === "round").map((m) => m.label);
    expect(labels).toContain("山西省 2021 第1期");
  });

  test("getArticle gives the text, every mention span in order, linked to records", async () => {
    const a = await store.getArticle(docs[0].article.id);
    expect(a?.document.article.text).toBe(docs[0].article.text);
    const starts = a!.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(a!.mentions.some((m) => m.kind === "round" && m.recordKey?.startsWith("province|山西省|"))).toBe(true);
  });

  test("search finds a zone by an alias fragment and people by name; a name absent from the data finds nothing", async () => {
    const hits = await store.search("综改");
    expect(hits.zones.map((z) => z.name)).toContain("山西转型综合改革示范区");
    const person = (await store.listPeople()).items[0];
    expect((await store.search(person.name)).people.map((p) => p.key)).toContain(person.key);
    const none = await store.search("不存在的名字%_");
    expect([none.rounds, none.people, none.zones, none.articles].every((l) => l.length === 0)).toBe(true);
  });
});

test("metadata.json describes every table, view and column in the database", () => {
  const columns = (store as SqliteStore).schemaColumns();
  expect(Object.keys(columns)).toEqual(expect.arrayContaining(["rounds", "round_values", "people", "zones", "mentions", "round_table"]));
  const missing = Object.entries(columns).flatMap(([t, cols]) => [
    ...(describeTable(t) ? [] : [t]),
    ...cols.filter((c) => !describeColumn(t, c)).map((c) => `${t}.${c}`),
  ]);
  expect(missing).toEqual([]);
  expect(describeColumn("rounds", "no_such_column")).toBeUndefined();
});

test("a file that is not a database is refused, named", async () => {
  const bad = join(dir, "not.db");
  (await import("node:fs")).writeFileSync(bad, "hello, this is not SQLite".repeat(100));
  await expect(openStore(bad)).rejects.toThrow(/not\.db: (cannot open the database|not a zhpress database)/);
  await expect(openStore(join(dir, "missing.db"), { mustExist: true })).rejects.toThrow(/missing\.db: no such database/);
});
