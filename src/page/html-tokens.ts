// HTML → open/close/text events: htmlparser2's Tokenizer feeding the tree rules (html-tree.ts); any input.
// The fast scanner (html-fast.ts) reads the usual page and leaves the rest to this one.
import { Tokenizer, QuoteType } from "htmlparser2";
import { keptAttrAt, tagAt } from "./html-names.js";
import { TreeBuilder, type TagHandler } from "./html-tree.js";

export type { TagAttrs, TagHandler } from "./html-tree.js";

/** one streaming pass over `html` with htmlparser2's Tokenizer: any input, events in document order */
const tokenTree = new TreeBuilder();

export function scanHtml(html: string, handler: TagHandler): void {
  const tree = tokenTree.begin(handler);
  let wanted = false;
  let attrValue = "";
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (start, end) => handler.text(start, end, null),
      ontextentity: (cp) => handler.decodedText(String.fromCodePoint(cp)),
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
