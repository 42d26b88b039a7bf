// HTML pages: main text by block scoring, metadata by priority (meta → JSON-LD → <time> → text).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { looksLikeHtml, readPage } from "../../src/page/page.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/page/${name}`, import.meta.url), "utf8");
/** a minimal article page; `head` and `top` add metadata around the same body */
const page = (head: string, top = "", body = BODY) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${top}<div id="main">${body}</div></body></html>`;
const BODY = [
  "<p>1月26日，晋东开发区第四次“三个一批”活动在园区会展中心举行，共有46个项目参加，总投资111.9亿元。</p>",
  "<p>本次活动签约项目18个，开工项目15个，投产项目13个，涉及新材料、装备制造、现代物流等产业。</p>",
].join("");

describe("portal page with navigation, sidebar, related list and footer", () => {
  const p = readPage(fixture("portal.html"));

  test("main text is the headline then the paragraphs", () => {
    const lines = p.mainText.split("\n");
    expect(p.format).toBe("html");
    expect(lines[0]).toBe("晋东开发区第四次“三个一批”活动举行");
    expect(lines[1]).toMatch(/^1月26日，晋东开发区/);
    expect(lines).toHaveLength(6);
  });

  test("furniture and metadata lines are not main text", () => {
    for (const gone of [
      "首页",
      "当前位置",
      "分享到",
      "相关阅读",
      "去年引进项目",
      "热门排行",
      "版权所有",
      "0351-1234567",
      "责任编辑",
      "来源：",
      "广告位",
    ])
      expect(p.mainText).not.toContain(gone);
  });

  test("the body keeps its own 来源 and 记者 words", () => {
    expect(p.mainText).toContain("接受记者采访");
    expect(p.mainText).toContain("资金来源以社会投资为主");
  });

  test("metadata from the info bar and the editor line", () => {
    expect(p).toMatchObject({
      title: "晋东开发区第四次“三个一批”活动举行",
      publishedAt: "2024-01-28T12:05+08:00",
      outlet: "晋东日报",
      reporters: ["温小川"],
      editors: ["房小雨"],
    });
  });

  test("dropped blocks become one warning per kind", () => {
    const messages = p.warnings.filter((w) => w.code === "dropped-boilerplate").map((w) => w.message);
    expect(messages.some((m) => m.includes("related-article"))).toBe(true);
    expect(messages.some((m) => m.includes("navigation"))).toBe(true);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe("publishedAt priority", () => {
  const info = `<div class="info">2023年09月01日 09:00 来源：晋东日报</div>`;
  test.each([
    [
      "meta article:published_time wins",
      `<meta property="article:published_time" content="2023-09-02T02:14:41Z">`,
      info,
      "2023-09-02T10:14:41+08:00",
    ],
    ["meta pubdate", `<meta name="PubDate" content="2023-09-02 10:14">`, info, "2023-09-02T10:14+08:00"],
    [
      "JSON-LD datePublished",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-09-02T10:14:41+08:00"}</script>`,
      info,
      "2023-09-02T10:14:41+08:00",
    ],
    [
      "JSON-LD in @graph",
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-09-02"}]}</script>`,
      info,
      "2023-09-02",
    ],
    ["<time datetime>", "", `<time datetime="2023-09-02T10:14:41+08:00">9月2日</time>`, "2023-09-02T10:14:41+08:00"],
    ["text date line", "", info, "2023-09-01T09:00+08:00"],
  ])("%s", (_name, head, top, iso) => {
    expect(readPage(page(head, top)).publishedAt).toBe(iso);
  });

  test("broken JSON-LD is a warning, and the text still gives the date", () => {
    const p = readPage(page(`<script type="application/ld+json">{"datePublished": </script>`, info));
    expect(p.publishedAt).toBe("2023-09-01T09:00+08:00");
    expect(p.warnings.map((w) => w.code)).toContain("jsonld-unparseable");
  });

  test("no date anywhere → null, not a guess", () => {
    expect(readPage(page("", "<h1>晋东开发区举行活动</h1>")).publishedAt).toBeNull();
  });
});

