// Entities in one text run of the fast scanner (html-fast.ts). The common forms (&gt; &amp; &nbsp; … and
// numeric references with ';') are decoded here; any other '&' sends the whole run to htmlparser2's own
// Tokenizer, so every entity rule (legacy names without ';', numeric ranges, replacement characters) stays its own.
import { Tokenizer } from "htmlparser2";

/** entities in a text run, decoded as htmlparser2 decodes them in text */
export function decodeText(raw: string): string {
  return decodeCommon(raw) ?? decodeWithTokenizer(raw);
}

/** names that end with ';' here and are whole entity names: the longest match is the name itself */
const NAMED = new Map<string, string>(
  Object.entries({
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: "\u00a0",
    ensp: "\u2002",
    emsp: "\u2003",
    ldquo: "\u201c",
    rdquo: "\u201d",
    lsquo: "\u2018",
    rsquo: "\u2019",
    mdash: "\u2014",
    ndash: "\u2013",
    hellip: "\u2026",
    middot: "\u00b7",
    bull: "\u2022",
    copy: "\u00a9",
    reg: "\u00ae",
    times: "\u00d7",
    yen: "\u00a5",
  }),
);

/** raw with every '&' one of NAMED or a numeric reference ending in ';' that htmlparser2 keeps as it is; else null */
export function decodeCommon(raw: string): string | null {
  let out = "";
  let from = 0;
  for (let amp = raw.indexOf("&"); amp !== -1; amp = raw.indexOf("&", from)) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi === -1 || semi - amp > 8) return null;
    const decoded = raw.charCodeAt(amp + 1) === 35 ? numeric(raw, amp + 2, semi) : NAMED.get(raw.slice(amp + 1, semi));
    if (decoded === undefined) return null;
    out += raw.slice(from, amp) + decoded;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

/** &#NNN; or &#xHHHH; from after the '#': code points outside C0/C1 controls and surrogates, else undefined */
function numeric(raw: string, from: number, semi: number): string | undefined {
  const hex = (raw.charCodeAt(from) | 0x20) === 120;
  const digits = raw.slice(hex ? from + 1 : from, semi);
  if (digits === "" || !(hex ? /^[\dA-Fa-f]+$/ : /^\d+$/).test(digits)) return undefined;
  const cp = parseInt(digits, hex ? 16 : 10);
  const plain = (cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp < 0xd800) || (cp >= 0xe000 && cp <= 0x10ffff);
  return plain ? String.fromCodePoint(cp) : undefined;
}

let decoded = "";
let decoderInput = "";
const entityDecoder = new Tokenizer(
  { xmlMode: false, decodeEntities: true },
  {
    ontext: (start, end) => void (decoded += decoderInput.slice(start, end)),
    ontextentity: (cp) => void (decoded += String.fromCodePoint(cp)),
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata() {},
    onclosetag() {},
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onopentagend() {},
    onopentagname() {},
    onprocessinginstruction() {},
    onselfclosingtag() {},
  },
);

/** any text run, decoded by htmlparser2's Tokenizer */
export function decodeWithTokenizer(raw: string): string {
  [decoded, decoderInput] = ["", raw];
  entityDecoder.reset();
  entityDecoder.write(raw);
  entityDecoder.end();
  return decoded;
}
