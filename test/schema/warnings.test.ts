import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { Warning, WARNING_CODES, warning, type WarningCode } from "../../src/schema/index.js";
import { renderWarningsTable } from "../../scripts/warnings-table.js";

const CODES = Object.keys(WARNING_CODES) as WarningCode[];

describe("warnings: one table of codes, a discriminated union on code", () => {
  test.each(CODES)("%s: warning() gives the code's severity and stage and the union accepts it", (code) => {
    const w = warning(code, "a message");
    expect(w).toEqual({ code, severity: WARNING_CODES[code].severity, stage: WARNING_CODES[code].stage, message: "a message" });
    expect(Warning.parse(w)).toEqual(w);
  });

  test("the union has exactly one variant per code of the table", () => {
    const variants = Warning.options.map((o) => o.shape.code.value).sort();
    expect(variants).toEqual([...CODES].sort());
  });

  test("a place gives start and end, and nothing else of the object passed", () => {
    const place = { start: 3, end: 7, quote: "签约项目", field: "signed.projects" };
    expect(warning("round-inconsistent", "m", place)).toEqual({
      code: "round-inconsistent",
      severity: "warning",
      stage: "extract",
      message: "m",
      start: 3,
      end: 7,
    });
  });

  test("an unknown code, a severity other than the code's, or a missing stage is refused", () => {
    expect(Warning.safeParse({ code: "made-up", severity: "info", stage: "page", message: "m" }).success).toBe(false);
    expect(Warning.safeParse({ ...warning("garbled-text", "m"), severity: "info" }).success).toBe(false);
    const { stage: _stage, ...noStage } = warning("garbled-text", "m");
    expect(Warning.safeParse(noStage).success).toBe(false);
  });
});

describe("README: the Warnings table is the code table", () => {
  test("README.md holds the table scripts/warnings-table.ts renders (regenerate it after changing a code)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(renderWarningsTable());
  });
});
