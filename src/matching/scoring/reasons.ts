// Why a component of a score is what it is, as a key and the facts it names (a theme, a
// municipality, dates, counts). Every match stores one per component, and an item lists up
// to a hundred matches; the reasons are put into words, Slovenian or English, only when
// someone reads them (the API, an e-mail).
import { formatDay } from '../../common/language/days';
import type { ScoringReference } from './scoring-reference';

export interface Explanation {
  sl: string;
  en: string;
}

export type Reason =
  // topic
  | readonly ['sharedTheme', string]
  | readonly ['sameSubject']
  | readonly ['sameThings']
  | readonly ['looselyRelated']
  // geography: the need's municipality, and how far it is from the offer's area
  | readonly ['covers', string]
  | readonly ['outsideArea', string, number]
  // time: the offer's availability (null: open), and the share of the need's period it covers (null: the need has no end)
  | readonly ['available', string | null, string | null, number | null]
  // sector
  | readonly ['anySector']
  | readonly ['preferredSector']
  | readonly ['otherSector']
  // budget: which of the offer's value and the need's budget is missing (none: a match scored
  // before the reason said which, still read)
  | readonly ['budgetUnknown', MissingMoney?]
  | readonly ['budgetShare', number]
  | readonly ['withinBudget']
  | readonly ['overBudget']
  // capacity: places free, of how many
  | readonly ['unlimitedCapacity']
  | readonly ['placesFree', number, number]
  // feedback
  | readonly ['declinedBefore']
  | readonly ['acceptedBefore']
  | readonly ['noAnswers']
  // Put into words already: matches scored before reasons were stored kept their sentences.
  | readonly ['said', string, string];

export type MissingMoney = 'offerValue' | 'needBudget' | 'both';

/**
 * A reason as it is said of an accepted pair, never stored. An accepted pair is not scored again
 * (its need is PARTNERED: no scoring reaches it; the store leaves it as both sides accepted it),
 * while its partnership took one of the places its capacity counted: "6 of 6 places free" on
 * the card of that very partnership read as the places free now.
 */
export type ShownReason =
  | Reason
  | readonly ['placesFreeBeforePartnership', number, number]
  // A topic reason said of a topic that holds the pair back (shownWithEffect in component-effect.ts).
  | readonly ['sharedThemePartly', string]
  | readonly ['sameSubjectPartly']
  | readonly ['sameThingsPartly'];

/** How an accepted pair's stored reason is said: its places free as they were before its partnership. */
export function reasonOfAcceptedPair(reason: Reason): ShownReason {
  return reason[0] === 'placesFree' ? ['placesFreeBeforePartnership', reason[1], reason[2]] : reason;
}

// Said of the pair to both sides: "Value or budget not given" sat beside a need's own budget,
// so each says which one is missing.
const BUDGET_UNKNOWN: Record<MissingMoney | 'either', Explanation> = {
  offerValue: { sl: 'Vrednost ponudbe ni navedena', en: "The offer's value is not given" },
  needBudget: { sl: 'Proračun potrebe ni naveden', en: "The need's budget is not given" },
  both: { sl: 'Niti vrednost ponudbe niti proračun potrebe nista navedena', en: "Neither the offer's value nor the need's budget is given" },
  either: { sl: 'Vrednost ponudbe ali proračun potrebe ni naveden', en: "The offer's value or the need's budget is not given" },
};

function availability(from: string | null, until: string | null): Explanation {
  if (!from && !until) return { sl: 'Na voljo brez časovne omejitve', en: 'Available with no time limit' };
  return {
    sl: `Na voljo ${from ? `od ${formatDay(from, 'sl')} ` : ''}${until ? `do ${formatDay(until, 'sl')}` : 'brez omejitve'}`.trim(),
    en: `Available ${from ? `from ${formatDay(from, 'en')} ` : ''}${until ? `until ${formatDay(until, 'en')}` : 'with no end date'}`.trim(),
  };
}

/** The reasons that name no facts: a key alone. */
type PlainReason = Extract<Reason, readonly [string]>[0];

