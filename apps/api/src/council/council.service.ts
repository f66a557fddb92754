import type { DataSource } from "typeorm";
import { Council } from "./council.entity.js";
import { type PageArgs, type Page, paginate, OrderDirection } from "../graphql/connection.js";

export class CouncilService {
  constructor(private readonly dataSource: DataSource) {}

  list(page: PageArgs): Promise<Page<Council>> {
    const qb = this.dataSource.getRepository(Council).createQueryBuilder("council");
    return paginate(qb, page, {
      expression: "council.name",
      keyExpression: "council.key",
      read: (c: Council) => c.name,
      direction: OrderDirection.ASC,
    });
  }

  bySlug(slug: string): Promise<Council | null> {
    return this.dataSource.getRepository(Council).findOneBy({ slug });
  }
}
