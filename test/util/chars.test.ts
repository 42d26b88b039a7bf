// isDigitAt: the ASCII digits /\d/ matches, at an offset, and nothing past either end.
import { describe, expect, test } from "vitest";
import { isDigitAt } from "../../src/util/chars.js";

describe("isDigitAt", () => {
  test.each([
    ["0", 0],
    ["9", 0],
    ["投资12亿", 2],
    ["投资12亿", 3],
  ])("%j at %i is a digit", (text, at) => expect(isDigitAt(text, at)).toBe(true));

  test.each([
    ["投资12亿", 1],
    ["投资12亿", 4],
    ["１２", 0], // full-width digits are not \d
    ["二", 0],
    ["a", 0],
    ["", 0],
    ["12", -1],
    ["12", 2],
  ])("%j at %i is not", (text, at) => expect(isDigitAt(text, at)).toBe(false));

  test("agrees with /\\d/ on every character of a mixed text", () => {
    const text = "2024年第3次：签约项目１２个，总投资5.6亿元（〇八）a9";
    for (let i = 0; i < text.length; i++) expect(isDigitAt(text, i), text[i]).toBe(/\d/u.test(text[i]));
  });
});
