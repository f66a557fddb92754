import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";

/**
 * Per-request DataLoaders: every relation a resolver follows goes through one, so a page of 100
 * rounds with their council, area and awards costs a constant number of SQL statements.
 */
export class Loaders {
  private readonly byKey = new Map<unknown, DataLoader<number, unknown>>();
  private readonly byForeignKey = new Map<string, DataLoader<number, unknown[]>>();
  private readonly custom = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly dataSource: DataSource) {}

  /** Loads entities by primary key (`key`), in key order; missing keys give null. */
  one<T extends ObjectLiteral & { key: number }>(entity: EntityTarget<T>): DataLoader<number, T | null> {
    let loader = this.byKey.get(entity) as DataLoader<number, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T | null>(async (keys) => {
        const rows = await this.dataSource.getRepository(entity).findBy({ key: In([...keys]) } as never);
        const map = new Map(rows.map((r) => [r.key, r]));
        return keys.map((k) => map.get(k) ?? null);
      });
      this.byKey.set(entity, loader);
    }
    return loader;
  }

  /** Loads the children of many parents at once, grouped by a foreign key column. */
  many<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    foreignKey: keyof T & string,
    order?: Partial<Record<keyof T & string, "ASC" | "DESC">>,
  ): DataLoader<number, T[]> {
    const id = `${this.dataSource.getMetadata(entity).name}.${foreignKey}.${JSON.stringify(order ?? {})}`;
    let loader = this.byForeignKey.get(id) as DataLoader<number, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T[]>(async (keys) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .find({ where: { [foreignKey]: In([...keys]) } as never, order: (order ?? { key: "ASC" }) as never });
        const groups = new Map<number, T[]>();
        for (const row of rows) {
          const k = row[foreignKey] as number;
          let list = groups.get(k);
          if (!list) groups.set(k, (list = []));
          list.push(row);
        }
        return keys.map((k) => groups.get(k) ?? []);
      });
      this.byForeignKey.set(id, loader);
    }
    return loader;
  }

  /** A named batch function (aggregates per key, e.g. spend per award). */
  batch<K, V>(name: string, fn: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.custom.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(fn);
      this.custom.set(name, loader);
    }
    return loader;
  }

  /** After a write, cached relations may be stale. */
  clearAll(): void {
    for (const l of this.byKey.values()) l.clearAll();
    for (const l of this.byForeignKey.values()) l.clearAll();
    for (const l of this.custom.values()) l.clearAll();
  }
}
