/** A database that cannot be used as named (not a database, made by a newer zhpress, unwritable): one line, exit 2. */
export class StoreError extends Error {
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(`${location}: ${message}`);
    this.name = "StoreError";
  }
}
