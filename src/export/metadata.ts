// Datasette metadata.json: a description of every table, view and column, so
// `datasette out/zhpress.db -m out/metadata.json` browses the database as it is.
import { basename, extname } from "node:path";

const TABLES: Record<string, string> = {
  meta: "Settings of this database (schema_version).",
  pages: "Every page read: the bytes' hash, where it came from, the URL after redirects and when it was read.",
  documents: "The current extraction document of each input (JSON, record contract v1); replaced when the input's bytes change.",
  articles: "One row per article: metadata and the normalized text every offset points into.",
  mentions: "Every evidence span the extractors found in an article, with the merged record it belongs to.",
  dataset: "The merged dataset as one JSON document (what `zhpress merge` writes), and when it was merged.",
  rounds: "One row per 三个一批 round (scope, year, ordinal): the voted values, counts and where it was first reported.",
  round_values: "Each value of a round as one article states it: field, value, quote and offsets.",
  round_sources: "The articles reporting each round; reposts are marked not independent.",
  conflicts: "Values sources disagree on: one row per value, with the sources and quotes stating it.",
  checks: "Consistency checks (parts against totals, summaries against rounds, date order, repeated figures).",
  people: "One row per person, with the titles held and the roles seen (attend, speak, preside, report).",
  person_titles: "Each title a person held, first and last seen.",
  zones: "One row per development zone, by canonical name.",
  zone_aliases: "Every spelling a zone was written with.",
  duplicate_groups: "Articles that are the same report (exact copies or near-duplicate reposts).",
  round_table: "The round table as `zhpress run` prints it, with 亿元 beside the counts and the main source.",
  round_evidence: "Every value of every round with its article's outlet, date and the quote stating it.",
  conflict_table: "Disagreements between sources, by round.",
  failed_checks: "Consistency checks that failed, by round.",
};

const COLUMNS: Record<string, string> = {
  key: "Stable key of the record",
  value: "The value, as text (JSON in conflicts)",
  input_key: "The input: its absolute path, the URL as given, or stdin:<hash>",
  bytes_hash: "sha256 of the raw bytes: unchanged bytes are not extracted again",
  path: "Local file the article was read from",
  url: "URL the article was fetched from",
  final_url: "URL after redirects",
  content_type: "Content-Type the server sent",
  byte_length: "Size of the raw bytes",
  fetched_at: "When the page was read (UTC)",
  article_id: "Article id: a hash of the normalized text",
  document: "The extraction document, JSON",
  stored_at: "When the document was stored (UTC)",
  id: "Id",
  title: "Title",
  outlet: "来源: the outlet that published it",
  published_at: "Publication date or date-time (+08:00)",
  script: "Script of the original text (simplified, traditional, mixed)",
  charset: "Character set the bytes were decoded from",
  format: "html or text",
  reporters: "Reporters (JSON list)",
  editors: "Editors (JSON list)",
  text: "Normalized simplified main text; every offset points into it",
  rounds: "Round mentions found in the article",
  people: "Person mentions found in the article",
  zones: "Zone mentions found in the article",
  figures: "Other figures found in the article",
  warnings: "Warnings raised while reading the article",
  kind: "Kind",
  mention_index: "Position of the mention in its document's list",
  evidence_index: "Position of the span in the mention's evidence",
  label: "What was mentioned, readable",
  field: "Field the value belongs to (year, date, venue, signed.projects, signed.investmentYuan, …)",
  start_offset: "Start of the quote in articles.text (characters)",
  end_offset: "End of the quote in articles.text (characters, exclusive)",
  quote: "The words of the article: text between the offsets",
  stated: "1 when stated in the text, 0 when implied (e.g. a year taken from the publish date)",
  extractor: "The extractor that found it",
  record_key: "The merged round key, person key or zone name this span belongs to",
  json: "The merged dataset, JSON",
  merged_at: "When the dataset was merged (UTC)",
  documents: "Documents merged",
  position: "Order of the record (the printed table's order)",
  level: "Scope level: province, city, county, zone",
  scope: "Where the round was held: 山西省, 太原市, a zone",
  year: "Year",
  ordinal: "Round of the year (the N of 第N次 or 第N期)",
  ordinal_unit: "What the round is numbered in: 次, or 期 / 轮 (第1期 and 第1次 are different rounds)",
  date: "Date (YYYY-MM-DD)",
  venue: "Venue: the zone or place where it was held",
  sources: "Sources stating it (a count, or a JSON list of article ids)",
  conflicts: "Fields the sources disagree on",
  failed_checks: "Consistency checks that failed",
  main_article_id: "The main source: the earliest-published independent report",
  main_outlet: "Outlet of the main source",
  main_url: "URL of the main source",
  main_path: "File of the main source",
  main_published_at: "Publication date of the main source",
  main_quote: "First quote of the main source about this round",
  record: "The whole merged record, JSON",
  round_key: "The round (rounds.key)",
  duplicate_group: "Group of reposts the article belongs to",
  independent: "1 for an original report, 0 for a repost",
  value_index: "Position of the value among the disagreeing values",
  chosen: "1 for the value the merged record took",
  quotes: "Quotes stating the value (JSON list)",
  code: "Check: parts-vs-total, summary-vs-rounds, date-order, repeated-figures",
  status: "pass, fail or skipped",
  message: "What was checked and what was found",
  expected: "Expected value (JSON)",
  actual: "Actual value (JSON)",
  name: "Name",
  latest_title: "Title seen last",
  titles: "Titles held, 、-separated",
  roles: "Roles seen: attend, speak, preside, report",
  first_seen: "First date seen",
  last_seen: "Last date seen",
  person_key: "The person (people.key)",
  source_articles: "Articles stating the title (JSON list of ids)",
  aliases: "Spellings seen, 、-separated",
  mentions: "Mentions counted",
  zone_name: "The zone (zones.name)",
  alias: "A spelling of the zone",
  original: "The article the others copy",
  articles: "Article ids in the group (JSON list)",
};

const STAGE_WORDS: Record<string, string> = { signed: "签约 signed", started: "开工 started", producing: "投产 producing", total: "total" };

/** A column's description; undefined when none is written (a test fails then). */
export function describeColumn(table: string, column: string): string | undefined {
  const m = column.match(
    /^(?<stage>signed|started|producing|total)_(?<what>projects|investment_yuan|output_value_yuan|investment_yi_yuan)$/,
  );
  if (m) {
    const stage = STAGE_WORDS[m.groups!.stage];
    const what = {
      projects: "projects",
      investment_yuan: "investment, whole yuan",
      output_value_yuan: "output value, whole yuan",
      investment_yi_yuan: "investment, 亿元 (100 million yuan)",
    }[m.groups!.what];
    return `${stage}: ${what}`;
  }
  if (table === "round_values" && column === "value") return "The value this article states for the field, as text";
  return COLUMNS[column];
}

export const describeTable = (table: string): string | undefined => TABLES[table];

/** metadata.json for the database file at `dbPath`, given its tables and views with their columns. */
export function datasetteMetadata(dbPath: string, columns: Record<string, string[]>): object {
  const tables = Object.fromEntries(
    Object.entries(columns).map(([table, cols]) => [
      table,
      {
        description: describeTable(table) ?? "",
        columns: Object.fromEntries(cols.map((c) => [c, describeColumn(table, c) ?? ""])),
      },
    ]),
  );
  return {
    title: "zhpress: Shanxi development-zone 三个一批 rounds",
    description: "Every value carries the quote it was read from (round_values, mentions); amounts are whole yuan, the views add 亿元.",
    databases: { [basename(dbPath, extname(dbPath))]: { tables } },
  };
}
