import {
  GraphQLError,
  Kind,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { metrics } from "../server/metrics.js";

/**
 * The longest string any argument may hold, in characters (docs/operations.md). Fields with a
 * tighter rule say so in the schema and enforce it with their own validation (e.g. a round's title,
 * 200); this cap covers every other string, IDs and cursors included.
 */
export const MAX_STRING_LENGTH = 100_000;

/** Why a string is refused, or undefined when it is acceptable anywhere. */
export function stringProblem(value: string): string | undefined {
  if (value.includes("\u0000")) return "must not contain a NUL character (U+0000)";
  if (value.length > MAX_STRING_LENGTH) return `must be at most ${MAX_STRING_LENGTH} characters long`;
  return undefined;
}

function refuse(field: string, problem: string): GraphQLError {
  metrics.rejected.inc({ code: "BAD_USER_INPUT" });
  return new GraphQLError(`\`${field}\` ${problem}`, {
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 }, field },
  });
}

/** Every string in a variable's JSON value, with its path (`input.criteria[2].name`). */
function checkJson(value: unknown, path: string): GraphQLError | undefined {
  if (typeof value === "string") {
    const problem = stringProblem(value);
    return problem ? refuse(path, problem) : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = checkJson(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = checkJson(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function checkLiteral(value: ValueNode, path: string): GraphQLError | undefined {
  if (value.kind === Kind.STRING) {
    const problem = stringProblem(value.value);
    return problem ? refuse(path, problem) : undefined;
  }
  if (value.kind === Kind.LIST) {
    for (let i = 0; i < value.values.length; i++) {
      const found = checkLiteral(value.values[i]!, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = checkLiteral(field.value, `${path}.${field.name.value}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every string literal in the document's arguments, named `field.argument.inputField`. */
function checkDocument(document: DocumentNode): GraphQLError | undefined {
  const args = (owner: string, list: readonly ArgumentNode[] | undefined) => {
    for (const arg of list ?? []) {
      const found = checkLiteral(arg.value, `${owner}.${arg.name.value}`);
      if (found) return found;
    }
    return undefined;
  };
  const directives = (list: readonly DirectiveNode[] | undefined) => {
    for (const d of list ?? []) {
      const found = args(`@${d.name.value}`, d.arguments);
      if (found) return found;
    }
    return undefined;
  };
  const selections = (set: SelectionSetNode | undefined): GraphQLError | undefined => {
    for (const s of set?.selections ?? []) {
      const found =
        directives(s.directives) ??
        (s.kind === Kind.FIELD ? (args(s.name.value, s.arguments) ?? selections(s.selectionSet)) : undefined) ??
        (s.kind === Kind.INLINE_FRAGMENT ? selections(s.selectionSet) : undefined);
      if (found) return found;
    }
    return undefined;
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) {
      const found = directives(def.directives) ?? selections(def.selectionSet);
      if (found) return found;
    }
    if (def.kind === Kind.OPERATION_DEFINITION) {
      for (const v of def.variableDefinitions ?? []) {
        const found = v.defaultValue ? checkLiteral(v.defaultValue, `$${v.variable.name.value}`) : undefined;
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * One check for every string argument of every operation, before anything runs: literals in the
 * document and every string inside the variables. A NUL character (which PostgreSQL's text types
 * cannot store) or a string over MAX_STRING_LENGTH is refused with BAD_USER_INPUT naming the field
 * (`extensions.field`). Runs after validation, so the document is known to be well formed.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        // Async, so the other plugins' hooks (the limits plugin's charge) still run when this refuses.
        async didResolveOperation({ document, request }) {
          await Promise.resolve();
          const found =
            checkDocument(document) ??
            Object.entries(request.variables ?? {})
              .map(([name, value]) => checkJson(value, name))
              .find((e) => e !== undefined);
          if (found) throw found;
        },
      };
    },
  };
}
