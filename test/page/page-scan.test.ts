// The fast HTML scanner gives the same events as htmlparser2's tokenizer with the Parser's tree rules,
// or declines the page (false) so the tokenizer reads it; and scanHtml itself matches htmlparser2's Parser.
import { readFileSync, readdirSync } from "node:fs";
import { Parser } from "htmlparser2";
import { describe, expect, test } from "vitest";
import { decodeBytes } from "../../src/decode/decode.js";
import { scanHtmlFast } from "../../src/page/html-fast.js";
import { OTHER_ATTRS } from "../../src/page/html-names.js";
import { RunCount } from "../../src/page/html-runs.js";
import { scanHtml, type TagAttrs, type TagHandler } from "../../src/page/html-tokens.js";

const KEPT = ["class", "id", "type", "datetime", "property", "name", "itemprop", "content"] as const;

/** events as lines; adjacent text merged (the tokenizer splits text at entities, the fast scanner does not) */
function recorder(html: string): {
  handler: TagHandler;
  events: string[];
  open: (tag: string, a: TagAttrs) => void;
  close: (tag: string) => void;
  text: (t: string) => void;
} {
  const events: string[] = [];
  const text = (t: string) => {
    const last = events.length - 1;
    if (last >= 0 && events[last].startsWith("text ")) events[last] += t;
    else events.push(`text ${t}`);
  };
  const attrsOf = (a: TagAttrs) =>
    KEPT.filter((k) => a[k] !== undefined)
      .map((k) => `${k}=${a[k]}`)
      .join(" ");
  const open = (tag: string, a: TagAttrs) => void events.push(`open ${tag} ${attrsOf(a)}`.trim());
  const close = (tag: string) => void events.push(`close ${tag}`);
  return {
    events,
    open,
    close,
    text,
    handler: {
      open: (tag, a) => open(tag.name, a),
      close: (tag) => close(tag.name),
      text: (from, to) => text(html.slice(from, to)),
      decodedText: text,
    },
  };
}

