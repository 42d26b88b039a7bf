// Every regex the code in src/ can run: literals read from the sources (TypeScript's parser), and
// patterns built with `new RegExp(…)` caught as they are built, by importing the modules and running
// the pipeline once with a constructor that records them.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface RegexSite {
  /** file (for literals) or "constructed" for patterns built at run time */
  where: string;
  source: string;
  flags: string;
}

const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** regex literals in src/, with the file and line they stand on */
export function literalRegexes(): RegexSite[] {
  const found: RegexSite[] = [];
  for (const file of sourceFiles(join(ROOT, "src"))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ where: `${relative(ROOT, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** patterns built with new RegExp while `run` imports and exercises the code */
export async function constructedRegexes(run: () => Promise<void>): Promise<RegexSite[]> {
  const found = new Map<string, RegexSite>();
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const where = (new Error().stack ?? "").split("\n").find((l) => l.includes("/src/") && !l.includes("regex-sites")) ?? "";
      const at = /\/(src\/[^:)]+:\d+)/.exec(where)?.[1] ?? "constructed";
      found.set(`${made.source}/${made.flags}`, { where: at, source: made.source, flags: made.flags });
      return made;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...found.values()];
}
