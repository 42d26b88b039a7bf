// The blocked spans of an article (unrepaired mojibake) are indexed once and carried in its context
// (withBlockedIndex): no cache beside the context keyed on the article.
import { describe, expect, test } from "vitest";
import { isBlocked, withBlockedIndex, type ExtractContext } from "../../src/extract/context.js";

const spans = Array.from({ length: 20 }, (_, i) => ({ start: i * 10, end: i * 10 + 4 })).reverse();
const ctx: ExtractContext = { text: "", publishedAt: null, blocked: spans };

describe("withBlockedIndex", () => {
  test("a long list gets an index; a short one, or one already indexed, is left as it is", () => {
    const indexed = withBlockedIndex(ctx);
    expect(indexed.touchesBlocked).toBeTypeOf("function");
    expect(withBlockedIndex(indexed)).toBe(indexed);
    const short = { ...ctx, blocked: spans.slice(0, 8) };
    expect(withBlockedIndex(short)).toBe(short);
    expect(ctx.touchesBlocked).toBeUndefined(); // the article's own context is not changed
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
  });
});
