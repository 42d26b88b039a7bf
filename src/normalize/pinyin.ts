// Pinyin annotations (發(fā), 山西省（shānxīshěng）) are reading aids, not text: keep only the characters.
// A bracket is removed only when it holds a reading of the characters before it, so (2024),
// (晋中片区), 刚果(金) and (GDP) survive.
import { createRequire } from "node:module";
import table from "../data/pinyin-readings.generated.json" with { type: "json" };
import { type Edit, type StepResult, editsFromMatches } from "./edits.js";

// The readings of GB2312's and the traditional characters come from a table generated out of pinyin-pro
// (scripts/gen-readings.ts); pinyin-pro itself loads only for a rarer character before a bracket that could be a
// reading: its tables cost ~15 MB and ~70 ms of start-up, and most pages have no annotation at all
type PinyinPro = typeof import("pinyin-pro");
let pinyinPro: PinyinPro | null = null;
/** every reading of one character, with or without tone marks */
function readingsArray(han: string, toneless: boolean): string[] {
  pinyinPro ??= createRequire(import.meta.url)("pinyin-pro") as PinyinPro;
  return pinyinPro.pinyin(han, toneless ? { multiple: true, type: "array", toneType: "none" } : { multiple: true, type: "array" });
}

/** A bracket of pinyin letters (tone marks, ü, digits for tones, spaces, apostrophes), ASCII or full-width. */
const PINYIN_BRACKET =
  /(?<space> ?)[(（](?<reading>[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜńňǹḿêĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ\u0300-\u036f1-5' ·-]{1,60})[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
/** word-level annotations rarely cover more than a place or organisation name */
const MAX_WORD = 8;

/** an annotated article repeats the same few annotations (發(fā) a hundred times): decide each once */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

interface Readings {
  toned: string[];
  toneless: string[];
}
const readingsCache = new Map<string, Readings>();

/** the characters the generated table holds, and what separates its fields (no cleaned reading holds one) */
export const READING_SEPARATORS = ";|,";

/** a character's entry in the generated table (;发fa,fà|fa;: toned readings | toneless ones), found where it starts:
 * no reading holds a ;, so ;发 starts 发's entry; null for a character the table does not hold */
function tableReadings(han: string): Readings | null {
  const start = table.readings.indexOf(`;${han}`);
  if (start < 0) return null;
  const end = table.readings.indexOf(";", start + 1);
  const [toned, toneless] = table.readings.slice(start + 1 + han.length, end < 0 ? undefined : end).split("|");
  return { toned: toned.split(","), toneless: toneless.split(",") };
}

function readingsOf(han: string): Readings {
  let r = readingsCache.get(han);
  if (!r) {
    r = tableReadings(han) ?? {
      toned: readingsArray(han, false).map(cleanReading),
      toneless: readingsArray(han, true).map(cleanReading),
    };
    readingsCache.set(han, r);
  }
  return r;
}

/** a character hanBefore reads: one UTF-16 unit of the CJK blocks */
export const isAnnotatable = (han: string): boolean => han.length === 1 && isHanUnit(han.charCodeAt(0));
const isHanUnit = (unit: number) => (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);

export function cleanReading(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s'’·-]/g, "")
    .replaceAll("ü", "v");
}

/** True when `reading` spells one reading per character of `chars`, in order. */
export function isReadingOf(chars: readonly string[], reading: string): boolean {
  let r = cleanReading(reading);
  const toned = TONE_MARK.test(r);
  if (!toned) r = r.replace(/[1-5]/g, "");
  if (r.length === 0) return false;
  const spell = (i: number, at: number): boolean => {
    if (i === chars.length) return at === r.length;
    const { toned: t, toneless: n } = readingsOf(chars[i]);
    return (toned ? t : n).some((syllable) => syllable.length > 0 && r.startsWith(syllable, at) && spell(i + 1, at + syllable.length));
  };
  return spell(0, 0);
}

/** The Han characters right before `end`, at most MAX_WORD, nearest last. */
function hanBefore(text: string, end: number): string[] {
  const chars: string[] = [];
  for (let i = end - 1; i >= 0 && chars.length < MAX_WORD; i--) {
    if (!isHanUnit(text.charCodeAt(i))) break;
    chars.unshift(text[i]);
  }
  return chars;
}

export interface PinyinResult extends StepResult {
  removed: number;
}

/** Remove brackets that read the one or more Han characters before them. */
export function stripPinyinAnnotations(text: string): PinyinResult {
  if (!text.includes("(") && !text.includes("（")) return { text, edits: [], removed: 0 };
  const edits: Edit[] = editsFromMatches(text, PINYIN_BRACKET, (m) => {
    const reading = m.groups!.reading;
    const before = hanBefore(text, m.index);
    const key = `${before.join("")}|${reading}`;
    let annotates = verdicts.get(key);
    if (annotates === undefined) {
      annotates = /[a-zA-Zā-ǜ]/.test(reading) && before.some((_, n) => isReadingOf(before.slice(before.length - n - 1), reading));
      if (verdicts.size > MAX_VERDICTS) verdicts.clear();
      verdicts.set(key, annotates);
    }
    return annotates ? "" : null;
  });
  if (edits.length === 0) return { text, edits, removed: 0 };
  let out = "";
  let at = 0;
  for (const e of edits) ((out += text.slice(at, e.start)), (at = e.end));
  return { text: out + text.slice(at), edits, removed: edits.length };
}
