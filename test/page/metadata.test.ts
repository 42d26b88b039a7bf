// Outlet (来源), reporters (记者) and editors (编辑) stated in page text, in both scripts.
import { describe, expect, test } from "vitest";
import { findEditors, findOutlet, findReporters, findRepostOrigins, isMetadataLine, withoutReadings } from "../../src/page/metadata.js";

describe("findOutlet", () => {
  test.each([
    ["2023-09-02 10:14:41 来源:晋东日报  ", "晋东日报"],
    ["2022年02月28日 07:46:21 来源: 晋东日报", "晋东日报"],
    ["來源：晉東日報", "晉東日報"],
    ["来源:晋东广播电视台、晋东电视台返回搜狐,查看更多", "晋东广播电视台、晋东电视台"],
    ["来源：晋东日报 作者：本报记者 温小川", "晋东日报"],
    ["来源：晋东新闻网|编辑：房小雨", "晋东新闻网"],
    ["【来源：新华社】", "新华社"],
    ["来源：晋东日报2023-09-02", "晋东日报"],
  ])("%s → %s", (line, outlet) => {
    expect(findOutlet(line)).toBe(outlet);
  });

  test.each([
    ["项目资金来源：社会投资为主。"], // 来源 inside a sentence of the body
    ["其主要收入来源是租金"],
    ["来源：记者温小川"], // an outlet is never a person
    ["来源：温小川"],
    ["来源："],
  ])("no outlet in %s", (line) => {
    expect(findOutlet(line)).toBeNull();
  });
});

describe("findRepostOrigins", () => {
  test.each([
    ["来源：山西日报 作者", ["山西日报"]],
    ["本文转自山西新闻网", ["山西新闻网"]],
    ["原标题：全省开发区活动举行 来源：山西日报\n正文", ["山西日报"]],
    ["轉載自山西新聞網。", ["山西新聞網"]], // traditional keywords; the pipeline simplifies the name
    ["转自山西日报。正文……来源：山西日报", ["山西日报"]], // each once
    ["转自山西日报，原载晋东新闻网", ["山西日报", "晋东新闻网"]],
    ["来源：\n山西日报", ["山西日报"]], // the label and the name on two lines
    ["转自山(shān)西日报", ["山西日报"]], // a pinyin reading does not cut the name
  ])("%s → %s", (text, want) => expect(findRepostOrigins(text)).toEqual(want));

  test.each([["记者从省商务厅获悉"], ["来源：。"], ["转自A。"], ["原标题：全省开发区活动举行"]])("no origin in %s", (text) =>
    expect(findRepostOrigins(text)).toEqual([]),
  );
});

describe("findReporters", () => {
  test.each([
    ["省直有关部门负责同志参加活动。(记者陈小琦)", ["陈小琦"]],
    ["省直有關部門負責同志參加活動。（記者 陳小琦）", ["陳小琦"]],
    ["出席开工奠基仪式。本报记者史小波摄", ["史小波"]],
    ["出席開工奠基儀式。本報記者史小波攝", ["史小波"]],
    ["以优异成绩迎接新的一年。记者闫小杰", ["闫小杰"]],
    ["本报记者 温小川 房小雨", ["温小川", "房小雨"]],
    ["（记者 温小川、房小雨）", ["温小川", "房小雨"]],
    ["（记者 温小川 通讯员 房小雨）", ["温小川"]],
    ["新华社太原9月2日电（记者温小川）", ["温小川"]],
    ["本报记者 温小川 实习生 房小雨", ["温小川"]],
  ])("%s → %j", (line, names) => {
    expect(findReporters(line)).toEqual(names);
  });

  test.each([
    ["园区负责人在接受记者采访时表示，将继续优化营商环境。"], // 接受记者采访 is not a byline
    ["记者8日从晋东警方获悉，案件已移送。"],
    ["记者了解到，园区今年已引进项目46个。"],
    ["记者从省商务厅获悉"],
    ["园区负责人告诉记者"],
  ])("no reporter in %s", (line) => {
    expect(findReporters(line)).toEqual([]);
  });
});

describe("findEditors", () => {
  test.each([
    ["责任编辑:畅小杰", ["畅小杰"]],
    ["責任編輯：暢小杰", ["暢小杰"]],
    ["[编辑: 王小庆 ]", ["王小庆"]],
    ["（责任编辑：房小雨）", ["房小雨"]],
    ["责编：温小川 房小雨", ["温小川", "房小雨"]],
    ["编辑：温小川 校对：房小雨", ["温小川"]],
  ])("%s → %j", (line, names) => {
    expect(findEditors(line)).toEqual(names);
  });

  test.each([["他曾担任编辑：负责校对"], ["编辑部设在园区"], ["本书主编：温小川"]])("no editor in %s", (line) => {
    expect(findEditors(line)).toEqual([]);
  });
});

describe("withoutReadings", () => {
  test.each([
    ["來(lái)源(yuán):晉東日報", "來源:晉東日報"],
    ["責(zé)任編(biān)輯(jí):暢(chàng)小杰", "責任編輯:暢小杰"],
  ])("%s → %s", (line, clean) => expect(withoutReadings(line)).toBe(clean));
  test.each([["投资(2024)年度计划"], ["山西综改示范区(晋中片区)"], ["刚果(金)"], ["(记者温小川)"]])("keeps %s", (line) => {
    expect(withoutReadings(line)).toBe(line);
  });
});

describe("isMetadataLine", () => {
  test.each([["2023-09-02 10:14:41 来源:晋东日报"], ["责任编辑:畅小杰"], ["本报记者 温小川"], ["admin2年前 (2022-07-05)新闻中心909"]])(
    "metadata: %s",
    (line) => expect(isMetadataLine(line)).toBe(true),
  );
  test.each([
    ["2022年6月22日，太原市与全省同步举行活动。"],
    ["项目资金来源：社会投资为主，另有专项债券。"],
    ["久久为功抓项目 持续掀起建设热潮"],
  ])("body: %s", (line) => expect(isMetadataLine(line)).toBe(false));
});
