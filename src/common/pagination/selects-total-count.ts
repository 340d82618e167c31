import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function selects(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet, info, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    return selects(info.fragments[name]?.selectionSet, info, seen);
  });
}

/**
 * Whether the connection field being resolved asks for its totalCount (directly or in a
 * fragment; @include/@skip are not evaluated, so a conditional totalCount is counted).
 */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, info, new Set()));
}
