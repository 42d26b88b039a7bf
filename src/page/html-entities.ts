// Entities in one text run of the fast scanner (html-fast.ts), decoded by htmlparser2's own Tokenizer so
// that every entity rule (legacy names without ';', numeric ranges, replacement characters) stays its own.
import { Tokenizer } from "htmlparser2";

/** entities in a text run, decoded as htmlparser2 decodes them in text */
let decoded = "";
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
let decoderInput = "";

export function decodeText(raw: string): string {
  [decoded, decoderInput] = ["", raw];
  entityDecoder.reset();
  entityDecoder.write(raw);
  entityDecoder.end();
  return decoded;
}
