// Tally patterns: how a stage's count is written (签约项目N个 and its phrasings), the amounts read right after it,
// and the subject written before it. A new kind of tally phrasing is one more alternative in TALLY_AT_RE.
import type { Stage } from "../../schema/index.js";
import { CITY_NAMES, CITY_SHORT_NAMES, COUNTY_NAMES } from "../places.js";
import { SELF_WORDS, WHOLE_WORDS } from "../self-words.js";
import { CHINESE_NUMERAL, NUMBER_ARABIC, QUALIFIER_AFTER } from "./numbers.js";
import { THIS_ROUND_WORDS } from "./rounds.js";

// counts are written in Arabic digits in this press; a Chinese numeral here (三个一批) is a name, not a count
const COUNT = "\\d{1,5}(?![\\d.])";

/** the stage a stage word names (合同 and 生产 are rewritten copies of 签约 and 投产) */
export const STAGE_OF: ReadonlyMap<string, Stage> = new Map([
  ["签约", "signed"],
  ["合同", "signed"],
  ["开工", "started"],
  ["投产", "producing"],
  ["生产", "producing"],
]);

// 88个转型项目集中签约开工投产: a word or two saying what kind of projects, between the count and 项目 (a CJK run, no
// digit); a size (20个亿元以上项目) makes a part, not the whole
const PROJECT_KIND = "(?:(?!亿|万|元|以上)[\\u4e00-\\u9fff]){0,4}?";
// 分3批现场签约: how many batches the signing took, never a count
const IN_BATCHES = "(?:分(?:\\d{1,2}|[两二三四五六七八九十])批)?";

/**
 * 签约、开工、投产项目N个 (total) | 签约项目347个 | 签约一批项目1427个 | 签约一批”项目N个 | 签约12个项目 | 签约321个 |
 * 新签约项目N个 | 合同项目N个 | 共推进项目N个 | 共有项目N个 | 共有N个项目参加… | 85个(转型)项目集中签约开工投产 |
 * 268个项目集中开工 | 10个项目(分3批)(进行了)现场签约.
 * Read with the sticky flag at the places TALLY_KEYWORD_RE finds. A Chinese numeral counts only right after 项目
 * (签约项目三百二十一个), never bare (三个一批 is a name). The group holding the count names the phrasing.
 */
export const TALLY_AT_RE = new RegExp(
  `(?<![新未已再])签约、?开工、?和?投产(?:的)?项目(?<listCount>${COUNT})个` +
    `|(?<![新未已再])(?<stage>签约|开工|投产)(?:一批)?[”"]?(?:项目(?<cnCount>${CHINESE_NUMERAL})个|(?<noun>项目)?(?<count>${COUNT})个(?<nounAfter>项目)?)` +
    // 新签约项目N个: the round's new projects, or the year's when 今年以来 says so (kept only where the round is named)
    `|(?<![重更])新(?<freshStage>签约|开工|投产)项目(?<freshCount>${COUNT})个` +
    `|(?<![新未已再]|安全|清洁)(?<rewritten>合同|生产)项目(?<rewrittenCount>${COUNT})个` +
    `|(?:(?:共|集中)推进|共有)项目(?<totalCount>${COUNT})个` +
    `|共有(?<hostCount>${COUNT})个项目参加[^,，。;；]{0,16}` +
    `|(?<![\\d.]|其中[,，]?)(?<combinedCount>${COUNT})个${PROJECT_KIND}项目集中签约、?开工、?和?投产` +
    // 268个项目集中开工: one stage only (集中签约开工 names two and is no one stage's)
    `|(?<![\\d.])(?<stageFirstCount>${COUNT})个项目集中(?<stageAfter>签约|开工|投产)(?![、和及与]?(?:签约|开工|投产))` +
    // 其中14个项目现场签约 is a part of the stage, not the stage
    `|(?<![\\d.]|其中[,，]?)(?<siteCount>${COUNT})个项目${IN_BATCHES}(?:进行了?)?现场(?<siteStage>签约)`,
  "y",
);
/** the literal words a tally starts at (个…项目 comes after its count, and is read from the count): one cheap scan
 * instead of a regex tried everywhere */
export const TALLY_KEYWORD_RE = new RegExp(
  `新签约|新开工|新投产|签约|开工|投产|合同项目|生产项目|共推进项目|集中推进项目|共有|个${PROJECT_KIND}项目(?:集中|分|进行|现场)`,
  "g",
);
/** a keyword written after its count (个项目集中): the tally starts at the count's digits before it */
export const COUNT_FIRST = "个";

const INVESTMENT_WORDS = "(?:总投资(?:额)?|投资总额)(?:为|达)?";
// read right after a tally: its own 总投资 and 预计年产值; a qualified amount (约, 以上) is not exact, so it is not read;
// an amount followed by 的 belongs to the count after it (总投资72.8亿元的26个项目), never to the tally before
export const INVESTMENT_AT_RE = new RegExp(
  `[,，、]?(?:计划|协议|签约|开工|投产)?${INVESTMENT_WORDS}(?<amount>${NUMBER_ARABIC})(?<unit>亿元|万元)(?!${QUALIFIER_AFTER}|的)`,
  "yu",
);
/** 总投资96.4亿元的31个项目集中签约: the amount written before the count, joined to it by 的 (read on the text before a
 * tally, so it ends there) */
