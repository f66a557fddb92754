import type { ApolloServer } from "@apollo/server";
import type { DataSource } from "typeorm";
import { createApolloServer } from "../graphql/apollo.js";
import { createContext, type GraphQLContext } from "../graphql/context.js";
import type { Viewer } from "../auth/actor.js";

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: Record<string, unknown>;
}

/** Runs operations through the real Apollo server (plugins, limits, error formatting included). */
export class TestClient {
  private constructor(
    private readonly apollo: ApolloServer<GraphQLContext>,
    private readonly dataSource: DataSource,
  ) {}

  static async create(dataSource: DataSource, options: { responseCacheSeconds?: number } = {}): Promise<TestClient> {
    return new TestClient(await createApolloServer(options), dataSource);
  }

  async run<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer?: Viewer,
  ): Promise<GqlResult<T>> {
    const response = await this.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(this.dataSource, viewer) },
    );
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GqlResult<T>;
  }

  /** Runs and fails loudly on any error: returns `data`. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer?: Viewer,
  ): Promise<T> {
    const result = await this.run<T>(query, variables, viewer);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

/** A mutation payload's userErrors as the specs select them (`userErrors { code message field }`, or some of it). */
export interface WithUserErrors {
  userErrors: { code: string; message?: string; field?: string[] | null }[];
}

/** The answer to a one-field operation, e.g. `Answer<"decisionTake">` for a mutation read for its userErrors. */
export type Answer<Field extends string, Payload = WithUserErrors> = { [K in Field]: Payload };

/** The codes of a payload's userErrors, in order. */
export const errorCodes = (payload: WithUserErrors): string[] => payload.userErrors.map((e) => e.code);
