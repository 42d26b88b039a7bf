// The page reader's side of the scan: tag and text events → scored blocks, closed containers, <meta>, JSON-LD,
// <title> and <time>. A class, not closures made per page: its methods are compiled once for the run.
import type { FurnitureKind } from "./furniture.js";
import type { Block, Closed } from "./html-blocks.js";
import { tagNamed, type Tag } from "./html-names.js";
import { furnitureKind, type TagKind } from "./html-tags.js";
import type { TagAttrs, TagHandler } from "./html-tree.js";

/** an open element; the objects are reused as the stack shrinks and grows (one page opens hundreds of elements) */
class Open {
  tag = "";
  id = 0;
  parent = -1;
  firstBlock = 0;
  kind: TagKind | null = null;
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
  blocks: Block[] = [];
  closed: Closed[] = [];
  meta = new Map<string, string>();
  jsonLd: string[] = [];
  titleText = "";
  timeText = "";
  timeValue: string | null = null;
  /** stack[0..depth) are the open elements, innermost last */
  private readonly stack: Open[] = [];
  private depth = 0;
  private nextId = 0;
  /** the current block's text runs: parts[0..partCount), one array for the whole page */
  private readonly parts: string[] = [];
  private partCount = 0;
  private chars = 0;
  private linkChars = 0;
  private punct = 0;
  private skipDepth = 0;
  private linkDepth = 0;
  private inTitle = false;
  private inTime = false;
  private inJsonLd = false;

  /** a new page: what the last one found is left to its own result */
  begin(): this {
    [this.blocks, this.closed, this.meta, this.jsonLd] = [[], [], new Map(), []];
    [this.titleText, this.timeText, this.timeValue] = ["", "", null];
    this.depth = this.nextId = this.partCount = this.chars = this.linkChars = this.punct = this.skipDepth = this.linkDepth = 0;
    this.inTitle = this.inTime = this.inJsonLd = false;
    this.parts.length = 0; // its strings may hold the last page
    return this;
  }

  open(t: Tag, attrs: TagAttrs): void {
    if (t === META) return readMetaTag(attrs, this.meta);
    if (t === TITLE) this.inTitle = true;
    if (t === SCRIPT && /ld\+json/i.test(attrs.type ?? "")) {
      this.inJsonLd = true;
      this.jsonLd.push("");
    }
    const depth = this.depth;
    const parent = depth > 0 ? this.stack[depth - 1] : null;
    if (t === TIME && this.timeValue === null && !(parent !== null && parent.furniture)) {
      this.timeValue = attrs.datetime ?? null;
      this.inTime = attrs.datetime === undefined;
    }
    if (t === A) this.linkDepth++;
    const kind = t.kind;
    if (kind.block) this.flush();
    const own = kind.furniture ?? (kind.hinted && (attrs.class || attrs.id) ? furnitureKind(attrs.class, attrs.id) : null);
    if (kind.skip) this.skipDepth++;
    const entry = depth < this.stack.length ? this.stack[depth] : (this.stack[depth] = new Open());
    entry.tag = t.name;
    entry.id = this.nextId++;
    entry.parent = parent === null ? -1 : parent.id;
    entry.firstBlock = this.blocks.length;
    entry.kind = kind;
    entry.furniture = own ?? (parent === null ? null : parent.furniture);
    entry.score = entry.scoreAll = 0;
    this.depth = depth + 1;
  }

  text(text: string): void {
    if (this.inTitle) this.titleText += text;
    else if (this.inJsonLd) this.jsonLd[this.jsonLd.length - 1] += text;
    if (this.skipDepth > 0 || this.inTitle) return;
    if (this.inTime) this.timeText += text;
    this.parts[this.partCount++] = text;
    let n = 0;
    let punct = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c < 0xa000) {
        n++; // a Han character: the most common, and neither space nor punctuation
        continue;
      }
      // clause punctuation (, ; 、 。 ， ； ： ！ ？): body text is full of it, menus have none
      if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
      if (
        c === 0x2c ||
        c === 0x3b ||
        (c >= 0x3001 && (c <= 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f))
      )
        punct++;
    }
    this.punct += punct;
    this.chars += n;
    if (this.linkDepth > 0) this.linkChars += n;
  }

  close(t: Tag): void {
    const stack = this.stack;
    if (this.depth > 0 && stack[this.depth - 1].kind!.block) this.flush(); // before the pop: the block's own tag is still on the stack
    if (this.depth === 0) return;
    const open = stack[--this.depth];
    if (t === TITLE) this.inTitle = false;
    if (t === SCRIPT) this.inJsonLd = false;
    if (t === TIME) this.inTime = false;
    if (t === A) this.linkDepth = Math.max(0, this.linkDepth - 1);
    if (open.kind!.skip) this.skipDepth--;
    if (open.scoreAll > 0)
      this.closed.push({
        id: open.id,
        parent: open.parent,
        first: open.firstBlock,
        last: this.blocks.length,
        score: open.score,
        scoreAll: open.scoreAll,
      });
  }

  /** the current block, if it has text, scored and its paragraph credited to its container and that one's */
  flush(): void {
    if (this.partCount === 0) return;
    const { chars, linkChars, depth, stack } = this;
    if (chars > 0) {
      const own = this.innermostBlock(depth - 1);
      const furniture = depth > 0 ? stack[depth - 1].furniture : null;
      const paragraph = chars < 8 ? 0 : (1 + this.punct + Math.min(Math.floor(chars / 100), 3)) * (1 - linkChars / chars);
      const score = furniture === null ? paragraph : 0;
      const runs = this.partCount === 1 ? this.parts[0] : this.parts.slice(0, this.partCount);
      this.blocks.push({ runs, chars, linkChars, score: paragraph, furniture, tag: own >= 0 ? stack[own].tag : "" });
      if (paragraph > 0 && own >= 0) {
        const container = stack[own].kind!.paragraph ? this.innermostBlock(own - 1) : own;
        const grandparent = container > 0 ? this.innermostBlock(container - 1) : -1;
        this.credit(container, score, paragraph);
        this.credit(grandparent, score / 2, paragraph / 2);
      }
    }
    this.partCount = 0;
    this.chars = this.linkChars = this.punct = 0;
  }

  private innermostBlock(from: number): number {
    for (let k = from; k >= 0; k--) if (this.stack[k].kind!.block) return k;
    return -1;
  }

  private credit(k: number, score: number, scoreAll: number): void {
    if (k < 0) return;
    this.stack[k].score += score;
    this.stack[k].scoreAll += scoreAll;
  }
}

function readMetaTag(attrs: TagAttrs, meta: Map<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
  const content = attrs.content?.trim();
  if (key !== "" && content && !meta.has(key)) meta.set(key, content);
}
