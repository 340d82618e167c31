import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  DocumentNode,
  ExecutionArgs,
  FragmentDefinitionNode,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  SelectionSetNode,
  subscribe,
  ValidationContext,
  visit,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/connection.type';

// Status 400: Apollo answers 500 for an error thrown in a plugin unless told otherwise.
const tooBig = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE', http: { status: 400 } } });

// The introspection root fields. Outside production they are exempt from the depth and cost
// limits: GraphiQL's and code generators' introspection query is 14 levels deep and would
// be estimated at over 100,000, yet answering it is cheap. graphql's own
// MaxIntrospectionDepthRule (in its specified rules) refuses introspection that nests
// lists through types (fields > type > fields > ...), the shape that really is costly, and
// only one copy is free of the cost limit (see costEstimator). They can only be selected
// on the query root, so no real field is ever below them.
const INTROSPECTION_ROOT_FIELDS = new Set(['__schema', '__type']);

export interface QueryLimitOptions {
  /** Introspection is answered (outside production): its root fields pass the depth and cost limits. */
  introspection: boolean;
}

class DepthMeasure {
  // The depth below each fragment, measured once: fragments spreading other fragments
  // several times would otherwise be walked an exponential number of times.
  private readonly fragmentDepths = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly options: QueryLimitOptions,
  ) {}

  of(selectionSet: SelectionSetNode | undefined): number {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (this.options.introspection && INTROSPECTION_ROOT_FIELDS.has(selection.name.value)) continue;
        const below = selection.selectionSet ? 1 + this.of(selection.selectionSet) : 0;
        deepest = Math.max(deepest, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, this.of(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, this.ofFragment(selection.name.value));
      }
    }
    return deepest;
  }

  private ofFragment(name: string): number {
    const known = this.fragmentDepths.get(name);
    if (known !== undefined) return known;
    if (this.visiting.has(name) || !this.fragments[name]) return 0; // cycles are reported by graphql's own rules
    this.visiting.add(name);
    const depth = this.of(this.fragments[name].selectionSet);
    this.visiting.delete(name);
    this.fragmentDepths.set(name, depth);
    return depth;
  }
}

