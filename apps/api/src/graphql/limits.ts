import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
  Kind,
  OperationTypeNode,
  valueFromASTUntyped,
  isObjectType,
  isInterfaceType,
} from "graphql";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { CostBudgetStore } from "./rate-limit.js";
import { MAX_PAGE_SIZE } from "./connection.js";
import { metrics } from "../server/metrics.js";

export interface QueryLimits {
  /** Connections count three levels each (connection → edges → node). */
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Times the public per-minute cost budget (rate-limit.ts). */
  costMultiplier: number;
}

export const PUBLIC_LIMITS: QueryLimits = { maxDepth: 15, maxCost: 50_000, maxAliases: 30, costMultiplier: 1 };

/**
 * Tokens the parser accepts in one document (`parseOptions.maxTokens`, docs/operations.md). It bounds
 * parsing and, above all, validation, whose overlapping-fields rule is quadratic in the number of
 * same-named fields. The dashboard's largest page is about 350 tokens.
 */
export const MAX_QUERY_TOKENS = 10_000;

/**
 * Selections the cost analysis visits at most. Each selection of the document is visited once (a
 * fragment's figures are computed once and reused at every spread), so this is only reached by a
 * document that the token limit already refuses; it is the analysis's own guarantee of a bounded time.
 */
export const MAX_ANALYSIS_STEPS = 50_000;

export interface CostReport {
  cost: number;
  depth: number;
  aliases: number;
  /** Selections visited: linear in the document's size (the fragment-chain attack test counts it). */
  steps: number;
  /** The first `first`/`last` argument outside 1…MAX_PAGE_SIZE, if any. */
  pageSizeViolation?: { field: string; argument: string; value: number };
  /** The analysis stopped at MAX_ANALYSIS_STEPS; `cost` is then a lower bound. */
  truncated: boolean;
}

/** What one selection set adds up to: its cost, how many levels it goes below its parent, its aliases. */
interface Summary {
  cost: number;
  depth: number;
  aliases: number;
}

