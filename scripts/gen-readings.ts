// Writes src/data/pinyin-readings.generated.json from pinyin-pro (node dist/scripts/gen-readings.js after npm run
// build; --check only compares): every reading of each GB2312 character and each traditional character the script
// conversion knows, as src/normalize/pinyin.ts compares them with a bracket (cleaned, with and without tone marks).
// The pinyin stripper reads these without loading pinyin-pro (~70 ms and ~15 MB); a rarer character still asks it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import tables from "../src/data/script-tables.generated.json" with { type: "json" };
import { gbkTable, isGb2312 } from "../src/normalize/gbk.js";
import { cleanReading, isAnnotatable, READING_SEPARATORS } from "../src/normalize/pinyin.js";
import { repoPath, syncGenerated } from "./generated.js";

type PinyinPro = typeof import("pinyin-pro");

/** the characters the table holds: GB2312's and the traditional ones, in code order */
export function tableCharacters(): string[] {
  const codes = gbkTable();
  const chars = new Set<string>(tables.bmp[0]);
  for (let u = 0; u < 0x10000; u++) if (codes[u] !== 0 && isGb2312(u)) chars.add(String.fromCharCode(u));
  return [...chars].filter(isAnnotatable).sort();
}

export function renderReadings(): string {
  const require = createRequire(import.meta.url);
  const pinyinPro = require("pinyin-pro") as PinyinPro;
  const { version } = JSON.parse(readFileSync(require.resolve("pinyin-pro/package.json"), "utf8")) as { version: string };
  const entries = tableCharacters().map((han) => {
    const toned = pinyinPro.pinyin(han, { multiple: true, type: "array" }).map(cleanReading);
    const toneless = pinyinPro.pinyin(han, { multiple: true, type: "array", toneType: "none" }).map(cleanReading);
    for (const r of [...toned, ...toneless])
      if (r.length === 0 || [...READING_SEPARATORS].some((s) => r.includes(s))) throw new Error(`${han}: reading ${JSON.stringify(r)}`);
    return `${han}${toned.join(",")}|${toneless.join(",")}`;
  });
  const source = `pinyin-pro ${version}: every reading of each GB2312 and traditional character, cleaned (scripts/gen-readings.ts)`;
  // every entry, the first too, opens with ; (src/normalize/pinyin.ts finds an entry by ;character)
  return JSON.stringify({ source, readings: entries.map((e) => `;${e}`).join("") }) + "\n";
}

export const READINGS = "src/data/pinyin-readings.generated.json";
export const READINGS_FILE = repoPath(READINGS);

const main = () => syncGenerated({ [READINGS]: renderReadings() }, "node dist/scripts/gen-readings.js");

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
