// Each pattern rewritten to run in linear time keeps its behaviour: the rewrite and the pattern as it was
// give the same answer on every input fast-check draws from an alphabet of the characters the pattern
// cares about (short inputs: the old patterns are super-linear), plus cases that must match and must not.
/* eslint-disable regexp/no-super-linear-backtracking, regexp/no-useless-assertions -- OLD holds the patterns as they were: the reference the rewrites are compared with */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ORDINALS_RE } from "../../src/check/claim.js";
import { ORDINAL_NUMERAL } from "../../src/extract/patterns/numbers.js";
import { COMMENT_RE } from "../../src/input/url-list.js";
import { META_CHARSET_RE } from "../../src/decode/charset.js";
import { WIDTH_AND_SPACING } from "../../src/normalize/width.js";
import { BREAK, BREAK_BETWEEN_ALNUM } from "../../src/page/html-blocks.js";
import { isMenuRow } from "../../src/page/menu-row.js";
import { MACHINE_DATE, RELATIVE_DATE } from "../../src/page/metadata-dates.js";
import { SITE_SUFFIX } from "../../src/page/metadata-html.js";
import { OUTLET_TAIL, OUTLET_TRIM, PAREN_BYLINE, PHOTO_CREDIT, TRAILING_BYLINE } from "../../src/page/metadata.js";
import { cleanDocumentTitle } from "../../src/page/title.js";
import { fuzzParams } from "./fuzz-params.js";

/** short strings over the characters a pattern turns on */
const over = (alphabet: string, maxLength = 24) => fc.string({ unit: fc.constantFrom(...[...alphabet]), maxLength });
const same = <T>(alphabet: string, old: (s: string) => T, now: (s: string) => T, maxLength?: number) =>
  fc.assert(
    fc.property(over(alphabet, maxLength), (s) => {
      expect(now(s)).toEqual(old(s));
    }),
    fuzzParams({ numRuns: 3000 }),
  );
const groupsOf = (re: RegExp) => (s: string) => {
  const m = re.exec(s);
  return m === null ? null : { index: m.index, text: m[0], groups: { ...m.groups } };
};
const allMatches = (re: RegExp) => (s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0], JSON.stringify(m.groups ?? {})]);

const NAME = String.raw`[\p{Script=Han}·]{2,4}`;
const OLD_NAMES = String.raw`${NAME}(?:[ \u00a0\u3000、，,/]+${NAME})*`;
const OLD = {
  ordinals: new RegExp(
    `第\\s*(?:${ORDINAL_NUMERAL})(?:次|期|批|轮)?(?:\\s*(?:和|与|及|、|,|，)\\s*第?\\s*(?:${ORDINAL_NUMERAL})(?:次|期|批|轮)?)*`,
    "u",
  ),
  menuRow: /^(?:[\p{Script=Han}A-Za-z·]{1,6}[ \u00a0\u3000|丨]+){3,}[\p{Script=Han}A-Za-z·]{1,6}$/u,
  outletTail:
    /(?:返回搜狐|[,，]?\s*查看更多|作者|編輯|编辑|责任|責任|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|发布|發布|时间|時間|(?:19|20)\d{2}[-年/]).*$/u,
  outletTrim: /[,，。.:：;；、\s]+$/u,
  parenByline: new RegExp(String.raw`[(（]\s*(?:本[报報]|新华社)?(?:记者|記者)\s*[:：]?\s*(?<names>${OLD_NAMES})\s*[)）]`, "u"),
  photoCredit: new RegExp(String.raw`(?:^|[。，,\s(（])(?:本[报報])?(?:记者|記者)\s*(?<names>${OLD_NAMES})\s*[摄攝]`, "u"),
  trailingByline: new RegExp(String.raw`(?:^|[。！？!?\s])(?:本[报報])?(?:记者|記者)\s*[:：]?\s*(?<names>${OLD_NAMES})\s*$`, "u"),
  machineDate: /^\s*(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?)?\s*$/,
  relativeDate: /\d+\s*(?:秒|分[钟鐘]|小[时時]|天|周|週|个?月|個?月|年)前|昨天|前天|刚刚|剛剛/,
  siteSuffix: /\s*(?:[_|丨]|\s[-–—]\s)\s*[^_|丨\-–—]{0,20}(?:网|網|报|報|台|频道|頻道|客户端|客戶端|新闻|新聞|官网|官網|政府)\s*$/u,
  titleSeparator: /\s*(?:[_|丨–—]|\s-\s|--)\s*/u,
  breakBetweenAlnum: /(?<=[A-Za-z0-9])[\s\u00a0\u3000]*\n[\s\u00a0\u3000]*(?=[A-Za-z0-9])/g,
  break: /[\s\u00a0\u3000]*\n[\s\u00a0\u3000]*/g,
  metaCharset: /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<meta>[\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<xml>[\w.:-]+)/i,
  comment: /(?:^|\s)#.*$/,
  width: new RegExp(
    String.raw`(?=[０-９Ａ-Ｚａ-ｚ％．0-9 \t\u00a0\u3000,，、。])(?:(?<fullWidth>[０-９Ａ-Ｚａ-ｚ％])|(?<decimalPoint>(?<=[0-9０-９])．(?=[0-9０-９]))|(?<spaceBeforeNumber>(?<=[\u3400-\u9fff\uf900-\ufaff])[ \t\u00a0\u3000]+(?=[0-9０-９]))|(?<spaceAfterNumber>(?<=[0-9０-９%％])[ \t\u00a0\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff]|[%％]))|(?<spacedYear>(?<![0-9.])[0-9](?: [0-9]){3}(?=年))|(?<spaceAfterOpenQuote>(?<=[“‘《「『])[ \t\u00a0\u3000]+)|(?<spaceBeforeCloseQuote>[ \t\u00a0\u3000]+(?=[”’》」』]))|(?<doubledComma>[,，、]{2,})|(?<doubledStop>。{2,}))`,
    "g",
  ),
};

