// A page's text runs as offsets into the page, not as strings: a block keeps the range of its runs, and only
// the blocks the layout uses (the article, its headline, a few lines around it) are ever joined into text.
// A run with entities decoded is not in the page as such: it is kept as its own string. Each run's visible
// characters and clause punctuation are counted as it is added: the block scores are made of them.
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
    return this.visible(this.html, from, to);
  }

  /** a decoded run; its visible characters */
  addDecoded(text: string): number {
    this.keep(-1 - this.decoded.length, 0);
    this.decoded.push(text);
    return this.visible(text, 0, text.length);
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

  /** visible characters of text[from, to), its clause punctuation added to `punct` */
  private visible(text: string, from: number, to: number): number {
    let n = 0;
    let punct = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c < 0xa000) {
        n++; // a Han character: the most common, and neither space nor punctuation
        continue;
      }
      // clause punctuation (, ; 、 。 ， ； ： ！ ？): body text is full of it, menus have none
      if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
      if (
        c === 0x2c ||
        c === 0x3b ||
        (c >= 0x3001 && (c <= 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f))
      )
        punct++;
    }
    this.punct += punct;
    return n;
  }
}
