// Politeness shared by every worker on every machine: a host's row says when its next request may start
// (row-locked while a worker takes its turn), and a lease per URL says who is fetching it. A worker killed
// mid-fetch leaves a lease whose owner connection is gone (cleared at once), or, when its machine vanished
// without closing the connection, one that expires after one request's timeout.
import type pg from "pg";
import type { Politeness } from "../input/fetch.js";
import { inTransaction } from "../store/pg-sql.js";

export interface HostGateOptions {
  /** who holds a lease, for status and for debugging */
  worker: string;
  /** how long a lease lasts: a request's total timeout, and a margin */
  leaseMs: number;
  /** backend pid of the connection the worker holds open while it lives (a new one after a reconnect) */
  ownerPid: () => number;
}

/** A Politeness for fetchUrl: waits until this host has a free slot, its polite delay has passed and nobody fetches this URL. */
export function sharedPoliteness(pool: pg.Pool, gate: HostGateOptions): Politeness {
  return async (url, opts, task, wait) => {
    const host = new URL(url).host;
    for (;;) {
      const waitMs = await takeTurn(pool, host, url, opts.perHostConcurrency, opts.perHostDelayMs, gate);
      if (waitMs === 0) break;
      await wait(waitMs);
    }
    try {
      return await task();
    } finally {
      await pool.query("DELETE FROM fetch_leases WHERE url = $1 AND worker = $2", [url, gate.worker]).catch(() => {});
    }
  };
}

/** 0 when the turn is taken (a lease is held), else how long to wait before asking again. */
async function takeTurn(
  pool: pg.Pool,
  host: string,
  url: string,
  perHost: number,
  delayMs: number,
  gate: HostGateOptions,
): Promise<number> {
  return inTransaction(pool, async (c) => {
    await c.query("INSERT INTO host_slots (host, next_at) VALUES ($1, clock_timestamp()) ON CONFLICT (host) DO NOTHING", [host]);
    const { rows: slot } = await c.query<{ wait_ms: number }>(
      "SELECT ceil(extract(epoch FROM next_at - clock_timestamp()) * 1000)::float8 AS wait_ms FROM host_slots WHERE host = $1 FOR UPDATE",
      [host],
    );
    await c.query(
      `DELETE FROM fetch_leases l WHERE host = $1
       AND (until < clock_timestamp() OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = l.owner_pid))`,
      [host],
    );
    const { rows: held } = await c.query<{ n: number; busy: boolean | null }>(
      "SELECT COUNT(*)::int AS n, bool_or(url = $2) AS busy FROM fetch_leases WHERE host = $1",
      [host, url],
    );
    // a free slot is polled for: short, jittered, so waiting workers do not ask in step
    const poll = Math.min(200, Math.max(20, delayMs)) * (0.5 + Math.random());
    if (held[0].busy || held[0].n >= perHost) return poll;
    if (slot[0].wait_ms > 0) return slot[0].wait_ms;
    await c.query(
      "INSERT INTO fetch_leases (url, host, worker, owner_pid, until) VALUES ($1, $2, $3, $4, clock_timestamp() + $5 * interval '1 ms')",
      [url, host, gate.worker, gate.ownerPid(), gate.leaseMs],
    );
    await c.query("UPDATE host_slots SET next_at = clock_timestamp() + $2 * interval '1 ms' WHERE host = $1", [host, delayMs]);
    return 0;
  });
}
