// HTTP(S) loading with undici: timeouts, redirects with loop detection, a body cap, retries, per-host politeness.
// Every failure is an InputError naming the URL and saying what happened.
import { STATUS_CODES } from "node:http";
import { Agent, request, type Dispatcher } from "undici";
import type { FetchOptions } from "../options.js";
import { guardedConnector } from "./address-guard.js";
import { BodyTooLarge, decodeContentEncoding, discard, readCapped } from "./body.js";
import { counted } from "../util/index.js";
import { InputError } from "./errors.js";
import { politely, sleep, type Sleep } from "./hosts.js";
import { isRetryableStatus, isTransientNetworkCode, parseRetryAfter, retryDelayMs } from "./retry.js";
import type { LoadedBytes } from "./types.js";

export interface RetryEvent {
  url: string;
  /** 1 for the first retry */
  retry: number;
  delayMs: number;
  reason: string;
}

/** Waits for the host's turn, then runs the request: in-process by default; the job queue shares it through PostgreSQL. */
export type Politeness = <T>(
  url: string,
  opts: Pick<FetchOptions, "perHostConcurrency" | "perHostDelayMs">,
  task: () => Promise<T>,
  wait: Sleep,
) => Promise<T>;

/** Seams: skip real waits, watch retries, take turns with other processes. */
export interface FetchHooks {
  sleep?: Sleep;
  onRetry?: (event: RetryEvent) => void;
  politely?: Politeness;
}

