import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Whether the current field's selection (through fragments, at any depth) asks for a field named `name`. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name || walk(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      return walk(info.fragments[fragmentName]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
