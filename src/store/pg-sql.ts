// PostgreSQL plumbing shared by the store and the job queue: a pool whose BIGINTs read as numbers, the
// portable schema (schema.ts) in PostgreSQL's dialect, `?` placeholders, and batched multi-row inserts.
import pg from "pg";
import type { Row } from "./doc-rows.js";
import { DATASET_TABLES, RECORD_TABLES, VIEWS } from "./schema.js";

export type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;
export type Param = string | number | boolean | null | Buffer | string[] | number[];

/** postgres:// or postgresql:// */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** The connection string as it may be printed: the password replaced by ***. */
export const redact = (url: string): string => url.replace(/^(?<head>[a-z]+:\/\/[^:@/]*:)[^@/]*@/i, "$<head>***@");

// whole yuan reach 10^13: far inside a double's exact range; pg would otherwise hand BIGINT back as a string
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20) return (v: string) => Number(v);
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  },
} as pg.CustomTypesConfig;

export function openPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types, application_name: "zhpress" });
  // an idle client losing its server (a restart) must not crash the process; the next query reports it
  pool.on("error", () => {});
  return pool;
}

/** The portable DDL in PostgreSQL: 64-bit integers, double REAL, and views replaced on migration. */
export function pgDdl(ddl = RECORD_TABLES + DATASET_TABLES + VIEWS): string {
  return ddl
    .replace(/\bINTEGER\b/g, "BIGINT")
    .replace(/\bREAL\b/g, "DOUBLE PRECISION")
    .replace(/CREATE VIEW IF NOT EXISTS/g, "CREATE OR REPLACE VIEW");
}

/** SQLite-style `?` placeholders → $1, $2, … (the SQL here never has a ? inside a string literal). */
export function dollars(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function rows(db: Queryable, sql: string, params: Param[] = []): Promise<Row[]> {
  return (await db.query(dollars(sql), params)).rows as Row[];
}

// PostgreSQL takes at most 65,535 parameters per statement
const MAX_PARAMS = 60_000;

/** INSERT of many rows in as few statements as the parameter limit allows; all rows share the first row's columns. */
export async function insertRows(db: Queryable, table: string, list: Row[], suffix = ""): Promise<void> {
  if (list.length === 0) return;
  const cols = Object.keys(list[0]);
  const per = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
  for (let i = 0; i < list.length; i += per) {
    const chunk = list.slice(i, i + per);
    const params: Param[] = [];
    const values = chunk.map((row) => `(${cols.map((c) => (params.push(row[c]), `$${params.length}`)).join(", ")})`);
    await db.query(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${values.join(", ")} ${suffix}`, params);
  }
}

/** Runs `work` in one transaction on one client: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** A 64-bit advisory lock key for a name (hashtextextended is stable across servers of one major version). */
export const lockKey = (name: string): string => `hashtextextended('zhpress:' || ${name}, 0)`;

/** Runs fn on one connection while holding a session advisory lock (other processes asking for it wait; a
 * killed process's connection drops it). */
export async function withSessionLock<T>(pool: pg.Pool, name: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${lockKey(name)})`);
    try {
      return await fn(client);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${lockKey(name)})`);
    }
  } finally {
    client.release();
  }
}
