import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Kind,
  OperationTypeNode,
  valueFromASTUntyped,
  isObjectType,
  isInterfaceType,
} from "graphql";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { CostBudget } from "./rate-limit.js";
import { MAX_PAGE_SIZE } from "./connection.js";

export interface QueryLimits {
  /** Connections count three levels each (connection → edges → node). */
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Times the public per-minute cost budget (rate-limit.ts). */
  costMultiplier: number;
}

export const PUBLIC_LIMITS: QueryLimits = { maxDepth: 15, maxCost: 50_000, maxAliases: 30, costMultiplier: 1 };

export interface CostReport {
  cost: number;
  depth: number;
  aliases: number;
}

/**
 * Estimates an operation before it runs (API.md §10): scalar 0, object 1, a connection
 * 2 + first × (cost of one node), a mutation 10. Page sizes over the maximum are rejected here too,
 * so an abusive query never reaches the database.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): CostReport {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;
  let maxDepth = 0;

  const argValue = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables) : undefined;
  };

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLOutputType,
    depth: number,
    seen: Set<string>,
  ): number => {
    maxDepth = Math.max(maxDepth, depth);
    const named = getNamedType(parentType);
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        const fieldName = selection.name.value;
        if (fieldName.startsWith("__")) continue;
        let fieldDef: GraphQLField<unknown, unknown> | undefined;
        if (isObjectType(named) || isInterfaceType(named)) fieldDef = named.getFields()[fieldName];
        if (!fieldDef) continue;
        for (const sizeArg of ["first", "last"]) {
          const v = argValue(selection, sizeArg);
          if (typeof v === "number" && (v < 1 || v > MAX_PAGE_SIZE)) {
            throw new GraphQLError(
              `\`${fieldName}(${sizeArg}: ${v})\`: page size must be between 1 and ${MAX_PAGE_SIZE}`,
              {
                extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
              },
            );
          }
        }
        const type = fieldDef.type;
        const inner = isNonNullType(type) ? type.ofType : type;
        const fieldNamed = getNamedType(type);
        if (!selection.selectionSet || !isCompositeType(fieldNamed)) continue;
        const childCost = walk(selection.selectionSet, fieldNamed, depth + 1, seen);
        if (named.name.endsWith("Connection") && (fieldName === "nodes" || fieldName === "edges")) {
          // The connection already multiplies by its page size.
          total += childCost;
        } else if (fieldNamed.name.endsWith("Connection")) {
          const size = (argValue(selection, "first") ?? argValue(selection, "last") ?? 20) as number;
          total += 2 + size * Math.max(1, childCost);
        } else if (isListType(inner)) {
          // Bounded lists (a round's bids, a council's areas): assume 20 items for the estimate.
          total += 1 + 20 * childCost;
        } else {
          total += 1 + childCost;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += walk(selection.selectionSet, parentType, depth, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        total += walk(fragment.selectionSet, parentType, depth, new Set([...seen, name]));
      }
    }
    return total;
  };

  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { cost: 0, depth: 0, aliases: 0 };
  let cost = walk(operation.selectionSet, root, 1, new Set());
  if (operation.operation === OperationTypeNode.MUTATION) cost += 10 * operation.selectionSet.selections.length;
  return { cost, depth: maxDepth, aliases };
}

/** Apollo plugin: rejects over-limit operations before execution and reports the cost in `extensions.cost`. */
/**
 * Checks depth, aliases and cost before execution, reports the cost in `extensions.cost`, and —
 * with a `budget` — takes the cost from the client's per-minute budget (rate-limit.ts):
 * `perMinute` is the public budget, scaled by the viewer's `costMultiplier`.
 */
export function limitsPlugin(
  limitsFor: (contextValue: unknown) => QueryLimits,
  rateLimit?: { budget: CostBudget; perMinute: number; clientOf: (contextValue: unknown) => string },
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const limits = limitsFor(contextValue);
          report = analyseOperation(schema, document, operation, request.variables ?? {});
          if (report.depth > limits.maxDepth) {
            throw new GraphQLError(`Query depth ${report.depth} exceeds the limit of ${limits.maxDepth}`, {
              extensions: {
                code: "MAX_DEPTH_EXCEEDED",
                http: { status: 400 },
                depth: report.depth,
                limit: limits.maxDepth,
              },
            });
          }
          if (report.aliases > limits.maxAliases) {
            throw new GraphQLError(`Query uses ${report.aliases} aliases; the limit is ${limits.maxAliases}`, {
              extensions: { code: "MAX_COST_EXCEEDED", http: { status: 400 } },
            });
          }
          if (report.cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${report.cost} exceeds the limit of ${limits.maxCost}`, {
              extensions: {
                code: "MAX_COST_EXCEEDED",
                http: { status: 400 },
                cost: report.cost,
                limit: limits.maxCost,
              },
            });
          }
          if (rateLimit) {
            const perMinute = rateLimit.perMinute * limits.costMultiplier;
            const wait = rateLimit.budget.take(rateLimit.clientOf(contextValue), report.cost, perMinute);
            if (wait > 0) {
              throw new GraphQLError(
                `Too many requests: this query costs ${report.cost} of your ${perMinute} points a minute; try again in ${wait} s`,
                {
                  extensions: {
                    code: "RATE_LIMITED",
                    http: { status: 429, headers: new HeaderMap([["retry-after", String(wait)]]) },
                    cost: report.cost,
                    retryAfterSeconds: wait,
                  },
                },
              );
            }
          }
        },
        async willSendResponse({ response }) {
          if (report && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report.cost };
          }
        },
      };
    },
  };
}
