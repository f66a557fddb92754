import { PUBLIC_LIMITS, type QueryLimits } from "../graphql/limits.js";
import type { GraphQLContext } from "../graphql/context.js";

/** Analysts (API keys) get five times the public query cost, alias and per-minute budgets; depth stays the same. */
export const ANALYST_LIMITS: QueryLimits = {
  maxDepth: PUBLIC_LIMITS.maxDepth,
  maxCost: PUBLIC_LIMITS.maxCost * 5,
  maxAliases: PUBLIC_LIMITS.maxAliases * 5,
  costMultiplier: 5,
};

export function limitsFor(contextValue: unknown): QueryLimits {
  const kind = (contextValue as Partial<GraphQLContext> | undefined)?.viewer?.kind;
  return kind === "analyst" || kind === "administrator" ? ANALYST_LIMITS : PUBLIC_LIMITS;
}
