// The stages joined: what page reading finds reaches the record normalized.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../src/pipeline.js";

const extract = (text: string) =>
  extractFromBytes({ source: { path: "t.txt" }, label: "t.txt", bytes: new TextEncoder().encode(text), contentType: null });

describe("article.repostOf", () => {
  test("origins named in the text, simplified, each once, without the article's own outlet", () => {
    const doc = extract(
      "晉東開發區簽約項目\n2023-09-02 來源：晉東日報\n本文轉自山西日報，原載晉東日報。晉東開發區今天舉行簽約活動，項目眾多。（轉自山西日報）\n",
    );
    expect(doc.article.outlet).toBe("晋东日报");
    expect(doc.article.repostOf).toEqual(["山西日报"]);
  });

  test("an article that names no origin has none", () => {
    const doc = extract("晋东开发区签约项目\n2023-09-02 来源：晋东日报\n晋东开发区今天举行签约活动，记者从省商务厅获悉项目众多。\n");
    expect(doc.article.repostOf).toEqual([]);
  });
});
