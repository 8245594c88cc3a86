// Get-by-name over the estate's lists in O(1): the estate does not change while it is served, so each list is
// indexed once per key function the first time it is searched (rebuilt if a test changes the list's length).
interface Index {
  length: number;
  entries: Map<string, unknown>;
}

const indexes = new WeakMap<readonly unknown[], Map<string, Index>>();

/** The first item of `list` whose `key` is `value`, like list.find, through an index named `name`. */
export function findBy<T>(
  list: readonly T[],
  name: string,
  key: (item: T) => string | undefined,
  value: string,
): T | undefined {
  let byName = indexes.get(list);
  if (!byName) {
    byName = new Map();
    indexes.set(list, byName);
  }
  let index = byName.get(name);
  if (!index || index.length !== list.length) {
    const entries = new Map<string, unknown>();
    for (const item of list) {
      const k = key(item);
      if (k !== undefined && !entries.has(k)) entries.set(k, item);
    }
    index = { length: list.length, entries };
    byName.set(name, index);
  }
  return index.entries.get(value) as T | undefined;
}

/** The list sorted by `key` once, for paginated listings that would otherwise sort on every page. */
const sorted = new WeakMap<readonly unknown[], Map<string, { length: number; items: readonly unknown[] }>>();

export function sortedBy<T>(list: readonly T[], name: string, key: (item: T) => string): readonly T[] {
  let byName = sorted.get(list);
  if (!byName) {
    byName = new Map();
    sorted.set(list, byName);
  }
  let entry = byName.get(name);
  if (!entry || entry.length !== list.length) {
    const items = [...list].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    entry = { length: list.length, items };
    byName.set(name, entry);
  }
  return entry.items as readonly T[];
}
