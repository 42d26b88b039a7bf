// HTML → the blocks of the main text, in one streaming pass (htmlparser2's Tokenizer, no DOM).
// Chinese-aware scoring as GNE/readability do it: each paragraph scores by its punctuation
// (。，、；), its length and its link density, and credits its container (the parent half);
// the container with the best score times (1 − link density) holds the article.
import type { Warning } from "../schema/index.js";
import type { FurnitureKind } from "./furniture.js";
import { chooseRange, layoutBlocks, type Block, type BlockLayout, type Closed } from "./html-blocks.js";
import { scanHtmlFast } from "./html-fast.js";
import { scanHtml, type TagAttrs, type TagHandler } from "./html-tokens.js";
import { tagNamed } from "./html-names.js";
import { furnitureKind, type TagKind } from "./html-tags.js";
import { readStructuredMeta, type StructuredMeta } from "./metadata-html.js";
import { cleanDocumentTitle } from "./title.js";

export interface HtmlPage extends BlockLayout {
  /** <title> with the site name cut off */
  documentTitle: string | null;
  structured: StructuredMeta;
  warnings: Warning[];
}

/** an open element; the objects are reused as the stack shrinks and grows (one page opens hundreds of elements) */
interface Open {
  tag: string;
  id: number;
  parent: number;
  firstBlock: number;
  kind: TagKind;
  furniture: FurnitureKind | null;
  /** what its paragraphs credit it, with and without furniture hints (only open elements are credited) */
  score: number;
  scoreAll: number;
}

/** the tags the reader watches: one shared Tag per name, so a reference comparison finds them */
const [META, TITLE, SCRIPT, TIME, A] = ["meta", "title", "script", "time", "a"].map(tagNamed);

export function readHtml(html: string): HtmlPage {
  // the fast scanner reads the usual page; what it declines, htmlparser2's tokenizer reads from the start
  return readWith(html, scanHtmlFast) ?? readWith(html, (h, handler) => (scanHtml(h, handler), true))!;
}

function readWith(html: string, scan: (html: string, handler: TagHandler) => boolean): HtmlPage | null {
  const blocks: Block[] = [];
  /** stack[0..depth) are the open elements, innermost last */
  const stack: Open[] = [];
  let depth = 0;
  let nextId = 0;
  const closed: Closed[] = [];
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  /** the current block's text runs: parts[0..partCount), one array for the whole page */
  const parts: string[] = [];
  let [partCount, chars, linkChars, punct, skipDepth, linkDepth] = [0, 0, 0, 0, 0, 0];
  let [titleText, timeText, timeValue, inTitle, inTime, inJsonLd] = ["", "", null as string | null, false, false, false];

  const innermostBlock = (from: number) => {
    for (let k = from; k >= 0; k--) if (stack[k].kind.block) return k;
    return -1;
  };
  const credit = (k: number, score: number, scoreAll: number) => {
    if (k < 0) return;
    stack[k].score += score;
    stack[k].scoreAll += scoreAll;
  };
  const flush = () => {
    if (partCount === 0) return;
    if (chars > 0) {
      const own = innermostBlock(depth - 1);
      const furniture = depth > 0 ? stack[depth - 1].furniture : null;
      const paragraph = chars < 8 ? 0 : (1 + punct + Math.min(Math.floor(chars / 100), 3)) * (1 - linkChars / chars);
      const score = furniture === null ? paragraph : 0;
      const runs = partCount === 1 ? parts[0] : parts.slice(0, partCount);
      blocks.push({ runs, chars, linkChars, score: paragraph, furniture, tag: own >= 0 ? stack[own].tag : "" });
      if (paragraph > 0 && own >= 0) {
        const container = stack[own].kind.paragraph ? innermostBlock(own - 1) : own;
        const grandparent = container > 0 ? innermostBlock(container - 1) : -1;
        credit(container, score, paragraph);
        credit(grandparent, score / 2, paragraph / 2);
      }
    }
    partCount = 0;
    chars = linkChars = punct = 0;
  };

  const scanned = scan(html, {
    open(t, attrs) {
      if (t === META) return void readMetaTag(attrs, meta);
      if (t === TITLE) inTitle = true;
      if (t === SCRIPT && /ld\+json/i.test(attrs.type ?? "")) [inJsonLd, jsonLd[jsonLd.length]] = [true, ""];
      if (t === TIME && timeValue === null && !(depth > 0 && stack[depth - 1].furniture))
        [timeValue, inTime] = [attrs.datetime ?? null, attrs.datetime === undefined];
      if (t === A) linkDepth++;
      const kind = t.kind;
      if (kind.block) flush();
      const parent = depth > 0 ? stack[depth - 1] : null;
      const own =
        kind.furniture ?? (kind.hinted && (attrs.class || attrs.id) ? furnitureKind(`${attrs.class ?? ""} ${attrs.id ?? ""}`) : null);
      const furniture = own ?? parent?.furniture ?? null;
      if (kind.skip) skipDepth++;
      const entry = depth < stack.length ? stack[depth] : (stack[depth] = {} as Open);
      entry.tag = t.name;
      entry.id = nextId++;
      entry.parent = parent?.id ?? -1;
      entry.firstBlock = blocks.length;
      entry.kind = kind;
      entry.furniture = furniture;
      entry.score = entry.scoreAll = 0;
      depth++;
    },
    text(text) {
      if (inTitle) titleText += text;
      else if (inJsonLd) jsonLd[jsonLd.length - 1] += text;
      if (skipDepth > 0 || inTitle) return;
      if (inTime) timeText += text;
      parts[partCount++] = text;
      let n = 0;
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
      chars += n;
      if (linkDepth > 0) linkChars += n;
    },
    close(t) {
      if (depth > 0 && stack[depth - 1].kind.block) flush(); // before the pop: the block's own tag is still on the stack
      if (depth === 0) return;
      const open = stack[--depth];
      if (t === TITLE) inTitle = false;
      if (t === SCRIPT) inJsonLd = false;
      if (t === TIME) inTime = false;
      if (t === A) linkDepth = Math.max(0, linkDepth - 1);
      if (open.kind.skip) skipDepth--;
      if (open.scoreAll > 0)
        closed.push({
          id: open.id,
          parent: open.parent,
          first: open.firstBlock,
          last: blocks.length,
          score: open.score,
          scoreAll: open.scoreAll,
        });
    },
  });
  if (!scanned) return null;
  flush();

  const structured = readStructuredMeta(meta, jsonLd, timeValue ?? (timeText.trim() || null));
  return {
    ...layoutBlocks(blocks, chooseRange(blocks, closed)),
    documentTitle: cleanDocumentTitle(titleText),
    structured: structured.meta,
    warnings: structured.warnings,
  };
}

function readMetaTag(attrs: TagAttrs, meta: Map<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
  const content = attrs.content?.trim();
  if (key !== "" && content && !meta.has(key)) meta.set(key, content);
}
