/**
 * Group commit (D179): work that arrives while the database is busy waits and goes in one
 * statement together, instead of one statement (one round trip, one commit) each.
 *
 * No timer: a request that finds a free slot goes at once, alone if it is alone, so a quiet system
 * adds no latency. Only while `concurrency` batches are in flight do arrivals queue, and the next
 * free slot takes up to `maxBatch` of them. The batches grow with the load by themselves: at 09:00
 * on opening day a few dozen orders share each statement; at 03:00 each goes alone.
 *
 * Requests that arrive in the same turn of the event loop are gathered before the first batch
 * leaves (setImmediate), so a burst does not send its first request alone and the rest after it.
 * `run` answers every item of its batch, in order; if it throws, every item of the batch gets the error.
 *
 * Not DataLoader: it batches only what arrives within one tick and sends every batch at once, with
 * no bound on batches in flight — under load that is many small statements competing for the same
 * few connections, which is what this replaces.
 */
export type GroupCommitOptions<I, O> = {
  /** Batches in flight at once (each holds one database connection). */
  concurrency: number;
  maxBatch: number;
  run: (items: I[]) => Promise<O[]>;
};

type Waiting<I, O> = { item: I; resolve: (out: O) => void; reject: (e: unknown) => void };

export function groupCommit<I, O>({ concurrency, maxBatch, run }: GroupCommitOptions<I, O>): (item: I) => Promise<O> {
  const queue: Waiting<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;

  function send(batch: Waiting<I, O>[]): void {
    inFlight++;
    run(batch.map((w) => w.item))
      .then(
        (out) => batch.forEach((w, k) => w.resolve(out[k]!)),
        (e: unknown) => batch.forEach((w) => w.reject(e)),
      )
      .finally(() => {
        inFlight--;
        pump();
      });
  }
  function pump(): void {
    while (inFlight < concurrency && queue.length > 0) send(queue.splice(0, maxBatch));
  }
  return (item) => new Promise<O>((resolve, reject) => {
    queue.push({ item, resolve, reject });
    if (scheduled || inFlight >= concurrency) return; // a batch finishing will take it
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pump();
    });
  });
}
