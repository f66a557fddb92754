import { type ClassType, Field, InputType, Int, ObjectType, ArgsType, registerEnumType } from "type-graphql";
import { Max, Min } from "class-validator";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { GraphQLError } from "graphql";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, { name: "OrderDirection", description: "Sort direction." });

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: "Opaque cursor: return items after it." })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: "Opaque cursor: return items before it." })
  before?: string;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** One generic Relay connection per node type (type-graphql has none built in). */
export function Connection<T extends object>(NodeClass: ClassType<T>, name: string = NodeClass.name) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class Edge {
    @Field({ description: "Opaque keyset cursor." }) cursor: string;
    @Field(() => NodeClass) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => [NodeClass]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    counter: () => Promise<number>;
    @Field(() => Int, { description: "Total number of items matching the filter (computed only when asked for)." })
    totalCount(): Promise<number> {
      return this.counter();
    }
    static from(page: Page<T>): ConnectionType {
      const c = new ConnectionType();
      c.nodes = page.nodes;
      c.edges = page.nodes.map((node, i) => Object.assign(new Edge(), { node, cursor: page.cursors[i]! }));
      c.pageInfo = page.pageInfo;
      c.counter = page.count;
      return c;
    }
  }
  return ConnectionType;
}

export interface OrderSpec {
  /** SQL expression of the sort key, e.g. `round.year`. */
  expression: string;
  /** Reads the sort key from a loaded entity. */
  read: (entity: never) => string | number | null;
  direction: OrderDirection;
  /** SQL expression of the unique tie-breaker (the primary key), e.g. `round.key`. */
  keyExpression: string;
}

function encodeCursor(value: string | number | null, key: number): string {
  return Buffer.from(JSON.stringify([value, key]), "utf8").toString("base64url");
}

function decodeCursor(cursor: string): [string | number | null, number] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === "number") {
      return [parsed[0] as string | number | null, parsed[1]];
    }
  } catch {
    // fall through to the coded error
  }
  throw new GraphQLError("Invalid cursor", { extensions: { code: "BAD_USER_INPUT", field: "after/before" } });
}

/**
 * Keyset pagination (sort key + primary key), never offsets: stable under inserts and as fast on
 * page 1,000 as on page 1. `first/after` walks forward, `last/before` backward.
 */
export async function paginate<T extends ObjectLiteral & { key: number }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: OrderSpec,
): Promise<Page<T>> {
  if (args.first !== undefined && args.last !== undefined) {
    throw new GraphQLError("Use either `first` or `last`, not both", { extensions: { code: "BAD_USER_INPUT" } });
  }
  const countQb = qb.clone();
  const backward = args.last !== undefined || (args.before !== undefined && args.first === undefined);
  const size = args.last ?? args.first ?? DEFAULT_PAGE_SIZE;
  if (size < 1 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`Page size must be between 1 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  const asc = order.direction === OrderDirection.ASC;
  const applyBound = (cursor: string, after: boolean, suffix: string) => {
    const [value, key] = decodeCursor(cursor);
    // "after" in ascending order means greater; flip for descending order and for "before".
    const greater = asc === after;
    const op = greater ? ">" : "<";
    if (value === null) {
      qb.andWhere(`(${order.keyExpression} ${op} :k${suffix})`, { [`k${suffix}`]: key });
    } else {
      qb.andWhere(
        `(${order.expression} ${op} :v${suffix} OR (${order.expression} = :v${suffix} AND ${order.keyExpression} ${op} :k${suffix}))`,
        { [`v${suffix}`]: value, [`k${suffix}`]: key },
      );
    }
  };
  if (args.after) applyBound(args.after, true, "a");
  if (args.before) applyBound(args.before, false, "b");
  const effectiveAsc = backward ? !asc : asc;
  qb.orderBy(order.expression, effectiveAsc ? "ASC" : "DESC").addOrderBy(
    order.keyExpression,
    effectiveAsc ? "ASC" : "DESC",
  );
  qb.limit(size + 1);
  let rows = await qb.getMany();
  const hasMore = rows.length > size;
  rows = rows.slice(0, size);
  if (backward) rows.reverse();
  const cursors = rows.map((r) => encodeCursor(order.read(r as never), r.key));
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = backward ? Boolean(args.before) : hasMore;
  pageInfo.hasPreviousPage = backward ? hasMore : Boolean(args.after);
  pageInfo.startCursor = cursors[0] ?? null;
  pageInfo.endCursor = cursors[cursors.length - 1] ?? null;
  let counted: Promise<number> | undefined;
  return { nodes: rows, cursors, pageInfo, count: () => (counted ??= countQb.getCount()) };
}

@InputType({ description: "Sort order of a list." })
export class BaseOrder {
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
