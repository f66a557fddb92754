import type { DataSource } from "typeorm";
import { Round } from "./round.entity.js";
import { Council } from "../council/council.entity.js";
import { type PageArgs, type Page, paginate, OrderDirection, type OrderSpec } from "../graphql/connection.js";
import { GraphQLError } from "graphql";
import { LIKE_ESCAPE, containsPattern } from "../db/like.js";

/** Words in a round's title are matched with LIKE (docs/operations.md lists the maximum). */
export const MAX_SEARCH_LENGTH = 200;

export interface RoundFilterInput {
  council?: string;
  councils?: string[];
  areaKey?: number;
  phases?: string[];
  kind?: string;
  theme?: string;
  year?: number;
  fromYear?: number;
  toYear?: number;
  search?: string;
}

export type RoundOrderField = "year" | "pot" | "title" | "createdAt";

const ORDER: Record<RoundOrderField, { expression: string; read: (r: Round) => string | number }> = {
  year: { expression: "round.year", read: (r) => r.year },
  pot: { expression: "round.potMinor", read: (r) => r.potMinor },
  title: { expression: "round.title", read: (r) => r.title },
  createdAt: { expression: "round.key", read: (r) => r.key },
};

export class RoundService {
  constructor(private readonly dataSource: DataSource) {}

  list(
    filter: RoundFilterInput,
    page: PageArgs,
    field: RoundOrderField = "year",
    direction = OrderDirection.DESC,
  ): Promise<Page<Round>> {
    const qb = this.dataSource.getRepository(Round).createQueryBuilder("round");
    // A withdrawn round leaves every public list (its council's officers find it through the audit log).
    qb.andWhere("round.withdrawnAt IS NULL");
    const slugs = [...(filter.councils ?? []), ...(filter.council ? [filter.council] : [])];
    if (slugs.length > 0) {
      qb.andWhere(`round.councilKey IN (SELECT c.key FROM council c WHERE c.slug IN (:...slugs))`, { slugs });
    }
    if (filter.areaKey !== undefined) qb.andWhere("round.areaKey = :area", { area: filter.areaKey });
    if (filter.phases && filter.phases.length > 0)
      qb.andWhere("round.phase IN (:...phases)", { phases: filter.phases });
    if (filter.kind) qb.andWhere("round.kind = :kind", { kind: filter.kind });
    if (filter.theme) qb.andWhere("round.theme = :theme", { theme: filter.theme });
    if (filter.year !== undefined) qb.andWhere("round.year = :year", { year: filter.year });
    if (filter.fromYear !== undefined) qb.andWhere("round.year >= :fromYear", { fromYear: filter.fromYear });
    if (filter.toYear !== undefined) qb.andWhere("round.year <= :toYear", { toYear: filter.toYear });
    if (filter.search && filter.search.length > MAX_SEARCH_LENGTH)
      throw new GraphQLError(`\`filterBy.search\` must be at most ${MAX_SEARCH_LENGTH} characters long`, {
        extensions: { code: "BAD_USER_INPUT", field: "filterBy.search" },
      });
    if (filter.search)
      qb.andWhere(`LOWER(round.title) LIKE :search ${LIKE_ESCAPE}`, {
        search: containsPattern(filter.search.toLowerCase()),
      });
    const spec: OrderSpec = { ...ORDER[field], read: ORDER[field].read, keyExpression: "round.key", direction };
    return paginate(qb, page, spec);
  }

  bySlug(slug: string): Promise<Round | null> {
    return this.dataSource.getRepository(Round).findOneBy({ slug });
  }

  councilOf(round: Round): Promise<Council | null> {
    return this.dataSource.getRepository(Council).findOneBy({ key: round.councilKey });
  }
}
