import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CodeColumn } from "../db/columns.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Node } from "../graphql/node.js";

/** An organisation that bids for and delivers services (a charity, company or community group). */
@Entity("provider")
@ObjectType({ implements: Node, description: "An organisation that bids for and delivers services." })
export class Provider {
  @PrimaryGeneratedColumn()
  key: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("Provider", this.key);
  }

  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  @Field()
  slug: string;

  @Index()
  @Column({ type: "varchar", length: 200 })
  @Field()
  name: string;

  /** charity | company | community_group | public_body | resident_group */
  @CodeColumn()
  @Field({ description: "charity, company, community_group, public_body or resident_group." })
  kind: string;

  /** org-id.guide scheme: GB-CHC (charity), GB-COH (company), GB-LAE (council)… */
  @Column({ type: "varchar", length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: "Identifier scheme (org-id.guide), e.g. GB-CHC or GB-COH." })
  identifierScheme: string | null;

  @Column({ type: "varchar", length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: "Registration number within the scheme." })
  identifier: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  website: string | null;
}