describe("title, outlet and people from structured metadata", () => {
  test("og:title beats <h1> and <title>; the headline line is still the visible <h1>", () => {
    const p = readPage(
      page(
        `<title>标题_晋东新闻网</title><meta property="og:title" content="晋东开发区举行第四次活动">`,
        "<h1>晋东开发区第四次活动举行</h1>",
      ),
    );
    expect(p.title).toBe("晋东开发区举行第四次活动");
    expect(p.mainText.split("\n")[0]).toBe("晋东开发区第四次活动举行");
  });

  test.each([
    ["晋东开发区举行第四次活动_晋东新闻网", "晋东开发区举行第四次活动"],
    ["晋东开发区举行第四次活动 - 晋东日报客户端", "晋东开发区举行第四次活动"],
    ["签约18个 - 晋东开发区活动举行 - 晋东新闻网", "签约18个 - 晋东开发区活动举行"],
    ["晋东开发区举行第四次活动", "晋东开发区举行第四次活动"],
    ["签约18个、开工15个 - 晋东开发区活动举行", "签约18个、开工15个 - 晋东开发区活动举行"],
  ])("og:title %s → %s", (og, title) => {
    expect(readPage(page(`<meta property="og:title" content="${og}">`)).title).toBe(title);
  });

  test("<title> without the site name when nothing else names the page", () => {
    expect(readPage(page("<title>晋东开发区举行第四次活动_晋东新闻网</title>")).title).toBe("晋东开发区举行第四次活动");
  });

  test("meta source is the outlet; JSON-LD authors that are people are reporters, organizations are not", () => {
    const ld = `{"@type":"NewsArticle","author":[{"@type":"Person","name":"温小川"},{"@type":"Organization","name":"晋东新闻网"}]}`;
    const p = readPage(page(`<meta name="source" content="晋东日报"><script type="application/ld+json">${ld}</script>`));
    expect(p.outlet).toBe("晋东日报");
    expect(p.reporters).toEqual(["温小川"]);
  });

  test.each([
    [`<meta name="editor" content="房小雨、暢小杰">`, ["房小雨", "暢小杰"]],
    [`<meta property="article:editor" content="晋东新闻网 温小川">`, ["温小川"]],
    [`<meta name="editor" content="">`, []],
    [`<meta name="keywords" content="房小雨">`, []],
  ])("meta editors that are people: %s", (meta, editors) => expect(readPage(page(meta)).editors).toEqual(editors));
});

describe("traditional pages and old layouts", () => {
  test("traditional keywords; metadata stays in the page's script", () => {
    const top = `<h1>晉東開發區第四次“三個一批”活動舉行</h1><div class="info">2023-09-02 10:14:41 來源：晉東日報</div>`;
    const body = `${BODY}<p>會議要求持續優化營商環境。（記者陳小琦）</p><p>責任編輯：暢小杰</p>`;
    const p = readPage(page("", top, body));
    expect(p).toMatchObject({ outlet: "晉東日報", reporters: ["陳小琦"], editors: ["暢小杰"], publishedAt: "2023-09-02T10:14:41+08:00" });
    expect(p.mainText).not.toContain("責任編輯");
  });

  test("a table layout with <br> paragraphs and a link column", () => {
    const html = `<html><body><table><tr><td class="left"><a href="/a">首页</a><br><a href="/b">政务公开</a><br><a href="/c">园区动态</a></td>
      <td>　　1月26日，晋东开发区第四次“三个一批”活动举行，共有46个项目参加。<br>　　本次活动签约项目18个，开工项目15个，投产项目13个。<br>　　会议要求，各园区要持续优化营商环境，推动项目早落地、早见效。</td></tr></table></body></html>`;
    const lines = readPage(html).mainText.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^1月26日/);
  });

  test("source line breaks between Han characters do not become spaces", () => {
    const p = readPage(
      page("", "", "<p>1月26日，晋东开发区第四次活动举行，\n  共有46个项目参加。会议要求，各园区要持续优化营商环境。</p>"),
    );
    expect(p.mainText).toBe("1月26日，晋东开发区第四次活动举行，共有46个项目参加。会议要求，各园区要持续优化营商环境。");
  });
});

