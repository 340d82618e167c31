import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/connection.type';

// Status 400: Apollo answers 500 for an error thrown in a plugin unless told otherwise.
const tooBig = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE', http: { status: 400 } } });

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

// What one list may return, for the cost estimate: a connection its page size (default
// 20), a plain list (municipalities, neighbours, ...) an assumed 20 items. The edges of a
// connection are already counted by the connection itself.
const ASSUMED_LIST_SIZE = 20;

// A size the client asks for counts as at least 1 and at most the largest page: a
// negative `first` must not cancel out the cost of its siblings.
const pageSize = (first: unknown, fallback: number) =>
  typeof first === 'number' ? Math.min(Math.max(first, 1), MAX_PAGE_SIZE) : fallback;

function listCostEstimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const returns = getNamedType(field.type).name;
  if (returns.endsWith('Connection')) {
    return 1 + pageSize(args.first, DEFAULT_PAGE_SIZE) * Math.max(childComplexity, 1);
  }
  const isList = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  if (isList && !type.name.endsWith('Connection')) {
    return 1 + pageSize(args.first, ASSUMED_LIST_SIZE) * Math.max(childComplexity, 1);
  }
  return 1 + childComplexity;
}

/** Rejects operations whose estimated cost is above maxCost, before anything runs. */
export function complexityLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables ?? {},
              estimators: [listCostEstimator],
            });
          } catch {
            // Variables that do not fit the schema: execution reports them as BAD_USER_INPUT.
            return;
          }
          if (cost > maxCost) throw tooBig(`Query cost is ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`);
        },
      };
    },
  };
}
