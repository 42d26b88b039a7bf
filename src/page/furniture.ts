// Page furniture by line: navigation, ads, share bars, copyright, related lists, trailers.
// Works on one trimmed line at a time, so plain-text dumps and HTML blocks share the rules.
// Keywords are matched in both scripts (the page is not simplified yet).
import { warning, type Warning } from "../schema/index.js";
import { isMenuRow } from "./menu-row.js";

export type FurnitureKind = "navigation" | "related" | "ad" | "share" | "copyright" | "link" | "trailer" | "garbage";

/** punctuation that marks a line as body text, not a menu or a label (；counts here; where a sentence ends is
 * extract/text/sentences.ts's rule, not this) */
const BODY_PUNCTUATION = /[。！？!?；;]/;
/** 当前位置:首页 > 新闻 or "山西频道 > 正文" */
const BREADCRUMB = /^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|所在位置)[:：]|(?:>|›|»|＞)\s*正文(?:内容|內容)?\s*$/;
/** share bars, print/close buttons, font-size switches, prev/next links, site widgets */
const SHARE_BAR =
  /^(?:分享(?:到|至|[给給]朋友)\s*[:：]?|分享\s*[:：]|一[键鍵]分享|[扫掃]描二[维維]码|打印本[页頁]|[关關][闭閉]窗口|【\s*(?:字[号號]|打印|[关關][闭閉]|收藏|[纠糾][错錯])|收藏本文|返回[顶頂]部|上一篇|下一篇|[点點][击擊]排行)|勋章级别|勳章級別|返回搜狐|阅读原文$|閱讀原文$/;
/** contact details of an advertiser: WeChat, phones, QR codes */
const AD_CONTACT =
  /微信|手机|手機|电话|電話|热线|熱線|联系人|聯繫人|联系方式|聯繫方式|二[维維]码|二[维維]碼|[扫掃]一[扫掃]|公众号|公眾號|[长長]按|QQ[:：]/;
/** a phone number, not a figure: a unit right after it makes it a figure */
const PHONE =
  /(?<![\d.])(?:(?:400|800)[- ]?\d{3,4}[- ]?\d{3,4}|1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?![\d.]|\s*(?:元|万|萬|亿|億|个|個|吨|噸|平方|亩|畝|%))/;
const COPYRIGHT_START =
  /^(?:[【\[(（]?\s*)?(?:版[权權]声明|版[权權]聲明|版[权權]所有|免[责責]声明|免[责責]聲明|[©Ⓒ]|copyright\b|\(c\)\s*\d{4})/i;
/** copyright wording anywhere in a short line */
const COPYRIGHT_WORDING =
  /版[权權]所有|all rights reserved|未[经經]\S{0,12}授[权權]\S{0,24}不得[转轉][载載]|[转轉][载載]请注明出处|[转轉][载載]請註明出處/i;
const PERMALINK = /^(?:本文[链鏈]接|原文[链鏈]接|原文地址|本文地址)\s*[:：]|^https?:\/\/\S+$/;
/** heading that opens a list of other articles */
const RELATED_HEADING =
  /^(?:相[关關](?:文章|阅读|閱讀|新闻|新聞|推荐|推薦|报道|報道|链接|鏈接|资讯|資訊)|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|猜你喜[欢歡]|热门推荐|熱門推薦|热点新闻|熱點新聞|更多精彩|往期回[顾顧]|精彩推荐|精彩推薦)\s*[:：]?$/;
/** digits and symbols only: counters, tracking ids */
const GARBAGE = /^[\d\s.,:;_\-=*#|/+]{8,}$/;
const END_OF_STORY = /^[(（]\s*完\s*[)）]$/;

/** what kind of furniture this line is, or null when it may be article text */
export function classifyFurniture(line: string): FurnitureKind | null {
  if (GARBAGE.test(line)) return "garbage";
  if ((line.includes("正文") || line.includes("位置")) && BREADCRUMB.test(line)) return "navigation";
  if (RELATED_HEADING.test(line)) return "related";
  if (PERMALINK.test(line)) return "link";
  if (line.length <= 240 && COPYRIGHT_START.test(line)) return "copyright";
  if (line.length <= 100 && COPYRIGHT_WORDING.test(line)) return "copyright";
  if (line.length <= 60 && SHARE_BAR.test(line)) return "share";
  if (isAdLine(line)) return "ad";
  // a menu row has no punctuation: four or more short words separated by spaces or bars (menu-row.ts)
  if (!BODY_PUNCTUATION.test(line) && isMenuRow(line)) return "navigation";
  return null;
}

/** contact keywords in a short or sentence-less line, or a bare phone number in a short line */
export function isAdLine(line: string): boolean {
  if ((line.length <= 24 || !BODY_PUNCTUATION.test(line)) && AD_CONTACT.test(line)) return true;
  return line.length <= 40 && !line.includes("。") && PHONE.test(line);
}

/** lines after which the article is over: whatever follows is trailer, kept only for metadata */
export function endsStory(line: string, kind: FurnitureKind | null): boolean {
  if (kind === "related" || kind === "copyright" || kind === "link") return true;
  return END_OF_STORY.test(line) || /^返回搜狐|^上一篇|^下一篇/.test(line);
}

const KIND_LABEL: Record<FurnitureKind, string> = {
  navigation: "navigation and breadcrumb",
  related: "related-article list",
  ad: "advertisement and contact block",
  share: "share bar and page widgets",
  copyright: "copyright notice",
  link: "permalink",
  trailer: "page trailer",
  garbage: "digit garbage",
};

/** one dropped-boilerplate warning per kind, counting its lines */
export function boilerplateWarnings(dropped: Map<FurnitureKind, number>): Warning[] {
  return [...dropped].map(([kind, lines]) =>
    warning("dropped-boilerplate", `dropped ${KIND_LABEL[kind]} (${lines} line${lines === 1 ? "" : "s"})`),
  );
}
