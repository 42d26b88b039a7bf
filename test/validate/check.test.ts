// The in-place contract check every document gets, and the full zod parse that tests run on top of it.
import { describe, expect, test } from "vitest";
import type { ExtractionDocument } from "../../src/schema/index.js";
import { checkDocument, ContractError, validateDocument } from "../../src/validate/index.js";

const TEXT = "2023年第三次三个一批活动举行，签约项目263个。";

function doc(): ExtractionDocument {
  const quote = "签约项目263个";
  const start = TEXT.indexOf(quote);
  const evidence = [{ field: "signed.projects", start, end: start + quote.length, quote, stated: true, extractor: "rounds" }];
  const tally = { projects: 263, investmentYuan: null, outputValueYuan: null };
  return {
    schemaVersion: 1,
    article: {
      id: "0123456789abcdef",
      source: { path: "a.txt" },
      title: null,
      publishedAt: "2023-09-15",
      outlet: null,
      reporters: [],
      editors: [],
      script: "simplified",
      charset: "utf-8",
      format: "text",
      text: TEXT,
    },
    normalization: { pinyinAnnotationsRemoved: 0, garbled: [], widthFixes: 0, convertedCharacters: 0 },
    rounds: [
      {
        scope: { level: "province", name: "山西省" },
        year: 2023,
        ordinal: 3,
        date: "2023-09-15",
        venue: null,
        signed: tally,
        started: null,
        producing: null,
        total: null,
        evidence,
      },
    ],
    summaries: [],
    people: [{ name: "王建新", titles: ["市长"], roles: ["attend"], evidence }],
    zones: [],
    figures: [{ subject: null, metric: "projects", value: 263, unit: "个", qualifier: null, evidence }],
    warnings: [],
  };
}

describe("checkDocument", () => {
  test("a document that keeps the contract passes, and validateDocument gives back the same object", () => {
    const d = doc();
    expect(() => checkDocument(d)).not.toThrow();
    expect(validateDocument(d)).toBe(d);
  });

  test.each<[string, (d: ExtractionDocument) => void, string]>([
    [
      "a quote that is not the slice",
      (d) => void (d.rounds[0].evidence[0] = { ...d.rounds[0].evidence[0], quote: "签约项目236个" }),
      "rounds[0].evidence[0].quote",
    ],
    [
      "a span past the text",
      (d) => void (d.people[0].evidence = [{ start: 3, end: 999, quote: "x", stated: true }]),
      "people[0].evidence[0]",
    ],
    [
      "an end before its start",
      (d) => void (d.figures[0].evidence = [{ start: 5, end: 4, quote: "", stated: true }]),
      "figures[0].evidence[0]",
    ],
    [
      "a negative project count",
      (d) => void (d.rounds[0].signed = { projects: -1, investmentYuan: null, outputValueYuan: null }),
      "rounds[0].signed.projects",
    ],
    [
      "a fractional yuan amount",
      (d) => void (d.rounds[0].signed = { projects: 1, investmentYuan: 1.5, outputValueYuan: null }),
      "rounds[0].signed.investmentYuan",
    ],
    [
      "an uncaptured number whose quote is not the slice",
      (d) => void (d.uncaptured = [{ start: 0, end: 2, quote: "263", subject: null, roundSentence: false }]),
      "uncaptured[0]",
    ],
    ["a year out of range", (d) => void (d.rounds[0].year = 1899), "rounds[0].year"],
    ["an ordinal of 0", (d) => void (d.rounds[0].ordinal = 0), "rounds[0].ordinal"],
    ["a date that is not YYYY-MM-DD", (d) => void (d.rounds[0].date = "2023-9-15"), "rounds[0].date"],
    ["a publish time without +08:00", (d) => void (d.article.publishedAt = "2023-09-15T10:00Z"), "article.publishedAt"],
    ["a one-character name", (d) => void (d.people[0].name = "王"), "people[0].name"],
    ["a figure that is not finite", (d) => void (d.figures[0].value = Infinity), "figures[0].value"],
    ["an empty scope name", (d) => void (d.rounds[0].scope = { level: "city", name: "" }), "rounds[0].scope.name"],
    [
      "a negative warning offset",
      (d) => void d.warnings.push({ code: "garbled-text", severity: "warning", stage: "normalize", message: "y", start: -2 }),
      "warnings[0].start",
    ],
  ])("%s is refused, naming the field", (_, breakIt, path) => {
    const d = doc();
    breakIt(d);
    expect(() => checkDocument(d)).toThrow(ContractError);
    expect(() => checkDocument(d)).toThrow(path);
  });
});

describe("validateDocument under tests also runs the zod schema", () => {
  // the path is built only for the field that fails: the whole message must still name it and the value
  test.each<[string, (d: ExtractionDocument) => void, string]>([
    [
      "a count",
      (d) => void (d.rounds[0].signed = { projects: -1, investmentYuan: null, outputValueYuan: null }),
      "record contract v1: rounds[0].signed.projects must be a whole number ≥ 0, got -1",
    ],
    ["a range", (d) => void (d.rounds[0].year = 1899), "record contract v1: rounds[0].year must be a whole number in 1990..2100, got 1899"],
    ["a name", (d) => void (d.rounds[0].scope = { level: "city", name: "" }), "record contract v1: rounds[0].scope.name must not be empty"],
    [
      "a span",
      (d) => void (d.people[0].evidence = [{ start: -1, end: 2, quote: "x", stated: true }]),
      "record contract v1: people[0].evidence[0].start must be a whole number ≥ 0, got -1",
    ],
  ])("the message for %s names the field and the value", (_, breakIt, message) => {
    const d = doc();
    breakIt(d);
    expect(() => checkDocument(d)).toThrow(message);
  });

  test("a key the schema does not know (zod would strip it, changing output) fails", () => {
    const d = doc() as ExtractionDocument & { debug?: string };
    d.debug = "internal";
    expect(() => checkDocument(d)).not.toThrow();
    expect(() => validateDocument(d)).toThrow(/zod schema would change this document/);
  });

  test("a zone with an empty canonical name fails both the check and zod", () => {
    const d = doc();
    d.zones.push({ name: "", mention: "高新区", kind: "高新技术产业开发区", evidence: [] });
    expect(() => validateDocument(d)).toThrow("zones[0].name");
  });
});
