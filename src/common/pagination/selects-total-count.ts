import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function selects(field: string, selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === field;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(field, selection.selectionSet, info, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    return selects(field, info.fragments[name]?.selectionSet, info, seen);
  });
}

/**
 * Whether the field being resolved selects `field` of its result (directly or in a
 * fragment; @include/@skip are not evaluated, so a conditional selection counts).
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => selects(field, node.selectionSet, info, new Set()));
}

/**
 * Whether the connection field being resolved asks for its totalCount (directly or in a
 * fragment; @include/@skip are not evaluated, so a conditional totalCount is counted).
 */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return selectsField(info, 'totalCount');
}
