// The journalist-claims set (claims.json, written for zhpress) judged against the merged corpus dataset — the
// dataset `zhpress run corpus` builds, extracted and merged in-process. Every verdict must be right.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractBatch } from "../../src/cli/batch.js";
import { loadCheckDataset } from "../../src/cli/check-dataset.js";
import { writeExport } from "../../src/export/index.js";
import { judgeClaim, parseClaim, summariesOf, type CheckDataset, type Verdict } from "../../src/check/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { resolveOptions } from "../../src/options.js";
import type { ExtractionDocument } from "../../src/schema/index.js";

interface Case {
  claim: string;
  verdict: Verdict;
  why?: string;
  /** [claimed, recorded] of the sub-claim that refutes it */
  compared?: [number, number];
}
const cases: Case[] = JSON.parse(readFileSync(new URL("./claims.json", import.meta.url), "utf8")).claims;

const opts = resolveOptions({ quiet: true, workers: 0 });
let data: CheckDataset;
const docs: ExtractionDocument[] = [];
beforeAll(async () => {
  await extractBatch(["corpus/articles"], opts, async (e) => void docs.push(e.doc));
  data = { rounds: mergeDocuments(docs).rounds, summaries: summariesOf(docs) };
}, 60_000);

test("a dataset folder written by run reads back as the same dataset, summaries included", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zhpress-check-corpus-"));
  await writeExport(dir, "jsonl", docs, mergeDocuments(docs));
  const read = await loadCheckDataset([dir], opts);
  expect(read.rounds.map((r) => r.key)).toEqual(data.rounds.map((r) => r.key));
  expect(read.summaries.map((s) => [s.path, s.summary.year, s.summary.rounds])).toEqual(
    data.summaries.map((s) => [s.path, s.summary.year, s.summary.rounds]),
  );
  expect(read.summaries.length).toBeGreaterThan(0);
});

const judge = (text: string) => {
  const p = parseClaim(text);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  return judgeClaim(p.claim, data);
};

describe("journalist claims against the corpus", () => {
  test("the set covers every verdict, 40+ claims", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const verdicts: Verdict[] = ["supported", "refuted", "conflicting-sources", "not-enough-evidence"];
    for (const v of verdicts) expect(cases.filter((c) => c.verdict === v).length).toBeGreaterThan(1);
  });

  test.each(cases)("$claim → $verdict", ({ claim, verdict, compared }) => {
    const report = judge(claim);
    expect(report.verdict, report.justification).toBe(verdict);
    if (compared)
      expect(report.subClaims.find((s) => s.verdict === "refuted")).toMatchObject({ claimed: compared[0], recorded: compared[1] });
  });

  test("all right (a score, as the issue measured 17 of 40)", () => {
    const right = cases.filter((c) => judge(c.claim).verdict === c.verdict).length;
    expect(`${right}/${cases.length}`).toBe(`${cases.length}/${cases.length}`);
  });
});

describe("the issue's examples", () => {
  test("2022年第二次太原签约34个项目: supported by 太原市's round, with outlet, path, date and quote", () => {
    const r = judge("2022年第二次太原签约34个项目");
    expect(r.verdict).toBe("supported");
    expect(r.subClaims).toHaveLength(1);
    expect(r.subClaims[0]).toMatchObject({ target: "太原市 2022年第2次", rounds: ["city|太原市|2022|#2"], claimed: 34, recorded: 34 });
    expect(r.subClaims[0].sources).toContainEqual(
      expect.objectContaining({
        outlet: "山西新闻网",
        path: "corpus/articles/24-2022-2-two-cities.html",
        value: 34,
        quote: "签约项目34个",
      }),
    );
    expect(r.subClaims[0].sources.every((s) => s.publishedAt !== null)).toBe(true);
  });
  test("a wrong figure for 太原 is compared with 太原市's 34, never the province's 321", () => {
    const r = judge("2022年第二次太原签约321个项目");
    expect(r.verdict).toBe("refuted");
    expect(r.subClaims[0]).toMatchObject({ claimed: 321, recorded: 34 });
    expect(r.justification).toBe("太原市 2022年第2次 signed.projects is 34, not 321");
  });
  test("two rounds named: one sub-claim per round, each against its own round", () => {
    const r = judge("2022年第一次和第二次三个一批分别签约347个和321个项目");
    expect(r.subClaims.map((s) => [s.rounds, s.claimed, s.verdict])).toEqual([
      [["province|山西省|2022|#1"], 347, "supported"],
      [["province|山西省|2022|#2"], 321, "supported"],
    ]);
  });
  test("the date is a fact: a sub-claim of its own", () => {
    const r = judge("2022年第二次三个一批于7月16日举行，签约项目321个");
    expect(r.subClaims.map((s) => [s.field, s.claimed, s.recorded, s.verdict])).toEqual([
      ["date", "2022-07-16", "2022-06-22", "refuted"],
      ["signed.projects", 321, 321, "supported"],
    ]);
    expect(r.subClaims[0].sources.map((s) => s.quote)).toContain("六月二十二日");
  });
  test("an unknown scope is named, and no round is judged", () => {
    const r = judge("2022年第二次太远签约34个项目");
    expect(r).toMatchObject({ verdict: "not-enough-evidence", subClaims: [] });
    expect(r.justification).toContain('"太远"');
  });
});
