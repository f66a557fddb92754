import type { DataSource } from "typeorm";
import { Award } from "./award.entity.js";
import { type PageArgs, type Page, paginate, type OrderDirection } from "../graphql/connection.js";

export interface AwardFilterInput {
  council?: string;
  roundKey?: number;
  providerKey?: number;
  theme?: string;
  fromYear?: number;
  toYear?: number;
}

export class AwardService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: AwardFilterInput, page: PageArgs, direction: OrderDirection): Promise<Page<Award>> {
    const qb = this.dataSource.getRepository(Award).createQueryBuilder("award");
    // Awards of a withdrawn round are not public.
    qb.innerJoin("award.round", "r").andWhere("r.withdrawnAt IS NULL");
    if (filter.council || filter.theme) {
      if (filter.council)
        qb.andWhere(`r.councilKey IN (SELECT c.key FROM council c WHERE c.slug = :council)`, {
          council: filter.council,
        });
      if (filter.theme) qb.andWhere("r.theme = :theme", { theme: filter.theme });
    }
    if (filter.roundKey !== undefined) qb.andWhere("award.roundKey = :round", { round: filter.roundKey });
    if (filter.providerKey !== undefined)
      qb.andWhere("award.providerKey = :provider", { provider: filter.providerKey });
    if (filter.fromYear !== undefined) qb.andWhere("award.awardedOn >= :from", { from: `${filter.fromYear}-01-01` });
    if (filter.toYear !== undefined) qb.andWhere("award.awardedOn <= :to", { to: `${filter.toYear}-12-31` });
    return paginate(qb, page, {
      expression: "award.awardedOn",
      keyExpression: "award.key",
      read: (a: Award) => a.awardedOn,
      direction,
    });
  }
}
