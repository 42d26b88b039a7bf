// The GBK table is decoded in one call over all two-byte codes: it must equal decoding each pair alone.
import { describe, expect, test } from "vitest";
import { gbkTable, isGb2312 } from "../../src/normalize/gbk.js";

function tableOnePairAtATime(): Uint16Array {
  const codes = new Uint16Array(0x10000);
  const decoder = new TextDecoder("gbk");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== "\ufffd" && codes[c.charCodeAt(0)] === 0) codes[c.charCodeAt(0)] = (lead << 8) | trail;
    }
  }
  codes[0x20ac] = 0x80;
  return codes;
}

describe("gbkTable", () => {
  test("equals decoding every pair on its own", () => {
    expect(gbkTable()).toEqual(tableOnePairAtATime());
  });

  test.each([
    ["省", 0xcaa1],
    ["€", 0x80],
    ["、", 0xa1a2],
  ])("%s has GBK code %i", (c, code) => {
    expect(gbkTable()[c.charCodeAt(0)]).toBe(code);
  });

  test.each([["a"], ["😀"], ["\u0300"]])("%j has no two-byte GBK code", (c) => {
    expect(gbkTable()[c.charCodeAt(0)]).toBe(0);
  });

  test("GB2312 holds common characters, not the GBK extension", () => {
    expect(isGb2312("省".charCodeAt(0))).toBe(true);
    expect(isGb2312("丂".charCodeAt(0))).toBe(false);
  });
});
