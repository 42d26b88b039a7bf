// GBK code of every BMP character, for mojibake detection and repair (UTF-8 bytes read as GBK).
// Built once from the WHATWG GBK decoder so it agrees with how pages were mis-decoded.

/** 0 = not in GBK (or ASCII); else the two-byte code (lead << 8 | trail), or 0x80 for € */
let gbkCodes: Uint16Array | null = null;

export function gbkTable(): Uint16Array {
  if (gbkCodes) return gbkCodes;
  const codes = new Uint16Array(0x10000);
  // every two-byte code, each followed by a space, decoded in one call: the decoder ends a pair (a character or an
  // error, which gives back an ASCII trail) before the space, so each piece is what decoding the pair alone gives
  const bytes = new Uint8Array(PAIRS * 3);
  let n = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) ((bytes[n++] = lead), (bytes[n++] = trail), (bytes[n++] = 0x20));
  }
  const pieces = new TextDecoder("gbk").decode(bytes).split(" ");
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = pieces[k++];
      if (c.length === 1 && c !== "\ufffd" && codes[c.charCodeAt(0)] === 0) codes[c.charCodeAt(0)] = (lead << 8) | trail;
    }
  }
  codes[0x20ac] = 0x80; // € is GBK's single byte 0x80
  return (gbkCodes = codes);
}

/** two-byte codes: leads 81–FE, trails 40–FE without 7F */
const PAIRS = (0xfe - 0x81 + 1) * (0xfe - 0x40);

/** GB2312 (levels 1 and 2, and its symbol rows): the characters a simplified page commonly uses. */
export function isGb2312(unit: number): boolean {
  if (unit < 0x80) return true;
  const code = gbkTable()[unit];
  const lead = code >> 8;
  const trail = code & 0xff;
  return lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && lead !== 0xaa && !(lead > 0xa9 && lead < 0xb0);
}

const isHanLead = (b: number) => b >= 0xe3 && b <= 0xe9; // U+3000–U+9FFF in UTF-8
const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

/**
 * Whether the span's GBK bytes hold two three-byte sequences a Han character could be (E3–E9, 80–BF, 80–BF). A repair
 * reads at least two Han characters (mojibake.ts), so without them there is nothing to repair: most runs of
 * mojibake-shaped characters are plain Chinese (GBK rows B0–BF are common characters), refused here without a buffer.
 */
export function mayHoldTwoHan(text: string, from: number, to: number, codes: Uint16Array): boolean {
  let found = 0;
  let seen = 0; // bytes of a possible Han sequence read so far
  for (let i = from; i < to && found < 2; i++) {
    const u = text.charCodeAt(i);
    const code = u < 0x80 ? u : codes[u];
    if (code === 0) return false; // repairSpan refuses a character GBK cannot encode
    if (code > 0xff) seen = hanStep(seen, code >> 8);
    if (seen === 3) {
      found++;
      seen = 0;
    }
    seen = hanStep(seen, code & 0xff);
    if (seen === 3) {
      found++;
      seen = 0;
    }
  }
  return found >= 2;
}

/** after byte `b`: 1 or 2 bytes of a possible Han sequence read, 3 when `b` completed one, else 0 (a module
 *  function, not a closure made at each call: this runs for every run of mojibake-shaped characters) */
function hanStep(seen: number, b: number): number {
  if (seen > 0 && isContinuation(b)) return seen + 1;
  return isHanLead(b) ? 1 : 0;
}
