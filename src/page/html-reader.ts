// The page reader's side of the scan: tag and text events → scored blocks, closed containers, <meta>, JSON-LD,
// <title> and <time>. A class, not closures made per page: its methods are compiled once for the run.
import type { FurnitureKind } from "./furniture.js";
import type { Block, Closed } from "./html-blocks.js";
import { tagNamed, type Tag } from "./html-names.js";
import { furnitureKind } from "./html-tags.js";
import { TextRuns, type RunCount } from "./html-runs.js";
import type { TagAttrs, TagHandler } from "./html-tree.js";
import { readMetaTag } from "./metadata-html.js";

/** an open element; the objects are reused as the stack shrinks and grows (one page opens hundreds of elements) */
class Open {
  tag = "";
  id = 0;
  parent = -1;
  firstBlock = 0;
  /** its Tag's block, paragraph and skip */
  block = false;
  paragraph = false;
  skip = false;
  furniture: FurnitureKind | null = null;
  /** what its paragraphs credit it, with and without furniture hints (only open elements are credited);
   *  stored as doubles from the start, so a fractional credit does not change the object's shape */
  score = 0.5;
  scoreAll = 0.5;
}

/** the tags the reader watches: one shared Tag per name, so a reference comparison finds them */
const [META, TITLE, SCRIPT, TIME, A] = ["meta", "title", "script", "time", "a"].map(tagNamed);

/** one reader for the process, begun again for each page (see TreeBuilder: compiled once, shapes kept alive) */
export class PageReader implements TagHandler {
  /** both arrays and the records in them are reused from page to page: they never leave readWith (the layout
   *  gives strings); the arrays keep the element kind they had (objects), so pushing to them deoptimizes nothing */
  readonly blocks: Block[] = [];
  readonly closed: Closed[] = [];
  private readonly blockPool: Block[] = [];
  private readonly closedPool: Closed[] = [];
  meta = new Map<string, string>();
  jsonLd: string[] = [];
  titleText = "";
  timeText = "";
  timeValue: string | null = null;
  /** stack[0..depth) are the open elements, innermost last */
  private readonly stack: Open[] = [];
  private depth = 0;
  private nextId = 0;
  /** the page's text runs; the current block's are those from blockRun on */
  readonly runs = new TextRuns();
  private blockRun = 0;
  private html = "";
  private chars = 0;
  private linkChars = 0;
  private skipDepth = 0;
  private linkDepth = 0;
  private inTitle = false;
  private inTime = false;
  private inJsonLd = false;

  /** a new page: what the last one found is left to its own result */
  begin(html: string): this {
    this.blocks.length = this.closed.length = 0;
    this.meta = new Map();
    this.jsonLd = [];
    this.titleText = this.timeText = "";
    this.timeValue = null;
    this.depth = this.nextId = this.blockRun = this.chars = this.linkChars = this.skipDepth = this.linkDepth = 0;
    this.inTitle = this.inTime = this.inJsonLd = false;
    this.runs.begin((this.html = html));
    return this;
  }

  open(t: Tag, attrs: TagAttrs): void {
    const depth = this.depth;
    const parent = depth > 0 ? this.stack[depth - 1] : null;
    if (t.watched && this.watched(t, attrs, parent)) return;
    if (t.block) this.flush();
    const own = t.furniture ?? (t.hinted && (attrs.class || attrs.id) ? furnitureKind(attrs.class, attrs.id) : null);
    if (t.skip) this.skipDepth++;
    const entry = depth < this.stack.length ? this.stack[depth] : (this.stack[depth] = new Open());
    entry.tag = t.name;
    entry.id = this.nextId++;
    entry.parent = parent === null ? -1 : parent.id;
    entry.firstBlock = this.blocks.length;
    entry.block = t.block;
    entry.paragraph = t.paragraph;
    entry.skip = t.skip;
    entry.furniture = own ?? (parent === null ? null : parent.furniture);
    entry.score = entry.scoreAll = 0;
    this.depth = depth + 1;
  }

  /** meta, title, script, time, a; true for <meta>, which opens nothing here */
  private watched(t: Tag, attrs: TagAttrs, parent: Open | null): boolean {
    if (t === META) return (readMetaTag(attrs, this.meta), true);
    if (t === TITLE) this.inTitle = true;
    if (t === SCRIPT && /ld\+json/i.test(attrs.type ?? "")) {
      this.inJsonLd = true;
      this.jsonLd.push("");
    }
    if (t === TIME && this.timeValue === null && !(parent !== null && parent.furniture)) {
      this.timeValue = attrs.datetime ?? null;
      this.inTime = attrs.datetime === undefined;
    }
    if (t === A) this.linkDepth++;
    return false;
  }