describe("article layouts", () => {
  test("headline and info bar inside the article container: headline kept once, info bar dropped", () => {
    const html = page("", "", `<h1>晋东开发区第四次活动举行</h1><p>2024-01-28 12:05 来源：晋东日报</p>${BODY}`);
    const p = readPage(html);
    expect(p.mainText.split("\n")).toHaveLength(3);
    expect(p.mainText.split("\n")[0]).toBe("晋东开发区第四次活动举行");
    expect(p).toMatchObject({ publishedAt: "2024-01-28T12:05+08:00", outlet: "晋东日报" });
  });

  test("paragraphs split around an ad container are all kept; the ad is not", () => {
    const more = "<p>会议要求，各园区要持续优化营商环境，推动项目早落地、早投产、早见效，全年新增项目不少于60个。</p>".repeat(2);
    const html = `<html><body><div class="article"><div class="part">${BODY}</div><div class="ad-box">招商热线：400 0123 021</div><div class="part">${more}</div></div></body></html>`;
    const p = readPage(html);
    expect(p.mainText.split("\n")).toHaveLength(4);
    expect(p.mainText).not.toContain("招商热线");
    expect(p.warnings.some((w) => w.message.includes("advertisement"))).toBe(true);
  });

  test("a furniture-like class on the page frame does not swallow the article", () => {
    const html = `<html><body class="menu-open"><div class="wrap has-sidebar"><h1>晋东开发区第四次活动举行</h1>${BODY}</div></body></html>`;
    const lines = readPage(html).mainText.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("晋东开发区第四次活动举行");
  });

  test("a phone-like figure in a body paragraph stays", () => {
    const body = `${BODY}<p>该项目总投资13391219793元，建成后年产值可达20亿元，带动就业岗位800个。</p>`;
    expect(readPage(page("", "", body)).mainText).toContain("总投资13391219793元");
  });

  test("an inline related list inside the article is dropped as links", () => {
    const body = `${BODY}<ul><li><a href="/1">晋东开发区去年引进项目超百个</a></li><li><a href="/2">晋东开发区举行招商推介会</a></li></ul>`;
    const p = readPage(page("", "", body));
    expect(p.mainText).not.toContain("招商推介会");
  });
});

describe("looksLikeHtml", () => {
  test.each([["<!DOCTYPE html><html>"], ["  <div>正文</div>"], ["<!-- saved --><html>"], ["导语<p>一</p><p>二</p><br>三"]])(
    "html: %s",
    (t) => {
      expect(looksLikeHtml(t)).toBe(true);
    },
  );
  test.each([["全省开发区举行活动\n2023-09-02 来源:晋东日报"], ["投资<5亿元的项目有12个"]])("text: %s", (t) => {
    expect(looksLikeHtml(t)).toBe(false);
  });
});

describe("one page reader for the process, begun again for each page", () => {
  const portal = fixture("portal.html");
  const other = page("<title>另一页</title>", `<h1>另一篇文章的标题</h1><time datetime="2023-05-06">5月6日</time>`);
  // a page the fast scanner declines halfway (a '<' and an entity in one text run): read again by the tokenizer
  const declined = page("<title>甲</title>", `<div class="nav"><p>a &amp; b < c</p>`);
  test.each([
    ["the portal", portal],
    ["a plain page", other],
    ["a declined page", declined],
  ])("%s reads the same alone and after others", (_name, html) => {
    const alone = readPage(html);
    for (const before of [portal, other, declined]) {
      readPage(before);
      expect(readPage(html)).toEqual(alone);
    }
  });
  test.each([
    ["the portal", portal],
    ["a declined page", declined], // left the reader inside <div class="nav"> when the fast scanner gave up
  ])("what %s found is not carried into the next", (_name, before) => {
    readPage(before);
    const p = readPage(other);
    expect(p.title).toBe("另一篇文章的标题");
    expect(p.publishedAt).toBe("2023-05-06");
    expect(p.mainText).not.toContain("晋东开发区第四次“三个一批”活动举行");
  });
});

describe("<meta> in the body (microdata) opens and closes nothing", () => {
  const META = '<meta itemprop="dateModified" content="2023-08-02">';
  const withMeta = (body: string) => page("", "", body);

  test("a <meta> inside a paragraph does not break the paragraph's line", () => {
    const body = `<p>1月26日，晋东开发区第四次“三个一批”活动在园区会展中心举行，${META}共有46个项目参加，总投资111.9亿元。</p>`;
    const text = readPage(withMeta(body)).mainText;
    expect(text).toContain("会展中心举行，共有46个项目参加");
    // the same page without it reads the same
    expect(text).toBe(readPage(withMeta(body.replace(META, ""))).mainText);
  });

  test("a <meta> inside a sidebar does not let the sidebar's text (and its numbers) into the main text", () => {
    // before the fix the <meta> closed the element around it (the sidebar), so the sidebar's paragraph
    // was read as a child of the page, outside any furniture
    const sidebar = `<div class="side">${META}<p>侧栏：本站另有专题报道，欢迎点击阅读更多内容，全省各开发区动态一览，共计项目12个。</p></div>`;
    const body = `<div class="article">${BODY}</div>${sidebar}`;
    const text = readPage(withMeta(body)).mainText;
    expect(text).toContain("开工项目15个");
    expect(text).not.toContain("项目12个");
    expect(text).toBe(readPage(withMeta(body.replace(META, ""))).mainText);
  });

  test("a head <meta> is still read (description, source)", () => {
    const got = readPage(page('<meta name="source" content="山西日报">'));
    expect(got.outlet).toBe("山西日报");
  });
});
