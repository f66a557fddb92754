import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "An object with a global, opaque id (encodes type and key; do not parse it)." })
export abstract class Node {
  @Field(() => ID)
  id: string;
}
