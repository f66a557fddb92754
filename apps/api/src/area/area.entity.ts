import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn } from "../db/columns.js";
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

  @Index()
  @Column()
  councilKey: number;
  @ManyToOne(() => Council, { onDelete: "CASCADE" })
  @JoinColumn({ name: "councilKey" })
  council?: Relation<Council>;

  @Index()
  @Column({ type: "integer", nullable: true })
  parentKey: number | null;
  @ManyToOne(() => Area, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "parentKey" })
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