/** Rejects operations nested deeper than maxDepth levels of objects. */
export function depthLimitRule(maxDepth: number, options: QueryLimitOptions) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    const measure = new DepthMeasure(fragments, options);
    return {
      OperationDefinition(operation) {
        const depth = measure.of(operation.selectionSet);
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
// 20) times what each of its items (`edges`) selects, a plain list of objects
// (municipalities, neighbours, ...) an assumed 20 items. A list of scalars or
// enums (Need.resourceTypes, SuggestionPreferences.themeCodes) counts as one field: it comes
// with its parent object, with nothing more to resolve, and counted as 20 it added 20 to each
// need of a page (the web app's /calls at 100 needs went over the limit on that alone).
const ASSUMED_LIST_SIZE = 20;

// The fields of a connection that hold its items, each counted per item of the page; the
// others (`totalCount`, `pageInfo`) once for the connection.
const PER_ITEM_FIELDS = new Set(['edges', 'nodes']);

// A size the client asks for counts as at least 1 and at most the largest page: a
// negative `first` must not cancel out the cost of its siblings.
const pageSize = (first: unknown, fallback: number) =>
  typeof first === 'number' ? Math.min(Math.max(first, 1), MAX_PAGE_SIZE) : fallback;

/**
 * The cost of each field. Outside production one introspection root field (one response
 * key: GraphiQL's `__schema`) costs 1 whatever it selects; each further aliased copy is
 * costed like any other field, so aliases cannot multiply a free introspection.
 */
function costEstimator(options: QueryLimitOptions) {
  let freeIntrospectionKey: string | undefined;
  // The cost of the per-item fields (`edges`, `nodes`) of the connection whose selection is
  // being estimated. graphql-query-complexity calls the estimator for every field of a
  // selection before the field that selects it, so the `edges` of a connection are added
  // here after those of any connection nested inside them were taken, and just before the
  // connection itself takes them.
  let perItemOfConnection = 0;
  return ({ type, field, node, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (options.introspection && INTROSPECTION_ROOT_FIELDS.has(field.name)) {
      const key = node.alias?.value ?? node.name.value;
      freeIntrospectionKey ??= key;
      if (key === freeIntrospectionKey) return 1;
    }
    const returns = getNamedType(field.type).name;
    if (returns.endsWith('Connection')) {
      // Only the items are multiplied by the page size: `totalCount` and `pageInfo` come
      // once per connection, however many items the page holds (they were multiplied too,
      // which made `needs(first: 100) { totalCount pageInfo { endCursor hasNextPage } … }`
      // cost 400 more than its items).
      const perItem = perItemOfConnection;
      perItemOfConnection = 0;
      const once = childComplexity - perItem;
      return 1 + once + pageSize(args.first, DEFAULT_PAGE_SIZE) * perItem;
    }
    if (type.name.endsWith('Connection') && PER_ITEM_FIELDS.has(field.name)) {
      const cost = 1 + childComplexity;
      perItemOfConnection += cost;
      return cost;
    }
    const isList = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
    if (isList && isLeafType(getNamedType(field.type))) return 1;
    if (isList && !type.name.endsWith('Connection')) {
      // A size left to the field's default counts at most the assumed 20: Need.responses
      // (default 100) took no `first` before it was paged and was counted 20, and counting
      // 100 would refuse the queries partners and the web app's desk already send.
      const asked = node.arguments?.some((argument) => argument.name.value === 'first');
      const size = asked ? args.first : Math.min(typeof args.first === 'number' ? args.first : ASSUMED_LIST_SIZE, ASSUMED_LIST_SIZE);
      return 1 + pageSize(size, ASSUMED_LIST_SIZE) * Math.max(childComplexity, 1);
    }
    return 1 + childComplexity;
  };
}

// How many fields the estimate walks, with fragments expanded, before it gives up: far
// above any real query, and a document beyond it is refused rather than run unestimated.
const MAX_ESTIMATED_FIELDS = 10_000;

// The variables an estimate reads: those inside a `first` argument (the page size, see
// costEstimator) and those of directives (@include and @skip leave fields out). The cost
// of an operation is the same for every request that gives them the same values.
function variablesOfTheEstimate(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inside = 0;
  const enter = () => void inside++;
  const leave = () => void inside--;
  visit(document, {
    Argument: {
      enter(argument) {
        if (argument.name.value === 'first') inside++;
      },
      leave(argument) {
        if (argument.name.value === 'first') inside--;
      },
    },
    Directive: { enter, leave },
    Variable(variable) {
      if (inside > 0) names.add(variable.name.value);
    },
  });
  return [...names];
}

// Per parsed document (Apollo keeps one parsed, validated copy of each query text and
// hands the same object to every request with that text): the variables its estimate
// reads, and the costs found so far by operation and those variables' values. Estimating
// walks the whole document with graphql's visitor on every request otherwise.
interface KnownCosts {
  variables: string[];
  costs: Map<string, number>;
}
const MAX_COSTS_PER_DOCUMENT = 256;

/**
 * The estimated cost of an operation with these variables (which must fit the schema); a
 * QUERY_TOO_LARGE error when the document has too many fields to estimate. Exported for the
 * test that holds the web app's own queries under the limit.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: QueryLimitOptions,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [costEstimator(options)],
      maxQueryNodes: MAX_ESTIMATED_FIELDS,
    });
  } catch {
    // The estimate walked too many fields: running such a document unestimated would
    // open the limit this plugin keeps.
    throw tooBig(`Query has more than ${MAX_ESTIMATED_FIELDS} fields once its fragments are expanded.`);
  }
}

const costTooBig = (cost: number, maxCost: number) =>
  tooBig(`Query cost is ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`);

/** Rejects operations whose estimated cost is above maxCost, before anything runs. */
export function complexityLimitPlugin(maxCost: number, options: QueryLimitOptions): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, KnownCosts>();
  const refuse = (cost: number) => {
    if (cost > maxCost) throw costTooBig(cost, maxCost);
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const variables = request.variables ?? {};
          let entry = known.get(document);
          if (!entry) {
            entry = { variables: variablesOfTheEstimate(document), costs: new Map() };
            known.set(document, entry);
          }
          // [value], or [] when not given (its default applies, where explicit null would not).
          const key = JSON.stringify([request.operationName ?? null, ...entry.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []))]);
          const cost = entry.costs.get(key);
          // Known: the estimate would read the same values. Other variables that do not fit
          // the schema are reported by execution, as below.
          if (cost !== undefined) return refuse(cost);
          // Variables that do not fit the schema: execution reports them as BAD_USER_INPUT.
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) return;
          const estimate = estimateCost(schema, document, request.operationName, variables, options);
          if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
          entry.costs.set(key, estimate);
          refuse(estimate);
        },
      };
    },
  };
}

/**
 * graphql's `subscribe` with the same cost limit as queries: graphql-ws runs none of Apollo's
 * plugins. An operation over the limit is answered QUERY_TOO_LARGE before it runs, as
 * graphql answers its own request errors. Every event of a subscription runs its whole
 * selection again, so an expensive one costs that much per event.
 */
export function subscribeWithinCost(maxCost: number, options: QueryLimitOptions) {
  return async (args: ExecutionArgs) => {
    const operation = getOperationAST(args.document, args.operationName);
    // Variables that do not fit the schema: graphql reports them as it does.
    if (!operation || getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}).errors) {
      return subscribe(args);
    }
    let cost: number;
    try {
      cost = estimateCost(args.schema, args.document, args.operationName, args.variableValues ?? {}, options);
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    return cost > maxCost ? { errors: [costTooBig(cost, maxCost)] } : subscribe(args);
  };
}
