// The connection a worker holds while it lives: its URL leases are taken in the name of this connection's
// backend pid, so they vanish when the worker dies (kill -9 included). When the server drops the connection
// (a restart, an administrator), the worker says so and takes a new one; the leases of the old pid were
// cleared with it.
import type pg from "pg";

export interface Lifeline {
  /** the backend pid leases are held in the name of */
  pid(): number;
  release(): void;
}

export async function holdLifeline(pool: pg.Pool, onError: (e: Error) => void, retryMs: number): Promise<Lifeline> {
  let pid = 0;
  let released = false;
  /** gives the held connection back to the pool; null while none is held */
  let drop: (() => void) | null = null;

  const connect = async (): Promise<void> => {
    const c = await pool.connect();
    const lost = (e: Error) => {
      c.off("error", lost);
      c.release(true);
      drop = null;
      onError(new Error(`lost the connection that holds its URL leases (${e.message})`));
      if (!released) void reconnect();
    };
    c.on("error", lost);
    try {
      pid = (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    } catch (e) {
      c.off("error", lost);
      c.release(true);
      throw e;
    }
    drop = () => (c.off("error", lost), c.release());
    // released while this connection was being taken (a reconnect racing the worker's stop)
    if (released) (drop(), (drop = null));
  };
  const reconnect = async (): Promise<void> => {
    while (!released && drop === null) {
      await new Promise((r) => setTimeout(r, retryMs));
      if (!released) await connect().catch(onError);
    }
  };

  await connect();
  return {
    pid: () => pid,
    release() {
      released = true;
      drop?.();
      drop = null;
    },
  };
}
