// Which numbers of a claim are figures to check: a stage's count or amount, never a rate, a change or a part.
import { describe, expect, test } from "vitest";
import { parseClaim } from "../../src/check/index.js";

const figures = (text: string) => {
  const p = parseClaim(text);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  return p.claim.figures.map((f) => [f.field, f.value]);
};

describe("figures read", () => {
  test.each([
    [
      "2022年第一次三个一批大同签约28个、开工31个、投产22个项目，总投资256.1亿元",
      [
        ["signed.projects", 28],
        ["started.projects", 31],
        ["producing.projects", 22],
        ["total.investmentYuan", 25610000000],
      ],
    ],
    [
      "2023年第四次三个一批签约233个、开工215个、投产176个项目，签约项目总投资1362.5亿元",
      [
        ["signed.projects", 233],
        ["started.projects", 215],
        ["producing.projects", 176],
        ["signed.investmentYuan", 136250000000],
      ],
    ],
    [
      "2023年第四次三个一批签约项目233个，总投资1362.5亿元，投产项目176个、总投资521.8亿元",
      [
        ["signed.projects", 233],
        ["signed.investmentYuan", 136250000000],
        ["producing.projects", 176],
        ["producing.investmentYuan", 52180000000],
      ],
    ],
    [
      "2023年第四次三个一批签约项目233个，总投资1362.5亿元",
      [
        ["signed.projects", 233],
        ["signed.investmentYuan", 136250000000],
      ],
    ],
    [
      "2023年第四次三个一批签约项目233个，其中开工项目215个",
      [
        ["signed.projects", 233],
        ["started.projects", 215],
      ],
    ],
    [
      "2022年第二次三个一批太原市共推进项目85个，其中签约项目34个",
      [
        ["total.projects", 85],
        ["signed.projects", 34],
      ],
    ],
    [
      "2023年第四次三个一批签约项目233个，增速明显，开工项目215个",
      [
        ["signed.projects", 233],
        ["started.projects", 215],
      ],
    ],
  ])("%s", (text, expected) => expect(figures(text)).toEqual(expected));
});

describe("numbers that are no stage's figure", () => {
  test.each([
    ["2023年第四次三个一批签约项目233个，平均每个项目5.8亿元", "a rate"],
    ["2023年第四次三个一批签约项目233个，较上次减少30个", "a change"],
    ["2023年第四次三个一批签约项目233个，同比增加30个", "a change"],
    ["2023年第四次三个一批签约项目233个，其中亿元以上项目150个", "a part with no stage of its own"],
  ])("%s: only the 233 (%s left out)", (text) => expect(figures(text)).toEqual([["signed.projects", 233]]));
});
