// The command line's copies of the store's and the queue's defaults (src/cli/defaults.ts) must say what their owners use.
import { describe, expect, test } from "vitest";
import { DEFAULT_DB, DEFAULT_JOB_POLICY } from "../../src/cli/defaults.js";
import { DEFAULT_JOB_POLICY as QUEUE_POLICY } from "../../src/queue/enqueue.js";
import { DEFAULT_DB as STORE_DB } from "../../src/store/index.js";

describe("cli defaults", () => {
  test("the default database is the store's", () => {
    expect(DEFAULT_DB).toBe(STORE_DB);
  });
  test("the default job policy is the queue's", () => {
    expect(DEFAULT_JOB_POLICY).toEqual(QUEUE_POLICY);
  });
});
