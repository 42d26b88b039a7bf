// htmlparser2's Parser tree rules (html mode) as tables: which open tag implies closing which, void elements,
// foreign content (svg, math) and its HTML islands; each tag name's role looked up once.

// htmlparser2's Parser tables (html mode)
const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const SECTION = new Set(["thead", "tbody"]);
const DDT = new Set(["dd", "dt"]);
const RTP = new Set(["rt", "rp"]);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, Set<string>] => [t, FORM]),
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DDT],
  ["dt", DDT],
  ...(
    "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form " +
    "header hr main nav ol pre section table ul"
  )
    .split(" ")
    .map((t): [string, Set<string>] => [t, P]),
  ["rt", RTP],
  ["rp", RTP],
  ["tbody", SECTION],
  ["tfoot", SECTION],
]);
const VOID = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(" "),
);
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
/** a tag name's part in the tree rules, looked up once per name */
export interface TreeRole {
  impliesClose: Set<string> | undefined;
  /** impliesClose as bits (closeBit of each name in it; 0 when none): a test per open tag instead of a Set lookup */
  closesMask: number;
  /** this name's bit when some tag's opening implies closing it, else 0 */
  closeBit: number;
  isVoid: boolean;
  /** true: opens foreign content (svg, math); false: an HTML island in it; null: neither */
  foreign: boolean | null;
}
/** one bit for each name some opening closes (fewer than 31) */
const CLOSE_BITS = new Map([...new Set([...OPEN_IMPLIES_CLOSE.values()].flatMap((set) => [...set]))].map((name, i) => [name, 1 << i]));
const maskOf = (names: Set<string> | undefined) => [...(names ?? [])].reduce((mask, name) => mask | CLOSE_BITS.get(name)!, 0);
const roles = new Map<string, TreeRole>();
const ROLES_MAX = 4096;

export function roleOf(name: string): TreeRole {
  let role = roles.get(name);
  if (role === undefined) {
    role = {
      impliesClose: OPEN_IMPLIES_CLOSE.get(name),
      closesMask: maskOf(OPEN_IMPLIES_CLOSE.get(name)),
      closeBit: CLOSE_BITS.get(name) ?? 0,
      isVoid: VOID.has(name),
      foreign: FOREIGN.has(name) ? true : INTEGRATION.has(name) ? false : null,
    };
    if (roles.size < ROLES_MAX) roles.set(name, role);
  }
  return role;
}
