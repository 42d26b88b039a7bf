// A page's text runs as offsets into the page, not as strings: a block keeps the range of its runs, and only
// the blocks the layout uses (the article, its headline, a few lines around it) are ever joined into text.
// A run with entities decoded is not in the page as such: it is kept as its own string. Each run's visible
// characters and clause punctuation (RunCount) make the block scores: the fast scanner counts a run as it looks for
// the tag after it; any other run is counted as it is added.
export class TextRuns {
  private html = "";
  /** run k < count is html[starts[k], ends[k]), or decoded[-1 - starts[k]] when starts[k] < 0; the arrays
   *  only grow (setting their length to 0 would give their storage back, to be grown again on the next page) */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private decoded: string[] = [];
  private size = 0;
  /** clause punctuation in the runs added since it was last set to 0 (the current block's) */
  punct = 0;
  private readonly counter = new RunCount();

  /** a new page; the arrays are kept from page to page */
  begin(html: string): void {
    this.html = html;
    this.size = this.punct = 0;
    this.decoded = [];
  }

  get count(): number {
    return this.size;
  }

  /** html[from, to); its visible characters */
  add(from: number, to: number): number {
    this.keep(from, to);
    const count = this.counter.range(this.html, from, to);
    this.punct += count.punct;
    return count.visible;
  }

  /** html[from, to), counted by the scanner as it found the run's end; its visible characters */
  addCounted(from: number, to: number, count: RunCount): number {
    this.keep(from, to);
    this.punct += count.punct;
    return count.visible;
  }

  /** a decoded run; its visible characters */
  addDecoded(text: string): number {
    this.keep(-1 - this.decoded.length, 0);
    this.decoded.push(text);
    const count = this.counter.range(text, 0, text.length);
    this.punct += count.punct;
    return count.visible;
  }

  private keep(start: number, end: number): void {
    this.starts[this.size] = start;
    this.ends[this.size++] = end;
  }

  /** runs first..end (exclusive) as one string */
  join(first: number, end: number): string {
    let text = "";
    for (let k = first; k < end; k++) {
      const start = this.starts[k];
      text += start >= 0 ? this.html.slice(start, this.ends[k]) : this.decoded[-1 - start];
    }
    return text;
  }
}

/** a text run's visible characters (not spaces, U+00A0 or U+3000) and clause punctuation (, ; 、 。 ， ； ： ！ ？):
 *  body text is full of punctuation, menus have none. Counted once, as the run is read */
export class RunCount {
  visible = 0;
  punct = 0;

  /** text[from, to) alone */
  range(text: string, from: number, to: number): this {
    this.visible = this.punct = 0;
    this.until(text, from, to, false);
    return this;
  }

  /** text[from, to) added to the count */
  add(text: string, from: number, to: number): void {
    this.until(text, from, to, false);
  }

  /** added to the count: text from `from` up to its first '<' or '&' when `markup` (else `to`), whose index it
   *  returns: the scanner's search for the next tag and the count in one pass */
  until(text: string, from: number, to: number, markup = true): number {
    let visible = this.visible;
    let punct = this.punct;
    let i = from;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c < 0xa000) {
        visible++; // a Han character: the most common, and neither space nor punctuation nor markup
        continue;
      }
      if ((c === 60 || c === 38) && markup) break;
      if (c > 32 && c !== 0xa0 && c !== 0x3000) visible++;
      if (
        c === 0x2c ||
        c === 0x3b ||
        (c >= 0x3001 && (c <= 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f))
      )
        punct++;
    }
    this.visible = visible;
    this.punct = punct;
    return i;
  }
}
