import { graphql } from '../graphql';
import type { CreateNeedInput, CreateOfferInput } from '../graphql/graphql';
import { monthStart } from '../utils/days';
import { fittingOffer, KRANJ, needInput } from '../utils/fixtures';
import { postDocument, TypedDocument } from '../utils/http';
import { TEST_ADMIN_KEY } from '../utils/test-app';

const CREATE_ORGANIZATION = graphql(`
  mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation FaultsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);
const CREATE_NEED = graphql(`
  mutation FaultsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const CREATE_OFFER = graphql(`
  mutation FaultsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }
`);

/** An organization that posts one side of every pair, with its contact e-mail and (maybe) a webhook. */
export interface Party {
  id: string;
  email: string;
  /** The receiver's path of its webhook, or null without one. */
  hookPath: string | null;
}

/** A need and an offer that fit each other and nothing else (their own day). */
export interface PostedPair {
  index: number;
  needId: string;
  offerId: string;
}

/** A post that did not get its answer at first: the client tries again. */
export interface FailedAttempt {
  at: number;
  reason: string;
}

/** Sends one typed operation with the hub's key; throws on a transport error, a non-200 or a GraphQL error. */
export async function hubOperation<TResult, TVariables>(api: string, document: TypedDocument<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await postDocument(api, document, variables, { authorization: `Bearer ${TEST_ADMIN_KEY}` });
  if (response.status !== 200 || response.errors?.length || !response.data) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`);
  }
  return response.data;
}

/** The organizations of one burst: an NGO posting the needs, a company posting the offers. */
export async function createParties(api: string, label: string, hookUrl: ((path: string) => string) | null): Promise<{ needSide: Party; offerSide: Party }> {
  const party = async (sector: 'NGO' | 'COMPANY', side: string): Promise<Party> => {
    const email = `${label}-${side}@example.org`;
    const { createOrganization } = await hubOperation(api, CREATE_ORGANIZATION, {
      input: { name: `${label} ${side}`, sector, municipalityCode: KRANJ, email },
    });
    let hookPath: string | null = null;
    if (hookUrl) {
      hookPath = `/hooks/${label}/${side}`;
      await hubOperation(api, CREATE_WEBHOOK, { input: { organizationId: createOrganization.id, url: hookUrl(hookPath), events: ['SUGGESTION_CREATED'] } });
    }
    return { id: createOrganization.id, email, hookPath };
  };
  return { needSide: await party('NGO', 'needs'), offerSide: await party('COMPANY', 'offers') };
}

// From next month on: a need whose day has passed is refused, and a post is sent again until it is answered.
const FIRST_DAY = Date.parse(monthStart(1));
const DAY_MS = 86_400_000;
let nextDay = 0;

/**
 * Days no other pair of this test file uses: a need and an offer available on the same
 * single day fit each other, and the date filter keeps every other item out.
 */
function takeDays(count: number): string[] {
  const first = nextDay;
  nextDay += count;
  return Array.from({ length: count }, (_, index) => new Date(FIRST_DAY + (first + index) * DAY_MS).toISOString().slice(0, 10));
}

interface Post {
  pair: number;
  side: 'need' | 'offer';
}

/**
 * Posts `count` pairs (a need and an offer that fit each other) through the APIs,
 * `concurrency` clients at once, each client on one API in turn. A post that gets no
 * answer, or an error, is sent again until it is answered (what a partner system does),
 * and the failed attempt is recorded.
 */
export class PairBurst {
  readonly failures: FailedAttempt[] = [];
  private posted = 0;
  private readonly waiters: { count: number; resolve: () => void }[] = [];
  private readonly needIds: string[] = [];
  private readonly offerIds: string[] = [];
  private readonly days: string[];
  startedAt = 0;
  finishedAt = 0;

  constructor(
    private readonly apis: string[],
    private readonly parties: { needSide: Party; offerSide: Party },
    readonly count: number,
    private readonly options: { label: string; concurrency: number; retryForMs?: number },
  ) {
    this.days = takeDays(count);
  }

  /** How many posts were answered so far. */
  get answered(): number {
    return this.posted;
  }

  /** Resolves once that many posts were answered. */
  whenAnswered(count: number): Promise<void> {
    if (this.posted >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async run(): Promise<PostedPair[]> {
    this.startedAt = Date.now();
    const posts: Post[] = [];
    for (let pair = 0; pair < this.count; pair++) posts.push({ pair, side: 'need' }, { pair, side: 'offer' });
    let next = 0;
    await Promise.all(
      Array.from({ length: this.options.concurrency }, async (_, client) => {
        for (let post = posts[next++]; post; post = posts[next++]) await this.post(this.apis[client % this.apis.length], post);
      }),
    );
    this.finishedAt = Date.now();
    return Array.from({ length: this.count }, (_, index) => ({ index, needId: this.needIds[index], offerId: this.offerIds[index] }));
  }

  needInput(pair: number): CreateNeedInput {
    const { label } = this.options;
    return needInput(this.parties.needSide.id, { title: `Prevozi starejših ${label} ${pair}`, startsOn: this.days[pair], endsOn: this.days[pair] });
  }

  offerInput(pair: number): CreateOfferInput {
    const { label } = this.options;
    return { ...fittingOffer(this.parties.offerSide.id, `Prostovoljni prevozi starejših ${label} ${pair}`), availableFrom: this.days[pair], availableUntil: this.days[pair] };
  }

  private async post(api: string, post: Post): Promise<void> {
    const deadline = Date.now() + (this.options.retryForMs ?? 60_000);
    for (;;) {
      try {
        if (post.side === 'need') this.needIds[post.pair] = (await hubOperation(api, CREATE_NEED, { input: this.needInput(post.pair) })).createNeed.id;
        else this.offerIds[post.pair] = (await hubOperation(api, CREATE_OFFER, { input: this.offerInput(post.pair) })).createOffer.id;
        break;
      } catch (error) {
        const reason = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
        this.failures.push({ at: Date.now(), reason });
        if (Date.now() > deadline) throw new Error(`${post.side} ${post.pair} of ${this.options.label} was never answered: ${reason}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    this.posted++;
    for (const waiter of [...this.waiters]) {
      if (this.posted >= waiter.count) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }
}
