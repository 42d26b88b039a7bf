// Places named in a text: the scan must find the longest name at each offset where one starts, as trying every name would
// (the scan reads each name by its first two characters). Texts written for these tests.
import { describe, expect, test } from "vitest";
import { placesInText } from "../../src/context/places-in-text.js";
import { divisionNames } from "../../src/data/divisions.js";

const quotes = (text: string) => placesInText(text).map((p) => [p.quote, p.start]);

describe("placesInText", () => {
  test.each([
    ["太原市举行开发区活动", [["太原市", 0]]],
    ["活动在晋中市", [["晋中市", 3]]],
    [
      "太原市晋中市",
      [
        ["太原市", 0],
        ["晋中市", 3],
      ],
    ],
    [
      "山西省太原市小店区",
      [
        ["山西省", 0],
        ["太原市", 3],
        ["小店区", 6],
      ],
    ],
  ])("finds the names in %s", (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test.each([
    ["", "an empty text"],
    ["太", "a first character at the end of the text"],
    ["签约项目20个", "no first character of a name"],
    ["太。原市", "a first character before a character no name has second"],
  ])("finds none in %s (%s)", (text) => {
    expect(placesInText(text)).toEqual([]);
  });

  test("finds what trying every offset finds, on 2,000 texts made of names, their pieces and other characters", () => {
    const names = [...divisionNames()].filter((n) => n.length >= 2);
    const byFirst = new Map<string, string[]>();
    for (const n of names) byFirst.set(n[0], [...(byFirst.get(n[0]) ?? []), n]);
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    const everyOffset = (text: string) => {
      const found: [string, number][] = [];
      for (let i = 0; i < text.length - 1;) {
        const name = byFirst.get(text[i])?.find((n) => text.startsWith(n, i));
        if (name === undefined) i++;
        else (found.push([name, i]), (i += name.length));
      }
      return found;
    };
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ["，", "举行", "。", "市", "县", "省", "在", "与", "开发区", "1"];
    let withNames = 0;
    for (let k = 0; k < 2000; k++) {
      let text = "";
      for (let p = next(8); p >= 0; p--) {
        const name = names[next(names.length)];
        text += next(3) === 0 ? pieces[next(pieces.length)] : next(2) === 0 ? name : name.slice(next(name.length));
      }
      const expected = everyOffset(text);
      if (expected.length) withNames++;
      expect(quotes(text), text).toEqual(expected);
    }
    expect(withNames).toBeGreaterThan(1000);
  });
});
