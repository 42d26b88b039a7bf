// Politeness per host: at most perHostConcurrency requests in flight and perHostDelayMs between starts.
import pLimit, { type LimitFunction } from "p-limit";
import type { FetchOptions } from "../options.js";

interface HostSlot {
  limit: LimitFunction;
  /** the earliest time (ms since epoch) the next request to this host may start */
  nextStartAt: number;
}

/** one slot per host and concurrency: a process crawls few hosts, so the map stays small */
const slots = new Map<string, HostSlot>();

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` when the host of `url` has a free slot and its polite delay has passed. */
export function politely<T>(
  url: string,
  opts: Pick<FetchOptions, "perHostConcurrency" | "perHostDelayMs">,
  task: () => Promise<T>,
  wait: Sleep = sleep,
): Promise<T> {
  const key = `${new URL(url).host}|${opts.perHostConcurrency}`;
  let slot = slots.get(key);
  if (!slot) slots.set(key, (slot = { limit: pLimit(opts.perHostConcurrency), nextStartAt: 0 }));
  const hostSlot = slot;
  return hostSlot.limit(async () => {
    const now = Date.now();
    const startAt = Math.max(now, hostSlot.nextStartAt);
    hostSlot.nextStartAt = startAt + opts.perHostDelayMs;
    if (startAt > now) await wait(startAt - now);
    return task();
  });
}