const PLAIN: Record<PlainReason, Explanation> = {
  sameSubject: { sl: 'Opisa se vsebinsko ujemata', en: 'The descriptions are about the same subject' },
  sameThings: { sl: 'Opisa omenjata iste stvari, z drugimi besedami ali v drugem jeziku', en: 'The descriptions name the same things, in other words or in the other language' },
  looselyRelated: { sl: 'Vsebinsko se ujemata le malo', en: 'The subjects are only loosely related' },
  anySector: { sl: 'Sektor partnerja ni pomemben', en: 'No sector is preferred, so any partner is welcome' },
  preferredSector: { sl: 'Partner je iz želenega sektorja', en: 'The partner is from a preferred sector' },
  otherSector: { sl: 'Partner ni iz želenega sektorja', en: 'The partner is not from a preferred sector' },
  withinBudget: { sl: 'Vrednost je v okviru proračuna', en: 'The value fits the budget' },
  overBudget: { sl: 'Vrednost presega proračun', en: 'The value exceeds the budget' },
  unlimitedCapacity: { sl: 'Brez omejitve zmogljivosti', en: 'No capacity limit' },
  declinedBefore: { sl: 'Podobne predloge je ena od strani že zavrnila', en: 'One side has declined similar suggestions before' },
  acceptedBefore: { sl: 'Podobni predlogi so bili že sprejeti', en: 'Similar suggestions were accepted before' },
  noAnswers: { sl: 'Še ni odzivov na podobne predloge', en: 'No answers to similar suggestions yet' },
};

/**
 * The reason in words, naming themes and municipalities as the reference data does. Never with a
 * colon: a card and an e-mail write it after its component's name and one ("Vsebina: Skupna tema
 * je »Starejši«"), and "Vsebina: Skupna tema: starejši" read as two labels in a row. A Slovenian
 * theme's name is quoted as it is written: many are plural or adjectival ("Starejši", "Družine in
 * otroci"), and after "tema je" unquoted they read as if they should agree with it.
 */
export function explain(reason: ShownReason, names: ScoringReference): Explanation {
  switch (reason[0]) {
    case 'sharedTheme': {
      const [sl, en] = themeNames(reason[1], names);
      return { sl: `Skupna tema je ${sl}`, en: `Both work on ${en}` };
    }
    case 'sharedThemePartly': {
      const [sl, en] = themeNames(reason[1], names);
      return { sl: `Skupna tema je ${sl}, vendar se vsebini ujemata le deloma`, en: `Both work on ${en}, but the subjects match only in part` };
    }
    case 'sameSubjectPartly':
      return { sl: 'Opisa se vsebinsko ujemata le deloma', en: 'The descriptions are only partly about the same subject' };
    case 'sameThingsPartly':
      return { sl: 'Opisa omenjata nekaj istih stvari, vendar se vsebini ujemata le deloma', en: 'The descriptions name some of the same things, but the subjects match only in part' };
    case 'covers': {
      const place = names.municipalities.get(reason[1])?.name ?? reason[1];
      return { sl: `Ponudba pokriva občino ${place}`, en: `The offer covers ${place}` };
    }
    case 'outsideArea': {
      const place = names.municipalities.get(reason[1])?.name ?? reason[1];
      return { sl: `Občina ${place} je zunaj območja ponudbe (${reason[2]} km)`, en: `${place} is outside the offer's area (${reason[2]} km away)` };
    }
    case 'available': {
      const [, from, until, percent] = reason;
      const available = availability(from, until);
      if (percent === null) return available;
      return { sl: `${available.sl}; pokriva ${percent} % obdobja potrebe`, en: `${available.en}; covers ${percent}% of the need's period` };
    }
    case 'budgetUnknown':
      return BUDGET_UNKNOWN[reason[1] ?? 'either'];
    case 'budgetShare':
      return { sl: `Ponudba pokrije ${reason[1]} % proračuna`, en: `The offer covers ${reason[1]}% of the budget` };
    case 'placesFree':
      return { sl: `Število prostih mest je ${reason[1]} od ${reason[2]}`, en: `${reason[1]} of ${reason[2]} ${reason[2] === 1 ? 'place' : 'places'} free` };
    case 'placesFreeBeforePartnership':
      return {
        sl: `Število prostih mest je bilo pred sklenitvijo tega partnerstva ${reason[1]} od ${reason[2]}`,
        en: `${reason[1]} of ${reason[2]} ${reason[2] === 1 ? 'place' : 'places'} free before this partnership was formed`,
      };
    case 'said':
      return { sl: reason[1], en: reason[2] };
    default:
      return PLAIN[reason[0]];
  }
}

/** A theme's name as a reason says it: in Slovenian quoted as written, in English in lower case (its code when unknown). */
function themeNames(code: string, names: ScoringReference): [string, string] {
  const theme = names.themes.get(code);
  return theme ? [`»${theme.nameSl}«`, theme.nameEn.toLowerCase()] : [code, code];
}
