import { describe, expect, test } from "vitest";
import { applyEdits, mapOffset, type Edit } from "../../src/normalize/edits.js";

describe("edits", () => {
  const input = "ab(x)cd  ef";
  const edits: Edit[] = [
    { start: 2, end: 5, text: "" },
    { start: 7, end: 9, text: " " },
  ];

  test("applyEdits replaces each range", () => {
    expect(applyEdits(input, edits)).toBe("abcd ef");
  });

  test.each([
    [0, "start", 0],
    [5, "start", 2], // c after the removed bracket
    [7, "end", 4], // end of cd
    [9, "start", 5], // e after the collapsed spaces
    [11, "end", 7],
    [3, "start", 2], // inside a removed range: to its start
    [3, "end", 2],
    [8, "end", 5], // inside a replaced range, end side: after the replacement
  ] as const)("offset %i (%s) → %i", (offset, side, expected) => {
    expect(mapOffset(edits, offset, side)).toBe(expected);
  });
});
