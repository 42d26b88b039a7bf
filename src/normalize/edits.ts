// Length-changing normalization steps record their edits so offsets found earlier can follow the text.

/** One replacement in a step's input: [start, end) became `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A step's result: the new text and how its input offsets move. */
export interface StepResult {
  text: string;
  edits: Edit[];
}

/** Apply non-overlapping edits sorted by start. */
export function applyEdits(input: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return input;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(input.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(input.slice(at));
  return parts.join("");
}

/**
 * Map an offset in a step's input to its output. An offset inside a replaced range
 * goes to the replacement's start (side "start") or end (side "end").
 */
export function mapOffset(edits: readonly Edit[], offset: number, side: "start" | "end"): number {
  let shift = 0;
  for (const e of edits) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset && side === "end")) {
      shift += e.text.length - (e.end - e.start);
      continue;
    }
    if (e.start < offset) return e.start + shift + (side === "end" ? e.text.length : 0);
    break;
  }
  return offset + shift;
}

/** Collect regex matches into edits; `replace` returns the replacement, or null to keep the match. */
export function editsFromMatches(input: string, pattern: RegExp, replace: (m: RegExpExecArray) => string | null): Edit[] {
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m !== null; m = pattern.exec(input)) {
    const text = replace(m);
    if (text !== null && text !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return edits;
}
