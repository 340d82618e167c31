import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the request selects at `path` below the field being resolved
 * (`['edges', 'node', 'organization']`: what it asks of each node's organization), under
 * any alias, directly or in fragments. @include/@skip are not evaluated, so a conditional
 * selection counts.
 */
export function fieldsSelectedAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const found = new Set<string>();
  // A fragment spread twice at the same depth is read once.
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) found.add(selection.name.value);
        else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth);
      } else {
        const key = `${selection.name.value}@${depth}`;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(info.fragments[selection.name.value]?.selectionSet, depth);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return found;
}

/** Whether the field being resolved selects `field` of its result (see fieldsSelectedAt). */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return fieldsSelectedAt(info, []).has(field);
}

/** Whether the connection field being resolved asks for its totalCount (see fieldsSelectedAt). */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return selectsField(info, 'totalCount');
}
