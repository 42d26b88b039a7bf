// The merged dataset's rows written as a difference: each table's new rows go to a temporary table, rows no
// longer there are deleted and rows not there yet inserted; an unchanged row is not touched (its xmin stays).
// A merge after a few new pages thus rewrites the rows of the rounds, people and zones they changed (and the
// dataset row), not every row; the tables end exactly as a DELETE of all and INSERT of all would leave them.
import type pg from "pg";
import type { Row } from "./doc-rows.js";
import { insertRows } from "./pg-sql.js";

/** rows written (deleted + inserted) per table */
export type RowChanges = Record<string, number>;

export async function writeTablesByDifference(
  c: pg.PoolClient,
  tables: Record<string, Row[]>,
  names: readonly string[],
): Promise<RowChanges> {
  const changes: RowChanges = {};
  for (const name of names) {
    const next = `next_${name}`;
    await c.query(`CREATE TEMP TABLE ${next} (LIKE ${name}) ON COMMIT DROP`);
    await insertRows(c, next, tables[name] ?? []);
    // a row's text holds every column in the table's order: equal text, equal row (hashed, an anti-join that
    // may spill to disk rather than a NOT IN that falls back to comparing every pair)
    const gone = await c.query(`DELETE FROM ${name} t WHERE NOT EXISTS (SELECT 1 FROM ${next} n WHERE md5(n::text) = md5(t::text))`);
    const added = await c.query(
      `INSERT INTO ${name} SELECT * FROM ${next} n WHERE NOT EXISTS (SELECT 1 FROM ${name} t WHERE md5(t::text) = md5(n::text))`,
    );
    changes[name] = (gone.rowCount ?? 0) + (added.rowCount ?? 0);
  }
  return changes;
}
