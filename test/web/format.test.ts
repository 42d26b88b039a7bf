// How the review page names rounds and amounts.
import { expect, test } from "vitest";
import { roundTitle, yi } from "../../web/src/format.js";

test.each([
  [{ scope: "山西省", year: 2021, ordinal: 1, ordinalUnit: "期" as const, date: "2021-03-18" }, "山西省 2021年第1期 (2021-03-18)"],
  [{ scope: "太原市", year: 2022, ordinal: 2, date: "2022-06-22" }, "太原市 2022年第2次 (2022-06-22)"],
  [{ scope: "山西省", year: 2024, ordinal: null, date: "2024-05-30" }, "山西省 2024年 (2024-05-30)"],
])("roundTitle(%o) = %s", (round, title) => expect(roundTitle(round)).toBe(title));

test.each([
  [24798000000, "247.98亿元"],
  [128860000000, "1288.6亿元"],
  [null, "–"],
])("yi(%s) = %s", (yuan, text) => expect(yi(yuan)).toBe(text));
