// HTML → open/close/text events: htmlparser2's Tokenizer with a lean copy of its Parser's tree rules
// (implied closes, void elements, foreign content, </p> and </br>), so events match `new Parser(…)` with
// lowerCaseTags and decodeEntities. Faster because only the attributes the page reader uses are kept,
// in one reused record, and no attribute object is built per tag.
import { Tokenizer, QuoteType } from "htmlparser2";
import { keptAttrAt, tagAt, tagNamed, type Tag } from "./html-names.js";

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
type AttrName = keyof TagAttrs;
const WANTED = new Set<string>(["class", "id", "type", "datetime", "property", "name", "itemprop", "content"]);

export interface TagHandler {
  /** `attrs` is reused for the next tag: read it before returning */
  open(tag: Tag, attrs: TagAttrs): void;
  close(tag: Tag): void;
  text(text: string): void;
}

const NO_ATTRS: TagAttrs = Object.freeze({});

/** the tree rules, fed by a tokenizer: htmlparser2's (any input) or the fast scanner (html-fast.ts) */
export interface TreeBuilder {
  openTag(tag: Tag): void;
  /** true when the attribute is one the reader keeps (lower-cased, "" for others) and the tag has none of that name yet */
  wantsAttr(name: string): boolean;
  /** the value of the attribute `wantsAttr` accepted */
  setAttr(value: string): void;
  endOpenTag(): void;
  selfClosingTag(): void;
  closeTag(tag: Tag): void;
  end(): void;
}

/** each scan numbers itself: a Tag's `open` count belongs to the scan that last touched it */
let scans = 0;
const [P, BR] = [tagNamed("p"), tagNamed("br")];

export function treeBuilder(handler: TagHandler): TreeBuilder {
  const scan = scans++;
  /** open elements, innermost last */
  const stack: Tag[] = [];
  /** innermost last: inside svg/math a self-closing tag closes itself */
  const foreign: boolean[] = [false];
  let attrs: TagAttrs = {};
  let dirty = false;
  let current: Tag | null = null;
  let attrName: AttrName | null = null;
  // how many of each name are open: a stray end tag is answered without a scan of a deep stack
  const push = (tag: Tag) => {
    if (tag.scan !== scan) [tag.scan, tag.open] = [scan, 0];
    tag.open++;
    stack.push(tag);
  };
  const popClose = () => {
    const tag = stack.pop()!;
    tag.open--;
    handler.close(tag);
  };

  const openTag = (tag: Tag) => {
    current = tag;
    const { closesMask, isVoid } = tag.role;
    if (closesMask !== 0) while (stack.length > 0 && (stack[stack.length - 1].role.closeBit & closesMask) !== 0) popClose();
    if (!isVoid) {
      push(tag);
      if (tag.role.foreign !== null) foreign.push(tag.role.foreign);
    }
    if (dirty) {
      attrs = {};
      dirty = false;
    }
  };
  const endOpenTag = (withAttrs: boolean) => {
    const tag = current!;
    handler.open(tag, withAttrs ? attrs : NO_ATTRS);
    if (tag.role.isVoid) handler.close(tag);
    current = null;
  };
  const closeCurrentTag = (withAttrs: boolean) => {
    const tag = current!;
    endOpenTag(withAttrs);
    if (stack[stack.length - 1] === tag) popClose();
  };
  /** the innermost open element of this tag, or -1 */
  const openAt = (tag: Tag) => {
    if (tag.shared) return tag.scan === scan && tag.open > 0 ? stack.lastIndexOf(tag) : -1;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].name === tag.name) return k;
    return -1;
  };
  return {
    openTag,
    wantsAttr(name) {
      attrName = WANTED.has(name) && attrs[name as AttrName] === undefined ? (name as AttrName) : null;
      return attrName !== null;
    },
    setAttr(value) {
      if (attrName === null) return;
      attrs[attrName] = value;
      dirty = true;
      attrName = null;
    },
    endOpenTag: () => endOpenTag(true),
    selfClosingTag() {
      if (foreign[foreign.length - 1]) closeCurrentTag(true);
      else endOpenTag(true); // html ignores the slash: <div/> opens a div
    },
    closeTag(tag) {
      const role = tag.role;
      if (role.foreign !== null) foreign.pop();
      if (!role.isVoid) {
        // the usual end tag closes the innermost element: no count, no scan
        const at = stack[stack.length - 1] === tag ? stack.length - 1 : openAt(tag);
        if (at !== -1) while (stack.length > at) popClose();
        else if (tag === P) {
          // </p> with no <p> open: an empty paragraph
          openTag(P);
          closeCurrentTag(false);
        }
      } else if (tag === BR) {
        // </br> is a <br>
        handler.open(BR, NO_ATTRS);
        handler.close(BR);
      }
    },
    end() {
      while (stack.length > 0) popClose();
    },
  };
}

/** one streaming pass over `html` with htmlparser2's Tokenizer: any input, events in document order */
export function scanHtml(html: string, handler: TagHandler): void {
  const tree = treeBuilder(handler);
  let wanted = false;
  let attrValue = "";
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (start, end) => handler.text(html.slice(start, end)),
      ontextentity: (cp) => handler.text(String.fromCodePoint(cp)),
      onopentagname: (start, end) => tree.openTag(tagAt(html, start, end)),
      onattribname: (start, end) => void (wanted = tree.wantsAttr(keptAttrAt(html, start, end))),
      onattribdata(start, end) {
        if (wanted) attrValue += html.slice(start, end);
      },
      onattribentity(cp) {
        if (wanted) attrValue += String.fromCodePoint(cp);
      },
      onattribend(_quote: QuoteType) {
        if (wanted) tree.setAttr(attrValue);
        [attrValue, wanted] = ["", false];
      },
      onopentagend: () => tree.endOpenTag(),
      onselfclosingtag: () => tree.selfClosingTag(),
      onclosetag: (start, end) => tree.closeTag(tagAt(html, start, end)),
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend: () => tree.end(),
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
