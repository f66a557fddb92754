import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAtColumn, JsonColumn } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";

/** Every mutation writes one entry: who, what, when, and the ids before/after. Readable by that council's officers. */
@Entity("audit_log")
@Index(["councilKey", "createdAt"])
@ObjectType({
  description: "One audit-log entry: who did what, when, with the ids before/after. Officers of the council only.",
})
export class AuditLogEntry {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("AuditLogEntry", this.key);
  }

  @Index()
  @Column({ type: "integer", nullable: true })
  councilKey: number | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  roundKey: number | null;

  /** `user:<key>`, `member:<key>` or `system`. */
  @Column({ type: "varchar", length: 60 })
  @Field({ description: "user:<key>, member:<key> or system." })
  actor: string;

  /** The mutation, e.g. `roundAdvancePhase`. */
  @Column({ type: "varchar", length: 80 })
  @Field({ description: "The mutation, e.g. roundAdvancePhase." })
  action: string;

  @Column({ type: "varchar", length: 60 })
  @Field()
  entityType: string;

  @Column({ type: "varchar", length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: "Internal key of the entity changed." })
  entityId: string | null;

  @JsonColumn({ nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @JsonColumn({ nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;

  @CreatedAtColumn()
  @Field()
  createdAt: Date;
}
