import { describe, expect, test } from "vitest";
import { extractPeople } from "../helpers/extract.js";
import type { PersonMention } from "../../src/schema/index.js";
import { surnameLength } from "../../src/extract/scan/person-name.js";
import { SURNAME_STARTS } from "../../src/data/surnames.js";
import { COMPOUND_SURNAME_SET } from "../../src/data/surnames.js";

const people = (text: string, blocked: { start: number; end: number }[] = []): PersonMention[] =>
  extractPeople({ text, publishedAt: null, blocked });
const brief = (text: string) => people(text).map(({ name, titles, roles }) => ({ name, titles, roles }));

describe("people: who is named, with which titles and roles", () => {
  test.each([
    ["省委书记蓝佛安在晋中出席仪式。", [{ name: "蓝佛安", titles: ["省委书记"], roles: ["attend"] }]],
    ["省委副书记、省长金湘军主持会议。", [{ name: "金湘军", titles: ["省委副书记", "省长"], roles: ["preside"] }]],
    ["会上,省委常委、市委书记韦韬讲话。", [{ name: "韦韬", titles: ["省委常委", "市委书记"], roles: ["speak"] }]],
    ["某能源集团董事长孙波出席。", [{ name: "孙波", titles: ["董事长"], roles: ["attend"] }]],
    ["管委会主任李明宣读表彰决定。", [{ name: "李明", titles: ["管委会主任"], roles: ["report"] }]],
    ["党工委书记赵新民致辞。", [{ name: "赵新民", titles: ["党工委书记"], roles: ["speak"] }]],
    ["副县长欧阳春华介绍情况。", [{ name: "欧阳春华", titles: ["副县长"], roles: ["report"] }]],
    ["省商务厅副厅长郝建国在会上通报进展。", [{ name: "郝建国", titles: ["副厅长"], roles: ["report"] }]],
    [
      "省委书记林武,省长蓝佛安等领导出席。",
      [
        { name: "林武", titles: ["省委书记"], roles: ["attend"] },
        { name: "蓝佛安", titles: ["省长"], roles: ["attend"] },
      ],
    ],
    [
      "市领导刘俊义、卢秋生、王剑峰参加活动。",
      [
        { name: "刘俊义", titles: [], roles: ["attend"] },
        { name: "卢秋生", titles: [], roles: ["attend"] },
        { name: "王剑峰", titles: [], roles: ["attend"] },
      ],
    ],
    [
      "依托招商大使刘修才、苏波等人牵线,项目落地。",
      [
        { name: "刘修才", titles: ["招商大使"], roles: [] },
        { name: "苏波", titles: ["招商大使"], roles: [] },
      ],
    ],
    ["活动开始前,汤志平通报了全市项目进度。", [{ name: "汤志平", titles: [], roles: ["report"] }]],
    ["省长金湘军出席。金湘军在主持时指出,要抓项目。", [{ name: "金湘军", titles: ["省长"], roles: ["attend", "preside", "speak"] }]],
    ["省委书记蓝佛安到场。蓝佛安强调,要稳投资。", [{ name: "蓝佛安", titles: ["省委书记"], roles: ["speak"] }]],
    ["省发改委项目处处长冯立军说,要抓好落地。", [{ name: "冯立军", titles: ["处长"], roles: [] }]],
    ["某高新区党工委书记许振华带队赴上海招商。", [{ name: "许振华", titles: ["党工委书记"], roles: [] }]],
    [
      "省委常委、大同市委书记卢东亮,市委副书记、市长张吉福出席。",
      [
        { name: "卢东亮", titles: ["省委常委", "市委书记"], roles: ["attend"] },
        { name: "张吉福", titles: ["市委副书记", "市长"], roles: ["attend"] },
      ],
    ],
    ["要深入学习习近平总书记重要讲话精神。", [{ name: "习近平", titles: ["总书记"], roles: [] }]],
    ["金湘军省长出席并讲话。", [{ name: "金湘军", titles: ["省长"], roles: ["attend", "speak"] }]],
    ["省委书记蓝佛安宣布活动开始并讲话。", [{ name: "蓝佛安", titles: ["省委书记"], roles: ["speak"] }]],
    ["市长张新伟听取汇报并讲话。", [{ name: "张新伟", titles: ["市长"], roles: ["speak"] }]],
    ["市长张新伟听取汇报。", [{ name: "张新伟", titles: ["市长"], roles: [] }]],
    ["省委书记林武在晋中(榆次)主会场出席活动并讲话。", [{ name: "林武", titles: ["省委书记"], roles: ["attend", "speak"] }]],
    [
      "出席活动的市领导还有张建军、王海涛。",
      [
        { name: "张建军", titles: [], roles: ["attend"] },
        { name: "王海涛", titles: [], roles: ["attend"] },
      ],
    ],
    ["参加会议的省领导有:刘建国。", [{ name: "刘建国", titles: [], roles: ["attend"] }]],
    [
      "县委书记张明、县长李强分别致辞。",
      [
        { name: "张明", titles: ["县委书记"], roles: ["speak"] },
        { name: "李强", titles: ["县长"], roles: ["speak"] },
      ],
    ],
    [
      "晋城经开区党工委书记、管委会主任赵立新在讲话中指出,要优化服务。",
      [{ name: "赵立新", titles: ["党工委书记", "管委会主任"], roles: ["speak"] }],
    ],
    ["会上,金湘军讲话。", [{ name: "金湘军", titles: [], roles: ["speak"] }]],
    [
      "市领导王海涛、孙丽华,以及各县区负责人参加。",
      [
        { name: "王海涛", titles: [], roles: ["attend"] },
        { name: "孙丽华", titles: [], roles: ["attend"] },
      ],
    ],
    ["市长张振华和企业代表座谈。", [{ name: "张振华", titles: ["市长"], roles: [] }]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  test.each([
    ["a byline", "项目当天开工。(记者陈俊琦)"],
    ["a photo credit", "嘉宾参观展厅。本报记者史晓波摄"],
    ["an editor line", "责任编辑:畅任杰"],
    ["a hidden name", "一名确诊病例张某良涉嫌妨害防疫。"],
    ["a contact line", "葛毅明微信号:请扫码添加"],
    ["招商 without a name", "聘任招商大使、专员多名,助力招商。"],
    ["a department reporting", "省商务厅通报有关情况。"],
    ["a title with no name", "会议由省长主持。"],
    ["a common word after a title", "市长和副市长出席。"],
    ["an unknown name with no title and no role verb", "王小明来到工地察看进度。"],
    ["处长 inside 到处长", "路边到处长满了杂草。"],
    ["a zone before a title", "高新区区长出席。"],
    ["a county before a title", "平遥县县长出席。"],
    ["a company before a title", "分公司总经理出席。"],
    ["a place opening a clause", "会上,高平介绍情况。"],
    ["a village the segmenter takes for a name", "随后,万家寨介绍了经验。"],
    ["a preposition before a place", "会上,向太原介绍情况。"],
    ["a leaders' group with no names", "出席活动的市领导和嘉宾合影。"],
  ])("not a person: %s", (_why, text) => {
    expect(people(text)).toEqual([]);
  });

  test("a name is not cut short or lengthened by the segmenter", () => {
    const names = brief("省委副书记、省长金湘军主持。省委书记蓝佛安在会上讲话。").map((p) => p.name);
    expect(names).toEqual(["金湘军", "蓝佛安"]);
  });

  test("one mention per person, evidence for every occurrence, quotes honest", () => {
    const text = "省委书记林武出席并讲话。林武指出,要抓项目。林武等领导观摩了生产线。";
    const [lin] = people(text);
    expect(lin.name).toBe("林武");
    expect(lin.roles).toEqual(["attend", "speak"]);
    expect(lin.evidence.filter((e) => e.field !== "roles")).toHaveLength(3);
    for (const e of lin.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  // later mentions are searched name by name for up to 8 names, by one pass over the text for more: both find each
  test.each([2, 8, 9, 12])("later mentions of %i people are each found", (n) => {
    const given = ["林武", "韦韬", "孙波", "李明", "赵新民", "吴海涛", "卢国栋", "贾秀云", "郑立新", "冯立平", "韩伟东", "赵学军"];
    const named = given.slice(0, n);
    const text = named.map((name) => `市长${name}出席。`).join("") + named.map((name) => `${name}指出,要抓项目。`).join("");
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(named);
    for (const p of found)
      expect(
        p.evidence.filter((e) => e.field !== "roles"),
        p.name,
      ).toHaveLength(2);
    expect(people(named.map((name) => `市长${name}出席。`).join("")).every((p) => p.evidence.length === 2)).toBe(true);
  });

  test("a name inside a blocked span is not taken", () => {
    const text = "省委书记林武出席。";
    expect(people(text, [{ start: 4, end: 6 }])).toEqual([]);
  });
});

describe("people: bare name lists in an attendance frame (甲、乙、丙等…出席)", () => {
  test.each([
    ["田立新、陈光、任志强、赵红等县四大班子领导出席。", ["田立新", "陈光", "任志强", "赵红"]],
    ["会上，王刚、李强等参加活动。", ["王刚", "李强"]],
    // 等 far from the list's 、 still closes the list: the scan runs in every text holding both
    ["王刚、李强等参加活动，等候多时。", ["王刚", "李强"]],
  ])("%s", (text, names) => {
    expect(brief(text)).toEqual(names.map((name) => ({ name, titles: [], roles: ["attend"] })));
  });
  test.each([
    ["太钢集团、晋能控股集团等企业代表参加仪式。"],
    ["建设银行、中国银行等金融机构参加。"],
    ["太原、大同、长治等市参加活动。"],
    // no attendance verb after the list: names of what, nobody says
    ["田立新、陈光等同志的事迹。"],
  ])("must not: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("people: name boundaries", () => {
  test.each([
    ["市长储立好出席。储立好指出，要抓好项目建设。", "储立好"],
    ["副市长、开发区党工委书记吴海与12家企业代表签订协议。", "吴海"],
    ["副市长荆虎与企业代表签约。", "荆虎"],
    ["市委书记张明和市长李华出席。", "张明"],
    // a list delimiter closes the name: 和 is its last character
    ["市长王和、副市长李四出席。", "王和"],
  ])("%s → %s", (text, name) => {
    expect(people(text)[0]?.name).toBe(name);
  });
  test.each([
    ["市长储立好出席。储立好指出，要抓好项目建设。", "储立"],
    ["副市长、开发区党工委书记吴海与12家企业代表签订协议。", "吴海与"],
    ["省长任上，孙志远多次调研开发区。", "任上"],
    ["县长任内，该县建成两个园区。", "任内"],
  ])("must not: %s gives %s", (text, wrong) => {
    expect(people(text).map((p) => p.name)).not.toContain(wrong);
  });
});

describe("people: titles after the name (appointment frames)", () => {
  test.each([
    ["会议决定，任命赵振华为山西省人民政府副省长、代理省长。", "赵振华", ["副省长", "代理省长"]],
    ["中共中央决定：钱立新同志任山西省委副书记。", "钱立新", ["省委副书记"]],
    ["林武同志任山西省委书记。", "林武", ["省委书记"]],
    ["卢东亮已任山西省代省长。", "卢东亮", ["代省长"]],
    ["会议选举王明为市人大常委会主任。", "王明", ["市人大常委会主任"]],
    // the shortest cut before 为, never a name glued to it
    ["会议决定,任命林武为山西省副省长、代理省长。", "林武", ["副省长", "代理省长"]],
    ["任命张为民为副市长。", "张为民", ["副市长"]],
    // 代理 before a body is the acting head; bare posts take the body before them
    ["任命金湘军为山西省人民政府副省长、代理山西省人民政府省长。", "金湘军", ["副省长", "代理省长"]],
    ["楼阳生同志任河南省委委员、常委、书记。", "楼阳生", ["省委委员", "省委常委", "省委书记"]],
    // 不再担任: the person is named, the title they leave is not theirs
    ["孙志远同志不再担任山西省委副书记职务。", "孙志远", []],
    // each frame is scanned only in a text holding its word: 当选 without 任 or 为, 为 without 任, 现任
    ["王明当选市长。", "王明", ["市长"]],
    ["会上，李长河为市委副书记。", "李长河", ["市委副书记"]],
    ["现任省委书记为蓝佛安同志。", "蓝佛安", ["省委书记"]],
  ])("%s", (text, name, titles) => {
    expect(brief(text)).toEqual([{ name, titles, roles: [] }]);
  });
  test.each([["全体同志任劳任怨。"], ["这些同志任务繁重。"], ["他曾担任市长助理。"], ["会上，各位同志为开发区建设献策。"]])(
    "must not: %s",
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});

describe("people: a title chain across two bodies", () => {
  test.each([
    ["省政府副秘书长、山西转型综改示范区党工委书记韩立明出席。", "韩立明", ["省政府副秘书长", "党工委书记"]],
    ["副市长、大同经济技术开发区党工委书记、管委会主任荆虎出席。", "荆虎", ["副市长", "党工委书记", "管委会主任"]],
    ["管委会主任助理、招商总监冯佳宁汇报。", "冯佳宁", ["管委会主任助理", "招商总监"]],
  ])("%s", (text, name, titles) => {
    expect(people(text)[0]).toMatchObject({ name, titles });
  });
  test("must not: a chain does not run past a name into the next person's titles", () => {
    expect(brief("市长张三、副市长李四出席。").map((p) => p.titles)).toEqual([["市长"], ["副市长"]]);
  });
});

describe("surnameLength: read from character codes", () => {
  test.each([
    ["欧阳春华", 0, 2],
    ["司马光", 0, 2],
    ["欧春华", 0, 1], // 欧 alone is a single surname; 欧春 is no compound
    ["张三", 0, 1],
    ["说张三", 1, 1],
    ["说张三", 0, 0],
    ["阳光", 0, 0], // the second character of a compound is no surname by itself
    ["张", 1, 0], // past the end
    ["", 0, 0],
  ])("%s at %i: %i", (text, at, want) => {
    expect(surnameLength(text, at)).toBe(want);
  });
});

describe("clause-opening names: the scan enters only clause starts before a surname", () => {
  test("SURNAME_STARTS holds every character surnameLength accepts, each one Han character", () => {
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      if (surnameLength(`${c}某`, 0) > 0) expect(SURNAME_STARTS.includes(c), `U+${u.toString(16)}`).toBe(true);
    }
    for (const compound of COMPOUND_SURNAME_SET) expect(SURNAME_STARTS.includes(compound[0]), compound).toBe(true);
    expect([...SURNAME_STARTS].every((c) => /^\p{Script=Han}$/u.test(c) && c.length === 1)).toBe(true);
  });
  test.each([
    ["会上，汤志平通报了项目建设情况。", "汤志平"],
    ["项目建设有序推进。韩立明通报了进度。", "韩立明"],
  ])("%s → %s", (text, name) => {
    expect(brief(text)).toEqual([{ name, titles: [], roles: ["report"] }]);
  });
  test.each([["会上，全体人员通报了情况。"], ["会上，项目方介绍了情况。"]])("must not: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});
