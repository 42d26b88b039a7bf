// zhpress check against a dataset folder: the verdict is the exit code, --json for machines,
// an unreadable claim is a usage error. The dataset folder is written by the jsonl and csv exports from synthetic docs.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { showValue } from "../../src/check/index.js";
import { roundsCsv, writeExport } from "../../src/export/index.js";
import { roundTable } from "../../src/cli/table.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { openStore } from "../../src/store/index.js";
import { runCli } from "../helpers/cli.js";
import { makeDoc, storyBody, yi } from "../merge/fixtures.js";

// the command line runs in this process (runCli); the first run loads the segmenter, seconds on a loaded
// machine: no 20 s default
vi.setConfig({ testTimeout: 120_000 });

const taiyuan = { scope: "太原市", level: "city" as const, year: 2022, ordinal: 2, date: "2022-06-22" };
const docs = [
  makeDoc({
    body: storyBody("全省"),
    path: "a.txt",
    rounds: [{ year: 2022, ordinal: 2, date: "2022-06-22", signed: [321], started: [302], producing: [189] }],
  }),
  makeDoc({
    body: "太原市分会场：",
    path: "b.txt",
    rounds: [{ ...taiyuan, signed: [34, yi(123.52)], started: [37, yi(92.19)], producing: [14, yi(32.27)], total: [85, yi(247.98)] }],
  }),
];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-check-"));
  for (const format of ["jsonl", "csv"] as const) await writeExport(dir, format, docs, mergeDocuments(docs));
});

