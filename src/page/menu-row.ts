// A menu row: four or more short words (1–6 Han or Latin letters, ·) separated by runs of spaces or bars.
// The pattern /^(?:W{1,6}S+){3,}W{1,6}$/u says it, but 丨 is both a Han letter and a bar, so a backtracking
// engine tries every way to split a run of 丨 (27 of them took a second). This runs the same automaton
// forward, all its states at once: one step per character, the same answer as the pattern.

const WORD = /[\p{Script=Han}A-Za-z·]/u;
const SEPARATORS = new Set([" ", "\u00a0", "\u3000", "|", "丨"]);
const MAX_WORD = 6;
/** words before the last one: three or more make a row */
const MIN_SEPARATED = 3;

/** word states: bit (length − 1) × 4 + separated words so far (capped at 3); separator states: bit 24 + words */
const wordBit = (length: number, separated: number) => 1 << ((length - 1) * 4 + separated);
const separatorBit = (separated: number) => 1 << (24 + separated);

export function isMenuRow(line: string): boolean {
  let states = 0;
  let first = true;
  for (const c of line) {
    const word = WORD.test(c);
    const separator = SEPARATORS.has(c);
    if (first) {
      if (!word) return false;
      states = wordBit(1, 0);
      first = false;
      continue;
    }
    let next = 0;
    for (let separated = 0; separated <= MIN_SEPARATED; separated++) {
      for (let length = 1; length <= MAX_WORD; length++) {
        if ((states & wordBit(length, separated)) === 0) continue;
        if (word && length < MAX_WORD) next |= wordBit(length + 1, separated);
        if (separator) next |= separatorBit(Math.min(separated + 1, MIN_SEPARATED));
      }
      if ((states & separatorBit(separated)) !== 0) {
        if (separator) next |= separatorBit(separated);
        if (word) next |= wordBit(1, separated);
      }
    }
    if (next === 0) return false;
    states = next;
  }
  for (let length = 1; length <= MAX_WORD; length++) if ((states & wordBit(length, MIN_SEPARATED)) !== 0) return true;
  return false;
}
