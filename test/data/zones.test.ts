// Zone kinds of real press (issue 10), through the public pipeline. Sentences written for this test.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../../src/pipeline.js";

const zones = (text: string) =>
  extractFromBytes({ source: { path: "t.txt" }, label: "t.txt", bytes: Buffer.from(text), contentType: null }).zones.map((z) => z.name);

describe("产业集聚区 is a zone kind", () => {
  test("county zones in a list after an 经济技术开发区", () => {
    const found = zones("集中签约仪式上，曲沃经济技术开发区、翼城产业集聚区、浮山产业集聚区分别签约项目。");
    expect(found).toEqual(expect.arrayContaining(["曲沃经济技术开发区", "翼城产业集聚区", "浮山产业集聚区"]));
  });

  test.each([["全力打造新能源产业集聚区，形成规模效应。"], ["推动产业集聚区高质量发展。"]])("no zone without a place: %s", (text) => {
    expect(zones(text)).toEqual([]);
  });
});
