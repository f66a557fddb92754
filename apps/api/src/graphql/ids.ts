import { GraphQLError } from "graphql";
import { fromGlobalId } from "./node-id.js";

/** Decodes a global id that must be of `typeName`; a coded BAD_USER_INPUT error names the field otherwise. */
export function decodeIdOf(typeName: string, globalId: string, field: string): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw new GraphQLError(`\`${field}\` is not a valid ${typeName} id`, {
      extensions: { code: "BAD_USER_INPUT", field },
    });
  }
  return decoded.id;
}
