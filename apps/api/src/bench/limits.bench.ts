/**
 * `pnpm bench:limits`: how long the pre-execution checks take on hostile documents — the doubling
 * fragment chain (issue: 2ⁿ cost walk) and the largest document the token limit lets through.
 * Prints a Markdown table (record it in BENCHMARKS.md). Needs no database.
 */
import "reflect-metadata";
import { Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { getSchema } from "../graphql/schema.js";
import { MAX_QUERY_TOKENS, analyseOperation } from "../graphql/limits.js";
import { createApolloServer } from "../graphql/apollo.js";
import { documentProblem } from "../graphql/document-guard.js";
import type { GraphQLContext } from "../graphql/context.js";

function chain(n: number): string {
  let q = `query { ...F${n} }\nfragment F0 on Query { councils(first: 1) { totalCount } }\n`;
  for (let i = 1; i <= n; i++) q += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return q;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(run: () => unknown, repeat = 21): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const schema = await getSchema();
const apollo = await createApolloServer({ rateLimitPerMinute: 0, responseCacheSeconds: 0 });
await apollo.start();
const context = { viewer: { kind: "anonymous" }, address: "bench" } as unknown as GraphQLContext;

console.log(
  "| document | bytes | selections visited | cost analysis (median) | whole request, refused (median) | answer |",
);
console.log("| --- | ---: | ---: | ---: | ---: | --- |");
for (const n of [16, 20, 22, 40, 200]) {
  const source = chain(n);
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const report = analyseOperation(schema, document, operation, {});
  const analysis = time(() => analyseOperation(schema, document, operation, {}));
  const samples: number[] = [];
  let code = "";
  for (let i = 0; i < 11; i++) {
    const started = performance.now();
    const res = await apollo.executeOperation({ query: source }, { contextValue: context });
    samples.push(performance.now() - started);
    const first = res.body.kind === "single" ? res.body.singleResult.errors?.[0]?.extensions?.code : undefined;
    code = typeof first === "string" ? first : "ok";
  }
  console.log(
    `| fragment chain n=${n} | ${source.length} | ${report.steps} | ${analysis.toFixed(3)} ms | ${median(samples).toFixed(2)} ms | ${code} |`,
  );
}

// The worst case validation has to face within the token limit: many same-named fields with
// conflicting arguments (graphql-js's overlapping-fields rule compares them pairwise).
const fields = Math.floor(MAX_QUERY_TOKENS / 11) - 1;
const overlap = `{ ${Array.from({ length: fields }, (_, i) => `a: councils(first: ${(i % 2) + 1}) { totalCount }`).join(" ")} }`;
const overlapDoc = parse(overlap, { maxTokens: MAX_QUERY_TOKENS });
const validation = time(() => validate(schema, overlapDoc), 5);
const guard = time(() => documentProblem(overlap), 21);
console.log(
  `| ${fields} conflicting same-named fields (at the ${MAX_QUERY_TOKENS}-token limit) | ${overlap.length} | — | graphql-js validation alone ${validation.toFixed(1)} ms; the server's document guard refuses it first in ${guard.toFixed(2)} ms | — | GRAPHQL_VALIDATION_FAILED |`,
);
await apollo.stop();
