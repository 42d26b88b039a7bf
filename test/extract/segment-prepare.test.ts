// prepareSegmenter on a nodejieba without loadInBackground (a node_modules installed before the patch gained
// it): nothing is started, and the first cut loads the dictionaries as before.
import { describe, expect, test, vi } from "vitest";

const calls: string[] = [];
vi.mock("nodejieba", () => ({
  default: {
    DEFAULT_USER_DICT: "/nowhere/user.dict.utf8",
    load: () => void calls.push("load"),
    tag: (s: string) => (calls.push("tag"), [{ word: s, tag: "x" }]),
  },
}));

describe("prepareSegmenter without loadInBackground", () => {
  test("starts nothing; the first cut loads, then tags", async () => {
    const { prepareSegmenter, segment, segmenterLoaded } = await import("../../src/extract/text/segment.js");
    expect(() => prepareSegmenter()).not.toThrow();
    expect(calls).toEqual([]);
    expect(segmenterLoaded()).toBe(false);
    expect(segment("金湘军").map((t) => t.word)).toEqual(["金湘军"]);
    expect(calls).toEqual(["load", "tag"]);
    expect(segmenterLoaded()).toBe(true);
  });
});
