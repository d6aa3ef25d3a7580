// Real reports carry characters XML 1.0 forbids: ANSI colour escapes in system-out, NULs in captured
// binary output, and character references to them (&#x1b;). A strict parser would reject the whole
// report for a colour code, so we replace them with U+FFFD before parsing. Everything else about the
// document stays strictly checked.

// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const FORBIDDEN_REFS = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/g;
// A character reference cut at a chunk boundary: held back and prefixed to the next chunk.
const PARTIAL_REF = /&#?[xX]?[0-9a-fA-F]{0,8}$/;

export class XmlSanitizer {
  private carry = '';

  push(chunk: string): string {
    let s = this.carry + chunk;
    const partial = PARTIAL_REF.exec(s);
    if (partial) {
      this.carry = s.slice(partial.index);
      s = s.slice(0, partial.index);
    } else {
      this.carry = '';
    }
    return clean(s);
  }

  flush(): string {
    const s = clean(this.carry);
    this.carry = '';
    return s;
  }
}

function clean(s: string): string {
  return s.replace(FORBIDDEN_CHARS, '\uFFFD').replace(FORBIDDEN_REFS, '\uFFFD');
}
