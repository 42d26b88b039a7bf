// Width and spacing: full-width digits and letters to ASCII, stray spaces around numbers and inside
// quotes removed, doubled commas collapsed. Chinese punctuation (，。、；：“”) stays full-width:
// the extractors match it.
import { matchesFrom } from "../util/matches.js";
import { type Edit, type StepResult, applyEdits } from "./edits.js";

const HAN = "[\\u3400-\\u9fff\\uf900-\\ufaff]";
/** horizontal spaces only: a line break is structure, not spacing */
const SPACE = "[ \\t\\u00a0\\u3000]+";

const ALTERNATIVES = [
  "(?<fullWidth>[０-９Ａ-Ｚａ-ｚ％])",
  // 12．5 is a decimal point, 。and ． elsewhere are sentence stops
  "(?<decimalPoint>(?<=[0-9０-９])．(?=[0-9０-９]))",
  `(?<spaceBeforeNumber>(?<=${HAN})${SPACE}(?=[0-9０-９]))`,
  `(?<spaceAfterNumber>(?<=[0-9０-９%％])${SPACE}(?=${HAN}|[%％]))`,
  // 2 0 2 3年: a year typed with spaces between its digits
  "(?<spacedYear>(?<![0-9.])[0-9](?: [0-9]){3}(?=年))",
  `(?<spaceAfterOpenQuote>(?<=[“‘《「『])${SPACE})`,
  // tried from the first space of a run only (the other alternatives' lookbehinds do the same): linear
  `(?<spaceBeforeCloseQuote>(?<![ \\t\\u00a0\\u3000])${SPACE}(?=[”’》」』]))`,
  "(?<doubledComma>[,，、]{2,})",
  "(?<doubledStop>。{2,})",
];
// a cheap first-character gate: most characters (Han) can start none of the alternatives
const FIRST_CHARACTER = "[０-９Ａ-Ｚａ-ｚ％．0-9 \\t\\u00a0\\u3000,，、。]";
// eslint-disable-next-line regexp/no-useless-assertions -- the gate never changes the answer, only skips the alternatives fast
export const WIDTH_AND_SPACING = new RegExp(`(?=${FIRST_CHARACTER})(?:${ALTERNATIVES.join("|")})`, "g");

/** Full-width form → ASCII: the blocks are parallel, offset 0xFEE0. */
function toAscii(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

function fix(m: RegExpExecArray): string {
  const g = m.groups!;
  if (g.fullWidth !== undefined) return toAscii(g.fullWidth);
  if (g.decimalPoint !== undefined) return ".";
  if (g.spacedYear !== undefined) return g.spacedYear.replaceAll(" ", "");
  // 、 is the more specific separator: ，、 → 、; ,, → ,
  if (g.doubledComma !== undefined) return g.doubledComma.includes("、") ? "、" : g.doubledComma[0];
  if (g.doubledStop !== undefined) return "。";
  return "";
}

export interface WidthResult extends StepResult {
  fixes: number;
}

// the scan WIDTH_AND_SPACING makes, in two cheap parts: the next offset where a fix can start, then the pattern read
// sticky there (a pattern opening with a lookahead is entered at every offset; a character class alone is a fast scan).
// Digits and Chinese commas are in every text, and a fix starts at one only with the right character after it:
// spacedYear is a digit and a space, doubledComma two of [,，、], doubledStop two 。; the rest start at a character
// that is rare in Chinese text (full width, ．) or at a space.
const FIX_START_RE = /[０-９Ａ-Ｚａ-ｚ％． \t\u00a0\u3000]|[0-9](?= )|[,，、](?=[,，、])|。(?=。)/g;
// eslint-disable-next-line regexp/no-useless-assertions -- the same gate: it never changes the answer
const WIDTH_AND_SPACING_AT = new RegExp(WIDTH_AND_SPACING.source, "y");

/** Fix width and spacing; each replaced character, removed space run or collapsed run counts once. */
export function fixWidthAndSpacing(text: string): WidthResult {
  const edits: Edit[] = [];
  for (const m of matchesFrom(FIX_START_RE, WIDTH_AND_SPACING_AT, text)) {
    const replacement = fix(m);
    if (replacement !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: replacement });
  }
  return { text: applyEdits(text, edits), edits, fixes: edits.length };
}

/** Same fixes for short metadata strings where no offsets are kept. */
export function fixWidth(text: string): string {
  return text.replace(WIDTH_AND_SPACING, (...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    return fix(Object.assign([args[0]], { groups, index: 0, input: text }) as unknown as RegExpExecArray);
  });
}
