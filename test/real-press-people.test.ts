// Real press, people and zones (issue 10, phenomena H–O of the plan), through the public API only. Texts written
// for these tests: invented people in the style of Shanxi press, never a real page's sentences.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../src/pipeline.js";
import type { ExtractionDocument } from "../src/schema/index.js";

function extract(text: string, path = "t.txt"): ExtractionDocument {
  return extractFromBytes({ source: { path }, label: path, bytes: Buffer.from(text), contentType: null });
}
const person = (d: ExtractionDocument, name: string) => d.people.find((p) => p.name === name);

describe("K. bare names in an attendance frame", () => {
  test("A、B、C、D等县四大班子领导出席", () => {
    const d = extract("县委书记杜光明宣布项目开复工，田立新、陈光、任志强、赵红等县四大班子领导出席。\n");
    for (const n of ["田立新", "陈光", "任志强", "赵红"]) expect(person(d, n)?.roles).toContain("attend");
    expect(person(d, "杜光明")?.titles).toEqual(["县委书记"]);
  });
  test("must not: companies 等…参加", () => {
    const d = extract("太钢集团、晋能控股集团等企业代表参加仪式。\n");
    expect(d.people).toEqual([]);
  });
});

describe("L. name boundaries", () => {
  test.each([
    ["市长储立好出席。储立好指出，要抓好项目建设。", "储立好", "储立"],
    ["副市长、开发区党工委书记吴海与12家企业代表签订协议。", "吴海", "吴海与"],
  ])("%s → %s, never %s", (text, name, wrong) => {
    const d = extract(`${text}\n`);
    expect(person(d, name)).toBeDefined();
    expect(person(d, wrong)).toBeUndefined();
  });
  test("must not: 省长任上 is no person", () => {
    expect(person(extract("省长任上，孙志远多次调研开发区。\n"), "任上")).toBeUndefined();
  });
});

describe("H. titles after the name", () => {
  const d = extract(
    "12月27日，省人大常委会举行会议，决定任命赵振华为山西省人民政府副省长、代理省长。中共中央决定：钱立新同志任山西省委副书记，孙志远同志不再担任山西省委副书记职务。时任临汾市委书记周文斌出席。\n",
  );
  test.each([
    ["赵振华", "代理省长"],
    ["赵振华", "副省长"],
    ["钱立新", "省委副书记"],
    ["周文斌", "市委书记"],
  ])("%s has %s", (name, title) => {
    expect(person(d, name)?.titles.some((t) => t.includes(title))).toBe(true);
  });
  test("must not: 不再担任 gives no current title", () => {
    expect(person(d, "孙志远")?.titles ?? []).not.toContain("省委副书记");
  });
});

describe("J. a title chain across two bodies", () => {
  test("省政府副秘书长、…党工委书记 NAME keeps both", () => {
    const d = extract("省政府副秘书长、山西转型综改示范区党工委书记韩立明出席并讲话。\n");
    expect(person(d, "韩立明")?.titles).toEqual(
      expect.arrayContaining([expect.stringContaining("副秘书长"), expect.stringContaining("党工委书记")]),
    );
  });
});

describe("O. aspirations are not zones", () => {
  test.each([
    ["为创建国家级经济技术开发区创造条件。"],
    ["全力打造国家级经济技术开发区。"],
    ["为培育成临汾市国家级经济技术开发区创造条件。"],
  ])("must not: %s", (s) => {
    expect(extract(`会议提出，要推动侯马经济开发区扩区提质，${s}\n`).zones.map((z) => z.name)).toEqual(["侯马经济开发区"]);
  });
});

describe("H2. titles after a name: bare 任, 为 at a clause start, a date before 升任, a secretary named by 书记 alone", () => {
  const titles = (text: string, name: string) => person(extract(text), name)?.titles;
  test("a titled name then bare 任 and a closed title adds the new post", () => {
    expect(titles("会上宣布：山西省长楼明远任山西省委书记，郑德华卸任。\n", "楼明远")).toEqual(["省长", "省委书记"]);
  });
  test("a name opening a clause then bare 任: the title it takes", () => {
    expect(titles("次年成立工作委员会，薄立新任书记，到各县开展工作。\n", "薄立新")).toEqual(["书记"]);
  });
  test("must not: 曾任, 现任, 主任 and an unclosed title are no appointment", () => {
    const d = extract("他在湘钢工作多年，林立武曾任总经理，林立武现任省长助理一职。办公室主任李四，\n");
    expect(d.people.map((p) => p.name)).not.toContain("林立武曾");
    expect(d.people.map((p) => p.name)).not.toContain("林立武现");
    expect(person(d, "林立武")).toBeUndefined();
  });
  test("转任 is the verb, never the end of the name", () => {
    const d = extract("2003年，林立武转任省经贸委主任，后任省经济委主任。\n");
    expect(d.people.map((p) => p.name)).toEqual(["林立武"]);
    expect(person(d, "林立武")?.titles).toEqual(["主任"]);
  });
  test("为 at a clause start with a closed title; 等为 is a group, not a title", () => {
    const d = extract("1931年3月，县委改组为临时县委，李长河为代书记，马文斌等为临时县委委员。\n");
    expect(person(d, "李长河")?.titles).toEqual(["代书记"]);
    expect(person(d, "马文斌")).toBeUndefined();
  });
  test("must not: a place before 为 is no person", () => {
    expect(extract("本次活动，太原为主会场，大同为分会场。\n").people).toEqual([]);
  });
  test("a date between the name and 升任, a body too long for the chain, the title closing the clause", () => {
    const d = extract("原副局长钱伟于8月已升任省人大常委会财政经济工作委员会主任。\n");
    expect(person(d, "钱伟")?.titles).toEqual(["副局长", "主任"]);
    expect(person(d, "钱伟于")).toBeUndefined();
  });
  test("must not: a long body whose title does not close the clause", () => {
    expect(person(extract("原副局长钱伟于8月已升任省人大常委会财政经济工作委员会主任委员会议召集人。\n"), "钱伟")?.titles).toEqual([
      "副局长",
    ]);
  });
  test("bare posts after a body: 委员、常委、副书记 are the committee's, never a bare 书记", () => {
    expect(titles("中央决定：金湘军同志任山西省委委员、常委、副书记。\n", "金湘军")).toEqual(["省委委员", "省委常委", "省委副书记"]);
  });
  test("林武书记: the name before a bare 书记; beside 省委书记 it is the same post", () => {
    expect(titles("要深入贯彻落实吴海涛书记调研大同时的指示精神。\n", "吴海涛")).toEqual(["书记"]);
    expect(titles("省委书记吴海涛出席。会议要求落实吴海涛书记的指示精神。\n", "吴海涛")).toEqual(["省委书记"]);
    expect(titles("省委副书记吴海涛出席。会议要求落实吴海涛书记的指示精神。\n", "吴海涛")).toEqual(["省委副书记", "书记"]);
  });
  test("a title whose body a lost byte took (?h委书记) is a bare 书记 before the name", () => {
    const d = extract("副县长张明主持活动?h委书记孙建国，县委副书记、县长刘海燕出席。\n");
    expect(person(d, "孙建国")?.titles).toEqual(["书记"]);
    expect(person(d, "刘海燕")?.titles).toEqual(["县委副书记", "县长"]);
  });
  test("must not: 总书记 stays whole, 书记处 reads no person", () => {
    expect(titles("习近平总书记强调，要推动高质量发展。\n", "习近平")).toEqual(["总书记"]);
  });
});
