// Numbering: Shanxi numbers its rounds 第N次, Henan its campaign 第N期, and a reprint may renumber a round. Rounds are
// kept apart by their unit (roundKey: #1 vs #1期); this check flags, on each round concerned, a round of the same
// scope and year that the sources number differently: held the same day under another number, or carrying the same
// number in another unit. Rounds with no such sibling get no numbering check (there is nothing to compare).
import type { Check, MergedRound } from "../schema/index.js";

const unitOf = (r: MergedRound) => r.ordinalUnit ?? "次";
const label = (r: MergedRound) => `第${r.ordinal}${unitOf(r)}`;

/** `siblings`: the rounds of r's scope (r among them); null when no sibling is numbered differently */
export function numbering(r: MergedRound, siblings: MergedRound[]): Check | null {
  if (r.ordinal === null) return null;
  const clashes = siblings.filter(
    (o) =>
      o !== r &&
      o.ordinal !== null &&
      o.year === r.year &&
      ((r.date !== null && o.date === r.date && (o.ordinal !== r.ordinal || unitOf(o) !== unitOf(r))) ||
        (o.ordinal === r.ordinal && unitOf(o) !== unitOf(r))),
  );
  if (clashes.length === 0) return null;
  const others = clashes.map((o) => `${label(o)}${o.date ? ` (${o.date})` : ""} in ${o.sources.length} source(s)`).join(", ");
  return {
    code: "numbering",
    status: "fail",
    message: `${r.scope.name} ${r.year ?? "?"}年${label(r)}${r.date ? ` (${r.date})` : ""} in ${r.sources.length} source(s); also numbered ${others}`,
    actual: label(r),
    expected: clashes.map(label),
  };
}
