// Official and corporate titles that stand before a person's name in Chinese press reports, and the
// words around a name that say what the person did.
// Source: the title forms used by Chinese Party and government bodies (省委书记, 省长, 管委会主任 …) as
// they appear in provincial press releases; assembled by hand for this project, no external list.

/** bodies whose head or member is named after them: 省委 + 书记 → 省委书记 */
const BODIES = [
  "省委",
  "市委",
  "县委",
  "区委",
  "党工委",
  "管委会",
  "省人大常委会",
  "市人大常委会",
  "县人大常委会",
  "省政协",
  "市政协",
  "县政协",
  "省政府",
  "市政府",
  "县政府",
  "区政府",
];
/** departments of a Party committee, named with their body: 市委 + 宣传部 + 部长 → 市委宣传部部长 (kept whole) */
const DEPARTMENTS = ["组织部", "宣传部", "统战部"];
/** posts held within a body; 委员 and 党组成员 are the members (党工委委员, 市政府党组成员) seen on zone and bureau pages */
const POSTS = [
  "常委",
  "书记",
  "副书记",
  "主任",
  "常务副主任",
  "副主任",
  "主任助理",
  "主席",
  "副主席",
  "秘书长",
  "副秘书长",
  "党组书记",
  "党组副书记",
  "党组成员",
  "委员",
];
/** titles that stand on their own */
const STANDALONE = [
  "省长",
  "副省长",
  "常务副省长",
  "市长",
  "副市长",
  "常务副市长",
  "县长",
  "副县长",
  "常务副县长",
  "区长",
  "副区长",
  "厅长",
  "副厅长",
  "局长",
  "副局长",
  "主任",
  "副主任",
  "董事长",
  "副董事长",
  "总经理",
  "副总经理",
  "党委书记",
  "总书记",
  "招商大使",
  "党组书记",
  // a secretary whose body is not said or not legible (林武书记调研…; ?h委书记 where a lost byte took 县)
  "书记",
  "副书记",
  "院长",
  "校长",
  "部长",
  "副部长",
  "巡视员",
  "总裁",
  "处长",
  "副处长",
  "司长",
  "副司长",
  "镇长",
  "副镇长",
  "乡长",
  "副乡长",
  // acting heads before their election (代市长, 代理省长), as appointment reports name them
  "代省长",
  "代理省长",
  "代市长",
  "代理市长",
  "代县长",
  "代理县长",
  "代区长",
  "代书记",
  // the provincial inspection and service groups (督导组, 服务组) and discipline groups (纪检监察组) sent to a city
  "组长",
  "副组长",
  // a zone committee's staff posts and a zone's professional managers
  "主任助理",
  "党组成员",
  "招商总监",
  "财务总监",
  "总监",
  // the short forms of the Party departments' heads (市委常委、组织部长)
  "组织部长",
  "宣传部长",
  "统战部长",
  // courts, procuratorates and councils
  "检察长",
  "副检察长",
  "理事长",
  "副理事长",
  "秘书长",
  "副秘书长",
];

/** every title, longest first so an alternation prefers 省委副书记 over 书记 */
export const TITLES: readonly string[] = [
  ...new Set([
    ...BODIES.flatMap((b) => POSTS.map((p) => b + p)),
    ...BODIES.flatMap((b) => DEPARTMENTS.flatMap((d) => [`${b}${d}部长`, `${b}${d}副部长`])),
    ...STANDALONE,
  ]),
].sort((a, b) => b.length - a.length);

/** words for "the leaders of": the names after them share no personal title */
export const LEADER_GROUPS: readonly string[] = ["省领导", "市领导", "县领导", "区领导"];

/** a byline: the name after it is article metadata, never a person of the story */
export const BYLINE_WORDS: readonly string[] = ["责任编辑", "记者", "编辑", "通讯员", "摄影", "实习生", "校对", "审核"];

/** role verbs → Role: 出席 → attend, 讲话 → speak, 主持 → preside, 通报 → report */
export const ROLE_VERBS: Readonly<Record<string, "attend" | "speak" | "preside" | "report">> = {
  出席: "attend",
  参加: "attend",
  讲话: "speak",
  强调: "speak",
  指出: "speak",
  致辞: "speak",
  主持: "preside",
  通报: "report",
  汇报: "report",
  介绍: "report",
  宣读: "report",
};

/** words that may follow a name directly: they close it (蓝佛安|在, 张新伟|等) */
export const NAME_FOLLOWERS: readonly string[] = [
  ...Object.keys(ROLE_VERBS),
  "在",
  "等",
  "代表",
  "表示",
  "一行",
  "同志",
  "书记",
  "提出",
  "宣布",
  "要求",
  "分别",
  "先后",
  "率",
  "带领",
  "会见",
  "调研",
  "听取",
  "走进",
  "来到",
  "察看",
  "观摩",
  "为",
  "向",
  "对",
  "和",
  "与",
  "及",
  "也",
  "还",
  "说",
  "带队",
  "陪同",
  "一同",
  "赴",
  "前往",
  "深入",
  "就",
  "作",
  // discipline reports: 时任…省长X涉嫌严重违纪违法
  "涉嫌",
];
