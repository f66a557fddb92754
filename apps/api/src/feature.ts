import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { RoundAction } from "@coproduce/domain";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ResolverClass = Function;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityClass = Function;

/**
 * A feature registers itself (as Decidim components do with a manifest): its entities, its GraphQL
 * resolvers, the public node types its global ids decode to, and its commands. `features.ts` lists
 * the features once; the schema, the database, `node(id:)` and the docs read them from there.
 * A feature's tenancy cases live beside it in `<feature>.tenancy.ts` (test code, found by the
 * tenancy spec), so nothing of it reaches production builds.
 */
export interface Feature {
  readonly name: string;
  readonly entities: readonly EntityClass[];
  readonly resolvers: readonly ResolverClass[];
  /** Public node types by the name encoded in their global ids (`node(id:)`, `nodes(ids:)`). */
  readonly nodeTypes?: Readonly<Record<string, EntityTarget<ObjectLiteral & { key: number }>>>;
  /** Every write of the feature (for docs and checks); each is also called by its resolver or CLI command. */
  readonly commands?: readonly CommandSummary[];
}

/** What the registry reads of a command (command/define-command.ts): its name, permission and round action. */
export interface CommandSummary {
  readonly name: string;
  readonly who: { readonly description: string };
  readonly action?: RoundAction;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
