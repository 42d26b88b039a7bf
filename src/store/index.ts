// The dataset store: where `zhpress run` keeps pages, documents and the merged dataset.
// A file path opens the embedded SQLite store; postgres:// is issue 12's backend.
import { StoreError } from "./errors.js";
import { SqliteStore } from "./sqlite.js";
import type { DatasetStore, OpenOptions } from "./types.js";

export type * from "./types.js";
export { StoreError } from "./errors.js";
export { SqliteStore } from "./sqlite.js";
export { tableColumns } from "./schema.js";

export const DEFAULT_DB = "out/zhpress.db";

export async function openStore(location: string, opts: OpenOptions = {}): Promise<DatasetStore> {
  if (/^postgres(ql)?:\/\//i.test(location))
    throw new StoreError(location.replace(/:[^:@/]*@/, ":***@"), "PostgreSQL is not supported yet (issue 12)");
  return SqliteStore.open(location, opts);
}
