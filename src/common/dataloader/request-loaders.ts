import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request, created on first use by the feature that owns
 * them, so that this shared piece never needs to know the features.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Batches lookups by id into one call and answers each key with its row or null. */
export function byIdLoader<V extends { id: string }>(load: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const rows = await load(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
