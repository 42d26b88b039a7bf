// Validate: an assembled extraction document → the same document, checked against record contract v1 (zod).
// Throws a ZodError only on a broken contract, which is a bug of ours, never a property of the input.
import { ExtractionDocument } from "../schema/index.js";

export function validateDocument(doc: ExtractionDocument): ExtractionDocument {
  return ExtractionDocument.parse(doc);
}
