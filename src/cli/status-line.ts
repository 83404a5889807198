// One status line that rewrites itself on a terminal; on a pipe, a line now and then.
export class StatusLine {
  private last = 0;
  private shown = false;

  constructor(private readonly enabled: boolean, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(text: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (this.stream.isTTY) {
      if (now - this.last < 100) return;
      const width = this.stream.columns || 120;
      this.stream.write(`\r\x1b[K${text.slice(0, width - 1)}`);
      this.shown = true;
    } else {
      if (now - this.last < 5000) return;
      this.stream.write(text + '\n');
    }
    this.last = now;
  }

  done(): void {
    if (this.shown && this.stream.isTTY) this.stream.write('\n');
    this.shown = false;
  }
}
