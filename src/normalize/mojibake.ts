// Mojibake: spans where UTF-8 bytes were decoded as GBK (省商务厅 → 鐪佸晢鍔″巺). Re-encode the span
// to GBK, decode as UTF-8, and keep the repair only when it reads as common Chinese; otherwise mark it.
import type { GarbledSpan } from "../schema/index.js";
import { type Edit, type StepResult, applyEdits } from "./edits.js";
import { gbkTable, isGb2312, mayHoldTwoHan } from "./gbk.js";
import { findLostBytes } from "./lost-byte.js";
import { isTraditionalChar } from "./script.js";

const UTF8 = new TextDecoder("utf-8");
const LOST = 0xfffd; // the GBK decoder's mark for a byte it could not pair
const QUESTION = 0x3f; // '?': a lost lead byte

/** A byte UTF-8 Chinese is made of: a continuation byte or a three-byte lead (E2 “, E3 、, E4–E9 Han, EF ，). */
const isUtf8Byte = (b: number) => (b >= 0x80 && b <= 0xbf) || (b >= 0xe2 && b <= 0xef);
const isThreeByteLead = (b: number) => b >= 0xe2 && b <= 0xef;

const MOJIBAKE = 1; // bit: both GBK bytes UTF-8-shaped, or € (0x80)
const HAS_LEAD = 4; // bit: one of the bytes can start a three-byte UTF-8 sequence
const ATE_ASCII = 2; // a UTF-8 byte paired with the ASCII byte after it: 务A → one GBK character
let classes: Uint8Array | null = null;

function charClasses(): Uint8Array {
  if (classes) return classes;
  const codes = gbkTable();
  classes = new Uint8Array(0x10000);
  for (let u = 0x80; u < 0x10000; u++) {
    const code = codes[u];
    const lead = code >> 8;
    const trail = code & 0xff;
    if (code === 0x80) classes[u] = MOJIBAKE;
    else if (lead > 0 && isUtf8Byte(lead) && isUtf8Byte(trail))
      classes[u] = MOJIBAKE | (isThreeByteLead(lead) || isThreeByteLead(trail) ? HAS_LEAD : 0);
    else if (lead > 0 && isUtf8Byte(lead) && trail >= 0x40 && trail < 0x7f) classes[u] = ATE_ASCII;
  }
  return classes;
}

const isCommon = (c: string) => isGb2312(c.charCodeAt(0)) || isTraditionalChar(c);
const HAN = /[\u3400-\u9fff]/g;

/** End of the longest run of whole UTF-8 sequences (ASCII, 2–3 bytes) starting at `from`. */
function utf8PrefixEnd(bytes: Uint8Array, from: number, charAt: readonly number[]): number {
  let best = from;
  for (let i = from; i < bytes.length;) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : -1;
    if (need < 0 || i + need >= bytes.length) break;
    let k = 1;
    while (k <= need && (bytes[i + k] & 0xc0) === 0x80) k++;
    if (k <= need) break;
    i += need + 1;
    // the repair must end where a character ends, or it would split one
    if (i === bytes.length || charAt[i] !== charAt[i - 1]) best = i;
  }
  return best;
}

export interface Repair {
  /** characters of the span the repair replaces, relative to the span */
  from: number;
  to: number;
  text: string;
}

/** Repair the mojibake inside a run of mojibake-shaped characters; `lossAt` says which edges touch a lost byte (�). */
export function repairSpan(raw: string, lossAt: { start: boolean; end: boolean } = { start: false, end: false }): Repair | null {
  const codes = gbkTable();
  if (!mayHoldTwoHan(raw, 0, raw.length, codes)) return null;
  const buf = new Uint8Array(raw.length * 2);
  const charAt: number[] = []; // byte index → character index
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const u = raw.charCodeAt(i);
    const code = u < 0x80 ? u : codes[u];
    if (code === 0) return null;
    if (code > 0xff) ((buf[n++] = code >> 8), charAt.push(i));
    buf[n++] = code & 0xff;
    charAt.push(i);
  }
  return repairBytes(buf.subarray(0, n), charAt, lossAt);
}

function repairBytes(buf: Uint8Array, charAt: readonly number[], lossAt: { start: boolean; end: boolean }): Repair | null {
  // start at each byte: normal characters may precede the mojibake, or a lost byte misalign it
  for (let skip = 0; skip + 6 <= buf.length || (skip === 0 && buf.length >= 3); skip++) {
    if (buf[skip] < 0xe2 || buf[skip] > 0xef) continue; // repaired Chinese starts with a three-byte lead
    const end = utf8PrefixEnd(buf, skip, charAt);
    if (end - skip < 6 && !(skip === 0 && end === buf.length && end >= 3)) continue;
    const text = UTF8.decode(buf.subarray(skip, end));
    const han = text.match(HAN)?.length ?? 0;
    // a partial repair must read longer, unless a lost byte or a punctuation mark explains the leftover
    const leftStart = skip === 0 || lossAt.start || (skip === 2 && isPunctuation(buf[0]));
    const leftEnd = end === buf.length || lossAt.end || (end === buf.length - 2 && isPunctuation(buf[end]));
    if (han < (leftStart && leftEnd ? 2 : 3)) continue;
    if ([...text].every(isCommon)) return { from: charAt[skip], to: charAt[end - 1] + 1, text };
  }
  return null;
}