/**
 * Estimates an operation before it runs (API.md §10): scalar 0, object 1, a connection
 * 2 + first × (cost of one node), a bounded list 1 + 20 × (cost of one item), a mutation 10.
 * Linear in the document: each fragment's summary is computed once — from its own type condition,
 * so it is the same wherever it is spread — and added at each spread, so a chain of fragments that
 * each spread the previous one twice costs 2ⁿ in the *estimate* but n steps to compute. Runs after
 * validation (Apollo's didResolveOperation), which has already refused unknown, unused and cyclic
 * fragments; a cycle reached anyway counts nothing rather than looping.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): CostReport {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const summaries = new Map<string, Summary>();
  const inProgress = new Set<string>();
  let steps = 0;
  let truncated = false;
  let pageSizeViolation: CostReport["pageSizeViolation"];

  const argValue = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables) : undefined;
  };
  const typeNamed = (name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType => {
    const type = name ? schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : fallback;
  };

  const fragmentSummary = (name: string): Summary => {
    const known = summaries.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { cost: 0, depth: 0, aliases: 0 };
    inProgress.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const summary =
      type && isCompositeType(type) ? summarise(fragment.selectionSet, type) : { cost: 0, depth: 0, aliases: 0 };
    inProgress.delete(name);
    summaries.set(name, summary);
    return summary;
  };

  function summarise(selectionSet: SelectionSetNode, parent: GraphQLCompositeType): Summary {
    let cost = 0;
    let depth = 0;
    let aliases = 0;
    for (const selection of selectionSet.selections) {
      if (++steps > MAX_ANALYSIS_STEPS) {
        truncated = true;
        break;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const s = fragmentSummary(selection.name.value);
        cost += s.cost;
        aliases += s.aliases;
        depth = Math.max(depth, s.depth);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        // `... on Round { … }` under an interface selects the concrete type's fields.
        const s = summarise(selection.selectionSet, typeNamed(selection.typeCondition?.name.value, parent));
        cost += s.cost;
        aliases += s.aliases;
        depth = Math.max(depth, s.depth);
        continue;
      }
      if (selection.alias) aliases++;
      const fieldName = selection.name.value;
      if (fieldName.startsWith("__")) continue;
      let fieldDef: GraphQLField<unknown, unknown> | undefined;
      if (isObjectType(parent) || isInterfaceType(parent)) fieldDef = parent.getFields()[fieldName];
      if (!fieldDef) continue;
      for (const sizeArg of ["first", "last"]) {
        const v = argValue(selection, sizeArg);
        if (typeof v === "number" && (v < 1 || v > MAX_PAGE_SIZE) && !pageSizeViolation)
          pageSizeViolation = { field: fieldName, argument: sizeArg, value: v };
      }
      const type = fieldDef.type;
      const inner = isNonNullType(type) ? type.ofType : type;
      const fieldNamed = getNamedType(type);
      if (!selection.selectionSet || !isCompositeType(fieldNamed)) continue;
      const child = summarise(selection.selectionSet, fieldNamed);
      aliases += child.aliases;
      depth = Math.max(depth, 1 + child.depth);
      if (parent.name.endsWith("Connection") && (fieldName === "nodes" || fieldName === "edges")) {
        // The connection already multiplies by its page size.
        cost += child.cost;
      } else if (fieldNamed.name.endsWith("Connection")) {
        const raw = argValue(selection, "first") ?? argValue(selection, "last") ?? 20;
        const size = typeof raw === "number" ? raw : 20;
        cost += 2 + size * Math.max(1, child.cost);
      } else if (isListType(inner)) {
        // Bounded lists (a round's bids, a council's areas): assume 20 items for the estimate.
        cost += 1 + 20 * child.cost;
      } else {
        cost += 1 + child.cost;
      }
    }
    return { cost, depth, aliases };
  }

  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { cost: 0, depth: 0, aliases: 0, steps: 0, truncated: false };
  const summary = summarise(operation.selectionSet, root);
  let cost = summary.cost;
  if (operation.operation === OperationTypeNode.MUTATION) cost += 10 * operation.selectionSet.selections.length;
  // A document too large to analyse is treated as too costly.
  if (truncated) cost = Number.POSITIVE_INFINITY;
  return { cost, depth: 1 + summary.depth, aliases: summary.aliases, steps, truncated, pageSizeViolation };
}

/** The first limit an operation breaks, as the coded error the client sees (HTTP 400). */
export function limitViolation(report: CostReport, limits: QueryLimits): GraphQLError | undefined {
  if (report.pageSizeViolation) {
    const { field, argument, value } = report.pageSizeViolation;
    return new GraphQLError(`\`${field}(${argument}: ${value})\`: page size must be between 1 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: "BAD_USER_INPUT", http: { status: 400 }, field: `${field}.${argument}` },
    });
  }
  if (report.depth > limits.maxDepth) {
    return new GraphQLError(`Query depth ${report.depth} exceeds the limit of ${limits.maxDepth}`, {
      extensions: { code: "MAX_DEPTH_EXCEEDED", http: { status: 400 }, depth: report.depth, limit: limits.maxDepth },
    });
  }
  if (report.aliases > limits.maxAliases) {
    return new GraphQLError(`Query uses ${report.aliases} aliases; the limit is ${limits.maxAliases}`, {
      extensions: {
        code: "MAX_COST_EXCEEDED",
        http: { status: 400 },
        aliases: report.aliases,
        limit: limits.maxAliases,
      },
    });
  }
  if (report.cost > limits.maxCost) {
    const cost = Number.isFinite(report.cost) ? report.cost : null;
    return new GraphQLError(
      cost === null
        ? `Query is too large to cost (over ${MAX_ANALYSIS_STEPS} selections)`
        : `Query cost ${cost} exceeds the limit of ${limits.maxCost}`,
      { extensions: { code: "MAX_COST_EXCEEDED", http: { status: 400 }, cost, limit: limits.maxCost } },
    );
  }
  return undefined;
}

/**
 * What a refused operation takes from the client's budget: its estimated cost, at most the cost of
 * the largest allowed operation (so one mistake never locks a client out for long) and at least
 * REJECTED_MIN_CHARGE (so refusals are never free to repeat).
 */
export function rejectionCharge(report: CostReport | undefined, limits: QueryLimits): number {
  const estimate = report && Number.isFinite(report.cost) ? report.cost : limits.maxCost;
  return Math.min(limits.maxCost, Math.max(REJECTED_MIN_CHARGE, Math.ceil(estimate)));
}

/** The least a refused operation (over a limit, or not valid GraphQL) costs its client. */
export const REJECTED_MIN_CHARGE = 1_000;

export function rateLimited(message: string, wait: number, cost?: number): GraphQLError {
  metrics.rateLimited.inc();
  return new GraphQLError(message, {
    extensions: {
      code: "RATE_LIMITED",
      http: { status: 429, headers: new HeaderMap([["retry-after", String(wait)]]) },
      ...(cost === undefined ? {} : { cost }),
      retryAfterSeconds: wait,
    },
  });
}

/**
 * Checks depth, aliases and cost before execution, reports the cost in `extensions.cost`, and —
 * with a `budget` — takes the cost from the client's per-minute budget (rate-limit.ts):
 * `perMinute` is the public budget, scaled by the viewer's `costMultiplier`. An operation refused
 * for a limit, and a document that is not valid GraphQL, are charged too (rejectionCharge), so
 * neither can be repeated for free; over HTTP a client whose budget is spent is refused before its
 * body is even read (server/app.ts).
 */
export function limitsPlugin(
  limitsFor: (contextValue: unknown) => QueryLimits,
  rateLimit?: { budget: CostBudgetStore; perMinute: number; clientOf: (contextValue: unknown) => string },
): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      let report: CostReport | undefined;
      let charged = false;
      const limits = limitsFor(contextValue);
      const perMinute = rateLimit ? rateLimit.perMinute * limits.costMultiplier : 0;
      const client = rateLimit ? rateLimit.clientOf(contextValue) : "";
      const charge = async (points: number) => {
        if (!rateLimit || charged) return;
        charged = true;
        await rateLimit.budget.charge(client, points, perMinute);
      };
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          report = analyseOperation(schema, document, operation, request.variables ?? {});
          const violation = limitViolation(report, limits);
          if (violation) {
            metrics.rejected.inc({ code: String(violation.extensions.code) });
            await charge(rejectionCharge(report, limits));
            throw violation;
          }
          if (rateLimit) {
            const wait = await rateLimit.budget.take(client, report.cost, perMinute);
            charged = true;
            if (wait > 0) {
              throw rateLimited(
                `Too many requests: this query costs ${report.cost} of your ${perMinute} points a minute; try again in ${wait} s`,
                wait,
                report.cost,
              );
            }
          }
        },
        async didEncounterErrors({ errors, operation }) {
          // Not valid GraphQL (parse or validation failure): no operation was costed.
          if (!operation && !charged) {
            const code = errors[0]?.extensions.code;
            if (code === "GRAPHQL_PARSE_FAILED" || code === "GRAPHQL_VALIDATION_FAILED")
              metrics.rejected.inc({ code: String(code) });
            await charge(REJECTED_MIN_CHARGE);
          }
        },
        async willSendResponse({ response }) {
          if (report && response.body.kind === "single" && Number.isFinite(report.cost)) {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report.cost };
          }
        },
      };
    },
  };
}
