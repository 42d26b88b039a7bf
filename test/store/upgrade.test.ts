// A database made by an older zhpress opens with this one: each upgrade runs once, in order, and the
// dataset it holds reads as if it had been written now. Version 1 had no ordinal_unit column: its 第1期
// and 第1次 rounds read alike in the views.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { openStore } from "../../src/store/index.js";
import { pgDdl } from "../../src/store/pg-sql.js";
import { DATASET_TABLES, RECORD_TABLES, SCHEMA_VERSION, upgradesFrom, VIEWS } from "../../src/store/schema.js";
import { describePg, freshDatabase } from "../helpers/pg.js";

/** the version-1 DDL: today's without the unit column */
const V1 = (RECORD_TABLES + DATASET_TABLES + VIEWS).replace("ordinal_unit TEXT, ", "").replace(/(?:r\.)?ordinal_unit, /g, "");

const ROUND_COLUMNS = "key, position, level, scope, year, ordinal, date, sources, conflicts, failed_checks, record";
const V1_ROUNDS = `INSERT INTO rounds (${ROUND_COLUMNS}) VALUES
  ('province|山西省|2021|#1期', 0, 'province', '山西省', 2021, 1, '2021-03-01', 1, 0, 0, '{}'),
  ('province|山西省|2021|#1', 1, 'province', '山西省', 2021, 1, '2021-04-01', 1, 0, 0, '{}'),
  ('province|山西省|2022|@2022-05-06', 2, 'province', '山西省', 2022, NULL, '2022-05-06', 1, 0, 0, '{}');
INSERT INTO meta (key, value) VALUES ('schema_version', '1');`;

const EXPECTED = [
  { round_key: "province|山西省|2021|#1期", ordinal: 1, ordinal_unit: "期" },
  { round_key: "province|山西省|2021|#1", ordinal: 1, ordinal_unit: "次" },
  { round_key: "province|山西省|2022|@2022-05-06", ordinal: null, ordinal_unit: null },
];
const READ = "SELECT round_key, ordinal, ordinal_unit FROM round_table";

describe("upgradesFrom", () => {
  test("a new database needs none; an old one needs each later version's, in order", () => {
    expect(upgradesFrom(null)).toEqual([]);
    expect(upgradesFrom(SCHEMA_VERSION)).toEqual([]);
    expect(upgradesFrom(1)).toHaveLength(SCHEMA_VERSION - 1);
    expect(upgradesFrom(1)[0]).toMatch(/ADD COLUMN ordinal_unit/);
  });
});

describe("an embedded database of version 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhpress-upgrade-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("gains the unit column, filled from each round's key, in the table and its views", async () => {
    const file = join(dir, "v1.db");
    const old = new Database(file);
    old.exec(V1 + V1_ROUNDS);
    expect(() => old.prepare("SELECT ordinal_unit FROM rounds").all()).toThrow(/no such column/);
    old.close();
    const store = await openStore(file);
    const page = await store.listRounds({ limit: 10 });
    expect(page.items.map((r) => r.ordinalUnit ?? null)).toEqual(["期", null, null]);
    await store.close();
    // opening again changes nothing
    await (await openStore(file)).close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare(READ).all()).toEqual(EXPECTED);
    expect(db.prepare("SELECT ordinal_unit FROM round_evidence").all()).toEqual([]);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({ value: String(SCHEMA_VERSION) });
    db.close();
  });

  test("a database of a newer version is refused, naming it", async () => {
    const file = join(dir, "v99.db");
    const db = new Database(file);
    db.exec(RECORD_TABLES + "INSERT INTO meta (key, value) VALUES ('schema_version', '99');");
    db.close();
    await expect(openStore(file)).rejects.toThrow(/v99\.db.*newer zhpress \(schema 99/);
  });
});

describePg("a PostgreSQL database of version 1", () => {
  test("gains the unit column, filled from each round's key, in the table and its views", async () => {
    const { url, drop } = await freshDatabase("upgrade");
    try {
      const old = new pg.Client({ connectionString: url });
      await old.connect();
      await old.query(pgDdl(V1) + V1_ROUNDS);
      await old.end();
      const store = await openStore(url);
      expect((await store.listRounds({ limit: 10 })).items.map((r) => r.ordinalUnit ?? null)).toEqual(["期", null, null]);
      await store.close();
      await (await openStore(url)).close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query(READ);
      expect(rows.map((r) => ({ ...r, ordinal: r.ordinal === null ? null : Number(r.ordinal) }))).toEqual(EXPECTED);
      expect((await c.query("SELECT value FROM meta WHERE key = 'schema_version'")).rows).toEqual([{ value: String(SCHEMA_VERSION) }]);
      await c.end();
    } finally {
      await drop();
    }
  }, 60_000);
});
