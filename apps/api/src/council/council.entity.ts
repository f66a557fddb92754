import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAtColumn } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";

/** A local authority: the tenant. Officers change only their own council's data. */
@Entity("council")
@ObjectType({ implements: Node, description: "A local authority (the tenant): has areas and runs rounds." })
export class Council {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID, { description: "Opaque global id." })
  get id(): string {
    return toGlobalId("Council", this.key);
  }

  @Index({ unique: true })
  @Column({ type: "varchar", length: 80 })
  @Field({ description: "Stable, URL-safe identifier, e.g. `lambeth`." })
  slug: string;

  @Column({ type: "varchar", length: 200 })
  @Field({ description: "Name, e.g. London Borough of Lambeth." })
  name: string;

  @Column({ type: "varchar", length: 12, nullable: true })
  @Field(() => String, { nullable: true, description: "ONS area code of the council's territory, e.g. E09000022." })
  onsCode: string | null;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, { nullable: true, description: "Region, e.g. London." })
  region: string | null;

  @Column({ type: "varchar", length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Organisation identifier for open data (org-id.guide), e.g. GB-LAE-LBH.",
  })
  orgIdentifier: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
