// Every match of a global regex, as String.prototype.matchAll finds them, without the copy of the regex matchAll makes.
// matchAll constructs a new RegExp per call (the spec's species copy), and V8 may parse and compile that copy again:
// for a pattern of a few hundred title alternatives that cost more per page than the matching did.

/** The matches of `re` (flag g) in `text`, in order, as `[...text.matchAll(re)]`, read from offset 0. Eager: `re` is back
 *  at lastIndex 0 before the caller sees a match, so the caller may use `re` again while it reads them. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // an empty match moves on one character (a whole code point with flag u or v), as matchAll does
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const unit = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/**
 * The matches of `sticky` (flag y) that a global scan with its pattern finds, tried only at the offsets where `first`
 * (flag g, matching one UTF-16 unit) finds a character: for a pattern whose every match starts with such a character
 * and that a global scan would enter at every offset (one that opens with optional groups or a lookaround).
 */
export function matchesFrom(first: RegExp, sticky: RegExp, text: string): RegExpExecArray[] {
  if (!first.global || !sticky.sticky) throw new TypeError(`matchesFrom needs a global /${first.source}/ and a sticky /${sticky.source}/`);
  const found: RegExpExecArray[] = [];
  first.lastIndex = 0;
  while (first.test(text)) {
    const at = first.lastIndex - 1;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    found.push(m);
    first.lastIndex = at + Math.max(1, m[0].length);
  }
  return found;
}
