// Saved text files with header lines (URL:, 标题:, 来源:, 发布时间:, 作者:): metadata, never the headline or the text.
import { describe, expect, test } from "vitest";
import { readHeaderLines } from "../../src/page/header-lines.js";
import { readPage } from "../../src/page/page.js";
import { extractFromBytes } from "../../src/pipeline.js";

// Written for these tests (invented facts).
const BODY = "晋东开发区举行项目集中签约\n3月2日，晋东开发区集中签约项目12个，总投资36.5亿元。\n";

describe("header lines at the top of a text file", () => {
  test.each([
    ["URL + blank line", `URL: https://example.com/a/1.html\n\n${BODY}`, { url: "https://example.com/a/1.html" }],
    [
      "a full header block",
      `标题: 晋东开发区举行项目集中签约\n链接: https://example.com/a/2.html\n来源: 晋东日报\n发布时间: 2024-03-02 10:15\n作者: 温小川\n\n${BODY}`,
      {
        url: "https://example.com/a/2.html",
        title: "晋东开发区举行项目集中签约",
        outlet: "晋东日报",
        publishedAt: "2024-03-02T10:15+08:00",
        authors: ["温小川"],
      },
    ],
    [
      "full-width colons, traditional labels",
      `網址：https://example.com/b\n標題：晉東開發區\n\n${BODY}`,
      { url: "https://example.com/b", title: "晉東開發區" },
    ],
    ["blank lines before the block", `\n\nURL: http://example.com/c\n\n${BODY}`, { url: "http://example.com/c" }],
  ])("%s", (_, text, want) => {
    const found = readHeaderLines(text);
    expect(found?.meta).toMatchObject(want);
    expect(found?.rest).toContain("晋东开发区集中签约项目12个");
    expect(found?.rest).not.toMatch(/URL|链接|網址|标题:|標題：/u);
  });

  test.each([
    ["no header at all", BODY],
    ["来源 on a body line further down", `${BODY}来源: 晋东日报\n`],
    ["a 标题 line in the middle", `晋东开发区举行项目集中签约\n\n标题: 另一篇文章\n\n3月2日，签约项目12个。\n`],
    ["a header glued to the text without a blank line", `URL: https://example.com/a\n3月2日，签约项目12个。\n`],
    ["a URL label whose value is no URL", `URL: 见下文\n\n${BODY}`],
    ["only a 来源 line on top (the page's own date/来源 line, read by the layout)", `来源: 晋东日报\n\n${BODY}`],
    ["a body line with a colon", `时间紧任务重: 园区全力推进项目建设\n\n${BODY}`],
  ])("none: %s", (_, text) => {
    expect(readHeaderLines(text)).toBeNull();
  });
});

describe("readPage and the pipeline with header lines", () => {
  test("the URL line is neither the title nor text; the page's headline is the title", () => {
    const page = readPage(`URL: https://example.com/a/1.html\n\n${BODY}`);
    expect(page.url).toBe("https://example.com/a/1.html");
    expect(page.title).toBe("晋东开发区举行项目集中签约");
    expect(page.mainText).not.toContain("example.com");
  });

  test("header metadata fills what the page does not state", () => {
    const text = `标题: 晋东开发区举行项目集中签约\n来源: 晋东日报\n发布时间: 2024年3月2日\n\n3月2日，晋东开发区集中签约项目12个，总投资36.5亿元。\n`;
    const page = readPage(text);
    expect(page).toMatchObject({ title: "晋东开发区举行项目集中签约", outlet: "晋东日报", publishedAt: "2024-03-02" });
    expect(page.mainText).toBe("3月2日，晋东开发区集中签约项目12个，总投资36.5亿元。");
  });

  test("a 标题 line in the middle stays page text", () => {
    const page = readPage(`URL: https://example.com/x\n\n快讯：晋东开发区签约\n3月2日，签约项目12个。\n标题:快讯：晋东开发区签约\n`);
    expect(page.title).toBe("快讯：晋东开发区签约");
    expect(page.mainText).toContain("标题:快讯");
  });

  test("extractFromBytes keeps the path and adds the URL the file names", () => {
    const bytes = Buffer.from(`URL: https://example.com/a/1.html\n\n${BODY}`);
    const doc = extractFromBytes({ source: { path: "a.txt" }, label: "a.txt", bytes, contentType: null });
    expect(doc.article.source).toEqual({ path: "a.txt", url: "https://example.com/a/1.html" });
    expect(doc.article.title).toBe("晋东开发区举行项目集中签约");
  });

  test("a URL the input came from wins over the file's header", () => {
    const bytes = Buffer.from(`URL: https://example.com/old\n\n${BODY}`);
    const doc = extractFromBytes({ source: { url: "https://example.com/new" }, label: "u", bytes, contentType: null });
    expect(doc.article.source).toEqual({ url: "https://example.com/new" });
  });
});