const viaParser = (html: string) => {
  const r = recorder(html);
  const parser = new Parser(
    { onopentag: r.open, onclosetag: r.close, ontext: r.text },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return r.events;
};
const viaTokens = (html: string) => {
  const r = recorder(html);
  scanHtml(html, r.handler);
  return r.events;
};
const viaFast = (html: string) => {
  const r = recorder(html);
  return scanHtmlFast(html, r.handler) ? r.events : null;
};

/** pages the fast scanner reads itself */
const READ = [
  `<!DOCTYPE html><html><head><meta name="Source" content="山西日报"><title>标题 &amp; 副题_网</title></head><body><p>正文。</p></body></html>`,
  `<div class="nav" ID=top data-x='1'><ul><li>首页<li>要闻</ul></div><p>一<p>二</p></p>`,
  `<table><tr><td>甲<td>乙<tr><th>丙</table>`,
  `<p>a &lt; b &nbsp;c&copy d &#x4e00;&#19968;</p>&amp`,
  `<p>a < b <<div>x</div> 1<2</p><`,
  `<script type="application/ld+json">{"a":"</scripts>","b":"<\\/script>"}</script ><style>p{}</STYLE>`,
  `<SCRIPT>if (a<b) x="</scrip";</script><textarea>&amp; <b></textarea><xmp><i></xmp>`,
  `<title>a &quot;b&quot; c</title><title>x&</title>`,
  `<!-- c --><!--><!---><!-- a -- b --><!-x>y><!>z><![CDATA[ <p> ]]><![CDAT x>w<?xml v?>`,
  `</ div></>a</ >b<//x></3>text</br><br/><div/>in</div><svg><path/><g></g></svg><p>`,
  `<time datetime="2023-09-02">9月2日</time><a href=/x title=t>链接</a><input disabled><input checked=>`,
  `<div class="a" class="b" id = "c" name>x</div><div\nclass\n=\n"d"\n>y</div><img src="a.png"/>`,
  `<meta property="og:title" content="标题"/><meta name=description content=x>`,
  `<ul><li><p>a</li><dl><dt>t<dd>d</dl><select><option>1<option>2</select><h1><p>x</h1>`,
  `<p>&amp</p><p>&#0;&#xD800;&bogus;&ampx</p><div>x</div  class="y"><a href="x>y" class="z">l</a>`,
  `<br/ ><div / class=a>q</div><DIV CLASS="Nav" Id='X'>m</DIV><div class="a"id="b">n</div><p>x</p\n>`,
  `<title>a<b</title><script>x</script/>y</script><style>a</style\n>t<script/>after`,
  `<math><mi/>x</math><svg><desc/><foreignObject><div/></foreignObject></svg>end`,
  // runs of attributes the reader does not keep, then kept ones in any case and spacing
  `<a HREF="/x" target='_blank' title="a class=b > id=c" CLASS="k" Id = 'i'>l</a><a href="y"class="z">m</a>`,
  `<div classic="x" data-id="1" class="y" idx='2' id="z" namex="3"></div><meta itemprop="a" content="b">`,
  `<div\u00a0class="nbsp" style="a:b" \n\t class="second" id=unq title="t">x</div><p =x class="c" data="d">y</p>`,
  `<time title="t" datetime="2024-01-02" class="d">d</time><div a"b="c" class="q">z</div><div k="1" class>e</div>`,
];
/** pages it declines: the tokenizer's rules there are not worth copying */
const DECLINED = [
  `<p>unfinished <div class="x`,
  `<p>text</p><!-- never closed`,
  `<script>never closed`,
  `<meta name="title" content="甲&amp;乙">`,
  `<p>a &amp; b < c</p>`,
  `<div`,
  `<p>\x1c/script</p>`,
];

describe("scanHtml matches htmlparser2's Parser", () => {
  test.each([...READ, ...DECLINED])("%s", (html) => expect(viaTokens(html)).toEqual(viaParser(html)));
});

describe("the fast scanner", () => {
  test.each(READ)("reads %s as the tokenizer does", (html) => expect(viaFast(html)).toEqual(viaTokens(html)));
  test.each(DECLINED)("declines %s", (html) => expect(viaFast(html)).toBeNull());
});

describe("every corpus HTML page gives htmlparser2's events", () => {
  const dir = new URL("../../corpus/articles/", import.meta.url);
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html"));
  test("the corpus has HTML pages", () => expect(pages.length).toBeGreaterThan(5));
  test.each(pages)("%s", (name) => {
    const html = decodeBytes(readFileSync(new URL(name, dir))).text;
    const parser = viaParser(html);
    expect(viaTokens(html)).toEqual(parser);
    expect(viaFast(html)).toEqual(parser); // the corpus is ordinary HTML: the fast scanner reads all of it
  });
});

describe("one scanner and tree for the process, begun again for each page", () => {
  const open = `<div class="x"><ul><li><p>甲`; // ends with four elements open
  test.each(READ)("%s reads the same after a page left elements open", (html) => {
    const alone = viaFast(html);
    expect(viaFast(open)).not.toBeNull();
    expect(viaFast(html)).toEqual(alone);
  });
  test.each(READ)("%s reads the same after a page the fast scanner declined halfway", (html) => {
    const alone = viaFast(html);
    expect(viaFast(`<div><p>a &amp; b < c</p>`)).toBeNull(); // declined with <div> and <p> open
    expect(viaFast(html)).toEqual(alone);
    expect(viaTokens(html)).toEqual(viaParser(html));
  });
  test("the tokenizer's tree too", () => {
    viaTokens(open);
    expect(viaTokens("<p>a</p>")).toEqual(["open p", "text a", "close p"]);
  });
});

describe("attributes come in one record of a fixed shape", () => {
  const keysOf = (html: string, scan: (html: string, handler: TagHandler) => unknown) => {
    const keys: string[][] = [];
    scan(html, { open: (tag, a) => void keys.push(Object.keys(a)), close() {}, text() {}, decodedText() {} });
    return keys;
  };
  const SCANS: [string, (html: string, handler: TagHandler) => unknown][] = [
    ["the fast scanner", scanHtmlFast],
    ["the tokenizer", scanHtml],
  ];
  test.each(SCANS)("whatever order the page writes them in: %s", (_name, scan) => {
    const keys = keysOf(`<div id="a" class="b"><meta content="c" name="d"><p>x</p><time datetime="e"></time></div>`, scan);
    expect(keys).toHaveLength(4);
    for (const k of keys) expect(k).toEqual([...KEPT]);
  });
  test.each(["<div>", `<div data-x="1" href="/">`])("a tag without kept attributes has none set: %s", (html) => {
    const seen: TagAttrs[] = [];
    scanHtmlFast(html, { open: (_t, a) => void seen.push({ ...a }), close() {}, text() {}, decodedText() {} });
    expect(seen).toHaveLength(1);
    expect(Object.values(seen[0]).filter((v) => v !== undefined)).toEqual([]);
  });
});

describe("a run of attributes the reader does not keep is passed in one match", () => {
  const passed = (attrs: string) => {
    OTHER_ATTRS.lastIndex = 0;
    return OTHER_ATTRS.exec(attrs)![0];
  };
  test.each([
    ` href="/a/b.shtml" target="_blank" title='标题 class="x"'`,
    `\n\t src = "a.png"`,
    ` data-id="1" classic="x" idx='2' namex=""`,
  ])("passes all of %j", (attrs) => expect(passed(attrs)).toBe(attrs));
  test.each([
    [` href="x" class="k"`, ` href="x"`],
    [` href="x" CLASS="k"`, ` href="x"`],
    [` href="x" Id ="k"`, ` href="x"`],
    [` title="t" content="c"`, ` title="t"`],
    [` href=unquoted title="t"`, ""],
    [` disabled title="t"`, ""],
    [`\u00a0href="x"`, ""],
    [` href="x"title="t"`, ` href="x"`],
    [` href="unclosed`, ""],
  ])("stops before what the scanner reads itself: %j", (attrs, run) => expect(passed(attrs)).toBe(run));
});

describe("text comes as offsets into the page, or decoded when it has entities", () => {
  const calls = (html: string, scan: (html: string, handler: TagHandler) => unknown) => {
    const seen: string[] = [];
    scan(html, {
      open() {},
      close() {},
      text: (from, to) => void seen.push(`page ${from}-${to} ${html.slice(from, to)}`),
      decodedText: (t) => void seen.push(`decoded ${t}`),
    });
    return seen;
  };
  test("the fast scanner: a plain run by offsets; a run with an entity decoded whole", () =>
    expect(calls("<p>甲乙</p><p>a &amp; b</p>", scanHtmlFast)).toEqual(["page 3-5 甲乙", "decoded a & b"]));
  test("the tokenizer: plain parts by offsets, each entity decoded on its own", () =>
    expect(calls("<p>甲乙</p><p>a &amp; b</p>", scanHtml)).toEqual(["page 3-5 甲乙", "page 12-14 a ", "decoded &", "page 19-21  b"]));
});

describe("the counts the fast scanner makes on its way to the next tag are the counts of the run", () => {
  /** every run the scanner counted, as [visible, punct] from the scan and from counting the run alone */
  const counted = (html: string) => {
    const seen: [number[], number[]][] = [];
    const handler: TagHandler = {
      open() {},
      close() {},
      decodedText() {},
      text: (from, to, count) => {
        if (count !== null)
          seen.push([[count.visible, count.punct], [new RunCount().range(html, from, to)].map((c) => [c.visible, c.punct])[0]]);
      },
    };
    expect(scanHtmlFast(html, handler)).toBe(true);
    return seen;
  };
  test.each([
    ...READ,
    `<p>全省，开发区。</p>\n  <li><a href="/x">新能源</a><span>01-01</span></li>`,
    `<p>a < b, c</p><p>x </ > y；z</p>末尾<`,
    `<p>甲</p>\u00a0\u3000<p>、</p>`,
  ])("%s", (html) => {
    const seen = counted(html);
    for (const [scan, alone] of seen) expect(scan).toEqual(alone);
  });
  test("the usual page counts its runs as it scans them", () => expect(counted(`<p>全省，开发区。</p> <p>a, b</p>`)).toHaveLength(3));
  test("raw text is not counted by the scanner: the reader counts it when it keeps it", () =>
    expect(counted(`<xmp>甲，乙</xmp><title>t</title><script>x</script>`)).toEqual([]));
});
