// Lost GBK bytes: a GBK page whose bytes lost one on the way. Two shapes seen on real reposts:
//   ?h委書記   a character lost its lead byte: the '?' stands for it and its trail byte (0x40–0x7E) shows as ASCII
//              (縣 = BF 68 → "?h"); the character cannot be known — flagged, never guessed
//   顒右砸曨l  a lost byte shifted the pairing: each character holds the trail of one and the lead of the next, until
//              a trail byte in ASCII range ('l') ends the run. Dropping the orphan byte re-pairs the rest (→ 動以視頻);
//              the character that lost its byte stays lost (U+FFFD in the repair).
import type { GarbledSpan } from "../schema/index.js";
import type { Edit } from "./edits.js";
import { gbkTable, isGb2312 } from "./gbk.js";
import { isTraditionalChar } from "./script.js";
import { matchesOf } from "../util/matches.js";

const GBK = new TextDecoder("gbk");
const LOST = "\ufffd";
const HAN = /\p{Script=Han}/u;
/** '?' (one or more, tried from the first of a run only: linear) + one byte of the GBK trail range that is no
 *  digit + a Han character */
const LOST_LEAD = /(?<!\?)\?+(?<trail>[@-~])(?=\p{Script=Han})/gu;
/** a trail byte in ASCII range glued between Han characters: the end of a shifted run */
const SHIFT_END = /(?<=\p{Script=Han})[@-~](?=\p{Script=Han})/gu;
const TRAIL_BYTE_RE = /[@-~]/;
/** a shifted run is short: a long one would have been re-paired by an ASCII byte sooner */
const MAX_RUN = 16;
/** without a '?' to say where the byte was lost: two characters re-paired into common ones happen by chance, three rarely */
const MIN_RUN = 3;

const isCommon = (c: string) => isGb2312(c.charCodeAt(0)) || isTraditionalChar(c);

/** Lost-byte spans in `text` (no overlap with `taken`); a shifted run is repaired, a lost lead only flagged. */
export function findLostBytes(text: string, taken: readonly GarbledSpan[]): { garbled: GarbledSpan[]; edits: Edit[] } {
  const garbled: GarbledSpan[] = [];
  // both shapes hold an ASCII byte of the GBK trail range (LOST_LEAD a '?' too): most pages have neither, and a
  // lookbehind-first pattern is tried at every offset
  if (!TRAIL_BYTE_RE.test(text)) return { garbled, edits: [] };
  const free = (start: number, end: number) => ![...taken, ...garbled].some((g) => start < Math.max(g.end, g.start + 1) && end > g.start);
  for (const m of matchesOf(LOST_LEAD, text)) {
    const trail = m.groups!.trail;
    const next = text[m.index + m[0].length];
    // an upper-case letter before Chinese is usually a word of its own (A股, B超, X光): only beside traditional text
    // (GBK pages that lose bytes are traditional pages; a trail byte in ASCII range is outside GB2312)
    if (/[A-Z]/.test(trail) && !isTraditionalChar(next)) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    if (free(start, end)) garbled.push({ start, end, raw: m[0], repaired: null });
  }
  const edits: Edit[] = [];
  for (const m of matchesOf(SHIFT_END, text)) {
    const run = shiftedRun(text, m.index);
    if (run === null || !free(run.start, m.index + 1)) continue;
    const span = { start: run.start, end: m.index + 1, raw: text.slice(run.start, m.index + 1), repaired: run.repaired };
    garbled.push(span);
    if (run.repaired !== null) edits.push({ start: span.start, end: span.end, text: run.repaired });
  }
  garbled.sort((a, b) => a.start - b.start);
  edits.sort((a, b) => a.start - b.start);
  return { garbled, edits };
}

/**
 * The run of Han characters ending at `trailAt`, back to the nearest non-Han character, when its bytes less the first
 * read as common characters. After a '?' (the lost lead byte) the pairing is known: repaired, the lost character as
 * U+FFFD. Without one, where the byte was lost is not known: flagged only, and only a run of three or more.
 */
function shiftedRun(text: string, trailAt: number): { start: number; repaired: string | null } | null {
  const codes = gbkTable();
  let from = trailAt;
  while (from > 0 && trailAt - from < MAX_RUN && HAN.test(text[from - 1]) && codes[text.charCodeAt(from - 1)] > 0xff) from--;
  const afterLostLead = text[from - 1] === "?";
  if (from === trailAt || (from > 0 && HAN.test(text[from - 1])) || (!afterLostLead && trailAt - from < MIN_RUN)) return null;
  const chars = text.slice(from, trailAt);
  const bytes: number[] = [];
  for (const c of chars) bytes.push(codes[c.charCodeAt(0)] >> 8, codes[c.charCodeAt(0)] & 0xff);
  bytes.push(text.charCodeAt(trailAt));
  const read = GBK.decode(Uint8Array.from(bytes.slice(1)));
  if (read.length !== chars.length || ![...read].every((c) => HAN.test(c) && isCommon(c))) return null;
  if (!afterLostLead) return { start: from, repaired: null };
  let start = from - 1;
  while (text[start - 1] === "?") start--;
  return { start, repaired: LOST + read };
}