/** GBK rows A1 and A3 hold CJK punctuation (。，“”): a neighbour of mojibake, not part of it. */
const isPunctuation = (lead: number) => lead === 0xa1 || lead === 0xa3;

export interface MojibakeResult extends StepResult {
  /** offsets into this step's input; the caller maps them onto the final text */
  garbled: GarbledSpan[];
}

/** Garbled spans and repairs found so far, in one object literal: a per-page closure or class instance was dropped
 * with its page, and markRun's optimized code that inlined it with it */
type Marks = { text: string; garbled: GarbledSpan[]; edits: Edit[] };

/** [start, end) is garbled: `repaired` is its repair, or null when it stays as it is */
function mark(marks: Marks, start: number, end: number, repaired: string | null): void {
  if (end <= start) return;
  const last = marks.garbled.at(-1);
  if (repaired === null && last?.repaired === null && last.end === start) {
    last.end = end;
    last.raw = marks.text.slice(last.start, end);
    return;
  }
  marks.garbled.push({ start, end, raw: marks.text.slice(start, end), repaired });
  if (repaired !== null) marks.edits.push({ start, end, text: repaired });
}

/** Find mojibake runs, replace the ones that repair cleanly, report every one. markRun reads a run apart from this
 * loop over every character, so its rare paths cost no recompile of the loop. */
export function repairMojibake(text: string): MojibakeResult {
  const cls = charClasses();
  const marks: Marks = { text, garbled: [], edits: [] };
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    if (unit === LOST) i = markLost(text, i, marks);
    else if ((cls[unit] & MOJIBAKE) === 0) i++;
    else {
      // alone (the next neither mojibake-shaped nor eaten ASCII) with no lost byte beside it: markRun would read a run
      // of one, which holds no repair and marks nothing. Most runs are such (GBK rows B0–BF are common Chinese: 110,233
      // runs on the bench pages), so they are passed here, without a call.
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      const alone = next === -1 || (cls[next] === 0 && next !== LOST && next !== QUESTION);
      i = alone && (i === 0 || text.charCodeAt(i - 1) !== LOST) ? i + 1 : markRun(text, i, cls, marks);
    }
  }
  // a GBK page that lost a byte: flagged beside the UTF-8-read-as-GBK spans, in one ordered list
  const lost = findLostBytes(text, marks.garbled);
  const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;
  const allEdits = [...marks.edits, ...lost.edits].sort(byStart);
  return { text: applyEdits(text, allEdits), edits: allEdits, garbled: [...marks.garbled, ...lost.garbled].sort(byStart) };
}

/** Marks the run of lost characters (U+FFFD) at `i`; returns where it ends. */
function markLost(text: string, i: number, marks: Marks): number {
  let end = i + 1;
  while (end < text.length && text.charCodeAt(end) === LOST) end++;
  mark(marks, i, end, null);
  return end;
}

/** Reads the run of mojibake-shaped characters at `i`, marks what it repairs or must block; returns where it ends. */
function markRun(text: string, i: number, cls: Uint8Array, marks: Marks): number {
  let end = i + 1;
  let leads = cls[text.charCodeAt(i)] & HAS_LEAD;
  while (end < text.length && (cls[text.charCodeAt(end)] & MOJIBAKE) !== 0) leads |= cls[text.charCodeAt(end++)] & HAS_LEAD;
  if (end < text.length && cls[text.charCodeAt(end)] === ATE_ASCII) end++;
  // an unpaired run without a three-byte lead cannot be UTF-8 Chinese; only a lost byte makes it suspect
  const after = end < text.length ? text.charCodeAt(end) : -1; // no read past the string: that read deoptimizes
  const lostBefore = i > 0 && text.charCodeAt(i - 1) === LOST;
  const lostAfter = after === LOST || after === QUESTION;
  const repairable = end - i >= 2 && leads !== 0 && mayHoldTwoHan(text, i, end, gbkTable());
  const repair = repairable ? repairSpan(text.slice(i, end), { start: lostBefore, end: lostAfter }) : null; // span copied only when it could hold a repair
  if (repair) {
    if (lostBefore) mark(marks, i, i + repair.from, null);
    mark(marks, i + repair.from, i + repair.to, repair.text);
    if (lostAfter) mark(marks, i + repair.to, end, null);
  } else if ((lostBefore || lostAfter) && hasRareChar(text, i, end)) mark(marks, i, end, null);
  return end;
}

/** Mojibake next to a lost byte nearly always holds a character outside GB2312; normal text rarely does. */
function hasRareChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isGb2312(text.charCodeAt(i))) return true;
  return false;
}
