// Collects text of unknown length in bounded memory: keeps the head and the tail and counts what was
// dropped between them. A 200 MB system-out must not cost 200 MB per test case; its start (the set-up)
// and its end (the failure) are what people read.

export class BoundedText {
  private head = '';
  private tail = '';
  private dropped = 0;
  private readonly half: number;

  constructor(limit: number) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  append(s: string): void {
    if (this.head.length < this.half) {
      const room = this.half - this.head.length;
      this.head += s.slice(0, room);
      s = s.slice(room);
      if (s === '') return;
    }
    this.tail += s;
    if (this.tail.length > 2 * this.half) {
      const cut = this.tail.length - this.half;
      this.dropped += cut;
      this.tail = this.tail.slice(cut);
    }
  }

  toString(): string {
    const tail = this.tail.length > this.half ? this.tail.slice(this.tail.length - this.half) : this.tail;
    const dropped = this.dropped + (this.tail.length - tail.length);
    const marker = dropped > 0 ? `\n…[${dropped} characters truncated]…\n` : '';
    return (this.head + marker + tail).trim();
  }
}
