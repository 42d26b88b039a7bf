import { describe, expect, test } from "vitest";
import { extractZones } from "../helpers/extract.js";
import type { ZoneMention } from "../../src/schema/index.js";

const zones = (text: string, blocked: { start: number; end: number }[] = []): ZoneMention[] =>
  extractZones({ text, publishedAt: null, blocked });

describe("zones: a kind suffix with a place on its left", () => {
  test.each([
    ["襄垣经济技术开发区引进一家装备企业。", "襄垣经济技术开发区", "襄垣经济技术开发区", "经济技术开发区"],
    ["项目落户洪洞经济技术开发区。", "洪洞经济技术开发区", "洪洞经济技术开发区", "经济技术开发区"],
    ["中北高新技术产业开发区新上一条产线。", "中北高新技术产业开发区", "中北高新技术产业开发区", "高新技术产业开发区"],
    ["清徐经济开发区签下两个新材料项目。", "清徐经济开发区", "清徐经济开发区", "经济开发区"],
    ["西山生态文化旅游示范区建设露营地。", "西山生态文化旅游示范区", "西山生态文化旅游示范区", "生态文化旅游示范区"],
    ["阳曲现代农业产业示范区谋划食品项目。", "阳曲现代农业产业示范区", "阳曲现代农业产业示范区", "现代农业产业示范区"],
    ["加快太忻一体化经济区建设。", "太忻一体化经济区", "太忻一体化经济区", "一体化经济区"],
    ["主会场设在晋中国家农高区。", "晋中国家农高区", "晋中国家农业高新技术产业示范区", "农业高新技术产业示范区"],
    ["各市和山西综改示范区同步举行。", "山西综改示范区", "山西转型综合改革示范区", "综改示范区"],
    ["综改区新签约项目十个。", "综改区", "山西转型综合改革示范区", "综改示范区"],
    ["长治经开区开工项目多个。", "长治经开区", "长治经济技术开发区", "经济技术开发区"],
    ["山西大同经济开发区举行签约。", "山西大同经济开发区", "山西大同经济开发区", "经济开发区"],
    ["山西转型综合改革示范区晋中开发区推行代办服务。", "山西转型综合改革示范区晋中开发区", "山西转型综合改革示范区晋中开发区", "开发区"],
    ["晋中开发区新引进一家企业。", "晋中开发区", "山西转型综合改革示范区晋中开发区", "开发区"],
    ["阳曲开发区签下两个项目。", "阳曲开发区", "阳曲开发区", "开发区"],
  ])("%s", (text, mention, name, kind) => {
    const found = zones(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mention, name, kind });
    const [e] = found[0].evidence;
    expect(text.slice(e.start, e.end)).toBe(mention);
    expect(e.quote).toBe(mention);
  });

  test.each([
    ["the province's zones in general", "全省开发区共签约项目多个。"],
    ["every zone", "各开发区要抓项目。"],
    ["a district", "小店区新开一家商场。"],
    ["a project park", "打造空调制造产业园。"],
    ["示范区 alone", "在示范区成立了建设公司。"],
    ["a kind with no place", "推动经济技术开发区高质量发展。"],
    ["a venue", "活动在主会场举行。"],
    ["a city's zones", "晋中市开发区建设加快。"],
    ["a province's zones", "山西开发区建设加快。"],
    ["开发区 after a common word", "推进工业开发区建设。"],
  ])("not a zone: %s", (_why, text) => {
    expect(zones(text)).toEqual([]);
  });

  test("aliases fold into one zone with evidence for each mention", () => {
    const text = "山西综改示范区举行签约。山西转型综合改革示范区还开工了项目。综改区负责人介绍情况。";
    const found = zones(text);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe("山西转型综合改革示范区");
    expect(found[0].mention).toBe("山西综改示范区");
    expect(found[0].evidence.map((e) => e.quote)).toEqual(["山西综改示范区", "山西转型综合改革示范区", "综改区"]);
  });

  test("a zone inside a blocked span is not taken", () => {
    expect(zones("清徐经济开发区签约。", [{ start: 0, end: 3 }])).toEqual([]);
  });
});

describe("zones: what a zone is to become is not a zone", () => {
  test.each([["为培育成临汾市国家级经济技术开发区创造条件。"], ["力争申报晋城高新技术产业开发区。"], ["全力打造国家级经济技术开发区。"]])(
    "must not: %s",
    (text) => {
      expect(zones(text)).toEqual([]);
    },
  );
  test.each([
    ["打造太原高新区升级版。", "太原高新技术产业开发区"],
    ["晋城经济技术开发区成为全省标杆。", "晋城经济技术开发区"],
  ])("%s is a zone", (text, name) => {
    expect(zones(text).map((z) => z.name)).toEqual([name]);
  });
});
