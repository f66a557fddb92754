import type { DataSource } from "typeorm";
import { Area } from "./area.entity.js";
import { Council } from "../council/council.entity.js";
import { type PageArgs, type Page, paginate, OrderDirection } from "../graphql/connection.js";

export interface AreaFilterInput {
  council?: string;
  kind?: string;
  parentKey?: number;
}

export class AreaService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: AreaFilterInput, page: PageArgs): Promise<Page<Area>> {
    const qb = this.dataSource.getRepository(Area).createQueryBuilder("area");
    if (filter.council) {
      qb.innerJoin(Council, "council", "council.key = area.councilKey").andWhere("council.slug = :council", {
        council: filter.council,
      });
    }
    if (filter.kind) qb.andWhere("area.kind = :kind", { kind: filter.kind });
    if (filter.parentKey !== undefined) qb.andWhere("area.parentKey = :parent", { parent: filter.parentKey });
    return paginate(qb, page, {
      expression: "area.name",
      keyExpression: "area.key",
      read: (a: Area) => a.name,
      direction: OrderDirection.ASC,
    });
  }
}
