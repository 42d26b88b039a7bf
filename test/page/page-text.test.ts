// Plain-text dumps of pages: the same furniture removal as HTML, line by line.
import { describe, expect, test } from "vitest";
import { classifyFurniture, isAdLine } from "../../src/page/furniture.js";
import { readPage } from "../../src/page/page.js";

// Written for this test: a reposted portal page with menus, a widget line, an ad block and a related list.
const PORTAL_DUMP = [
  "晋东 晋西 晋南",
  "首页 要闻 政情 产经 教育 旅游 体育",
  "晋东频道 > 正文",
  "",
  "晋东开发区第四次“三个一批”活动举行 签约项目18个",
  "",
  "admin3年前 (2024-01-28)新闻中心1024",
  "",
  "　　由内容质量、互动评论等多维度分值决定，勋章级别越高，代表其综合表现越好。",
  "　　1月26日，晋东开发区第四次“三个一批”活动在园区会展中心举行，共有46个项目参加。",
  "　　园区负责人在接受记者采访时表示，项目资金来源以社会投资为主，总投资13391219793元的项目已落地。",
  "　　来源:晋东广播电视台、晋东电视台返回搜狐,查看更多",
  "",
  "温小雨微信号",
  "厂房土地租售:400 0123 021",
  "或微信/手机:13912345678",
  "长按/扫一扫加温小雨的微信号",
  "版权声明:本文由公众号园区招商发布,如需转载请注明出处。",
  "本文链接:http://example.com/post/1.html",
  "分享给朋友:",
  "相关文章",
  "晋南厂房公司厂家",
  "　　晋南企业名录晋南房地产企业名录晋南厂房公司...",
].join("\n");

describe("readPage on a text dump", () => {
  const page = readPage(PORTAL_DUMP);

  test("headline first, then the body; menus, widgets, ads and the related list are gone", () => {
    expect(page.format).toBe("text");
    expect(page.title).toBe("晋东开发区第四次“三个一批”活动举行 签约项目18个");
    expect(page.mainText.split("\n")).toEqual([
      "晋东开发区第四次“三个一批”活动举行 签约项目18个",
      "1月26日，晋东开发区第四次“三个一批”活动在园区会展中心举行，共有46个项目参加。",
      "园区负责人在接受记者采访时表示，项目资金来源以社会投资为主，总投资13391219793元的项目已落地。",
    ]);
    for (const gone of ["温小雨", "400 0123", "13912345678", "版权", "相关文章", "厂房公司", "首页", "勋章", "返回搜狐"])
      expect(page.mainText).not.toContain(gone);
  });

  test("metadata: relative date with its absolute date, outlet trimmed of furniture, no false byline", () => {
    expect(page.publishedAt).toBe("2024-01-28");
    expect(page.outlet).toBe("晋东广播电视台、晋东电视台");
    expect(page.reporters).toEqual([]);
    expect(page.editors).toEqual([]);
  });

  test("one dropped-boilerplate warning per kind", () => {
    const messages = page.warnings.filter((w) => w.code === "dropped-boilerplate").map((w) => w.message);
    expect(new Set(messages).size).toBe(messages.length);
    for (const kind of ["navigation", "advertisement", "copyright", "related-article"])
      expect(messages.some((m) => m.includes(kind))).toBe(true);
  });
});

describe("readPage on a traditional text dump with bylines and a trailer", () => {
  const page = readPage(
    [
      "晉東開發區第四次“三個一批”活動舉行",
      "2023-09-02 10:14:41 來源:晉東日報  ",
      "　　8月31日，晉東開發區第四次“三個一批”活動舉行。本報記者溫小川攝",
      "　　本次活動共簽約項目18個。（記者陳小琦）",
      "     ",
      "責任編輯:暢小杰",
      "版權聲明:凡晉東日報刊載的各類稿件，未經書面授權，任何媒體不得轉載。",
      "010070280010000000000000011100001128421304",
    ].join("\n"),
  );

  test("metadata in the page's own script", () => {
    expect(page.publishedAt).toBe("2023-09-02T10:14:41+08:00");
    expect(page.outlet).toBe("晉東日報");
    expect(page.reporters).toEqual(["溫小川", "陳小琦"]);
    expect(page.editors).toEqual(["暢小杰"]);
  });

  test("editor, copyright and digit garbage lines are not main text", () => {
    expect(page.mainText.split("\n")).toHaveLength(3);
    expect(page.mainText).not.toMatch(/責任編輯|版權|0100702800/);
  });
});

