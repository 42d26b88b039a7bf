import { describe, expect, test } from "vitest";
import { isRetryableStatus, isTransientNetworkCode, parseRetryAfter, retryDelayMs } from "../../src/input/retry.js";

describe("isRetryableStatus", () => {
  test.each([429, 500, 502, 503, 504, 599])("%i is retried", (status) => expect(isRetryableStatus(status)).toBe(true));
  test.each([200, 301, 400, 401, 403, 404, 410, 451, 501, 505])("%i is not", (status) => expect(isRetryableStatus(status)).toBe(false));
});

describe("isTransientNetworkCode", () => {
  test.each(["ECONNRESET", "ECONNREFUSED", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "EAI_AGAIN"])("%s is transient", (code) =>
    expect(isTransientNetworkCode(code)).toBe(true),
  );
  test.each(["ENOTFOUND", "UND_ERR_INVALID_ARG", "CERT_HAS_EXPIRED", undefined])("%s is not", (code) =>
    expect(isTransientNetworkCode(code)).toBe(false),
  );
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-01-28T04:00:00Z");
  test.each([
    ["120", 120_000],
    [" 0 ", 0],
    ["Sun, 28 Jan 2024 04:00:30 GMT", 30_000],
    ["Sun, 28 Jan 2024 03:59:00 GMT", 0], // a date in the past means now
    [["5", "9"], 5_000],
  ])("%j → %i ms", (value, ms) => expect(parseRetryAfter(value, now)).toBe(ms));
  test.each([[undefined], ["soon"], ["-3"], ["1.5"], [""]])("%j → null", (value) => expect(parseRetryAfter(value, now)).toBeNull());
});

describe("retryDelayMs", () => {
  test.each([
    [0, null, 500],
    [1, null, 1000],
    [3, null, 4000],
    [3, 2000, 2000],
    [0, 0, 0],
  ])("retry %i with Retry-After %j → %i ms", (retry, retryAfter, ms) =>
    expect(retryDelayMs(retry, retryAfter, { retryBaseDelayMs: 500 })).toBe(ms),
  );
});