/** One failed attempt: the error to report, and whether another attempt may go differently. */
class AttemptFailure {
  constructor(
    readonly error: InputError,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {}
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// pages and feeds; a missing Content-Type is given the benefit of the doubt
const TEXTUAL_TYPE_RE = /^\s*(?:text\/|application\/(?:xhtml\+xml|xml|rss\+xml|atom\+xml|json)\b)/i;
const ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

/** one connection pool per connect timeout and address policy, reused across URLs */
const agents = new Map<string, Agent>();
function agentFor(opts: FetchOptions): Dispatcher {
  const { connectTimeoutMs: timeout, privateAddresses, allowOrigins } = opts;
  const key = JSON.stringify([timeout, privateAddresses, allowOrigins]);
  let agent = agents.get(key);
  // always guarded: even with private addresses allowed, cloud metadata endpoints are refused
  if (!agent) agents.set(key, (agent = new Agent({ connect: guardedConnector({ privateAddresses, allowOrigins }, timeout) })));
  return agent;
}

export async function fetchUrl(url: string, opts: FetchOptions, hooks: FetchHooks = {}): Promise<LoadedBytes> {
  const wait = hooks.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    let failure: AttemptFailure;
    try {
      return await fetchOnce(url, opts, wait, hooks.politely ?? politely);
    } catch (e) {
      if (!(e instanceof AttemptFailure)) throw e;
      failure = e;
    }
    const { error, retryable, retryAfterMs } = failure;
    if (!retryable) throw error;
    const reason = error.message.slice(url.length + 2);
    if (attempt >= opts.retries) throw new InputError(url, error.code, `${reason} (gave up after ${counted(attempt + 1, "attempt")})`);
    if (retryAfterMs !== null && retryAfterMs > opts.retryAfterCapMs)
      throw new InputError(
        url,
        error.code,
        `${reason}, and the server asks to wait ${Math.ceil(retryAfterMs / 1000)} s (more than the ${opts.retryAfterCapMs / 1000} s we wait)`,
      );
    const delayMs = retryDelayMs(attempt, retryAfterMs, opts);
    hooks.onRetry?.({ url, retry: attempt + 1, delayMs, reason });
    await wait(delayMs);
  }
}

/** One attempt: follows redirects under one total timeout. Throws AttemptFailure, never anything else. */
async function fetchOnce(url: string, opts: FetchOptions, wait: Sleep, turn: Politeness): Promise<LoadedBytes> {
  const deadline = new AbortController();
  // the clock starts when the first request goes out, not while it queues behind others to the same host
  let timer: NodeJS.Timeout | undefined;
  const startClock = () => (timer ??= setTimeout(() => deadline.abort(), opts.totalTimeoutMs));
  const visited = [url];
  let current = url;
  try {
    for (;;) {
      const hop = await turn(current, opts, () => (startClock(), fetchHop(url, current, opts, deadline.signal)), wait);
      if ("bytes" in hop) return { source: { url }, label: url, bytes: hop.bytes, contentType: hop.contentType, finalUrl: current };
      const next = hop.location;
      if (visited.includes(next)) throw final(url, "redirect-loop", `redirect loop: ${[...visited, next].join(" → ")}`);
      if (visited.length > opts.maxRedirects) throw final(url, "redirects", `more than ${opts.maxRedirects} redirects (last: ${next})`);
      visited.push(next);
      current = next;
    }
  } catch (e) {
    if (e instanceof AttemptFailure) throw e;
    if (deadline.signal.aborted) throw final(url, "timeout", `no complete response within ${opts.totalTimeoutMs} ms (timeout)`);
    throw networkFailure(url, e as NetworkError, opts);
  } finally {
    clearTimeout(timer);
  }
}

type Hop = { location: string } | { bytes: Uint8Array; contentType: string | null };

async function fetchHop(url: string, current: string, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const res = await request(current, {
    method: "GET",
    dispatcher: agentFor(opts),
    signal,
    headers: { "user-agent": opts.userAgent, accept: ACCEPT, "accept-language": "zh-CN,zh;q=0.9", "accept-encoding": "gzip, deflate, br" },
  });
  const header = (name: string) => [res.headers[name]].flat()[0];
  const location = header("location");
  if (REDIRECT_STATUSES.has(res.statusCode) && location) {
    await res.body.dump();
    const next = new URL(location, current);
    if (next.protocol !== "http:" && next.protocol !== "https:") throw final(url, "bad-redirect", `redirected to a non-HTTP URL: ${next}`);
    return { location: next.toString() };
  }
  if (res.statusCode >= 300) {
    await res.body.dump().catch(() => {});
    const error = new InputError(url, "http-status", `HTTP ${res.statusCode} ${STATUS_CODES[res.statusCode] ?? ""}`.trim());
    throw new AttemptFailure(error, isRetryableStatus(res.statusCode), parseRetryAfter(res.headers["retry-after"]));
  }
  const contentType = header("content-type") ?? null;
  if (contentType !== null && !TEXTUAL_TYPE_RE.test(contentType)) {
    discard(res.body);
    throw final(url, "not-text", `the server sent ${contentType.split(";")[0]}, not a page`);
  }
  const declared = Number(header("content-length"));
  if (declared > opts.maxBytes) {
    discard(res.body);
    throw final(url, "too-large", `Content-Length ${declared} is over the ${opts.maxBytes} byte limit (--max-body-mb); not downloaded`);
  }
  try {
    const raw = await readCapped(res.body, opts.maxBytes);
    return { bytes: decodeContentEncoding(raw, header("content-encoding"), opts.maxBytes), contentType };
  } catch (e) {
    if (e instanceof BodyTooLarge) throw final(url, "too-large", `${e.message} (--max-body-mb); stopped reading`);
    throw e;
  }
}

function final(url: string, code: string, reason: string): AttemptFailure {
  return new AttemptFailure(new InputError(url, code, reason), false);
}

type NetworkError = Error & { code?: string; cause?: { code?: string; message?: string } };

function networkFailure(url: string, e: NetworkError, opts: FetchOptions): AttemptFailure {
  const code = e.code ?? e.cause?.code;
  if (code === "ERR_BLOCKED_ADDRESS") return final(url, "blocked-address", (e.code ? e.message : e.cause?.message) ?? e.message);
  if (code === "UND_ERR_CONNECT_TIMEOUT")
    return new AttemptFailure(new InputError(url, "connect-timeout", `could not connect within ${opts.connectTimeoutMs} ms`), true);
  if (code === "ENOTFOUND") return final(url, "network", `host not found (${new URL(url).hostname})`);
  const reason = `network error: ${code ? `${code} ` : ""}${e.message}`;
  return new AttemptFailure(new InputError(url, "network", reason), isTransientNetworkCode(code) || code === undefined);
}
