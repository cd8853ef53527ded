// One user of the writable connection at a time, across awaits. A write handler runs under
// it; a long write (an import commit) holds it through a transaction that yields between
// batches, so the worker keeps answering (job progress, cancel) while no other call can slip
// its statements into that open transaction. Uncontended, `run` calls `fn` at once and
// returns its value as it is (no promise), so synchronous handlers stay synchronous.
export class DbLock {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  get busy(): boolean {
    return this.held;
  }

  run<T>(fn: () => T): T | Promise<Awaited<T>> {
    if (this.held) return new Promise<void>((resolve) => this.waiting.push(resolve)).then(() => this.enter(fn) as Awaited<T>);
    return this.enter(fn);
  }

  private enter<T>(fn: () => T): T | Promise<Awaited<T>> {
    this.held = true;
    let value: T;
    try {
      value = fn();
    } catch (err) {
      this.release();
      throw err;
    }
    if (value instanceof Promise) {
      return value.finally(() => this.release()) as Promise<Awaited<T>>;
    }
    this.release();
    return value;
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}
