// The HTML news pages are made of → the same events as scanHtml (html-tokens.ts), found with indexOf, short loops and
// one loop over text that counts it as it looks for the next tag (html-runs.ts): each branch follows one Tokenizer
// state. Anything unusual (input ending inside a tag, comment or script; an entity in a kept attribute; '&' and '<' in
// one text run) returns false: the caller reads the page again with scanHtml. Loops read charCodeAt (NaN past the end).
import { decodeText } from "./html-entities.js";
import { OTHER_ATTRS, keptAttrAt, keyStep, tagKeyed, type Tag } from "./html-names.js";
import { RunCount } from "./html-runs.js";
import { TreeBuilder, type TagHandler } from "./html-tree.js";

/** raw-text elements and how each ends: its end tag followed by a space or '>' */
const RAW_TEXT_END = new Map(["script", "style", "title", "textarea", "xmp"].map((t) => [t, new RegExp(`</${t}[ \\n\\t\\f\\r>]`, "gi")]));
const [LT, GT, SLASH, BANG, QUESTION, EQ, DQ, SQ, DASH, BRACKET, AMP] = [..."<>/!?=\"'-[&"].map((c) => c.charCodeAt(0));
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAlpha = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
/** a tag or attribute name ends at a space, '/' or '>' (NaN past the end is none of them: callers check the length) */
const endsName = (c: number) => c === 32 || c === GT || c === SLASH || c === 10 || c === 9 || c === 12 || c === 13;
// every character that ends a name ('=', '>', '/', spaces) is at most '>': letters pass with one comparison
const endsTagName = (c: number) => c <= GT && endsName(c);
const endsAttrName = (c: number) => c <= GT && (c === EQ || endsName(c));
const endsEndTagName = (c: number) => c <= GT && (c === GT || isSpace(c));

/** one pass over `html`; false when the page needs the full tokenizer (events so far must be discarded) */
export function scanHtmlFast(html: string, handler: TagHandler): boolean {
  // htmlparser2 compares (c | 0x20) to '<' and '/' inside raw text, so these control characters act as them
  if (html.includes("\x0f") || html.includes("\x1c")) return false;
  return scanner.run(html, handler);
}

/** the scan of one page at a time; one for the process (as its TreeBuilder, and for the same reasons) */
class FastScan {
  private readonly tree = new TreeBuilder();
  private html = "";
  private n = 0;
  private handler: TagHandler | null = null;
  /** the current text run's counts, made as the scan looks for its end */
  private readonly count = new RunCount();

  run(page: string, handler: TagHandler): boolean {
    this.tree.begin(handler);
    [this.html, this.n, this.handler] = [page, page.length, handler]; // once per page
    const read = this.scan();
    this.html = ""; // the page is not kept until the next one
    return read;
  }

  private scan(): boolean {
    const { html, n, count } = this;
    let [textStart, at, lt] = [0, 0, 0];
    /** the current text run has an '&': it is decoded whole, and counted once decoded (`count` is not used) */
    let entity = false;
    count.visible = count.punct = 0;
    for (;;) {
      // the next '<', the text before it counted on the way (one pass, not a search and then a count)
      lt = entity ? html.indexOf("<", at) : count.until(html, at, n);
      if (!entity && lt < n && html.charCodeAt(lt) === AMP) {
        entity = true;
        lt = html.indexOf("<", lt + 1);
      }
      if (lt === -1 || lt >= n - 1) break;
      const c = html.charCodeAt(lt + 1);
      const k = c === SLASH ? this.skipSpaces(lt + 2) : lt + 2;
      if (c === SLASH ? html.charCodeAt(k) === GT : !isAlpha(c) && c !== BANG && c !== QUESTION) {
        at = c === SLASH ? k + 1 : lt + 1; // '<' before anything else, </> and </ > are text
        if (!entity) count.add(html, lt, at);
        continue;
      }
      if (!this.text(textStart, lt, entity, count)) return false; // one call site: one copy of it inlined
      const next = isAlpha(c)
        ? this.openTag(lt + 1)
        : c === SLASH
          ? this.closeTag(k)
          : c === QUESTION
            ? html.indexOf(">", k) + 1
            : this.declaration(k);
      if (next <= 0) return false;
      textStart = at = next;
      entity = false;
      count.visible = count.punct = 0;
    }
    if (!entity && lt === n - 1) count.add(html, lt, n); // a '<' that ends the page is text
    if (!this.text(textStart, n, entity, count)) return false;
    this.tree.end();
    return true;
  }

  /** text from..to: as the page has it (`count` its counts, when the scan made them), or decoded when it has an
   *  entity; false when it cannot be decoded alone */
  private text(from: number, to: number, entity: boolean, count: RunCount | null): boolean {
    if (to <= from) return true;
    if (!entity) return (this.handler!.text(from, to, count), true); // no string made: the reader slices the runs it uses
    const raw = this.html.slice(from, to);
    if (raw.includes("<")) return false;
    this.handler!.decodedText(decodeText(raw));
    return true;
  }

