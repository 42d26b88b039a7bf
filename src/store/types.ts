// The dataset store: every page read, every extraction document and the merged dataset, behind one
// async interface. The embedded SQLite store (sqlite.ts) is the default; a PostgreSQL store
// (issue 12) implements the same interface over the same tables (schema.ts).
import type { ExtractionDocument, MergedDataset } from "../schema/index.js";
import type {
  ArticleDetail,
  ArticleFilter,
  ArticleSummary,
  PersonDetail,
  PersonFilter,
  PersonSummary,
  ResultPage,
  RoundDetail,
  RoundFilter,
  RoundSummary,
  SearchResult,
  ZoneDetail,
  ZoneFilter,
  ZoneSummary,
} from "./read-types.js";

export type * from "./read-types.js";

/** One page as it was read: what was asked for, what came back, and when. */
export interface PageRecord {
  /** what identifies the input across runs: the absolute path, the URL as given, or "stdin:<bytesHash>" */
  inputKey: string;
  /** sha256 of the raw bytes, hex: an input whose bytes are unchanged is not extracted again */
  bytesHash: string;
  path: string | null;
  url: string | null;
  /** the URL after redirects (null for files and stdin) */
  finalUrl: string | null;
  contentType: string | null;
  byteLength: number;
  /** ISO 8601 UTC */
  fetchedAt: string;
}

export interface OpenOptions {
  /** refuse to create a database that is not there (export, serve, check) */
  mustExist?: boolean;
}

/** A document as stored: the input it came from and its extraction. */
export interface StoredDocument {
  inputKey: string;
  bytesHash: string;
  document: ExtractionDocument;
}

export interface StoreStats {
  pages: number;
  documents: number;
  articles: number;
  rounds: number;
  people: number;
  zones: number;
  /** when the dataset was last replaced (ISO 8601 UTC), null before the first merge */
  mergedAt: string | null;
}

/**
 * Where runs keep what they read and what they found. Every method is async so a networked
 * backend can implement it; every write is one transaction, so a process killed at any moment
 * leaves either the whole document (or dataset) or none of it.
 */
export interface DatasetStore {
  /** where it lives, for messages: the file path or the connection string without its password */
  readonly location: string;
  /** creates or upgrades the tables and views; idempotent (openStore calls it) */
  migrate(): Promise<void>;
  /** true when the input's current document was extracted from exactly these bytes */
  hasInput(inputKey: string, bytesHash: string): Promise<boolean>;
  /** one transaction: the page read, the input's current document (replacing an older one), its article and mentions */
  putDocument(page: PageRecord, document: ExtractionDocument): Promise<void>;
  /** every input's current document, ordered by inputKey (plain code-unit order, not a collation) */
  listDocuments(): Promise<StoredDocument[]>;
  /** one transaction: the merged dataset replaces the previous one in every dataset table */
  replaceDataset(dataset: MergedDataset): Promise<void>;
  /** the merged dataset exactly as it was put, or null before the first merge */
  getDataset(): Promise<MergedDataset | null>;
  stats(): Promise<StoreStats>;

  listRounds(filter?: RoundFilter): Promise<ResultPage<RoundSummary>>;
  getRound(key: string): Promise<RoundDetail | null>;
  listPeople(filter?: PersonFilter): Promise<ResultPage<PersonSummary>>;
  getPerson(key: string): Promise<PersonDetail | null>;
  listZones(filter?: ZoneFilter): Promise<ResultPage<ZoneSummary>>;
  getZone(name: string): Promise<ZoneDetail | null>;
  listArticles(filter?: ArticleFilter): Promise<ResultPage<ArticleSummary>>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  /** names, zones, outlets, titles and dates containing q; at most `limit` (default 20) of each kind */
  search(q: string, limit?: number): Promise<SearchResult>;
  close(): Promise<void>;
}
