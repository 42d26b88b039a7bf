// Watermarks spliced into the text by reposting sites: two characters of the page's title put at the head of
// one clause after another, in the title's order (…上午,年第2022年第二批…举行。批全省委书记…,省重省委副书记…),
// so that a copied text carries its origin. Natural text does not open consecutive clauses with a fixed cycle of
// distinct pairs that also stand in a row in one line of the same text (the title), so only such a cycle goes.
import { applyEdits, type Edit, type StepResult } from "./edits.js";

/** the head of a clause: two Han characters, read at the text start and after each delimiter */
const CLAUSE_HEAD_RE = /\p{Script=Han}{2}/uy;
const CLAUSE_DELIMITER_RE = /[，,、。；;：:！!？?\n]/g;
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

export interface Head {
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

/** for each period p and head j, how many heads from j on repeat the one p places later (row p, one row of n + 1 per
 * period, in one array): a run from i has p + that many heads */
function repeatsByPeriod(heads: readonly Head[]): Int32Array {
  const row = heads.length + 1;
  // Int32, not Uint32: a read stays a small integer for the optimizing compiler (a Uint32 read may not fit one)
  const repeats = new Int32Array((MAX_PERIOD + 1) * row);
  for (let p = MIN_PERIOD; p <= MAX_PERIOD; p++)
    for (let j = heads.length - p - 1; j >= 0; j--)
      repeats[p * row + j] = heads[j].fragment === heads[j + p].fragment ? repeats[p * row + j + 1] + 1 : 0;
  return repeats;
}

/** true when, for some period p, p + EXTRA_HEADS heads in a row each repeat the one p places later: what a run needs
 * (watermarkRuns). Nearly no page has such a run; this asks without the table of repeats, one array per page. */
function mayHoldCycle(heads: readonly Head[]): boolean {
  for (let p = MIN_PERIOD; p <= MAX_PERIOD; p++) {
    let inRow = 0;
    for (let j = 0; j + p < heads.length; j++) {
      inRow = heads[j].fragment === heads[j + p].fragment ? inRow + 1 : 0;
      if (inRow >= p + EXTRA_HEADS) return true;
    }
  }
  return false;
}

/** Every clause head in text order: read sticky at the start and after each delimiter, not by a lookbehind tried at
 * every offset. */
export function clauseHeads(input: string): Head[] {
  const heads: Head[] = [];
  // test() and lastIndex, not exec(): no match array per delimiter
  const headAt = (at: number) => {
    CLAUSE_HEAD_RE.lastIndex = at;
    if (CLAUSE_HEAD_RE.test(input)) heads.push({ at, fragment: input.slice(at, CLAUSE_HEAD_RE.lastIndex) });
  };
  headAt(0);
  CLAUSE_DELIMITER_RE.lastIndex = 0;
  while (CLAUSE_DELIMITER_RE.test(input)) headAt(CLAUSE_DELIMITER_RE.lastIndex);
  return heads;
}

/** heads [start, end) repeat `cycle`, the fragments of the title in its order */
interface WatermarkRun {
  start: number;
  end: number;
  cycle: string[];
}

export function stripWatermark(input: string): WatermarkResult {
  const heads = clauseHeads(input);
  // a cycle is seen whole twice and EXTRA_HEADS more: fewer heads hold none
  const runs = heads.length < 2 * MIN_PERIOD + EXTRA_HEADS || !mayHoldCycle(heads) ? [] : watermarkRuns(input, heads);
  const edits: Edit[] = [];
  for (const run of runs)
    for (let h = run.start; h < run.end; h++) edits.push({ start: heads[h].at, end: heads[h].at + heads[h].fragment.length, text: "" });
  return { text: applyEdits(input, edits), edits, cycles: runs.map((r) => r.cycle), removed: edits.length };
}

/** The runs of heads that repeat a cycle standing in a row in the text, in text order. Its own function, as is
 * believedCycle: nearly every page has none, and a rarely taken path first taken costs a recompile of what holds it. */
function watermarkRuns(input: string, heads: readonly Head[]): WatermarkRun[] {
  const repeats = repeatsByPeriod(heads);
  const row = heads.length + 1;
  // each rotation of a cycle is looked up in the text once
  const inText = new Map<string, boolean>();
  const runs: WatermarkRun[] = [];
  // heads before `floor` belong to a cycle already taken
  let floor = 0;
  for (let i = 0; i < heads.length; i++) {
    for (let p = MIN_PERIOD; p <= MAX_PERIOD; p++) {
      const length = p + repeats[p * row + i];
      if (length < 2 * p + EXTRA_HEADS) continue;
      const cycle = believedCycle(input, heads.slice(i, i + p), inText);
      if (cycle === null) continue;
      // the cycle is found from its first fragment in the title's order; the run may start before it
      let start = i;
      while (start > floor && heads[start - 1].fragment === heads[start - 1 + p].fragment) start--;
      runs.push({ start, end: i + length, cycle });
      floor = i + length;
      i = floor - 1;
      break;
    }
  }
  return runs;
}

/** the fragments of `cycle` when they are distinct and stand in a row in the text, else null */
function believedCycle(input: string, cycle: readonly Head[], inText: Map<string, boolean>): string[] | null {
  const fragments = cycle.map((h) => h.fragment);
  const key = fragments.join("|");
  if (new Set(fragments).size !== fragments.length) return null;
  if (!inText.has(key)) inText.set(key, inARow(input, fragments));
  return inText.get(key) ? fragments : null;
}