describe("dataset files", () => {
  test("all files written, no temporary file left behind", async () => {
    expect(readdirSync(dir).sort()).toEqual([
      "dataset.json",
      "extractions.jsonl",
      "people.csv",
      "people.jsonl",
      "rounds.csv",
      "rounds.jsonl",
      "zones.csv",
      "zones.jsonl",
    ]);
  });
  test("rounds.csv: one row per round, counts, 亿元 beside yuan, sources and conflicts", async () => {
    const [head, ...rows] = roundsCsv(mergeDocuments(docs))
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const cols = head.split(",");
    expect(cols).toEqual(
      expect.arrayContaining(["Signed projects", "Signed investment (亿元)", "Signed investment (yuan)", "Sources", "Conflicts"]),
    );
    expect(rows).toHaveLength(2);
    const taiyuanRow = Object.fromEntries(rows[1].split(",").map((v, i) => [cols[i], v]));
    expect(taiyuanRow).toMatchObject({
      Scope: "太原市",
      Level: "city",
      Year: "2022",
      Round: "2",
      "Signed projects": "34",
      "Signed investment (亿元)": "123.52",
      "Signed investment (yuan)": "12352000000",
      "Total investment (亿元)": "247.98",
      "Main source URL or file": "b.txt",
    });
  });
  test("the round table: one line per round with counts, sources, conflicts and checks", async () => {
    const lines = roundTable(mergeDocuments(docs).rounds).split("\n");
    expect(lines[0].split(/\s+/)).toEqual(["scope", "year", "round", "date", "签约", "开工", "投产", "sources", "conflicts", "checks"]);
    expect(lines.slice(2).map((l) => l.split(/\s+/))).toEqual([
      ["山西省", "2022", "第2次", "2022-06-22", "321", "302", "189", "1", "0", "-"],
      ["太原市", "2022", "第2次", "2022-06-22", "34", "37", "14", "1", "0", "ok"],
    ]);
  });
  test("the round table names a round in the unit its sources number it: 第1期", () => {
    const doc = makeDoc({ body: storyBody("全省"), path: "c.txt", rounds: [{ year: 2021, ordinal: 1, started: [268] }] });
    doc.rounds[0].ordinalUnit = "期";
    expect(roundTable(mergeDocuments([doc]).rounds).split("\n")[2]).toMatch(/^山西省\s+2021\s+第1期\s/);
  });
  test("rounds.jsonl carries the passing parts-vs-total check of 太原市", async () => {
    const rounds = readFileSync(join(dir, "rounds.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const ty = rounds.find((r: { scope: { name: string } }) => r.scope.name === "太原市");
    expect(ty.checks.filter((c: { code: string }) => c.code === "parts-vs-total").map((c: { status: string }) => c.status)).toEqual([
      "pass",
      "pass",
    ]);
  });
});

test.each([
  ["signed.investmentYuan", 12352000000, "123.52亿元"],
  ["total.investmentYuan", 128860000000, "1288.6亿元"],
  ["signed.investmentYuan", 5000, "0.00005亿元"],
  ["signed.projects", 233, "233"],
])("showValue(%s, %d) = %s", (field, v, want) => expect(showValue(field, v)).toBe(want));

describe("zhpress check", () => {
  test("supported → exit 0, each source with outlet, date, path and quote", async () => {
    const r = await runCli(["check", "太原市2022年第二次签约项目34个，总投资123.52亿元", dir]);
    expect(r.stdout).toMatch(/^supported: /);
    expect(r.stdout).toContain("b.txt: 34 「签约项目34个」");
    expect(r.stdout).toContain("太原市 2022年第2次 signed.investmentYuan: claimed 123.52亿元, recorded 123.52亿元 → supported");
    expect(r.code).toBe(0);
  });
  test("a city written without 市 is the city, not the province", async () => {
    const r = await runCli(["check", "2022年第二次太原签约34个项目", dir]);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "supported: 2022年第二次太原签约34个项目",
      "  太原市 2022年第2次 signed.projects is 34",
    ]);
    expect(r.code).toBe(0);
  });
  test("refuted → exit 1, with the comparison", async () => {
    const r = await runCli(["check", "2022年第二次三个一批签约331个项目", dir]);
    expect(r.stdout).toMatch(/^refuted: /);
    expect(r.stdout).toContain("山西省 2022年第2次 signed.projects is 321, not 331");
    expect(r.code).toBe(1);
  });
  test("not enough evidence → exit 4, naming what is missing", async () => {
    const r = await runCli(["check", "2023年第四次三个一批签约233个项目", dir]);
    expect(r.stdout).toMatch(/^not enough evidence: /);
    expect(r.stdout).toContain("no 山西省 2023年第4次 round in the dataset");
    expect(r.code).toBe(4);
  });
  test("an unknown scope → exit 4, naming it", async () => {
    const r = await runCli(["check", "2022年第二次太远签约34个项目", dir]);
    expect(r.stdout).toContain('unknown scope: "太远"');
    expect(r.code).toBe(4);
  });
  test("--json gives the report for machines", async () => {
    const r = await runCli(["check", "--json", "2022年第二次开工项目302个", dir]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      verdict: "supported",
      justification: "山西省 2022年第2次 started.projects is 302",
      subClaims: [
        { rounds: ["province|山西省|2022|#2"], field: "started.projects", claimed: 302, recorded: 302, sources: [{ path: "a.txt" }] },
      ],
    });
    expect(r.code).toBe(0);
  });
  test("an unreadable claim is a usage error naming the problem", async () => {
    const r = await runCli(["check", "签约233个项目", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the claim "签约233个项目": no year');
    expect(r.stdout).toBe("");
  });
  test("a mistyped dataset folder is a usage error (exit 2, one line), not a verdict", async () => {
    const r = await runCli(["check", "2022年第二次太原签约34个项目", dir + "-typo"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `zhpress: no dataset folder or input at ${dir}-typo (make one with: zhpress run <inputs> --out ${dir}-typo)`,
    ]);
    expect(r.stdout).toBe("");
  });
  test("no dataset at all is a usage error", async () => {
    const r = await runCli(["check", "2022年第二次太原签约34个项目"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("check needs a dataset folder");
  });
});

describe("zhpress check on the corpus (extracted on the fly)", () => {
  const corpus = ["09-2023-3-repost-sxrb.html", "10-2023-3-repost-hhnews.html", "11-2023-3-repost-econ.txt"].map(
    (f) => `corpus/articles/${f}`,
  );
  test.each([
    ["2023年第三次三个一批签约263个项目", "supported", 0],
    ["2023年第三次开工项目230个", "refuted", 1],
    ["2023年第四次三个一批签约233个项目", "not-enough-evidence", 4],
    ["2023年第三次开工项目213个", "conflicting-sources", 5],
  ])("%s → %s (exit %d)", async (claim, verdict, code) => {
    const r = await runCli(["check", "--json", "--quiet", claim, ...corpus]);
    expect(JSON.parse(r.stdout).verdict).toBe(verdict);
    expect(r.code).toBe(code);
  });
});
