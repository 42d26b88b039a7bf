// Metadata stated in the page text: outlet (来源), repost origins (转自), reporters (记者) and editors (编辑).
// Keywords in both scripts; values stay in the page's own script (the pipeline simplifies them).
import { findTextDate } from "./metadata-dates.js";

const NAME = String.raw`[\p{Script=Han}·]{2,4}`;
/** at most 16 names: a byline is a few names, and the cap keeps each match attempt short (test/page/metadata.test.ts) */
const NAMES = String.raw`${NAME}(?:[ \u00a0\u3000、，,/]+${NAME}){0,15}`;

/** 来源:山西日报 — only as a label: at line start or after a space/bar/bracket, never inside a sentence */
const OUTLET_LABEL = /(?:^|[\s|丨【】\[\]（(])(?:来源|來源|稿源)\s*[:：]\s*(?<outlet>[^\s|丨【】\[\]（）()]+)/u;
/** what pages glue after the outlet: 返回搜狐,查看更多 · 作者 · 编辑 · 浏览 · a date */
export const OUTLET_TAIL =
  /(?:返回搜狐|[,，]?(?<!\s)\s*查看更多|作者|編輯|编辑|责任|責任|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|发布|發布|时间|時間|(?:19|20)\d{2}[-年/]).*$/su;
// linear: a run of spaces or of trailing punctuation is tried from its first character only (the leftmost match
// starts there anyway), and the outlet holds no line break (dotAll changes nothing but ends every tail at the end)
export const OUTLET_TRIM = /(?<![,，。.:：;；、\s])[,，。.:：;；、\s]+$/u;
/** an outlet is never a person: a byline word or a bare short name is rejected */
const PERSON_LIKE_OUTLET = /^(?:本[报報])?(?:记者|記者|作者|编辑|編輯|通讯员|通訊員)/u;
const OUTLET_WORD = /[报報网網台社刊视視讯訊闻聞号號厅廳局委府区區市省县縣部办辦会會院站端媒体體]/u;

/** (记者陈俊琦) · （本报记者 张三 李四） */
export const PAREN_BYLINE = new RegExp(
  String.raw`[(（]\s*(?:本[报報]|新华社)?(?:记者|記者)\s*(?:[:：]\s*)?(?<names>${NAMES})\s*[)）]`,
  "u",
);
/** 本报记者史晓波摄 — a photo credit names a reporter too */
export const PHOTO_CREDIT = new RegExp(String.raw`(?:^|[。，,\s(（])(?:本[报報])?(?:记者|記者)\s*(?<names>${NAMES})\s*[摄攝]`, "u");
/** "…胜利召开。记者闫杰" or a byline line "本报记者 张三 李四"; 接受记者采访 is not a byline */
export const TRAILING_BYLINE = new RegExp(
  String.raw`(?:^|[。！？!?\s])(?:本[报報])?(?:记者|記者)\s*(?:[:：]\s*)?(?<names>${NAMES})\s*$`,
  "u",
);
/** 责任编辑:畅任杰 · [编辑: 王浩庆 ] · 责编：张三 */
const EDITOR_LABEL = new RegExp(
  String.raw`(?:^|[\s\[【(（|丨])(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*(?<names>${NAMES})`,
  "u",
);
/** words that follow 记者 in sentences (记者了解到, 记者从…获悉) and can never start a name */
const NOT_A_NAME =
  /^[从從在了对對向据據获獲于於日月年近今昨前后後来來走看注发發采採也还還又再将將已和与與等]|(?:了解|获悉|獲悉|采访|採訪|看到|发现|發現)|[摄攝]$/u;
const ROLE_WORD = /^(?:通讯员|通訊員|实习生|實習生|摄影|攝影|摄像|攝像|编辑|編輯|校对|校對|审核|審核|责编|責編)/u;
const NAME_SPLIT = /[ \u00a0\u3000、，,/]+/u;

export function findOutlet(line: string): string | null {
  if (!line.includes("源")) return null;
  const m = OUTLET_LABEL.exec(line);
  if (m?.groups === undefined) return null;
  const outlet = m.groups.outlet.replace(OUTLET_TAIL, "").replace(OUTLET_TRIM, "");
  if (outlet.length < 2 || PERSON_LIKE_OUTLET.test(outlet)) return null;
  if (outlet.length <= 3 && !OUTLET_WORD.test(outlet)) return null;
  return outlet;
}

/**
 * 转自山西新闻网 · 来源：山西日报 · 原载… in the main text: the outlets a repost says it was taken from.
 * Matched wherever it stands, up to the first character that is not Han, Latin or ·; the pipeline
 * simplifies each and drops the article's own outlet. Merge picks a group's original from these.
 */
const REPOST_ORIGIN = /(?:来源|來源|稿源|转自|轉自|转载自|轉載自|原载|原載)[:：]?\s*(?<origin>[\p{Script=Han}A-Za-zＡ-Ｚａ-ｚ·]{2,20})/gu;

export function findRepostOrigins(mainText: string): string[] {
  return uniqueNames([...withoutReadings(mainText).matchAll(REPOST_ORIGIN)].map((m) => m.groups!.origin));
}

export function findReporters(line: string): string[] {
  const found: string[] = [];
  if (!line.includes("记者") && !line.includes("記者")) return found;
  for (const pattern of [PAREN_BYLINE, PHOTO_CREDIT, TRAILING_BYLINE]) {
    const names = pattern.exec(line)?.groups?.names;
    if (names !== undefined) found.push(...splitNames(names));
  }
  return found;
}

export function findEditors(line: string): string[] {
  if (!line.includes("编") && !line.includes("編")) return [];
  const names = EDITOR_LABEL.exec(line)?.groups?.names;
  return names === undefined ? [] : splitNames(names);
}

/** names up to the next role word: "温小川 通讯员 房小雨" credits 温小川 only */
function splitNames(names: string): string[] {
  const found: string[] = [];
  for (const n of names.split(NAME_SPLIT)) {
    if (ROLE_WORD.test(n)) break;
    if (n.length >= 2 && !NOT_A_NAME.test(n) && !OUTLET_WORD.test(n.slice(-1))) found.push(n);
  }
  return found;
}

/** a line that only carries metadata (date/来源 line, byline, editor line): dropped from the main text */
export function isMetadataLine(line: string): boolean {
  if (line.includes("。") || line.length > 300) return false;
  line = withoutReadings(line);
  if (line.length > 90) return false;
  if (findEditors(line).length > 0) return true;
  if (line.length <= 30 && TRAILING_BYLINE.test(line) && /^(?:本[报報])?(?:记者|記者)/u.test(line)) return true;
  return findOutlet(line) !== null || (line.length <= 60 && findTextDate(line) !== null && !/[，,]/.test(line));
}

/** 來(lái)源 → 來源: pinyin readings after Han characters hide the keywords and end up in names */
const PINYIN_READING = /(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?[)）]/gu;

export function withoutReadings(line: string): string {
  return line.includes("(") || line.includes("（") ? line.replace(PINYIN_READING, "") : line;
}

/** names in order of first appearance, each once */
export function uniqueNames(names: Iterable<string>): string[] {
  return [...new Set(names)];
}
