// The PostgreSQL store against the embedded one: the same documents in, the same answers out, from every method.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { mergeDocuments } from "../../src/merge/index.js";
import { openStore, PgStore, SqliteStore, type DatasetStore } from "../../src/store/index.js";
import { describePg, freshDatabase } from "../helpers/pg.js";
import { extractFolder, type Stored } from "../helpers/stored.js";

const CORPUS = resolve("corpus/articles");

describePg("PostgreSQL store", () => {
  let pg: DatasetStore;
  let lite: DatasetStore;
  let drop: () => Promise<void>;
  let dir: string;
  const docs: Stored[] = [];

  beforeAll(async () => {
    const db = await freshDatabase("store");
    drop = db.drop;
    pg = await openStore(db.url);
    dir = mkdtempSync(join(tmpdir(), "zhpress-store-"));
    lite = await openStore(join(dir, "z.db"));
    docs.push(...(await extractFolder(CORPUS)));
    // PostgreSQL gets them in reverse and twice: order of arrival and repeats must not matter
    for (const [page, doc] of docs) await lite.putDocument(page, doc);
    for (const [page, doc] of [...docs].reverse()) await pg.putDocument(page, doc);
    for (const [page, doc] of docs.slice(0, 3)) await pg.putDocument(page, doc);
    for (const store of [lite, pg]) await store.replaceDataset(mergeDocuments((await store.listDocuments()).map((d) => d.document)));
  }, 120_000);

  afterAll(async () => {
    await pg?.close();
    await lite?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test("openStore picks the backend from --db", () => {
    expect(pg).toBeInstanceOf(PgStore);
    expect(lite).toBeInstanceOf(SqliteStore);
    expect(pg.location).toMatch(/^postgres:\/\//);
  }, 120_000);

  test("documents, dataset and counts are the embedded store's", async () => {
    expect(await pg.listDocuments()).toEqual(await lite.listDocuments());
    const dataset = await pg.getDataset();
    expect(dataset).toEqual(await lite.getDataset());
    expect(dataset!.rounds.length).toBeGreaterThan(5);
    const { mergedAt: a, ...pgStats } = await pg.stats();
    const { mergedAt: b, ...liteStats } = await lite.stats();
    expect(pgStats).toEqual(liteStats);
    expect(pgStats.pages).toBe(docs.length);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
  }, 120_000);

  test("an input seen with these bytes is known; other bytes are not", async () => {
    const [page] = docs[0];
    expect(await pg.hasInput(page.inputKey, page.bytesHash)).toBe(true);
    expect(await pg.hasInput(page.inputKey, "f".repeat(64))).toBe(false);
    expect(await pg.hasInput("/nowhere.txt", page.bytesHash)).toBe(false);
  }, 120_000);

  test("every list, record and search answers as the embedded store does", async () => {
    const both = async <T>(ask: (s: DatasetStore) => Promise<T>) => expect(await ask(pg)).toEqual(await ask(lite));
    const rounds = await pg.listRounds({ limit: 1000 });
    expect(rounds.total).toBeGreaterThan(5);
    await both((s) => s.listRounds({ limit: 1000 }));
    await both((s) => s.listRounds({ year: 2022, limit: 3, offset: 1 }));
    await both((s) => s.listRounds({ scope: "山西省", from: "2022-01-01", to: "2022-12-31" }));
    for (const r of rounds.items) await both((s) => s.getRound(r.key));
    const people = await pg.listPeople({ limit: 1000 });
    expect(people.total).toBeGreaterThan(0);
    await both((s) => s.listPeople({ limit: 1000 }));
    await both((s) => s.listPeople({ title: "书记" }));
    for (const p of people.items) await both((s) => s.getPerson(p.key));
    const zones = await pg.listZones({ limit: 1000 });
    await both((s) => s.listZones({ limit: 1000 }));
    await both((s) => s.listZones({ name: "开发区" }));
    for (const z of zones.items) await both((s) => s.getZone(z.name));
    const articles = await pg.listArticles({ limit: 1000 });
    expect(articles.total).toBe(new Set(docs.map(([, d]) => d.article.id)).size);
    await both((s) => s.listArticles({ limit: 1000 }));
    await both((s) => s.listArticles({ q: "签约", from: "2022-01-01", to: "2023-12-31" }));
    for (const a of articles.items) await both((s) => s.getArticle(a.id));
    for (const q of ["太原", "2023", "书记", "50%_", "nothing-like-this"]) await both((s) => s.search(q));
    expect(await pg.getRound("no-such-round")).toBeNull();
  }, 60_000);

  test("a changed input replaces its document, article and mentions in one step", async () => {
    const [page, doc] = docs[1];
    const [, other] = docs[2];
    await pg.putDocument({ ...page, bytesHash: "e".repeat(64) }, other);
    const stored = (await pg.listDocuments()).find((d) => d.inputKey === page.inputKey)!;
    expect(stored.document.article.id).toBe(other.article.id);
    expect(await pg.hasInput(page.inputKey, page.bytesHash)).toBe(false);
    expect(await pg.getArticle(doc.article.id)).toBeNull();
    await pg.putDocument(page, doc);
    expect((await pg.getArticle(doc.article.id))!.mentions.length).toBeGreaterThan(0);
    expect((await pg.stats()).pages).toBe(docs.length + 1);
  }, 120_000);
});

test("a server that cannot be reached is one clear error naming it without its password", async () => {
  await expect(openStore("postgres://u:secret@127.0.0.1:1/none")).rejects.toThrow(
    /^postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/none: cannot connect/,
  );
});
