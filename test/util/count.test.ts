import { describe, expect, it } from "vitest";
import { counted } from "../../src/util/index.js";

describe("counted", () => {
  it("says one in the singular", () => {
    expect(counted(1, "attempt")).toBe("1 attempt");
  });
  it("says any other count in the plural", () => {
    expect(counted(0, "attempt")).toBe("0 attempts");
    expect(counted(3, "attempt")).toBe("3 attempts");
    expect(counted(2, "entry", "entries")).toBe("2 entries");
  });
});