describe("menu row (an automaton instead of an exponential pattern)", () => {
  test("same answer as the pattern", () => same("丨| 　新闻aB·。，", (s) => OLD.menuRow.test(s), isMenuRow, 16));
  test.each([
    "首页 新闻 体育 财经",
    "首页丨新闻丨体育丨财经",
    "丨丨丨丨丨丨丨",
    "首页 | 要闻 | 山西 | 视频 | Eng",
    "新闻\u3000体育\u3000财经\u3000娱乐",
  ])("a menu row: %s", (line) => expect(isMenuRow(line)).toBe(true));
  test.each(["首页 新闻 体育", "首页 新闻 体育 财经 ", "首页新闻体育财经要闻", "首页 新闻 体育 财经。", "首页 新闻 体育 七个字的栏目名"])(
    "not a menu row: %s",
    (line) => expect(isMenuRow(line)).toBe(false),
  );
  test("a line of 10,000 丨 is answered in one pass", () => {
    // the pattern took 1.1 s at 27 and four times longer for every two more
    expect(isMenuRow("丨".repeat(10_000))).toBe(true);
    expect(isMenuRow(`${"丨".repeat(10_000)}。`)).toBe(false);
  });
});

describe("metadata patterns", () => {
  test("outlet tail: same cut on outlets (which hold no whitespace)", () =>
    same(
      "返回搜狐查看更多作者编辑,，2019年-晋东日报",
      (s) => s.replace(OLD.outletTail, ""),
      (s) => s.replace(OUTLET_TAIL, ""),
    ));
  test("outlet trim: same cut", () =>
    same(
      ",，。.:：;；、 \t晋东报",
      (s) => s.replace(OLD.outletTrim, ""),
      (s) => s.replace(OUTLET_TRIM, ""),
    ));
  // 40 characters hold at most 13 names: below the cap of 16
  test("paren byline: same names", () =>
    same("(（记者本报新华社:：张三李 、，,/)）", groupsOf(OLD.parenByline), groupsOf(PAREN_BYLINE), 40));
  test("photo credit: same names", () => same("。，, (本报记者张三李 、/摄攝", groupsOf(OLD.photoCredit), groupsOf(PHOTO_CREDIT), 40));
  test("trailing byline: same names", () =>
    same("。！? 本报记者:张三李 、，/", groupsOf(OLD.trailingByline), groupsOf(TRAILING_BYLINE), 40));
  test("a byline names at most 16 people: the cap that keeps each match attempt short", () => {
    const names = Array.from({ length: 16 }, (_, i) => `张${"一二三四五六七八九十甲乙丙丁戊己"[i]}`);
    expect(TRAILING_BYLINE.exec(`本报记者 ${names.join(" ")}`)?.groups?.names.split(" ")).toEqual(names);
    expect(PAREN_BYLINE.exec(`（记者 ${names.join("、")}）`)?.groups?.names.split("、")).toEqual(names);
    // a seventeenth name is past the cap: no byline rather than a long search
    expect(PAREN_BYLINE.exec(`（记者 ${names.join("、")}、王五）`)).toBeNull();
  });
  test("machine date: same fields", () => same("2023-09-0T :Z+08.5 \t", groupsOf(OLD.machineDate), groupsOf(MACHINE_DATE), 30));
  test.each(["2023-09-02", " 2023-09-02T10:14:41.123 +08:00 ", "2023-09-02 10:14Z"])("machine date %s", (s) =>
    expect(MACHINE_DATE.test(s)).toBe(true),
  );
  test.each(["2023-09-02 10", "2023-9-02", "2023-09-02T10:14 +08:00 x"])("not a machine date: %s", (s) =>
    expect(MACHINE_DATE.test(s)).toBe(false),
  );
  test("relative date: same answer", () =>
    same(
      "0123 秒分钟小时天前昨天刚剛x",
      (s) => OLD.relativeDate.test(s),
      (s) => RELATIVE_DATE.test(s),
    ));
  test("site suffix: same cut", () =>
    same(
      "标题_|丨 -–—晋东网报频道客户端政府x",
      (s) => s.replace(OLD.siteSuffix, ""),
      (s) => s.replace(SITE_SUFFIX, ""),
    ));
  test("title separator: same headline", () =>
    same(
      "标题新闻网 _|丨–—-\tx",
      (s) => {
        const first = s.trim().split(OLD.titleSeparator)[0]?.trim() ?? "";
        return first.length >= 4 ? first : s.trim() || null;
      },
      cleanDocumentTitle,
    ));
});

