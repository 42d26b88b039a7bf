// Writes src/data/jieba-titles.generated.utf8 from src/data/titles.ts (node dist/scripts/gen-jieba-titles.js
// after npm run build; --check only compares): the titles as a nodejieba user dictionary, each tagged x as
// insertWord tags a word, so the segmenter keeps a title whole and loads it with its dictionary.
import { fileURLToPath } from "node:url";
import { TITLES } from "../src/data/titles.js";
import { TITLES_DICT } from "../src/extract/text/segment.js";
import { syncGenerated } from "./generated.js";

/** One "title x" line per title, in the order of TITLES (a later line wins where a word repeats). */
export function renderTitlesDict(titles: readonly string[] = TITLES): string {
  return titles.map((t) => `${t} x\n`).join("");
}

export const TITLES_DICT_PATH = `src/data/${TITLES_DICT}`;

const main = () => syncGenerated({ [TITLES_DICT_PATH]: renderTitlesDict() }, "node dist/scripts/gen-jieba-titles.js");

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
