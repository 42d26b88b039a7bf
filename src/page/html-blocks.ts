// Scored blocks → the article's range, its lines, the headline and the blocks around it.
// Container choice as readability does it: best score × (1 − link density), widened to the parent
// when sibling containers hold paragraphs too.
import type { FurnitureKind } from "./furniture.js";
import type { TextRuns } from "./html-runs.js";

export interface Block {
  /** its text runs, firstRun..endRun (exclusive) of the page's (html-runs.ts): joined and collapsed only
   *  when the block is used (most blocks are furniture) */
  firstRun: number;
  endRun: number;
  chars: number;
  linkChars: number;
  /** paragraph score: punctuation, length, link density */
  score: number;
  furniture: FurnitureKind | null;
  tag: string;
}

/** an element that holds scored paragraphs, as a range of block indexes */
export interface Closed {
  id: number;
  parent: number;
  first: number;
  last: number;
  /** what its paragraphs credited it, with furniture hints (score) and without (scoreAll) */
  score: number;
  scoreAll: number;
}

type Range = { first: number; last: number };

export interface BlockLayout {
  /** text blocks of the main container, in page order */
  lines: string[];
  /** the visible headline: the last plain-text <h1> before the end of the article */
  headline: string | null;
  /** blocks between the headline and the article (date/来源 bar), for metadata only */
  headerLines: string[];
  /** a few blocks after the article (责任编辑), for metadata only */
  afterLines: string[];
  /** blocks dropped as furniture by the page structure, by kind */
  dropped: Map<FurnitureKind, number>;
}

/** a source line break between words of Latin script or digits is a space; between Han characters it is nothing */
// linear: the first line break of a space run is the literal \n, and a run is tried from its first character only
export const BREAK_BETWEEN_ALNUM = /(?<=[A-Za-z0-9])[^\S\n]*\n\s*(?=[A-Za-z0-9])/g;
export const BREAK = /(?<!\s)[^\S\n]*\n\s*/g;
const SPACE_RUN = /[\s\u00a0\u3000]+/g;

/** the container by furniture-aware scores; when hints took the whole page, by the scores without them */
export function chooseRange(blocks: Block[], closed: Closed[]): Range {
  const hinted = bestRange(blocks, closed, "score");
  if (hinted !== null) return hinted;
  for (const b of blocks) b.furniture = null;
  return bestRange(blocks, closed, "scoreAll") ?? { first: 0, last: blocks.length };
}

/** the best-scoring container's blocks, the headline, and the blocks around it for metadata */
export function layoutBlocks(blocks: Block[], range: Range, runs: TextRuns): BlockLayout {
  const dropped = new Map<FurnitureKind, number>();
  for (const b of blocks) if (b.furniture !== null) dropped.set(b.furniture, (dropped.get(b.furniture) ?? 0) + 1);
  let headlineAt = -1;
  for (let i = 0; i < range.last; i++) if (blocks[i].tag === "h1" && isKept(blocks[i]) && blocks[i].chars >= 4) headlineAt = i;
  let linkLists = 0;
  for (let i = range.first; i < Math.min(range.last, blocks.length); i++) if (isPlain(blocks[i]) && !isKept(blocks[i])) linkLists++;
  if (linkLists > 0) dropped.set("related", (dropped.get("related") ?? 0) + linkLists);
  const headerFrom = headlineAt >= 0 && headlineAt < range.first ? headlineAt + 1 : Math.max(0, range.first - 5);
  return {
    lines: textsOf(runs, blocks, range.first, range.last, isKept),
    headline: headlineAt >= 0 ? textOf(runs, blocks[headlineAt]) : null,
    headerLines: textsOf(runs, blocks, headerFrom, range.first, isPlain).slice(-8),
    afterLines: textsOf(runs, blocks, range.last, range.last + 8, isPlain),
    dropped,
  };
}

/** a block that reads as text: not furniture, and not mostly links */
const isKept = (b: Block) => !b.furniture && b.linkChars * 2 < b.chars;
const isPlain = (b: Block) => b.furniture === null;

/** the text of blocks[from..to) that `take` accepts (module functions, not closures made per page: compiled once) */
function textsOf(runs: TextRuns, blocks: Block[], from: number, to: number, take: (b: Block) => boolean): string[] {
  const texts: string[] = [];
  for (let i = from; i < Math.min(to, blocks.length); i++) if (take(blocks[i])) texts.push(textOf(runs, blocks[i]));
  return texts;
}

function textOf(runs: TextRuns, block: Block): string {
  return collapseSpace(runs.join(block.firstRun, block.endRun));
}

/** the link share of blocks[first..last) that are not furniture (plain sums: this runs per container per page) */
function linkShare(blocks: Block[], first: number, last: number): number {
  let all = 0;
  let link = 0;
  for (let i = first; i < last; i++) {
    if (blocks[i].furniture) continue;
    all += blocks[i].chars;
    link += blocks[i].linkChars;
  }
  return all === 0 ? 1 : link / all;
}

function bestRange(blocks: Block[], closed: Closed[], by: "score" | "scoreAll"): Range | null {
  let best: Closed | null = null;
  let bestScore = 0;
  for (const c of closed) {
    const s = c[by] * (1 - linkShare(blocks, c.first, c.last));
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  if (best === null) return null;
  // paragraphs split over sibling containers (an image or ad between them): take the parent too
  const parent = closed.find((c) => c.id === best.parent);
  if (parent !== undefined) {
    let outside = 0;
    for (let i = parent.first; i < parent.last; i++)
      if ((i < best.first || i >= best.last) && blocks[i].furniture === null) outside += blocks[i].score;
    if (outside >= Math.max(3, 0.3 * best[by])) return parent;
  }
  return best;
}

function collapseSpace(raw: string): string {
  const joined = raw.includes("\n") ? raw.replace(BREAK_BETWEEN_ALNUM, " ").replace(BREAK, "") : raw;
  return joined.replace(SPACE_RUN, " ").trim();
}
