// Tag names keyed as the fast scanner reads them: the recent-tags table gives the Tag tagAt gives, in any case,
// and names whose keys share a table slot each keep their own Tag.
import { describe, expect, test } from "vitest";
import { keyStep, tagAt, tagKeyed } from "../../src/page/html-names.js";

/** the key as the scanner computes it, one character at a time */
const keyOfName = (name: string) => [...name].reduce((key, c) => keyStep(key, c.charCodeAt(0)), 0);
const viaTable = (name: string) => tagKeyed(keyOfName(name), name, 0, name.length);

describe("tagKeyed", () => {
  test.each(["a", "li", "span", "h1", "DIV", "Span", "svg", "foreignObject", "my-tag", "o:p", "averylongtagname", "x1y2z3"])(
    "%s is the Tag tagAt finds",
    (name) => {
      expect(viaTable(name)).toBe(tagAt(name, 0, name.length));
      expect(viaTable(name).name).toBe(name.toLowerCase());
    },
  );

  test("names sharing a slot keep their own Tags", () => {
    const letters = [..."abcdefghijklmnopqrstuvwxyz"];
    const names = letters.flatMap((a) => letters.flatMap((b) => letters.map((c) => a + b + c)));
    const slot = (name: string) => keyOfName(name) & 1023;
    const first = "div";
    const other = names.find((n) => n !== first && slot(n) === slot(first));
    expect(other).toBeDefined();
    for (const name of [first, other!, first, other!]) expect(viaTable(name).name).toBe(name);
  });

  test("a name with a character outside letters and digits has no key", () => {
    expect(keyOfName("my-tag")).toBe(-1);
    expect(keyOfName("h1")).toBeGreaterThan(0);
  });
});