  private skipSpaces(from: number): number {
    let k = from;
    while (isSpace(this.html.charCodeAt(k))) k++;
    return k;
  }

  /** `<name attrs>` from the name's first letter; the index after the tag (and its raw text), or 0 */
  private openTag(from: number): number {
    const { html, n } = this;
    let j = from;
    let key = 0; // the name's base-37 key as it is read (html-names.ts): lower-case letters inline, then the rest
    for (let c = html.charCodeAt(j); c >= 97 && c <= 122; c = html.charCodeAt(++j)) key = key * 37 + c - 96;
    for (let c = html.charCodeAt(j); j < n && !endsTagName(c); c = html.charCodeAt(++j)) key = keyStep(key, c);
    if (j >= n) return 0;
    const tag = tagKeyed(key, html, from, j);
    this.tree.openTag(tag);
    for (;;) {
      if (j >= n) return 0;
      const c = html.charCodeAt(j);
      if (c === GT) {
        this.tree.endOpenTag();
        return tag.rawText ? this.rawText(tag, j + 1) : j + 1;
      }
      if (c === SLASH) {
        const k = this.skipSpaces(j + 1);
        if (html.charCodeAt(k) === GT) return (this.tree.selfClosingTag(), k + 1); // <script/> has no raw text
        j = k;
        continue;
      }
      if (isSpace(c)) {
        OTHER_ATTRS.lastIndex = j;
        OTHER_ATTRS.test(html); // always true, perhaps empty
        j = Math.max(OTHER_ATTRS.lastIndex, j + 1);
        continue;
      }
      const nameStart = j++; // the first character belongs to the name whatever it is (<div =x>)
      for (let a = html.charCodeAt(j); j < n && !endsAttrName(a); a = html.charCodeAt(++j));
      if (j >= n) return 0;
      const kept = keptAttrAt(html, nameStart, j);
      const wanted = kept !== "" && this.tree.wantsAttr(kept); // href, title, target…: most attributes are not kept
      j = this.skipSpaces(j);
      if (html.charCodeAt(j) !== EQ) {
        if (wanted) this.tree.setAttr(""); // a name without a value
        continue;
      }
      j = this.skipSpaces(j + 1);
      const q = html.charCodeAt(j);
      const quoted = q === DQ || q === SQ;
      const start = quoted ? j + 1 : j;
      if (quoted) j = html.indexOf(q === DQ ? '"' : "'", start);
      else for (let a = q; j < n && !isSpace(a) && a !== GT; a = html.charCodeAt(++j));
      if (j === -1 || j >= n) return 0;
      if (wanted) {
        const value = html.slice(start, j); // only kept attributes are copied out
        if (value.includes("&")) return 0; // attribute entities have their own rules: leave them to the tokenizer
        this.tree.setAttr(value);
      }
      if (quoted) j++;
    }
  }

  /** script, style, title, textarea, xmp: text up to the end tag, entities decoded in <title> only */
  private rawText(tag: Tag, from: number): number {
    const html = this.html;
    const end = RAW_TEXT_END.get(tag.name)!;
    end.lastIndex = from;
    const m = end.exec(html);
    if (m === null) return 0;
    const amp = tag.name === "title" ? html.indexOf("&", from) : -1; // entities are decoded in <title> only
    if (!this.text(from, m.index, amp !== -1 && amp < m.index, null)) return 0;
    this.tree.closeTag(tag);
    const stop = m.index + m[0].length - 1;
    return html.charCodeAt(stop) === GT ? stop + 1 : html.indexOf(">", stop) + 1;
  }

  /** `</name …>` from the name (spaces after the slash skipped) */
  private closeTag(k: number): number {
    const { html, n } = this;
    if (!isAlpha(html.charCodeAt(k))) return html.indexOf(">", k + 1) + 1; // </3> is a bogus comment; past the end: 0
    let key = 0;
    let e = k;
    for (let a = html.charCodeAt(e); a >= 97 && a <= 122; a = html.charCodeAt(++e)) key = key * 37 + a - 96;
    for (let a = html.charCodeAt(e); e < n && !endsEndTagName(a); a = html.charCodeAt(++e)) key = keyStep(key, a);
    if (e >= n) return 0;
    this.tree.closeTag(tagKeyed(key, html, k, e));
    return html.charCodeAt(e) === GT ? e + 1 : html.indexOf(">", e) + 1;
  }

  /** `<!…>`, `<!--…-->`, `<![CDATA[…]]>` from after the '!' */
  private declaration(from: number): number {
    const html = this.html;
    const c = html.charCodeAt(from);
    if (c === BRACKET && html.startsWith("CDATA[", from + 1)) return this.after("]]>", from + 7);
    if (c === DASH && html.charCodeAt(from + 1) === DASH) return this.after("-->", from); // <!--> is a whole comment
    return html.indexOf(">", from + (c === DASH ? 2 : 1)) + 1; // the character after <! or <!- never ends it
  }

  private after(close: string, from: number): number {
    const at = this.html.indexOf(close, from);
    return at === -1 ? 0 : at + close.length;
  }
}

const scanner = new FastScan();
