import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request, created on first use. Loaders never outlive the request,
 * so a batch only ever mixes the keys of one caller.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
