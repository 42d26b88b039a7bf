// The queue's own tables, beside the store's: bytes waiting for a worker, and per-host politeness shared by
// every worker (a row per host with the time its next request may start; a lease per URL being fetched,
// held in the name of a connection the worker keeps open for its lifetime: when the worker dies, so does it).
export const QUEUE_TABLES = `
CREATE TABLE IF NOT EXISTS queued_bytes (
  input_key TEXT NOT NULL, bytes_hash TEXT NOT NULL, path TEXT, bytes BYTEA NOT NULL,
  queued_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (input_key, bytes_hash));
CREATE TABLE IF NOT EXISTS host_slots (host TEXT PRIMARY KEY, next_at TIMESTAMPTZ NOT NULL);
CREATE TABLE IF NOT EXISTS fetch_leases (
  url TEXT PRIMARY KEY, host TEXT NOT NULL, worker TEXT NOT NULL, owner_pid INTEGER NOT NULL, until TIMESTAMPTZ NOT NULL);
CREATE INDEX IF NOT EXISTS fetch_leases_host ON fetch_leases (host);
CREATE TABLE IF NOT EXISTS merge_state (
  id INTEGER PRIMARY KEY, seconds DOUBLE PRECISION NOT NULL, documents INTEGER NOT NULL, finished_at TIMESTAMPTZ NOT NULL);
`;

/** The documents stored since the last merge (the store's documents table must exist): a trigger adds a row in
 * the storing transaction, whoever stores it (a worker or `run --db postgres://…`); a merge deletes the rows it
 * merged (merge-job.ts). */
export const UNMERGED_TRACKING = `
CREATE TABLE IF NOT EXISTS unmerged_documents (id BIGSERIAL PRIMARY KEY, input_key TEXT NOT NULL);
CREATE OR REPLACE FUNCTION zhpress_document_stored() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN INSERT INTO unmerged_documents (input_key) VALUES (NEW.input_key); RETURN NULL; END $$;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'documents_unmerged' AND tgrelid = 'documents'::regclass) THEN
    CREATE TRIGGER documents_unmerged AFTER INSERT OR UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION zhpress_document_stored();
  END IF;
END $$;
`;