describe("page, width, charset and URL-list patterns", () => {
  const collapse = (between: RegExp, lineBreak: RegExp) => (s: string) => s.replace(between, " ").replace(lineBreak, "");
  test("line breaks in a block: same text", () =>
    same("ab1 \t\n\u3000\u00a0新", collapse(OLD.breakBetweenAlnum, OLD.break), collapse(BREAK_BETWEEN_ALNUM, BREAK)));
  test.each([
    ["word\n  next", "word next"],
    ["山西\n 开发区", "山西开发区"],
    ["2023 \n", "2023"],
  ])("%j → %j", (raw, text) => expect(collapse(BREAK_BETWEEN_ALNUM, BREAK)(raw)).toBe(text));
  test("width and spacing: same edits", () =>
    same("０Ａ％．1 \t　,，、。年“”新", allMatches(OLD.width), allMatches(WIDTH_AND_SPACING), 30));
  test("meta charset: same label", () =>
    same(`<meta charset=" 'gbk>?xml encoding`, groupsOf(OLD.metaCharset), groupsOf(META_CHARSET_RE), 40));
  test("URL-list comment: same line on lines (no line break in them)", () =>
    same(
      "# \thttp:/a",
      (s) => s.replace(OLD.comment, ""),
      (s) => s.replace(COMMENT_RE, ""),
    ));
});

describe("the check command's claim patterns", () => {
  test("ordinals: same match as the pattern with two space runs side by side", () =>
    same("第一二十3次期和、,， \t\u0000", groupsOf(OLD.ordinals), groupsOf(ORDINALS_RE), 30));
  test.each(["第二次", "第一次和第二次", "第一、二次", "第一次、 第二次", "第 3期"])("ordinals in %s", (s) =>
    expect(ORDINALS_RE.exec(s)?.[0]).toBe(s),
  );
  test.each(["第次", "二次", "次第"])("no ordinal in %s", (s) => expect(ORDINALS_RE.exec(s)).toBeNull());
});
