import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, ForeignKey } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";
import { Council } from "../council/council.entity.js";

/** A borough or ward of a council; areas nest (a ward's parent is its borough). */
@Entity("area")
@Index(["councilKey", "slug"], { unique: true })
@ObjectType({ implements: Node, description: "A geographic area of a council: a borough or a ward (areas may nest)." })
export class Area {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Area", this.key);
  }

  @ForeignKey(() => Council, "council", { onDelete: "CASCADE" })
  councilKey: number;
  council?: Relation<Council>;

  @ForeignKey(() => Area, "parent", { onDelete: "SET NULL", nullable: true })
  parentKey: number | null;
  parent?: Relation<Area> | null;

  @Column({ type: "varchar", length: 80 })
  @Field({ description: "URL-safe identifier, unique within the council." })
  slug: string;

  @Column({ type: "varchar", length: 200 })
  @Field()
  name: string;

  @Index()
  @Column({ type: "varchar", length: 12, nullable: true })
  @Field(() => String, { nullable: true, description: "ONS GSS code, e.g. E09000022 (borough) or E05014101 (ward)." })
  onsCode: string | null;

  @CodeColumn()
  @Field({ description: "borough, ward or neighbourhood." })
  kind: string;
}
