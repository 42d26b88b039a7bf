// The dataset store: pages, documents and the merged dataset → tables (SQLite or PostgreSQL) that `zhpress run` keeps.
// A file path opens the embedded SQLite store; postgres://… the PostgreSQL store (same tables, same dataset).
import { PgStore } from "./pg.js";
import { isPostgresUrl } from "./pg-sql.js";
import { SqliteStore } from "./sqlite.js";
import type { DatasetStore, OpenOptions } from "./types.js";

export type * from "./types.js";
export { StoreError } from "./errors.js";
export { SqliteStore } from "./sqlite.js";
export { PgStore } from "./pg.js";
export { isPostgresUrl, redact } from "./pg-sql.js";
export { tableColumns } from "./schema.js";

export const DEFAULT_DB = "out/zhpress.db";

export async function openStore(location: string, opts: OpenOptions = {}): Promise<DatasetStore> {
  if (isPostgresUrl(location)) return PgStore.open(location, opts);
  return SqliteStore.open(location, opts);
}
