// (c) The eval's scoring: a perfect extraction scores 1.0; a missing round lowers recall; an extra
// person lowers precision; an unstated number lowers numbers precision.
import { describe, expect, it } from "vitest";
import type { ExtractionDocument, RoundMention } from "../../src/schema/index.js";
import { ExpectedArticle } from "../../scripts/eval/expected.js";
import { prf, summarize } from "../../scripts/eval/report.js";
import { FIELDS, scoreArticle, type Counts, type Field } from "../../scripts/eval/score.js";
import { samePublished } from "../../scripts/eval/metadata.js";

const expected = ExpectedArticle.parse({
  file: "articles/x.txt",
  about: "a unit-test article",
  article: {
    title: "标题",
    publishedAt: "2022-07-05",
    outlet: "山西广播电视台",
    reporters: ["郭佳"],
    editors: ["邢瑞"],
    script: "simplified",
  },
  rounds: [
    {
      scope: "山西省",
      level: "province",
      year: 2022,
      ordinal: 2,
      date: "2022-06-22",
      venue: "山西转型综合改革示范区|山西综改示范区",
      signed: { projects: 321 },
    },
    { scope: "太原市", level: "city", year: 2022, ordinal: 2, date: "2022-06-22", total: { projects: 85, investmentYuan: 24798000000 } },
  ],
  summaries: [{ scope: "山西省", year: 2021, rounds: 4, signed: { projects: 1427 } }],
  people: [{ name: "林武", titles: ["省委书记"], roles: ["attend", "speak"] }],
  zones: ["山西转型综合改革示范区|山西综改示范区"],
  figures: [{ value: 16.3, unit: "%" }],
  neutral: { people: ["习近平"], numbers: [4.2] },
  forbidden: { numbers: [1300] },
});

const ev = [{ start: 0, end: 0, quote: "", stated: true }];
const tally = (projects: number | null, investmentYuan: number | null = null) => ({ projects, investmentYuan, outputValueYuan: null });
const round = (name: string, level: "province" | "city", p: Partial<RoundMention>): RoundMention => ({
  scope: { level, name },
  year: 2022,
  ordinal: 2,
  date: "2022-06-22",
  venue: null,
  signed: null,
  started: null,
  producing: null,
  total: null,
  evidence: ev,
  ...p,
});

function perfect(): ExtractionDocument {
  return {
    schemaVersion: 1,
    article: {
      id: "x",
      source: { path: "corpus/articles/x.txt" },
      title: "标题",
      publishedAt: "2022-07-05T09:00:00+08:00",
      outlet: "山西广播电视台",
      reporters: ["郭佳"],
      editors: ["邢瑞"],
      script: "simplified",
      text: "",
    },
    normalization: { pinyinAnnotationsRemoved: 0, garbled: [] },
    rounds: [
      round("山西省", "province", { venue: "山西综改示范区", signed: tally(321) }),
      round("太原市", "city", { total: tally(85, 24798000000) }),
    ],
    summaries: [
      {
        scope: { level: "province", name: "山西省" },
        year: 2021,
        rounds: 4,
        signed: tally(1427),
        started: null,
        producing: null,
        total: null,
        evidence: ev,
      },
    ],
    people: [{ name: "林武", titles: ["省委书记"], roles: ["attend", "speak"], evidence: ev }],
    zones: [{ name: "山西转型综合改革示范区", mention: "山西综改示范区", kind: "综改示范区", evidence: ev }],
    figures: [{ subject: null, metric: "增长", value: 16.3, unit: "%", qualifier: null, evidence: ev }],
    warnings: [],
  };
}
const score = (doc: ExtractionDocument) => summarize([scoreArticle(expected, doc)]);

