import { describe, expect, test } from "vitest";
import { parseDateAt, resolvePartialDate, scanDates, scanPeriods } from "../../src/extract/scan/dates.js";
import { parseYear } from "../../src/extract/text/numbers.js";
import { forExtractor } from "../helpers/expect.js";

const PUBLISHED = "2023-09-02T10:14:00+08:00";
const dates = forExtractor((t) => scanDates(t, PUBLISHED));
const periods = forExtractor((t) => scanPeriods(t, "2022-07-05"));

describe("scanDates: must match", () => {
  test.each([
    ["会议于2022年6月22日召开", { date: "2022-06-22", stated: true, quote: "2022年6月22日" }],
    ["发布时间2022-06-22 07:46", { date: "2022-06-22", stated: true, quote: "2022-06-22" }],
    ["2022年02月28日 07:46:21", { date: "2022-02-28", stated: true, quote: "2022年02月28日" }],
    ["二〇二一年三月五日签署", { date: "2021-03-05", stated: true, quote: "二〇二一年三月五日" }],
    ["8月31日,各地同步举行", { date: "2023-08-31", stated: false, quote: "8月31日" }],
    ["9月2日上午", { date: "2023-09-02", stated: false, quote: "9月2日" }],
    // would fall after publication: rolled back a year
    ["12月28日,项目签约", { date: "2022-12-28", stated: false, quote: "12月28日" }],
    ["十月十日开工", { date: "2022-10-10", stated: false, quote: "十月十日" }],
  ])("%s", (text, check) => {
    dates.expectSingle(text, check);
  });
});

describe("scanDates: must not match", () => {
  test.each([
    "2021年全年签约项目", // a year, not a date
    "2020年8月以来", // a month, not a date
    "2月30日", // no such day
    "13月1日",
    "今年以来,去年同期",
    "电话0351-1234567",
  ])("%s", (text) => dates.expectNone(text));

  test("a partial date without a publish date is not resolved", () => {
    expect(scanDates("8月31日举行", null)).toEqual([]);
  });
});

describe("scanDates: a month-day in the year a round's name gives it", () => {
  const text = "12月1日,全省开发区2023年第四次“三个一批”活动举行";
  const named = { year: 2023, start: 13, end: 18 };
  test.each([
    ["no publish date", null],
    ["a publish date of the next year (a repost)", "2024-03-05"],
  ])("%s: the round's year, not stated, with where the year is written", (_, published) => {
    expect(scanDates(text, published, 0, text.length, named)).toEqual([
      { date: "2023-12-01", year: 2023, month: 12, day: 1, stated: false, yearFrom: named, start: 0, end: 5 },
    ]);
  });
  test("a written year still wins over the named one", () => {
    expect(scanDates("2024年1月5日举行", null, 0, 10, named)).toMatchObject([{ date: "2024-01-05", stated: true }]);
  });
  test("must not: a day the named year does not have", () => {
    expect(scanDates("2月29日,2023年第一次", null, 0, 15, { year: 2023, start: 6, end: 11 })).toEqual([]);
  });
});

describe("resolvePartialDate, parseDateAt, parseYear", () => {
  test("rolls back across the new year", () => {
    expect(resolvePartialDate(12, 30, "2022-01-03")).toEqual({ year: 2021, date: "2021-12-30" });
    expect(resolvePartialDate(1, 3, "2022-01-03")).toEqual({ year: 2022, date: "2022-01-03" });
    expect(resolvePartialDate(2, 29, "2023-03-01")).toBeNull();
  });
  test("parseDateAt reads only at the position", () => {
    const text = "据悉,6月22日举行";
    expect(parseDateAt(text, 3, "2022-07-05")).toMatchObject({ date: "2022-06-22", start: 3, end: 8 });
    expect(parseDateAt(text, 0, "2022-07-05")).toBeNull();
  });
  test.each([
    ["2021", 2021],
    ["二〇二一", 2021],
    ["二零二二", 2022],
    ["1234", null],
    ["三百", null],
  ])("parseYear(%s) = %s", (text, year) => expect(parseYear(text)).toBe(year));
});

describe("scanPeriods", () => {
  test.each([
    ["今年以来,各市持续发力", { kind: "year-to-date", year: 2022, stated: false, quote: "今年以来" }],
    ["去年全省开发区", { kind: "year", year: 2021, stated: false, quote: "去年" }],
    ["在2021年度开展的活动中", { kind: "year", year: 2021, stated: true, quote: "2021年度" }],
    ["2020年8月以来,滚动开展", { kind: "since", year: 2020, month: 8, stated: true, quote: "2020年8月以来" }],
    ["二〇二一年以来", { kind: "since", year: 2021, month: null, quote: "二〇二一年以来" }],
  ])("%s", (text, check) => {
    periods.expectSingle(text, check);
  });

  test.each(["2022年6月22日举行", "年度考核工作", "近年来"])("%s is no period", (text) => periods.expectNone(text));
});
