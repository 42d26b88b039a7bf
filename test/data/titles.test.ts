// The title vocabulary grown from the kinds of bodies and posts real pages use (issue 10), through the public
// pipeline so the cases hold whatever the people extractor becomes. Sentences written for this test, invented people.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../../src/pipeline.js";
import { TITLES } from "../../src/data/titles.js";

const people = (text: string) =>
  extractFromBytes({ source: { path: "t.txt" }, label: "t.txt", bytes: Buffer.from(text), contentType: null }).people;

describe("titles of real press that stand before a name", () => {
  test.each([
    ["晋东高新区党工委委员、管委会副主任王晓峰参加会议。", "王晓峰", "党工委委员"],
    ["省优化营商环境督导三组副组长赵立新出席活动。", "赵立新", "副组长"],
    ["省督导一组组长钱卫东出席活动。", "钱卫东", "组长"],
    ["市委副书记、代市长孙建华主持会议。", "孙建华", "代市长"],
    ["会议决定任命后，副省长、代理省长韩振国作供职发言。", "韩振国", "代理省长"],
    ["经开区管委会副主任、招商总监刘文杰介绍项目情况。", "刘文杰", "招商总监"],
    ["市委常委、组织部长周海宁宣读任职决定。", "周海宁", "组织部长"],
    ["委党组成员、副主任郑光明参加活动。", "郑光明", "党组成员"],
    ["省人民检察院检察长冯立群列席会议。", "冯立群", "检察长"],
    ["市委常委、市委宣传部部长高文静出席。", "高文静", "市委宣传部部长"],
    ["管委会主任助理马俊峰介绍情况。", "马俊峰", "主任助理"],
  ])("%s → %s has %s", (text, name, title) => {
    const found = people(text).find((p) => p.name === name);
    expect(found?.titles.some((t) => t.includes(title))).toBe(true);
  });

  test.each([["本次活动的组长单位为市商务局，成员单位各司其职。"], ["监理总监理工程师制度落实到位。"], ["全市检察长会议精神传达到位。"]])(
    "no person: %s",
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );

  test("longest first: 代理省长 before 省长; a member is always of a body (党工委委员, never 委员 alone)", () => {
    const at = (t: string) => TITLES.indexOf(t);
    expect(TITLES).toContain("党工委委员");
    expect(TITLES).not.toContain("委员");
    expect(at("代理省长")).toBeLessThan(at("省长"));
    expect(at("市委宣传部部长")).toBeLessThan(at("部长"));
  });
});
