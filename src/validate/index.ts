// Validate: an assembled extraction document → the same document, checked against record contract v1.
// Every document gets checkDocument (check.ts): in place, no copy, the rules its TypeScript type cannot
// carry. The full zod parse (src/schema) runs where it earns its cost: on untrusted input (JSONL read
// back by merge and check, src/cli/jsonl.ts), and on every document under tests (vitest) or with
// ZHPRESS_VALIDATE=full, where it must also give back the document unchanged — so a field the types
// let through but the schema would strip or reorder fails a test instead of changing output silently.
// Throws only on a broken contract, which is a bug of ours, never a property of the input.
import { ExtractionDocument } from "../schema/index.js";
import { checkDocument } from "./check.js";

export { checkDocument, ContractError } from "./check.js";

const fullValidation = process.env.ZHPRESS_VALIDATE === "full" || process.env.VITEST !== undefined;

export function validateDocument(doc: ExtractionDocument): ExtractionDocument {
  checkDocument(doc);
  if (fullValidation) {
    const parsed = ExtractionDocument.parse(doc);
    if (JSON.stringify(parsed) !== JSON.stringify(doc))
      throw new Error("record contract v1: the zod schema would change this document (a key it strips or orders differently)");
  }
  return doc;
}
