import { type ClassType, Field, ObjectType } from "type-graphql";
import { UserError } from "../command/user-error.js";

/**
 * Mutation payloads (API.md §8): `{ <object>, userErrors: [UserError!]! }`, the object null when
 * the mutation failed. One factory so every payload has the same shape and documentation.
 */
export function Payload<T extends object>(
  name: string,
  fieldName: string,
  type: () => ClassType<T>,
  description: string,
) {
  @ObjectType(`${name}Payload`, {
    description: `Result of \`${name.charAt(0).toLowerCase()}${name.slice(1)}\`: ${description}`,
  })
  class PayloadClass {
    @Field(() => [UserError], { description: "Validation and business-rule failures; empty on success." })
    userErrors: UserError[];
  }
  Field(type, { nullable: true, description: "The object written, or null when `userErrors` is not empty." })(
    PayloadClass.prototype,
    fieldName,
  );
  return PayloadClass;
}
