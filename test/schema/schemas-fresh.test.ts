import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { renderSchemas } from "../../scripts/gen-schemas.js";

describe("committed JSON Schemas", () => {
  test.each(Object.entries(renderSchemas()))("schemas/%s matches src/schema (run npm run schemas)", (file, content) => {
    const committed = readFileSync(new URL(`../../schemas/${file}`, import.meta.url), "utf8");
    expect(committed).toBe(content);
  });
});
