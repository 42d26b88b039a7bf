// A gazetteer alias that ends in no zone kind is found as written (county and city reporting shortens 太忻一体化经济区 to
// 太忻经济区); a look-alike ending in 经济区 that the gazetteer does not list is no zone.
import { describe, expect, test } from "vitest";
import { extractZones } from "../helpers/extract.js";

const zones = (text: string) => extractZones({ text, publishedAt: null, blocked: [] }).map((z) => [z.name, z.mention, z.kind]);

describe("zone aliases without a kind suffix", () => {
  test.each([
    ["抓住太忻经济区建设的机遇。", [["太忻一体化经济区", "太忻经济区", "一体化经济区"]]],
    ["融入中部城市群、太忻经济区等战略。", [["太忻一体化经济区", "太忻经济区", "一体化经济区"]]],
    ["加快太忻一体化经济区建设。", [["太忻一体化经济区", "太忻一体化经济区", "一体化经济区"]]],
  ])("%s", (text, expected) => {
    expect(zones(text)).toEqual(expected);
  });

  test.each([["淮海经济区协同发展。"], ["区域经济区块链。"], ["太忻两地经济合作。"]])("%s names no zone", (text) => {
    expect(zones(text)).toEqual([]);
  });
});