describe("dates that are not the article's", () => {
  test("a top bar's date above the headline and dated related-list entries give no publishedAt", () => {
    const page = readPage(
      [
        "今天是2023年9月2日 星期六",
        "晋东开发区第四次“三个一批”活动举行",
        "　　1月26日，晋东开发区第四次“三个一批”活动在园区会展中心举行，共有46个项目参加。",
        "相关阅读",
        "晋东开发区举行招商推介会 2023-08-01",
        "（记者 温小川）",
        "责任编辑：房小雨",
      ].join("\n"),
    );
    expect(page.title).toBe("晋东开发区第四次“三个一批”活动举行");
    expect(page.publishedAt).toBeNull();
    expect(page.reporters).toEqual([]); // a byline inside a related list belongs to another article
    expect(page.editors).toEqual(["房小雨"]);
  });
});

test("pinyin readings in metadata lines do not hide the keywords or stay in the values", () => {
  const page = readPage(
    [
      "晉東開(kāi)發(fā)區(qū)活動舉行",
      "2023-09-02 10:14:41 來(lái)源(yuán):晉東日報(bào)",
      "　　8月31日，晉東開(kāi)發(fā)區(qū)活動舉行。",
      "責(zé)任編(biān)輯(jí):暢(chàng)小杰",
    ].join("\n"),
  );
  expect(page).toMatchObject({ outlet: "晉東日報", editors: ["暢小杰"], publishedAt: "2023-09-02T10:14:41+08:00" });
});

test("a relative date with no absolute date is a warning, not a guess", () => {
  const page = readPage(["晋东开发区活动举行", "admin 3小时前 来源：晋东日报", "　　8月31日，晋东开发区活动举行。"].join("\n"));
  expect(page.publishedAt).toBeNull();
  expect(page.warnings.map((w) => w.code)).toContain("unparsed-date");
});

test("a date line above the headline still dates the article", () => {
  const page = readPage(
    ["2023-09-02 10:14 来源：晋东日报", "晋东开发区第四次活动举行", "　　8月31日，晋东开发区第四次活动举行，共有46个项目参加。"].join("\n"),
  );
  expect(page).toMatchObject({ title: "晋东开发区第四次活动举行", publishedAt: "2023-09-02T10:14+08:00", outlet: "晋东日报" });
  expect(page.mainText.split("\n")).toHaveLength(2);
});

describe("classifyFurniture", () => {
  test.each([
    ["当前位置:首页 > 新闻中心 > 正文内容", "navigation"],
    ["首页 要闻 政情 产经 医卫 房产", "navigation"],
    ["相关阅读", "related"],
    ["相關閱讀：", "related"],
    ["本文链接:http://example.com/1.html", "link"],
    ["版權所有 © 2024 晉東新聞網", "copyright"],
    ["Copyright 2024 example.com All Rights Reserved", "copyright"],
    ["分享到：", "share"],
    ["【字号：大 中 小】", "share"],
    ["【打印】【关闭】", "share"],
    ["【關閉窗口】", "share"],
    ["扫一扫关注公众号", "ad"],
    ["联系电话：0351-1234567", "ad"],
    ["010070280010000000000000011100001128421304", "garbage"],
  ])("%s → %s", (line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  test.each([
    ["久久为功抓项目 持续掀起建设热潮"], // a subheading with a space is not a menu
    ["1月26日，晋东开发区第四次“三个一批”活动举行。"],
    ["相关部门负责同志参加活动。"],
    ["总投资13391219793元"], // a phone-like figure with a unit is a figure
    ["园区企业通过微信公众号发布招聘信息，吸引了大批人才回流，带动就业岗位1200个。"],
    ["2023"],
    ["分享经济带动园区企业数字化转型"], // 分享 as a word, not a share bar
    ["收藏家协会在园区举办展览"],
  ])("not furniture: %s", (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });

  test("a phone number in a long body sentence is not an ad", () => {
    expect(isAdLine("项目总投资13391219793元，建成后年产值可达20亿元，带动就业岗位800个。")).toBe(false);
    expect(isAdLine("咨询热线：13912345678")).toBe(true);
  });
});

describe("headline below the story's first sentence", () => {
  // Written for this test: a text dump that starts with the lead paragraph, then a short line of the body.
  test("the lead paragraph is text, and a short line after it is no headline", () => {
    const page = readPage("1月5日，晋东开发区第四次项目集中签约活动举行，签约项目18个。\n据统计，此次活动\n总投资36.5亿元。\n");
    expect(page.title).toBeNull();
    expect(page.mainText).toContain("签约项目18个");
  });
  test("a headline above the lead is still the headline", () => {
    const page = readPage("晋东开发区项目集中签约\n1月5日，晋东开发区第四次项目集中签约活动举行，签约项目18个。\n");
    expect(page.title).toBe("晋东开发区项目集中签约");
  });
});
