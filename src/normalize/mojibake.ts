// Mojibake: spans where UTF-8 bytes were decoded as GBK (省商务厅 → 鐪佸晢鍔″巺). Re-encode the span
// to GBK, decode as UTF-8, and keep the repair only when it reads as common Chinese; otherwise mark it.
import type { GarbledSpan } from "../schema/index.js";
import { type Edit, type StepResult, applyEdits } from "./edits.js";
import { gbkTable, isGb2312 } from "./gbk.js";
import { isTraditionalChar } from "./script.js";

const UTF8 = new TextDecoder("utf-8");
const LOST = 0xfffd; // the GBK decoder's mark for a byte it could not pair

/** A byte UTF-8 Chinese is made of: a continuation byte or a three-byte lead (E2 “, E3 、, E4–E9 Han, EF ，). */
const isUtf8Byte = (b: number) => (b >= 0x80 && b <= 0xbf) || (b >= 0xe2 && b <= 0xef);

const MOJIBAKE = 1; // both GBK bytes UTF-8-shaped, or € (0x80)
const ATE_ASCII = 2; // a UTF-8 byte paired with the ASCII byte after it: 务A → one GBK character
let classes: Uint8Array | null = null;

function charClasses(): Uint8Array {
  if (classes) return classes;
  const codes = gbkTable();
  classes = new Uint8Array(0x10000);
  for (let u = 0x80; u < 0x10000; u++) {
    const [lead, trail] = [codes[u] >> 8, codes[u] & 0xff];
    if (codes[u] === 0x80 || (lead > 0 && isUtf8Byte(lead) && isUtf8Byte(trail))) classes[u] = MOJIBAKE;
    else if (lead > 0 && isUtf8Byte(lead) && trail >= 0x40 && trail < 0x7f) classes[u] = ATE_ASCII;
  }
  return classes;
}

const isCommon = (c: string) => isGb2312(c.charCodeAt(0)) || isTraditionalChar(c);
const HAN = /[\u3400-\u9fff]/g;

/** Structurally valid UTF-8 (ASCII and 2–3 byte sequences) between from and to: no decoding, no throw. */
function isUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : -1;
    if (need < 0 || i + need >= to + (need === 0 ? 1 : 0)) return false;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

export interface Repair {
  /** characters of the span the repair replaces, relative to the span */
  from: number;
  to: number;
  text: string;
}

// Realignment at the edges, in bytes: none first, then the smallest.
const ALIGNMENTS = [[0, 0], [0, 1], [1, 0], [1, 1], [0, 2], [2, 0], [1, 2], [2, 1], [2, 2]] as const;

/** Repair a run of mojibake characters; `lossAt` says which edges touch a lost byte (�). */
export function repairSpan(raw: string, lossAt: { start: boolean; end: boolean } = { start: false, end: false }): Repair | null {
  const codes = gbkTable();
  const bytes: number[] = [];
  const charAt: number[] = []; // byte index → character index
  for (let i = 0; i < raw.length; i++) {
    const u = raw.charCodeAt(i);
    const code = u < 0x80 ? u : codes[u];
    if (code === 0) return null;
    if (code <= 0xff) bytes.push(code), charAt.push(i);
    else bytes.push(code >> 8, code & 0xff), charAt.push(i, i);
  }
  const buf = Uint8Array.from(bytes);
  for (const [skip, trim] of ALIGNMENTS) {
    const end = buf.length - trim;
    if (end - skip < 3 || !isUtf8(buf, skip, end)) continue;
    const text = UTF8.decode(buf.subarray(skip, end));
    const han = text.match(HAN)?.length ?? 0;
    // a realigned repair must read longer unless a lost byte explains the misalignment
    // so does a whole CJK punctuation mark (。，“) that was never part of the mojibake
    const punctuation = (at: number) => bytes[at] === 0xa1 || bytes[at] === 0xa3;
    const explained =
      (skip === 0 || lossAt.start || (skip === 2 && punctuation(0))) &&
      (trim === 0 || lossAt.end || (trim === 2 && punctuation(buf.length - 2)));
    if (han < (skip + trim === 0 || explained ? 2 : 3) && !(explained && han >= 1 && skip + trim > 0)) continue;
    if ([...text].every(isCommon)) return { from: charAt[skip], to: charAt[end - 1] + 1, text };
  }
  return null;
}

export interface MojibakeResult extends StepResult {
  /** offsets into this step's input; the caller maps them onto the final text */
  garbled: GarbledSpan[];
}

/** Find mojibake runs, replace the ones that repair cleanly, report every one. */
export function repairMojibake(text: string): MojibakeResult {
  const cls = charClasses();
  const garbled: GarbledSpan[] = [];
  const edits: Edit[] = [];
  const mark = (start: number, end: number, repaired: string | null) => {
    if (end <= start) return;
    const last = garbled.at(-1);
    if (repaired === null && last?.repaired === null && last.end === start) {
      last.end = end;
      last.raw = text.slice(last.start, end);
      return;
    }
    garbled.push({ start, end, raw: text.slice(start, end), repaired });
    if (repaired !== null) edits.push({ start, end, text: repaired });
  };
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit === LOST) {
      let end = i + 1;
      while (text.charCodeAt(end) === LOST) end++;
      mark(i, end, null);
      i = end;
      continue;
    }
    if (cls[unit] !== MOJIBAKE) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && cls[text.charCodeAt(end)] === MOJIBAKE) end++;
    if (end < text.length && cls[text.charCodeAt(end)] === ATE_ASCII) end++;
    const lossAt = { start: text.charCodeAt(i - 1) === LOST, end: text.charCodeAt(end) === LOST || text[end] === "?" };
    const repair = end - i >= 2 || lossAt.end ? repairSpan(text.slice(i, end), lossAt) : null;
    if (repair) {
      if (lossAt.start) mark(i, i + repair.from, null);
      mark(i + repair.from, i + repair.to, repair.text);
      if (lossAt.end) mark(i + repair.to, end, null);
    } else if ((lossAt.start || lossAt.end) && hasRareChar(text, i, end)) {
      mark(i, end, null);
    }
    i = end;
  }
  return { text: applyEdits(text, edits), edits, garbled };
}

/** Mojibake next to a lost byte nearly always holds a character outside GB2312; normal text rarely does. */
function hasRareChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isGb2312(text.charCodeAt(i))) return true;
  return false;
}
