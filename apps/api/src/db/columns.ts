import {
  Column,
  type ColumnOptions,
  CreateDateColumn,
  Index,
  JoinColumn,
  ManyToOne,
  type ObjectType,
  UpdateDateColumn,
  type ValueTransformer,
} from "typeorm";
import { DATABASE_KIND } from "./database-url.js";

/**
 * Column helpers that keep one entity model portable between SQLite and PostgreSQL.
 * - Money and other large integers: `bigint`; node-postgres returns int8 as a string and
 *   better-sqlite3 as a number, so one transformer gives the domain a safe-integer number on both.
 * - Instants: `timestamptz` on PostgreSQL, `datetime` on SQLite.
 * - Civil dates (a session day, an award start): ISO `YYYY-MM-DD` strings in a 10-char column, so no
 *   driver ever shifts them through a time zone.
 */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return value;
    const n = typeof value === "number" ? value : Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`Integer column value ${String(value)} exceeds the safe range`);
    return n;
  },
};

export const instantType = DATABASE_KIND === "postgres" ? "timestamptz" : "datetime";

export function MoneyMinorColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "bigint", transformer: bigintToNumber, ...options });
}

export function BigIntColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "bigint", transformer: bigintToNumber, ...options });
}

export function CurrencyColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "varchar", length: 3, ...options });
}

export function CivilDateColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "varchar", length: 10, ...options });
}

export function InstantColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: instantType, ...options });
}

export function CreatedAtColumn(): PropertyDecorator {
  return CreateDateColumn({ type: instantType });
}

export function UpdatedAtColumn(): PropertyDecorator {
  return UpdateDateColumn({ type: instantType });
}

/** A closed set of values, stored as a short string (validated by the domain and GraphQL enums). */
export function CodeColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "varchar", length: 40, ...options });
}

export function TextColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "text", ...options });
}

/** Structured data stored as JSON text (portable); never queried inside by SQL. */
export function JsonColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "simple-json", ...options });
}

export function RealColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: DATABASE_KIND === "postgres" ? "double precision" : "real", ...options });
}

/**
 * A foreign key and its relation, declared once on the key column:
 *
 *     @ForeignKey(() => Round, "round", { onDelete: "CASCADE" })
 *     roundKey: number;
 *     round?: Relation<Round>;
 *
 * stands for the indexed integer column `roundKey` (nullable with `nullable: true`) and the many-to-one
 * relation `round` joined on it — the four decorators every entity used to repeat for each key.
 */
export function ForeignKey<T>(
  target: () => ObjectType<T>,
  relation: string,
  options: { onDelete: "CASCADE" | "SET NULL" | "RESTRICT"; nullable?: boolean; index?: boolean },
): PropertyDecorator {
  return (prototype, key) => {
    if (options.index !== false) Index()(prototype, key);
    (options.nullable ? Column({ type: "integer", nullable: true }) : Column())(prototype, key);
    ManyToOne(target, { onDelete: options.onDelete, ...(options.nullable ? { nullable: true } : {}) })(
      prototype,
      relation,
    );
    JoinColumn({ name: String(key) })(prototype, relation);
  };
}
