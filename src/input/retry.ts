// When to try a URL again and how long to wait: 429, 5xx and network errors, exponential backoff, Retry-After.
import type { FetchOptions } from "../options.js";

/** statuses that say "not now" rather than "never" */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

// undici and Node socket error codes that a later attempt may not meet
const TRANSIENT_NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_CLOSED",
]);

export function isTransientNetworkCode(code: string | undefined): boolean {
  return code !== undefined && TRANSIENT_NETWORK_CODES.has(code);
}

// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3)
const DELTA_SECONDS_RE = /^\s*(?<seconds>\d+)\s*$/;
// every HTTP-date form names its month in letters; V8's Date.parse would also accept "-3" or "1.5"
const HTTP_DATE_RE = /\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/i;

/** Retry-After in ms from now, or null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return null;
  const seconds = raw.match(DELTA_SECONDS_RE)?.groups?.seconds;
  if (seconds !== undefined) return Number(seconds) * 1000;
  if (!HTTP_DATE_RE.test(raw)) return null;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait before retry number `retry` (0-based): the server's Retry-After when it gave one, else backoff. */
export function retryDelayMs(retry: number, retryAfterMs: number | null, opts: Pick<FetchOptions, "retryBaseDelayMs">): number {
  return retryAfterMs ?? opts.retryBaseDelayMs * 2 ** retry;
}
