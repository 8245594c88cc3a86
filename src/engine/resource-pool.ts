/**
 * Runs `work` on each item with at most `width` items in progress. An item is taken from the iterable only when a
 * slot frees, so nothing per item (its commands, their promises, its replies) exists before its turn: a
 * collector's memory follows the width, not the number of resources it lists. p-limit bounds the calls; this bounds
 * the resources waiting for them, which p-limit cannot, because its queue holds every task it was given.
 * The first failure rejects, as Promise.all would; the other slots finish the items they hold.
 */
export async function forEachBounded<T>(
  items: Iterable<T>,
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const slot = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await work(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const slots = Math.max(1, Math.floor(width) || 1);
  await Promise.all(Array.from({ length: slots }, slot));
}
