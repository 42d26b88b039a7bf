// Exports: BOM CSV with plain headers and exact 亿元, Parquet that reads back, JSONL as the record contract.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, test } from "vitest";
import { exportFiles, peopleCsv, roundsCsv, yiYuan, zonesCsv } from "../../src/export/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractFromBytes } from "../../src/pipeline.js";
import type { ExtractionDocument, MergedDataset } from "../../src/schema/index.js";
import { tableColumns } from "../../src/store/index.js";

const corpus = join(import.meta.dirname, "../../corpus/articles");
let docs: ExtractionDocument[];
let dataset: MergedDataset;

beforeAll(() => {
  docs = readdirSync(corpus)
    .sort()
    .map((f) => extractFromBytes({ source: { path: f }, label: f, bytes: readFileSync(join(corpus, f)), contentType: null }));
  dataset = mergeDocuments(docs);
}, 60_000);

test.each([
  [128860000000, "1288.6"],
  [12352000000, "123.52"],
  [100000000, "1"],
  [5000, "0.00005"],
  [0, "0"],
  [null, null],
])("yiYuan(%s) = %s, exact", (yuan, want) => expect(yiYuan(yuan)).toBe(want));

/** CSV text → rows of cells (the exports quote cells with commas, quotes or newlines) */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (rows[rows.length - 1].push(cell), (cell = ""));
    else if (c === "\r" && text[i + 1] === "\n") (rows[rows.length - 1].push(cell), (cell = ""), rows.push([]), i++);
    else cell += c;
  }
  if (cell || rows[rows.length - 1].length) rows[rows.length - 1].push(cell);
  else rows.pop();
  return rows;
}

describe("CSV for journalists", () => {
  test.each([
    ["rounds", () => roundsCsv(dataset), () => dataset.rounds.length],
    ["people", () => peopleCsv(dataset), () => dataset.people.length],
    ["zones", () => zonesCsv(dataset), () => dataset.zones.length],
  ])("%s.csv: UTF-8 BOM, plain-word headers (no camelCase, no snake_case), one row per record", (_name, make, count) => {
    const text = make();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(text.slice(1));
    for (const h of head) expect(h).not.toMatch(/[a-z][A-Z]|_/);
    expect(rows).toHaveLength(count());
    for (const r of rows) expect(r).toHaveLength(head.length);
  });

  test("rounds.csv: 亿元 beside yuan, and the main source's outlet, file and a quote from it", () => {
    const [head, ...rows] = parseCsv(roundsCsv(dataset).slice(1));
    const row = Object.fromEntries(rows.find((r) => r[2] === "2021" && r[3] === "1")!.map((v, i) => [head[i], v]));
    const units = rows.map((r) => r[head.indexOf("Round unit")]);
    expect(units).toContain("次");
    expect(units.every((u) => u === "次" || u === "期" || u === "")).toBe(true);
    expect(row).toMatchObject({
      "Round unit": "期",
      "Started projects": "268",
      "Started investment (亿元)": "1288.6",
      "Started investment (yuan)": "128860000000",
    });
    const main = docs.find((d) => d.article.source.path === row["Main source URL or file"])!;
    expect(main.article.outlet).toBe(row["Main source outlet"]);
    expect(main.article.text).toContain(row["Main source quote"]);
    expect(row["Main source quote"]).toMatch(/\d|[一二三四五六七八九十百千]/);
  });

  test("a quote with a comma and a quotation mark stays one cell", () => {
    const tricky: MergedDataset = {
      ...dataset,
      zones: [{ name: '甲,"乙"区', kind: "开发区", aliases: ["丙\n丁"], mentions: 1, sources: [] }],
    };
    const [, row] = parseCsv(zonesCsv(tricky).slice(1));
    expect(row.slice(0, 3)).toEqual(['甲,"乙"区', "开发区", "丙\n丁"]);
  });
});

test("parquet: one file per table that reads back with every row and column, amounts as INT64", async () => {
  const files = Object.fromEntries(exportFiles("parquet", docs, dataset));
  const columns = tableColumns();
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(["rounds.parquet", "round_values.parquet", "people.parquet", "mentions.parquet"]),
  );
  const buf = files["rounds.parquet"] as Buffer;
  const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
  expect(rows).toHaveLength(dataset.rounds.length);
  expect(Object.keys(rows[0])).toEqual(columns.rounds);
  const r = rows.find((x) => x.key === "province|山西省|2021|#1期")!;
  expect(r.started_investment_yuan).toBe(128860000000n);
  expect(r.signed_projects).toBeNull();
  expect(JSON.parse(r.record as string)).toEqual(dataset.rounds.find((x) => x.key === r.key));
});

test("jsonl: extractions and merged records as zhpress extract and merge write them", () => {
  const files = Object.fromEntries(exportFiles("jsonl", docs, dataset));
  const lines = (name: string) =>
    (files[name] as string)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
  expect(lines("extractions.jsonl")).toEqual(docs);
  expect(lines("rounds.jsonl")).toEqual(dataset.rounds);
  expect(JSON.parse(files["dataset.json"] as string).duplicateGroups).toEqual(dataset.duplicateGroups);
});
