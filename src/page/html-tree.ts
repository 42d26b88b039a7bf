// htmlparser2's Parser tree rules over tokenizer events (implied closes, void elements, foreign content,
// </p> and </br>), so events match `new Parser(…)` with lowerCaseTags and decodeEntities; only the attributes
// the page reader uses are kept, in one record of a fixed shape, and no attribute object is built per tag.
import { KEPT_ATTRS, tagNamed, type Tag } from "./html-names.js";
import type { RunCount } from "./html-runs.js";

/** the attributes the page reader reads; the first occurrence of each wins, as in htmlparser2 */
export interface TagAttrs {
  class?: string;
  id?: string;
  type?: string;
  datetime?: string;
  property?: string;
  name?: string;
  itemprop?: string;
  content?: string;
}
/** every record has all eight fields from the start: one shape, whatever order a page writes them in */
class AttrRecord implements TagAttrs {
  class?: string = undefined;
  id?: string = undefined;
  type?: string = undefined;
  datetime?: string = undefined;
  property?: string = undefined;
  name?: string = undefined;
  itemprop?: string = undefined;
  content?: string = undefined;

  clear(): void {
    this.class = this.id = this.type = this.datetime = undefined;
    this.property = this.name = this.itemprop = this.content = undefined;
  }
}
type AttrName = keyof TagAttrs;
const WANTED = new Set<string>(KEPT_ATTRS);

export interface TagHandler {
  /** `attrs` is reused for the next tag: read it before returning */
  open(tag: Tag, attrs: TagAttrs): void;
  close(tag: Tag): void;
  /** text as the page has it: html[from, to); `count` when the scanner counted it on the way (else null) */
  text(from: number, to: number, count: RunCount | null): void;
  /** text with its entities decoded (not in the page as such) */
  decodedText(text: string): void;
}

/** never written: a tag whose attributes do not count */
const NO_ATTRS: TagAttrs = new AttrRecord();

/** each scan numbers itself: a Tag's `open` count belongs to the scan that last touched it */
let scans = 0;
const [P, BR] = [tagNamed("p"), tagNamed("br")];

const NO_HANDLER: TagHandler = { open() {}, close() {}, text() {}, decodedText() {} };

/** the tree rules, fed by a tokenizer: htmlparser2's (any input) or the fast scanner (html-fast.ts).
 *  One builder per tokenizer for the whole process, begun again for each page: a class, not closures made
 *  per page, so its methods are compiled once; and kept alive, so the shapes its code was compiled for stay
 *  alive too (a garbage-collected shape throws away every compiled function that checks for it) */
export class TreeBuilder {
  private scan = -1;
  private handler = NO_HANDLER;
  /** open elements, innermost last */
  private readonly stack: Tag[] = [];
  /** innermost last: inside svg/math a self-closing tag closes itself */
  private readonly foreign: boolean[] = [false];
  /** one record for the whole process, cleared when a tag has set any of it (handlers read it before returning) */
  private readonly attrs = new AttrRecord();
  private dirty = false;
  private current: Tag | null = null;
  private attrName: AttrName | null = null;

  /** a new page, its events to `handler` */
  begin(handler: TagHandler): this {
    this.scan = scans++;
    this.handler = handler;
    this.stack.length = 0;
    this.foreign.length = 0;
    this.foreign.push(false);
    this.attrs.clear();
    this.dirty = false;
    this.current = null;
    this.attrName = null;
    return this;
  }

  openTag(tag: Tag): void {
    this.current = tag;
    const { closesMask, isVoid } = tag;
    const stack = this.stack;
    if (closesMask !== 0) while (stack.length > 0 && (stack[stack.length - 1].closeBit & closesMask) !== 0) this.popClose();
    if (!isVoid) {
      this.push(tag);
      if (tag.foreign !== null) this.foreign.push(tag.foreign);
    }
    if (this.dirty) {
      this.attrs.clear();
      this.dirty = false;
    }
  }

  /** true when the attribute is one the reader keeps (lower-cased, "" for others) and the tag has none of that name yet */
  wantsAttr(name: string): boolean {
    this.attrName = WANTED.has(name) && this.attrs[name as AttrName] === undefined ? (name as AttrName) : null;
    return this.attrName !== null;
  }

  /** the value of the attribute `wantsAttr` accepted */
  setAttr(value: string): void {
    if (this.attrName === null) return;
    this.attrs[this.attrName] = value;
    this.dirty = true;
    this.attrName = null;
  }

  endOpenTag(): void {
    this.finishOpen(true);
  }

  selfClosingTag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag(true);
    else this.finishOpen(true); // html ignores the slash: <div/> opens a div
  }

  closeTag(tag: Tag): void {
    if (tag.foreign !== null) this.foreign.pop();
    if (!tag.isVoid) {
      // the usual end tag closes the innermost element: no count, no scan
      const stack = this.stack;
      const at = stack[stack.length - 1] === tag ? stack.length - 1 : this.openAt(tag);
      if (at !== -1) while (stack.length > at) this.popClose();
      else if (tag === P) {
        // </p> with no <p> open: an empty paragraph
        this.openTag(P);
        this.closeCurrentTag(false);
      }
    } else if (tag === BR) {
      // </br> is a <br>
      this.handler.open(BR, NO_ATTRS);
      this.handler.close(BR);
    }
  }

  end(): void {
    while (this.stack.length > 0) this.popClose();
  }

  // how many of each name are open: a stray end tag is answered without a scan of a deep stack
  private push(tag: Tag): void {
    if (tag.scan !== this.scan) {
      tag.scan = this.scan;
      tag.open = 0;
    }
    tag.open++;
    this.stack.push(tag);
  }

  private popClose(): void {
    const tag = this.stack.pop()!;
    tag.open--;
    this.handler.close(tag);
  }

  private finishOpen(withAttrs: boolean): void {
    const tag = this.current!;
    this.handler.open(tag, withAttrs ? this.attrs : NO_ATTRS);
    if (tag.isVoid) this.handler.close(tag);
    this.current = null;
  }

  private closeCurrentTag(withAttrs: boolean): void {
    const tag = this.current!;
    this.finishOpen(withAttrs);
    if (this.stack[this.stack.length - 1] === tag) this.popClose();
  }

  /** the innermost open element of this tag, or -1 */
  private openAt(tag: Tag): number {
    const stack = this.stack;
    if (tag.shared) return tag.scan === this.scan && tag.open > 0 ? stack.lastIndexOf(tag) : -1;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].name === tag.name) return k;
    return -1;
  }
}
