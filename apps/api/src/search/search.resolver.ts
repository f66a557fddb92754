import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver, createUnionType, registerEnumType } from "type-graphql";
import { GraphQLError } from "graphql";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Council } from "../council/council.entity.js";
import { PageInfo } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";
import { SearchService, type SearchHit } from "./search.service.js";

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Something a search found: a council, a round, a bid or PB project (Bid), or a provider.",
  types: () => [Council, Round, Bid, Provider] as const,
});

export enum SearchResultKind {
  COUNCIL = "council",
  ROUND = "round",
  PB_PROJECT = "pb_project",
  BID = "bid",
  PROVIDER = "provider",
}
registerEnumType(SearchResultKind, {
  name: "SearchResultKind",
  description: "What a search result is (a PB project is a Bid in a participatory-budgeting round).",
});

@ObjectType({ description: "One word of a search as it was searched." })
class SearchTermType {
  @Field({ description: "The word as typed (folded: lower case, no accents)." }) typed: string;
  @Field(() => [String], { description: "The indexed words (or word starts) it matched: itself or its corrections." })
  matched: string[];
  @Field({ description: "True when the word was not in the index and was corrected to the closest words." })
  corrected: boolean;
}

@ObjectType({ description: "An edge to a search result." })
class SearchResultEdge {
  @Field({ description: "Opaque cursor." }) cursor: string;
  @Field(() => SearchResultKind) kind: SearchResultKind;
  @Field(() => SearchResult) node: typeof SearchResult;
}

@ObjectType({ description: "A page of search results, best match first." })
class SearchResultConnection {
  @Field(() => [SearchResultEdge]) edges: SearchResultEdge[];
  @Field(() => [SearchResult]) nodes: (typeof SearchResult)[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: "Number of results in all pages." }) totalCount: number;
  @Field(() => [SearchTermType], { description: "The words searched for, after typo correction." })
  terms: SearchTermType[];
}

export const MAX_SEARCH_PAGE = 50;
export const MAX_QUERY_LENGTH = 200;

const cursorOf = (offset: number) => Buffer.from(JSON.stringify(["search", offset]), "utf8").toString("base64url");
function offsetOf(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed[0] === "search" && Number.isInteger(parsed[1]) && (parsed[1] as number) >= 0)
      return parsed[1] as number;
  } catch {
    // the coded error below
  }
  throw new GraphQLError("Invalid cursor", { extensions: { code: "BAD_USER_INPUT", field: "after" } });
}

const bad = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field } });

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      "Search councils, rounds, PB projects, bids and providers by their words (names, titles, descriptions, themes, identifiers). Every word must match, as a word or its start; a word not in the index matches the indexed words within one mistake (4–7 letters) or two (8 or more). `%` and `_` are literal. Withdrawn rounds are never found.",
  })
  async search(
    @Arg("query", () => String, { description: `What to look for (1–${MAX_QUERY_LENGTH} characters).` }) query: string,
    @Arg("first", () => Int, { defaultValue: 20, description: `Page size (1–${MAX_SEARCH_PAGE}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor: results after it." }) after: string | undefined,
    @Arg("kinds", () => [SearchResultKind], { nullable: true, description: "Only these kinds of result." })
    kinds: SearchResultKind[] | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SearchResultConnection> {
    const text = query.trim();
    if (text.length < 1 || text.length > MAX_QUERY_LENGTH)
      throw bad(`The query must have 1–${MAX_QUERY_LENGTH} characters`, "query");
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_PAGE)
      throw bad(`\`first\` must be between 1 and ${MAX_SEARCH_PAGE}`, "first");
    const start = after === undefined || after === null ? 0 : offsetOf(after) + 1;
    const page = await new SearchService(ctx.dataSource).search(text, start, first + 1, kinds);
    const more = page.hits.length > first;
    const hits = page.hits.slice(0, first);
    const nodes = await Promise.all(hits.map((h) => load(ctx, h)));
    const edges: SearchResultEdge[] = [];
    hits.forEach((h, i) => {
      const node = nodes[i];
      if (node) edges.push({ cursor: cursorOf(start + i), kind: h.kind as SearchResultKind, node });
    });
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: more,
        hasPreviousPage: start > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: page.total,
      terms: page.terms.map((t) => ({ typed: t.typed, matched: [...t.prefixes], corrected: t.corrected })),
    };
  }
}

function load(ctx: GraphQLContext, hit: SearchHit): Promise<Council | Round | Bid | Provider | null> {
  switch (hit.source) {
    case "council":
      return ctx.loaders.one(Council).load(hit.key);
    case "round":
      return ctx.loaders.one(Round).load(hit.key);
    case "bid":
      return ctx.loaders.one(Bid).load(hit.key);
    case "provider":
      return ctx.loaders.one(Provider).load(hit.key);
  }
}