  text(from: number, to: number, count: RunCount | null): void {
    if (this.inTitle || this.inJsonLd || this.inTime) this.rawText(this.html.slice(from, to));
    if (this.skipDepth > 0 || this.inTitle) return;
    this.counted(count === null ? this.runs.add(from, to) : this.runs.addCounted(from, to, count));
  }

  decodedText(text: string): void {
    this.rawText(text);
    if (this.skipDepth > 0 || this.inTitle) return;
    this.counted(this.runs.addDecoded(text));
  }

  /** a run's visible characters count for the block, and for its links inside <a> */
  private counted(visible: number): void {
    this.chars += visible;
    if (this.linkDepth > 0) this.linkChars += visible;
  }

  /** <title>, JSON-LD and <time> text, kept as it comes */
  private rawText(text: string): void {
    if (this.inTitle) this.titleText += text;
    else if (this.inJsonLd) this.jsonLd[this.jsonLd.length - 1] += text;
    if (this.inTime && this.skipDepth === 0 && !this.inTitle) this.timeText += text;
  }

  close(t: Tag): void {
    if (t === META) return; // it opened nothing (watched): its close must not end a block or pop the element around it
    const stack = this.stack;
    if (this.depth > 0 && stack[this.depth - 1].block) this.flush(); // before the pop: the block's own tag is still on the stack
    if (this.depth === 0) return;
    const open = stack[--this.depth];
    if (t.watched) {
      if (t === TITLE) this.inTitle = false;
      if (t === SCRIPT) this.inJsonLd = false;
      if (t === TIME) this.inTime = false;
      if (t === A) this.linkDepth = Math.max(0, this.linkDepth - 1);
    }
    if (open.skip) this.skipDepth--;
    if (open.scoreAll > 0) {
      const c = (this.closedPool[this.closed.length] ??= { id: 0, parent: 0, first: 0, last: 0, score: 0.5, scoreAll: 0.5 });
      c.id = open.id;
      c.parent = open.parent;
      c.first = open.firstBlock;
      c.last = this.blocks.length;
      c.score = open.score;
      c.scoreAll = open.scoreAll;
      this.closed.push(c);
    }
  }

  /** the current block, if it has text, scored and its paragraph credited to its container and that one's */
  flush(): void {
    const { chars, linkChars, depth, stack, blockRun } = this;
    const endRun = this.runs.count;
    if (endRun === blockRun) return;
    if (chars > 0) {
      const own = this.innermostBlock(depth - 1);
      const furniture = depth > 0 ? stack[depth - 1].furniture : null;
      const paragraph = chars < 8 ? 0 : (1 + this.runs.punct + Math.min(Math.floor(chars / 100), 3)) * (1 - linkChars / chars);
      const score = furniture === null ? paragraph : 0;
      const tag = own >= 0 ? stack[own].tag : "";
      const b = (this.blockPool[this.blocks.length] ??= { firstRun: 0, endRun: 0, chars: 0, linkChars: 0, score: 0.5, furniture, tag });
      b.firstRun = blockRun;
      b.endRun = endRun;
      b.chars = chars;
      b.linkChars = linkChars;
      b.score = paragraph;
      b.furniture = furniture;
      b.tag = tag;
      this.blocks.push(b);
      if (paragraph > 0 && own >= 0) {
        const container = stack[own].paragraph ? this.innermostBlock(own - 1) : own;
        const grandparent = container > 0 ? this.innermostBlock(container - 1) : -1;
        this.credit(container, score, paragraph);
        this.credit(grandparent, score / 2, paragraph / 2);
      }
    }
    this.blockRun = endRun;
    this.chars = this.linkChars = this.runs.punct = 0;
  }

  private innermostBlock(from: number): number {
    for (let k = from; k >= 0; k--) if (this.stack[k].block) return k;
    return -1;
  }

  private credit(k: number, score: number, scoreAll: number): void {
    if (k < 0) return;
    this.stack[k].score += score;
    this.stack[k].scoreAll += scoreAll;
  }
}
