import { describe, expect, test } from "vitest";
import { canonicalCharset, encodeAs, guessCharset, headerCharset, metaCharset } from "../../src/decode/charset.js";
import { decodeBytes } from "../../src/decode/decode.js";

// our own sentences, in the register of a provincial news item
const SIMPLIFIED = "全省开发区第三次项目集中签约一批、开工一批、投产一批活动在太原举行，共签约项目一百二十个，总投资八百亿元。";
const TRADITIONAL = "全省開發區第三次項目集中簽約一批、開工一批、投產一批活動在太原舉行，共簽約項目一百二十個，總投資八百億元。";
const utf8 = (s: string) => new TextEncoder().encode(s);
const html = (meta: string, body: string) => `<html><head>${meta}<title>t</title></head><body><p>${body}</p></body></html>`;
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

describe("canonicalCharset", () => {
  test.each([
    ["GB2312", "gb18030"],
    ["gbk", "gb18030"],
    ["x-gbk", "gb18030"],
    ["cp936", "gb18030"],
    ["GB18030", "gb18030"],
    ["Big5", "big5"],
    ["big5-hkscs", "big5"],
    ["UTF8", "utf-8"],
    ["utf-8", "utf-8"],
    ['"utf-8"', "utf-8"],
    ["shift_jis", "shift_jis"],
  ])("%s → %s", (label, want) => expect(canonicalCharset(label)).toBe(want));
  test.each(["x-unknown", "", "gbk2"])("unknown label %j → null", (label) => expect(canonicalCharset(label)).toBeNull());
});

describe("headerCharset and metaCharset", () => {
  test.each([
    ["text/html; charset=GBK", "GBK"],
    ['text/html;charset="utf-8"', "utf-8"],
    ["text/html; Charset = big5", "big5"],
  ])("header %j → %s", (ct, want) => expect(headerCharset(ct)).toBe(want));
  test.each([null, "text/html", "text/plain; format=flowed"])("header %j → null", (ct) => expect(headerCharset(ct)).toBeNull());
  test.each([
    ['<meta charset="gb2312">', "gb2312"],
    ["<META CHARSET=utf-8 />", "utf-8"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gbk">', "gbk"],
    ['<?xml version="1.0" encoding="big5"?>', "big5"],
  ])("meta %s → %s", (tag, want) => expect(metaCharset(utf8(html(tag, "x")))).toBe(want));
  test.each([
    ["no declaration", html("", "charset=gbk is only text here")],
    ["declaration past the scanned head", html(" ".repeat(5000) + '<meta charset="gbk">', "x")],
    ["a meta without charset", html('<meta name="keywords" content="签约">', "x")],
  ])("meta: %s → null", (_why, page) => expect(metaCharset(utf8(page))).toBeNull());
});

describe("decodeBytes: the order BOM → header → meta → guess → default", () => {
  test("a UTF-8 BOM wins over a header that says gbk", () => {
    const d = decodeBytes(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(SIMPLIFIED)), "text/html; charset=gbk");
    expect(d).toMatchObject({ text: SIMPLIFIED, charset: "utf-8", via: "bom", warnings: [] });
  });
  test("a UTF-16LE BOM", () => {
    const d = decodeBytes(concat(Uint8Array.of(0xff, 0xfe), Buffer.from(SIMPLIFIED, "utf16le")), null);
    expect(d).toMatchObject({ text: SIMPLIFIED, charset: "utf-16le", via: "bom" });
  });
  test("the header charset: GBK read as GB18030", () => {
    expect(decodeBytes(encodeAs(SIMPLIFIED, "gbk"), "text/html; charset=GBK")).toMatchObject({
      text: SIMPLIFIED,
      charset: "gb18030",
      via: "header",
      warnings: [],
    });
  });
  test("the header charset: Big5", () => {
    expect(decodeBytes(encodeAs(TRADITIONAL, "big5"), "text/html; charset=big5")).toMatchObject({
      text: TRADITIONAL,
      charset: "big5",
      via: "header",
    });
  });
  test("a <meta> charset when the header has none", () => {
    const page = html('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', SIMPLIFIED);
    expect(decodeBytes(encodeAs(page, "gbk"), "text/html")).toMatchObject({ text: page, charset: "gb18030", via: "meta", warnings: [] });
  });
  test("the header wins over <meta>", () => {
    const page = html('<meta charset="big5">', SIMPLIFIED);
    expect(decodeBytes(encodeAs(page, "gbk"), "text/html; charset=gbk")).toMatchObject({ charset: "gb18030", via: "header" });
  });
  test.each([
    ["GBK", SIMPLIFIED, "gbk", "gb18030"],
    ["Big5", TRADITIONAL, "big5", "big5"],
  ])("no label: %s bytes are guessed", (_name, text, enc, want) => {
    expect(decodeBytes(encodeAs(text.repeat(4), enc), null)).toMatchObject({
      text: text.repeat(4),
      charset: want,
      via: "guess",
      warnings: [],
    });
  });
  test("no label: valid UTF-8 Chinese is UTF-8", () => {
    expect(decodeBytes(utf8(SIMPLIFIED), null)).toMatchObject({ text: SIMPLIFIED, charset: "utf-8", via: "guess" });
  });
  test("no label: plain ASCII is the UTF-8 default", () => {
    expect(decodeBytes(utf8("plain ascii, 2023"), null)).toMatchObject({ charset: "utf-8", via: "default" });
  });
  test("a long UTF-8 page with one damaged byte past the first 4 KB stays UTF-8", () => {
    const bytes = concat(utf8(SIMPLIFIED.repeat(60)), Uint8Array.of(0xc3), utf8(SIMPLIFIED));
    expect(decodeBytes(bytes, null)).toMatchObject({ charset: "utf-8", warnings: [{ code: "charset-errors" }] });
  });
  test("UTF-8 with one damaged byte stays UTF-8, with a warning", () => {
    const bytes = concat(utf8(SIMPLIFIED.repeat(3)), Uint8Array.of(0xff), utf8(SIMPLIFIED));
    const d = decodeBytes(bytes, null);
    expect(d.charset).toBe("utf-8");
    expect(d.warnings.map((w) => w.code)).toEqual(["charset-errors"]);
  });
});