export const INVESTMENT_BEFORE_RE = new RegExp(`${INVESTMENT_WORDS}(?<amount>${NUMBER_ARABIC})(?<unit>亿元|万元)的$`, "u");
/** how far before a tally INVESTMENT_BEFORE_RE reads: 总投资额为 + 1,288.66 + 亿元的 */
export const INVESTMENT_BEFORE_REACH = 24;
/** 预计年产值, 达产后可实现年产值, 预计新增年产值, 项目全部建成达产后,预计年产值 … */
export const OUTPUT_AT_RE = new RegExp(
  `[,，、]?(?:(?:项目)?(?:全部)?(?:建成)?(?:达产|投产|建成)后[,，]?)?(?:预计)?(?:全部)?(?:达产后)?(?:可)?(?:实现)?(?:新增)?年(?:新增)?产值(?:可达|达到|达|为)?(?<amount>${NUMBER_ARABIC})(?<unit>亿元|万元)(?!${QUALIFIER_AFTER})`,
  "yu",
);

/** 签约投资额29.88亿元: the signed stage's investment, read right after a signed count only */
export const SIGNED_INVESTMENT_AT_RE = new RegExp(
  `[,，、]?签约(?:投资额|总额)(?:为|达)?(?<amount>${NUMBER_ARABIC})(?<unit>亿元|万元)(?!${QUALIFIER_AFTER})`,
  "yu",
);

// a subject right before the stage word or count: 太原签约…, 晋中开发区开工…
const STAGE_AHEAD = `(?:共|集中)?(?:签约|开工|投产|合同|生产|推进|有)|${COUNT}个项目`;
/** the subject written last before a tally within its sentence; 全省开发区 is the province, not a zone; 太原、晋中两市
 * (unnamed, like 园区) is several subjects at once; 我市/我县 are the article's city/county (self-words.ts), 我区 a zone not
 * named (nobody's here) */
export const SUBJECT_RE = new RegExp(
  `(?<![在与])(?<province>全省|我省|山西省|山西)|(?<selfCity>${SELF_WORDS.city}|${WHOLE_WORDS.city})|(?<selfCounty>${SELF_WORDS.county}|${WHOLE_WORDS.county})|(?<unnamed>园区|该区|该市|该县|${SELF_WORDS.zone}|全区|(?:两|[二三四五六七八九十]{1,2}个)(?:市|县|地|区)(?![委长政]))|(?<city>${CITY_NAMES})|(?<county>${COUNTY_NAMES})` +
    `|(?<cityShort>${CITY_SHORT_NAMES})(?=${STAGE_AHEAD})` +
    `|(?<=^|[,，、;；:“”。!?！？\\s])(?<zone>(?![全各本该我])[\\p{Script=Han}()（）]{2,16}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区|农高区|示范区|综改区)|综改区)(?=${STAGE_AHEAD})`,
  "gu",
);
/** a place written right before the tally that no subject above named (活动中阳泉开发区开工…): whose figures is not
 * known, so they are nobody's, never the province's; the name is the whole run of Han characters before the suffix */
// eslint-disable-next-line regexp/no-super-linear-move -- applied only to the SUBJECT_WINDOW (40 characters) before a tally (scan/tally-scope.ts; test/reliability/redos.test.ts)
export const PLACE_END_RE = /(?<name>[\p{Script=Han}]*?)(?:开发区|园区|示范区|[市县区])(?<after>共|集中|本次|此次)?$/u;
/** 全省开发区, 各开发区 and 全省93家开发区 are the province */
export const PROVINCE_END_RE = /(?:全省|我省|山西省|山西|各市|各)(?:各类)?(?:开发区)?(?:共|集中|本次|此次)?$/u;
/** 其中: the tallies after it are parts of the subject before */
export const FOLLOWS_ON_RE = /^\s*其中/u;
/** a clause opening with a city (or 我市) holding an event: 吕梁市举行开发区…, 8月20日，我市与全省同步举行…,
 * 我市“签约一批”活动在X举行 — the sentence after it, with no subject of its own, tells that city's figures */
export const HOLDER_OPENS_RE = new RegExp(
  `(?:^|[,，;；])\\s*(?:\\d{1,2}月\\d{1,2}日(?:上午|下午)?[,，]?)?(?:(?<selfCity>${SELF_WORDS.city})|(?<city>${CITY_NAMES}))` +
    `(?:与全省(?:开发区)?(?:活动)?同步|同步)?(?:[“"][^”"]{2,8}[”"])?(?:活动)?(?:在[^,，。;；]{1,30}?)?举行`,
  "u",
);
/** 累计/共计/合计 opening a sentence: totals carrying on from the sentence before */
export const CARRIES_ON_RE = /^(?:累计|共计|合计)/u;
/** a sentence speaking of the province or the round */
export const ROUND_CONTEXT_RE = new RegExp(`全省|我省|山西|活动|三个一批|${THIS_ROUND_WORDS}`, "u");
/** a sentence naming the round itself */
export const THIS_ROUND_RE = new RegExp(`三个一批|${THIS_ROUND_WORDS}`, "u");
/** 太原市、晋中市分别签约… or 太原市和晋中市签约…: the count is not one city's */
export const SHARED_SUBJECT_BEFORE_RE = /[、和及]$/u;
export const RESPECTIVELY = "分别";
