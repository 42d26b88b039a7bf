// HTML → open/close/text events: htmlparser2's Tokenizer with a lean copy of its Parser's tree rules
// (implied closes, void elements, foreign content, </p> and </br>), so events match `new Parser(…)` with
// lowerCaseTags and decodeEntities. Faster because only the attributes the page reader uses are kept,
// in one reused record, and no attribute object is built per tag.
import { Tokenizer, QuoteType } from "htmlparser2";
import { keptAttrAt, tagNameAt } from "./html-names.js";
import { roleOf } from "./html-tree-rules.js";

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
  open(tag: string, attrs: TagAttrs): void;
  close(tag: string): void;
  text(text: string): void;
}

const NO_ATTRS: TagAttrs = Object.freeze({});

/** the tree rules, fed by a tokenizer: htmlparser2's (any input) or the fast scanner (html-fast.ts) */
export interface TreeBuilder {
  openTag(name: string): void;
  /** true when the attribute is one the reader keeps (lower-cased, "" for others) and the tag has none of that name yet */
  wantsAttr(name: string): boolean;
  /** the value of the attribute `wantsAttr` accepted */
  setAttr(value: string): void;
  endOpenTag(): void;
  selfClosingTag(): void;
  closeTag(name: string): void;
  end(): void;
}

export function treeBuilder(handler: TagHandler): TreeBuilder {
  /** open element names, innermost last */
  const stack: string[] = [];
  /** innermost last: inside svg/math a self-closing tag closes itself */
  const foreign: boolean[] = [false];
  let attrs: TagAttrs = {};
  let dirty = false;
  let tagName = "";
  let tagRole = roleOf("");
  let attrName: AttrName | null = null;
  /** how many of each name are open: a stray end tag is answered without a scan of a deep stack */
  const openCount = new Map<string, { n: number }>();
  /** each open element's counter, parallel to `stack`: a pop needs no lookup */
  const counters: { n: number }[] = [];
  const push = (name: string) => {
    let counter = openCount.get(name);
    if (counter === undefined) openCount.set(name, (counter = { n: 0 }));
    counter.n++;
    stack.push(name);
    counters.push(counter);
  };
  const popClose = () => {
    const name = stack.pop()!;
    counters.pop()!.n--;
    handler.close(name);
  };

  const openTag = (name: string) => {
    tagName = name;
    tagRole = roleOf(name);
    const impliesClose = tagRole.impliesClose;
    if (impliesClose !== undefined) while (stack.length > 0 && impliesClose.has(stack[stack.length - 1])) popClose();
    if (!tagRole.isVoid) {
      push(name);
      if (tagRole.foreign !== null) foreign.push(tagRole.foreign);
    }
    if (dirty) {
      attrs = {};
      dirty = false;
    }
  };
  const endOpenTag = (withAttrs: boolean) => {
    handler.open(tagName, withAttrs ? attrs : NO_ATTRS);
    if (tagRole.isVoid) handler.close(tagName);
    tagName = "";
  };
  const closeCurrentTag = (withAttrs: boolean) => {
    const name = tagName;
    endOpenTag(withAttrs);
    if (stack[stack.length - 1] === name) popClose();
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
    closeTag(name) {
      const role = roleOf(name);
      if (role.foreign !== null) foreign.pop();
      if (!role.isVoid) {
        // the usual end tag closes the innermost element: no count, no scan
        const at = stack[stack.length - 1] === name ? stack.length - 1 : openCount.get(name)?.n ? stack.lastIndexOf(name) : -1;
        if (at !== -1) while (stack.length > at) popClose();
        else if (name === "p") {
          // </p> with no <p> open: an empty paragraph
          openTag("p");
          closeCurrentTag(false);
        }
      } else if (name === "br") {
        // </br> is a <br>
        handler.open("br", NO_ATTRS);
        handler.close("br");
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
      onopentagname: (start, end) => tree.openTag(tagNameAt(html, start, end)),
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
      onclosetag: (start, end) => tree.closeTag(tagNameAt(html, start, end)),
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