describe("decodeBytes: a wrong label loses to the bytes, with a charset-mismatch warning", () => {
  test("header says utf-8, bytes are GBK", () => {
    const d = decodeBytes(encodeAs(SIMPLIFIED.repeat(3), "gbk"), "text/html; charset=utf-8");
    expect(d).toMatchObject({ text: SIMPLIFIED.repeat(3), charset: "gb18030", via: "guess" });
    expect(d.warnings).toEqual([
      {
        code: "charset-mismatch",
        severity: "warning",
        stage: "decode",
        message: expect.stringMatching(/header says charset=utf-8 but .* not valid UTF-8; read as gb18030/),
      },
    ]);
  });
  test("meta says gbk, bytes are UTF-8 Chinese", () => {
    const page = html('<meta charset="gbk">', SIMPLIFIED);
    const d = decodeBytes(utf8(page), null);
    expect(d).toMatchObject({ text: page, charset: "utf-8", via: "guess" });
    expect(d.warnings).toEqual([
      { code: "charset-mismatch", severity: "warning", stage: "decode", message: expect.stringContaining("page declares charset=gbk") },
    ]);
  });
  test("a label no decoder knows is a warning, and the next step decides", () => {
    const d = decodeBytes(utf8(SIMPLIFIED), "text/html; charset=x-martian");
    expect(d).toMatchObject({ text: SIMPLIFIED, charset: "utf-8" });
    expect(d.warnings.map((w) => w.code)).toEqual(["unknown-charset"]);
  });
  test.each([
    ["gbk label on GBK", encodeAs(SIMPLIFIED, "gbk"), "text/html; charset=gbk"],
    ["utf-8 label on UTF-8", utf8(SIMPLIFIED), "text/html; charset=utf-8"],
    ["big5 label on Big5", encodeAs(TRADITIONAL, "big5"), "text/html; charset=big5"],
    ["gbk label on ASCII", utf8("only ascii here"), "text/plain; charset=gbk"],
  ])("no warning when the label is right: %s", (_why, bytes, ct) => {
    expect(decodeBytes(bytes, ct).warnings).toEqual([]);
  });
});

describe("guessCharset", () => {
  test("short GBK leans to GB18030", () => expect(guessCharset(encodeAs("签约一批开工一批", "gbk"))).toBe("gb18030"));
  test("a sample cut mid-character still decodes cleanly", () => {
    const bytes = encodeAs("签".repeat(9000) + "a", "gbk"); // 18001 bytes: the 16 KB sample ends on a whole character, try an odd one
    expect(guessCharset(concat(Uint8Array.of(0x61), bytes))).toBe("gb18030");
  });
});
