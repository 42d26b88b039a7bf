// Publish dates from text and from machine values, always in +08:00.
import { describe, expect, test } from "vitest";
import { findTextDate, hasRelativeDate, parseMachineDate } from "../../src/page/metadata-dates.js";

describe("findTextDate", () => {
  test.each([
    ["2023-09-02 10:14:41 來源:晉東日報", "2023-09-02T10:14:41+08:00"],
    ["2022年02月28日 07:46:21 来源: 晋东日报", "2022-02-28T07:46:21+08:00"],
    ["admin2年前 (2022-07-05)新闻中心909", "2022-07-05"],
    ["2024-1-28 12:05", "2024-01-28T12:05+08:00"],
    ["发布时间：2023年9月2日", "2023-09-02"],
    ["2023/09/02 08:00", "2023-09-02T08:00+08:00"],
    ["2023.9.2", "2023-09-02"],
    ["时间：2023年9月2日 25:61", "2023-09-02"],
  ])("%s → %s", (line, iso) => {
    expect(findTextDate(line)?.iso).toBe(iso);
  });

  test.each([
    ["8月31日，全省开发区举行活动"], // no year: the page date is not in the line
    ["2023-02-30"], // no such day
    ["2023-13-01"],
    ["编号120230902110"], // digits inside a longer number
    ["投资2023亿元"],
    ["1899-01-01"],
  ])("no date in %s", (line) => {
    expect(findTextDate(line)).toBeNull();
  });
});

describe("parseMachineDate", () => {
  test.each([
    ["2023-09-02T10:14:41+08:00", "2023-09-02T10:14:41+08:00"],
    ["2023-09-02T02:14:41Z", "2023-09-02T10:14:41+08:00"],
    ["2023-09-01T20:00:00.000-06:00", "2023-09-02T10:00:00+08:00"],
    ["2023-09-02T10:14:41", "2023-09-02T10:14:41+08:00"],
    ["2023-09-02", "2023-09-02"],
    ["2023-09-02 10:14", "2023-09-02T10:14+08:00"],
    ["2023年09月02日 10:14", "2023-09-02T10:14+08:00"],
  ])("%s → %s", (value, iso) => {
    expect(parseMachineDate(value)).toBe(iso);
  });

  test.each([["yesterday"], [""], ["2023-99-99"]])("unusable %j → null", (value) => {
    expect(parseMachineDate(value)).toBeNull();
  });
});

describe("hasRelativeDate", () => {
  test.each([["3小时前"], ["2年前"], ["昨天 10:00"], ["剛剛"]])("relative: %s", (line) => {
    expect(hasRelativeDate(line)).toBe(true);
  });
  test.each([["2022-07-05"], ["前三季度增长"], ["年前完工"]])("not relative: %s", (line) => {
    expect(hasRelativeDate(line)).toBe(false);
  });
});

describe("a day must exist in its month (leap years by the Gregorian rule)", () => {
  test.each(["2024年2月29日", "2000-02-29", "2023-01-31", "2023-04-30", "2023-12-31", "2096-02-29"])("%s is a date", (line) =>
    expect(findTextDate(line)).not.toBeNull(),
  );
  test.each(["2023年2月29日", "2100-02-29", "1900-02-29", "2023-04-31", "2023-06-31", "2023-09-31", "2023-11-31", "2023-02-30"])(
    "%s is not",
    (line) => expect(findTextDate(line)).toBeNull(),
  );
  test.each([
    ["2024-02-29T23:30:00Z", "2024-03-01T07:30:00+08:00"],
    ["2023-02-28T20:00:00-05:00", "2023-03-01T09:00:00+08:00"],
  ])("a shifted instant lands on the right day: %s", (value, iso) => expect(parseMachineDate(value)).toBe(iso));
});