describe("scoreArticle", () => {
  it("gives a perfect extraction 1.0 on every field and on numbers", () => {
    const r = score(perfect());
    for (const f of FIELDS) expect([f, r.fields[f].f1]).toEqual([f, 1]);
    expect(r.numbers).toEqual({ precision: 1, emitted: 6, unexpected: 0 });
  });

  it("lowers rounds recall, not precision, for a missing round, and misses its tallies and date", () => {
    const doc = perfect();
    doc.rounds.pop();
    const r = score(doc);
    expect(r.fields.rounds).toMatchObject({ precision: 1, recall: 0.5, tp: 1, fn: 1 });
    expect(r.fields.tallies).toMatchObject({ precision: 1, fn: 2 });
    expect(r.fields.dates).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it("lowers people precision for an extra person, but not for a neutral one", () => {
    const doc = perfect();
    doc.people.push({ name: "张某", titles: [], roles: [], evidence: ev }, { name: "习近平", titles: [], roles: [], evidence: ev });
    expect(score(doc).fields.people).toMatchObject({ precision: 0.5, recall: 1, fp: 1 });
  });

  const mutations: [string, (d: ExtractionDocument) => void, Field, Partial<Counts>][] = [
    ["a wrong tally", (d) => (d.rounds[0].signed = tally(312)), "tallies", { tp: 4, fp: 1, fn: 1 }],
    ["an unstated tally", (d) => (d.rounds[0].started = tally(302)), "tallies", { tp: 5, fp: 1, fn: 0 }],
    ["an extra title", (d) => d.people[0].titles.push("省长"), "titles", { tp: 1, fp: 1, fn: 0 }],
    ["a missing role", (d) => d.people[0].roles.pop(), "roles", { tp: 1, fp: 0, fn: 1 }],
    [
      "an unknown zone",
      (d) => d.zones.push({ name: "小店区", mention: "小店区", kind: "", evidence: ev }),
      "zones",
      { tp: 1, fp: 1, fn: 0 },
    ],
    ["a venue elsewhere", (d) => (d.rounds[0].venue = "太原"), "venues", { tp: 0, fp: 1, fn: 1 }],
    ["a wrong outlet", (d) => (d.article.outlet = "葛毅明"), "metadata", { fp: 1, fn: 1 }],
    ["a byline as reporter missing", (d) => (d.article.reporters = []), "metadata", { fp: 0, fn: 1 }],
    ["pinyin removed where there is none", (d) => (d.normalization.pinyinAnnotationsRemoved = 2), "normalization", { fp: 1 }],
  ];
  it.each(mutations)("counts %s", (_, mutate, field, counts) => {
    const doc = perfect();
    mutate(doc);
    expect(score(doc).fields[field]).toMatchObject(counts);
  });

  it("ignores a figure that repeats a stated tally or a neutral number, but counts an invented one", () => {
    const doc = perfect();
    const figure = (value: number) => ({ subject: null, metric: "m", value, unit: "个", qualifier: null, evidence: ev });
    doc.figures.push(figure(321), figure(4.2));
    expect(score(doc).fields.figures).toMatchObject({ precision: 1 });
    doc.figures.push(figure(1300));
    const r = scoreArticle(expected, doc);
    expect(summarize([r]).fields.figures.fp).toBe(1);
    expect(r.numbers.unexpected).toEqual([1300]);
    expect(r.misses).toContain("numbers: 1300 is not stated (forbidden: furniture or garbled)");
  });
});

describe("prf and dates", () => {
  it.each([
    [
      { tp: 0, fp: 0, fn: 0 },
      { precision: 1, recall: 1, f1: 1 },
    ],
    [
      { tp: 1, fp: 1, fn: 0 },
      { precision: 0.5, recall: 1 },
    ],
    [
      { tp: 0, fp: 2, fn: 2 },
      { precision: 0, recall: 0, f1: 0 },
    ],
  ])("%o → %o", (counts, want) => expect(prf(counts)).toMatchObject(want));

  it.each([
    ["2022-07-05", "2022-07-05T09:00:00+08:00", true],
    ["2022-07-05", "2022-07-06", false],
    ["2023-09-01T06:50+08:00", "2023-09-01T06:50:00+08:00", true],
    ["2023-09-01T06:50+08:00", "2023-09-01T06:51:00+08:00", false],
    ["2023-09-01T06:50+08:00", "2023-09-01", false],
  ])("published %s ~ %s: %s", (want, got, same) => expect(samePublished(want, got)).toBe(same));
});
