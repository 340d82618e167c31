import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity, simpleEstimator } from 'graphql-query-complexity';

const tooBig = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' } });

function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      if (visiting.has(name) || !fragments[name]) continue; // cycles are reported by graphql's own rules
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragments[name].selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** Rejects operations nested deeper than maxDepth levels of objects. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) context.reportError(tooBig(`Query is nested ${depth} levels deep; the limit is ${maxDepth}.`));
      },
    };
  };
}

/** Rejects documents with more than maxAliases aliases (a cheap way to multiply work). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) context.reportError(tooBig(`Query uses ${aliases} aliases; the limit is ${maxAliases}.`));
        },
      },
    };
  };
}

// A list field costs its page size times what each item costs.
function pageSizeEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number | void {
  const size = typeof args.first === 'number' ? args.first : undefined;
  if (size !== undefined) return 1 + size * Math.max(childComplexity, 1);
}

/** Rejects operations whose estimated cost is above maxCost, before anything runs. */
export function complexityLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables ?? {},
            estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) throw tooBig(`Query cost is ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`);
        },
      };
    },
  };
}
