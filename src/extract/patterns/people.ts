// People patterns: titles and their chains, leaders' groups, the role verbs after a name, where a clause opens.
import { SURNAME_STARTS } from "../../data/surnames.js";
import { LEADER_GROUPS, ROLE_VERBS, TITLES } from "../../data/titles.js";

const TITLE = `(?:${TITLES.join("|")})`;
// titles joined by 、, each later one may carry its own body or place, a zone too (省政府副秘书长、山西转型综改示范区党工委书记)
const TITLE_CHAIN = `${TITLE}(?:、[^,，。；;、：:“”\\s]{0,12}?${TITLE})*`;
export const TITLE_RE = new RegExp(TITLE, "gu");
/** titles after an appointment verb, each with its own body (山西省人民政府副省长、代理省长); the chain ends at a title */
// a later item may be a bare post of the body before it (省委委员、常委、副书记)
const BARE_POST = "(?:常委|副书记|书记|委员)";
export const TITLE_CHAIN_AFTER = `[^,，。；;、：:“”\\s]{0,10}?${TITLE}(?:、(?:[^,，。；;、：:“”\\s]{0,10}?${TITLE}|${BARE_POST}))*`;

/** the next item of a run after a comma: an optional organisation (山西建设投资集团) and its titles */
export const NEXT_TITLED_RE = new RegExp(`(?<org>[^,，。；;、：:“”\\s]{0,12}?)(?<titles>${TITLE_CHAIN})`, "uy");
const VERB = Object.keys(ROLE_VERBS).join("|");
/** where a run of people begins: a leaders' group or a chain of titles; a group may say what it did before it
 * (出席活动的市领导还有甲、乙) */
export const RUN_ANCHOR_RE = new RegExp(
  `(?:(?<lead>(?:${VERB})了?(?:活动|会议|仪式)?的)?(?<group>${LEADER_GROUPS.join("|")})(?:还有|有|包括)?[:：]?)|(?<titles>${TITLE_CHAIN})`,
  "gu",
);
// after a name or list: 等…, 以及<others> and 在<place> may stand before the verbs; 出席活动并讲话 is two verbs
const roleTail = (act: string) =>
  new RegExp(
    `(?:等[^,，。；;、\\s]{0,8}?)?(?:[,，]?(?:以及|和|及|与)[^,，。；;\\s]{1,16}?)?(?:在(?:(?!听取|观看|观摩|见证)[^,，。；;]){0,20}?)?(?:分别|先后|共同|一同|也|还)?${act}` +
      `(?<verbs>(?:${VERB})(?:(?:了)?(?:活动|会议|仪式)?(?:并|、|时|中)?(?:${VERB}))*)`,
    "uy",
  );
export const ROLE_TAIL_RE = roleTail("");
/** when no role verb comes first, another act may (宣布活动开始并讲话, 听取汇报并讲话) */
export const ROLE_AFTER_ACT_RE = roleTail("[^,，。；;、\\s]{1,8}?并");
export const VERB_RE = new RegExp(VERB, "gu");
/** where a clause opens before a surname: an unknown name may stand here if a role verb follows it (four clause starts
 * in five open with no surname, and the scan skips them) */
export const CLAUSE_START_RE = new RegExp(`(?:^|[\\n。，,；;！!？?：:」”）)\\s])(?=[${SURNAME_STARTS}])`, "gu");
