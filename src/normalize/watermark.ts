// Watermarks spliced into the text by reposting sites: two characters of the page's title put at the head of
// one clause after another, in the title's order (…上午,年第2022年第二批…举行。批全省委书记…,省重省委副书记…),
// so that a copied text carries its origin. Natural text does not open consecutive clauses with a fixed cycle of
// distinct pairs that also stand in a row in one line of the same text (the title), so only such a cycle goes.
import { applyEdits, type Edit, type StepResult } from "./edits.js";
import { matchesOf } from "../util/matches.js";

/** the head of a clause: after a delimiter or a line start, two Han characters */
const CLAUSE_HEAD_RE = /(?<=^|[，,、。；;：:！!？?\n])\p{Script=Han}{2}/gu;
const MIN_PERIOD = 3;
const MAX_PERIOD = 12;
/** a cycle must be seen whole twice, and two heads more, before it is believed */
const EXTRA_HEADS = 2;
/** between two fragments of the source line, at most this many characters (the title's 二 in 年第二批全) */
const MAX_GAP = 1;
const HAN_RE = /^\p{Script=Han}$/u;

export interface WatermarkResult extends StepResult {
  /** the fragments of each cycle removed, in cycle order */
  cycles: string[][];
  removed: number;
}

interface Head {
  at: number;
  fragment: string;
}

/** true when the fragments stand in a row in `text`, each within MAX_GAP Han characters of the previous one */
function inARow(text: string, fragments: readonly string[]): boolean {
  const next = (end: number, f: string) => {
    for (let gap = 0; gap <= MAX_GAP; gap++) {
      if (gap > 0 && !HAN_RE.test(text[end + gap - 1] ?? "")) return -1;
      if (text.startsWith(f, end + gap)) return end + gap + f.length;
    }
    return -1;
  };
  for (let from = text.indexOf(fragments[0]); from >= 0; from = text.indexOf(fragments[0], from + 1)) {
    let end = from + fragments[0].length;
    for (const f of fragments.slice(1)) if (end >= 0) end = next(end, f);
    if (end >= 0) return true;
  }
  return false;
}

/** for each head j, how many heads from j on repeat the one `p` places later: a run from i has p + that many heads */
function repeatsFrom(heads: readonly Head[], p: number): Uint32Array {
  const repeats = new Uint32Array(heads.length + 1);
  for (let j = heads.length - p - 1; j >= 0; j--) repeats[j] = heads[j].fragment === heads[j + p].fragment ? repeats[j + 1] + 1 : 0;
  return repeats;
}

export function stripWatermark(input: string): WatermarkResult {
  const heads: Head[] = matchesOf(CLAUSE_HEAD_RE, input).map((m) => ({ at: m.index, fragment: m[0] }));
  const edits: Edit[] = [];
  const cycles: string[][] = [];
  const periods = Array.from({ length: MAX_PERIOD + 1 }, (_, p) => (p >= MIN_PERIOD ? repeatsFrom(heads, p) : new Uint32Array(0)));
  // each rotation of a cycle is looked up in the text once
  const inText = new Map<string, boolean>();
  // heads before `floor` belong to a cycle already taken
  let floor = 0;
  for (let i = 0; i < heads.length; i++) {
    for (let p = MIN_PERIOD; p <= MAX_PERIOD; p++) {
      const length = p + periods[p][i];
      if (length < 2 * p + EXTRA_HEADS) continue;
      const cycle = heads.slice(i, i + p).map((h) => h.fragment);
      const key = cycle.join("|");
      if (new Set(cycle).size !== p) continue;
      if (!inText.has(key)) inText.set(key, inARow(input, cycle));
      if (!inText.get(key)) continue;
      // the cycle is found from its first fragment in the title's order; the run may start before it
      let start = i;
      while (start > floor && heads[start - 1].fragment === heads[start - 1 + p].fragment) start--;
      for (const h of heads.slice(start, i + length)) edits.push({ start: h.at, end: h.at + h.fragment.length, text: "" });
      cycles.push(cycle);
      floor = i + length;
      i = floor - 1;
      break;
    }
  }
  return { text: applyEdits(input, edits), edits, cycles, removed: edits.length };
}
