// HTML → open/close/text events: htmlparser2's Tokenizer with a lean copy of its Parser's tree rules
// (implied closes, void elements, foreign content, </p> and </br>), so events match `new Parser(…)` with
// lowerCaseTags and decodeEntities. Faster because only the attributes the page reader uses are kept,
// in one reused record, and no attribute object is built per tag.
import { Tokenizer, QuoteType } from "htmlparser2";

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
const LONGEST_WANTED = 8;
/** first letters of the wanted names, lower-cased: most attributes (href, style, src, title…) stop here */
const WANTED_FIRST = new Set([..."citdpn"].map((c) => c.charCodeAt(0)));

export interface TagHandler {
  /** `attrs` is reused for the next tag: read it before returning */
  open(tag: string, attrs: TagAttrs): void;
  close(tag: string): void;
  text(text: string): void;
}

// htmlparser2's Parser tables (html mode)
const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const SECTION = new Set(["thead", "tbody"]);
const DDT = new Set(["dd", "dt"]);
const RTP = new Set(["rt", "rp"]);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["li", new Set(["li"])],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, Set<string>] => [t, FORM]),
  ["option", new Set(["option"])], ["optgroup", new Set(["optgroup", "option"])], ["dd", DDT], ["dt", DDT],
  ...("p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form " +
    "header hr main nav ol pre section table ul").split(" ").map((t): [string, Set<string>] => [t, P]),
  ["rt", RTP], ["rp", RTP], ["tbody", SECTION], ["tfoot", SECTION],
]);
const VOID = new Set("area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(" "));
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
const NO_ATTRS: TagAttrs = Object.freeze({});

/** one streaming pass over `html`, events in document order, every open element closed at the end */
export function scanHtml(html: string, handler: TagHandler): void {
  /** open element names, innermost last */
  const stack: string[] = [];
  /** innermost last: inside svg/math a self-closing tag closes itself */
  const foreign: boolean[] = [false];
  let attrs: TagAttrs = {};
  let dirty = false;
  let tagName = "";
  let attrName: AttrName | null = null;
  let attrValue = "";

  const emitOpenTag = (name: string) => {
    tagName = name;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose !== undefined) while (stack.length > 0 && impliesClose.has(stack[stack.length - 1])) handler.close(stack.pop()!);
    if (!VOID.has(name)) {
      stack.push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
    }
    if (dirty) [attrs, dirty] = [{}, false];
  };
  const endOpenTag = (withAttrs: boolean) => {
    handler.open(tagName, withAttrs ? attrs : NO_ATTRS);
    if (VOID.has(tagName)) handler.close(tagName);
    tagName = "";
  };
  const closeCurrentTag = (withAttrs: boolean) => {
    const name = tagName;
    endOpenTag(withAttrs);
    if (stack[stack.length - 1] === name) handler.close(stack.pop()!);
  };

  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    ontext: (start, end) => handler.text(html.slice(start, end)),
    ontextentity: (cp) => handler.text(String.fromCodePoint(cp)),
    onopentagname: (start, end) => emitOpenTag(lowerSlice(html, start, end)),
    onattribname(start, end) {
      const wanted = end - start <= LONGEST_WANTED && WANTED_FIRST.has(html.charCodeAt(start) | 0x20);
      const name = wanted ? lowerSlice(html, start, end) : "";
      attrName = WANTED.has(name) && attrs[name as AttrName] === undefined ? (name as AttrName) : null;
    },
    onattribdata(start, end) {
      if (attrName !== null) attrValue += html.slice(start, end);
    },
    onattribentity(cp) {
      if (attrName !== null) attrValue += String.fromCodePoint(cp);
    },
    onattribend(_quote: QuoteType) {
      if (attrName !== null) [attrs[attrName], dirty] = [attrValue, true];
      attrValue = "";
    },
    onopentagend: () => endOpenTag(true),
    onselfclosingtag() {
      if (foreign[foreign.length - 1]) closeCurrentTag(true);
      else endOpenTag(true); // html ignores the slash: <div/> opens a div
    },
    onclosetag(start, end) {
      const name = lowerSlice(html, start, end);
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (!VOID.has(name)) {
        const at = stack.lastIndexOf(name);
        if (at !== -1) while (stack.length > at) handler.close(stack.pop()!);
        else if (name === "p") { // </p> with no <p> open: an empty paragraph
          emitOpenTag("p");
          closeCurrentTag(false);
        }
      } else if (name === "br") { // </br> is a <br>
        handler.open("br", NO_ATTRS);
        handler.close("br");
      }
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      while (stack.length > 0) handler.close(stack.pop()!);
    },
  });
  tokenizer.write(html);
  tokenizer.end();
}

/** a tag or attribute name lower-cased; almost all are already lower case, and then no copy is made */
function lowerSlice(html: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c >= 65 && c <= 90) return html.slice(start, end).toLowerCase();
  }
  return html.slice(start, end);
}
