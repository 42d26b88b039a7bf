// The blocked spans of an article (unrepaired mojibake) are indexed once and carried in its context
// (withBlockedIndex): no cache beside the context keyed on the article.
import { describe, expect, test } from "vitest";
import { isBlocked, withBlockedIndex, type ExtractContext } from "../../src/extract/context.js";

const spans = Array.from({ length: 20 }, (_, i) => ({ start: i * 10, end: i * 10 + 4 })).reverse();
const ctx: ExtractContext = { text: "", publishedAt: null, blocked: spans };

describe("withBlockedIndex", () => {
  test("the context gets its question about blocked spans once; the article's own context is not changed", () => {
    const indexed = withBlockedIndex(ctx);
    expect(indexed.blockedIndex?.starts).toEqual(Float64Array.from(spans.map((s) => s.start).reverse()));
    expect(withBlockedIndex(indexed)).toBe(indexed);
    expect(ctx.blockedIndex).toBeUndefined();
  });

  test("every context has the same fields in the same order, with or without an article, few or many spans", () => {
    const article = { province: "山西省", city: null, county: null, level: "province" as const, evidence: [] };
    const keys = (c: ExtractContext) => Object.keys(withBlockedIndex(c));
    const want = ["text", "publishedAt", "blocked", "article", "blockedIndex"];
    expect(keys(ctx)).toEqual(want);
    expect(keys({ ...ctx, blocked: spans.slice(0, 3) })).toEqual(want);
    expect(keys({ article, blocked: [], publishedAt: null, text: "" })).toEqual(want);
  });

  test.each([
    [0, 1, true],
    [3, 5, true],
    [193, 200, true],
    [8, 11, true],
    [4, 10, false],
    [195, 230, false],
    [14, 20, false],
    [8, 10, false],
  ])("[%i, %i) touches a blocked span: %s, indexed or not", (start, end, want) => {
    expect(isBlocked(withBlockedIndex(ctx), start, end)).toBe(want);
    expect(isBlocked(ctx, start, end)).toBe(want);
    const few = { ...ctx, blocked: spans.filter((s) => s.start <= 10 || s.start >= 190) };
    expect(isBlocked(withBlockedIndex(few), start, end)).toBe(isBlocked(few, start, end));
  });
});
