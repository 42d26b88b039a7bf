// fieldValue: the value an evidence span of a round or summary supports, read through the typed field paths
// (schema/fields.ts) instead of splitting the string and casting the record.
import { describe, expect, test } from "vitest";
import { fieldValue } from "../../src/store/doc-rows.js";
import type { RoundMention, SummaryMention } from "../../src/schema/index.js";

const round: RoundMention = {
  scope: { level: "province", name: "山西省" },
  year: 2023,
  ordinal: 3,
  ordinalUnit: "次",
  date: "2023-08-31",
  venue: "晋中国家农业高新技术产业示范区",
  signed: { projects: 263, investmentYuan: 231000000000, outputValueYuan: null },
  started: null,
  producing: null,
  total: null,
  evidence: [],
};
const summary: SummaryMention = {
  scope: { level: "province", name: "山西省" },
  year: 2021,
  rounds: 4,
  signed: { projects: 1427, investmentYuan: null, outputValueYuan: null },
  started: null,
  producing: null,
  total: null,
  evidence: [],
};

describe("fieldValue", () => {
  test.each([
    ["signed.projects", "263"],
    ["signed.investmentYuan", "231000000000"],
    ["year", "2023"],
    ["ordinal", "3"],
    ["date", "2023-08-31"],
    ["venue", "晋中国家农业高新技术产业示范区"],
  ])("a round's %s → %s", (field, want) => expect(fieldValue(round, field)).toBe(want));

  test("a summary's count of rounds and its stage figures", () => {
    expect(fieldValue(summary, "rounds")).toBe("4");
    expect(fieldValue(summary, "signed.projects")).toBe("1427");
    expect(fieldValue(summary, "ordinal")).toBeNull();
  });

  // a field with no value of its own, a value not stated, or no path at all
  test.each(["scope", "scope.name", "signed", "signed.outputValueYuan", "started.projects", "signed.nope", "evidence", "", undefined])(
    "%s → null",
    (field) => expect(fieldValue(round, field)).toBeNull(),
  );
});
