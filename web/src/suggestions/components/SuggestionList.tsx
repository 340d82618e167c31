import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PhoneLink } from '../../app/PhoneLink';
import { useSession } from '../../app/session';
import type { DeclineReason, SuggestionFieldsFragment } from '../../graphql/graphql';
import { formatChance, formatDate, formatPeriod } from '../../i18n/format';
import { apiLanguage } from '../../i18n/language';
import { offerFull } from '../../offers/capacity';
import { OfferFullNotice } from '../../offers/components/OfferFullNotice';
import { RespondToMatchMutation } from '../graphql/mutations/respondToMatch';
import { suggestionRowId } from '../hooks/use-suggestion-target';
import { chanceAtBest, reasonsOf } from '../reasons';
import { DeclineDialog } from './DeclineDialog';
import classes from './suggestions.module.css';

export type Side = 'need' | 'offer';

/**
 * The suggestions of one need or offer, best first, each with the other side's item. Rows are
 * plain HTML (only the two buttons are components) so a hundred of them stay light.
 */
export function SuggestionList({
  side,
  organizationId,
  suggestions,
  open = true,
  target = null,
}: {
  side: Side;
  organizationId: string;
  suggestions: SuggestionFieldsFragment[];
  /** The item is OPEN: new suggestions may still come. A closed, expired or partnered one gets none. */
  open?: boolean;
  /** The suggestion a link led to (useSuggestionTarget): its row is marked, and may take the focus. */
  target?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [respond] = useMutation(RespondToMatchMutation);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [declining, setDeclining] = useState<SuggestionFieldsFragment | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // The row just answered: its buttons give way to a status, which takes the keyboard focus.
  const [answered, setAnswered] = useState<string | null>(null);

  const answer = async (matchId: string, decision: 'ACCEPT' | 'DECLINE', declineReason?: DeclineReason | null, reason?: string) => {
    if (busy.has(matchId)) return; // one answer per click, however fast the clicks
    setBusy((current) => new Set(current).add(matchId));
    setFailure(null);
    setAnswered(null);
    try {
      await respond({
        variables: {
          input: { matchId, decision, organizationId, declineReason: declineReason ?? null, reason: reason?.trim() ? reason.trim() : null },
          language: apiLanguage(i18n.language),
        },
      });
      setAnswered(matchId);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(matchId);
        return next;
      });
    }
  };

  // Best first, so the suggested ones come first; the weaker candidates under a heading of their own.
  const suggested = suggestions.filter((suggestion) => suggestion.recommended);
  const weaker = suggestions.filter((suggestion) => !suggestion.recommended);
  const rows = (list: SuggestionFieldsFragment[]) =>
    list.map((suggestion) => (
      <SuggestionRow
        key={suggestion.id}
        side={side}
        suggestion={suggestion}
        busy={busy.has(suggestion.id)}
        landed={target === suggestion.id}
        onAccept={() => void answer(suggestion.id, 'ACCEPT')}
        onDecline={() => setDeclining(suggestion)}
        focusStatus={answered === suggestion.id}
        onStatusFocused={() => setAnswered(null)}
      />
    ));

  return (
    <>
      {failure !== null && <ErrorNotice error={failure} />}
      {/* No suggestion sent yet, perhaps only weaker candidates: say so above them. */}
      {suggested.length > 0 ? <ol className={classes.list}>{rows(suggested)}</ol> : <p>{t(open ? 'suggestions.none' : 'suggestions.noneClosed')}</p>}
      {weaker.length > 0 && (
        <section aria-labelledby="weaker-candidates">
          <h3 id="weaker-candidates" className={classes.groupTitle}>
            {t('suggestions.weakerTitle')}
          </h3>
          <p className={classes.groupIntro}>{t('suggestions.weakerIntro')}</p>
          <ol className={classes.list}>{rows(weaker)}</ol>
        </section>
      )}
      <DeclineDialog
        opened={declining !== null}
        onClose={() => setDeclining(null)}
        onDecline={(declineReason, reason) => {
          const target = declining;
          setDeclining(null);
          if (target) void answer(target.id, 'DECLINE', declineReason, reason);
        }}
      />
    </>
  );
}

function SuggestionRow({
  side,
  suggestion,
  busy,
  landed,
  onAccept,
  onDecline,
  focusStatus,
  onStatusFocused,
}: {
  side: Side;
  suggestion: SuggestionFieldsFragment;
  busy: boolean;
  landed: boolean;
  onAccept(): void;
  onDecline(): void;
  /** Just answered: once the status replaces the buttons, focus it (the button pressed is gone). */
  focusStatus: boolean;
  onStatusFocused(): void;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const language = i18n.language;
  const own = side === 'need' ? suggestion.needDecision : suggestion.offerDecision;
  const other = side === 'need' ? suggestion.offerDecision : suggestion.needDecision;
  const open = suggestion.status === 'SUGGESTED' || suggestion.status === 'INTERESTED';
  // Only a pair of an OPEN need and an OPEN offer can be answered. The other pairs of a need
  // that just partnered stay SUGGESTED until the worker re-scores it, but the answer that formed
  // the partnership brought the need's new status into the cache, which every row reads.
  const closedItem = suggestion.need.status !== 'OPEN' ? 'need' : suggestion.offer.status !== 'OPEN' ? 'offer' : null;
  const item =
    side === 'need'
      ? { kind: 'offer', ...suggestion.offer, from: suggestion.offer.availableFrom, until: suggestion.offer.availableUntil }
      : { kind: 'need', ...suggestion.need, from: suggestion.need.startsOn, until: suggestion.need.endsOn };
  const heading =
    item.kind === 'need'
      ? t('suggestions.needIsLooking', { organization: item.organization.name, title: item.title })
      : t('suggestions.offerOffers', { organization: item.organization.name, title: item.title });
  const period = formatPeriod(item.from, item.until, language, t);
  // The partnership of an accepted suggestion once it has ended, said with the day it ended.
  const ended = suggestion.partnership && suggestion.partnership.status !== 'ACTIVE' ? suggestion.partnership : null;
  // Hub staff see an item's suggestions without being either side: nobody asks them to get in touch.
  const party = me.memberships.some((membership) => membership.organization.id === suggestion.need.organization.id || membership.organization.id === suggestion.offer.organization.id);
  // What holds the pair back and what fits, apart: one list of reasons "why it fits" under a low
  // chance read as a contradiction. A pair less likely good than not opens with what holds it back.
  // A reason says what it does to the chance, not its own score: "Vsebina (73 %)" under what lowers
  // it beside "Čas (60 %)" under what fits read as a contradiction too.
  const reasons = reasonsOf(suggestion.components);
  const groups = (suggestion.score < 0.5 ? (['lowers', 'fits', 'neutral'] as const) : (['fits', 'lowers', 'neutral'] as const)).filter((group) => reasons[group].length > 0);
  const headingId = `suggestion-${suggestion.id}`;
  // No place left in the offer: an acceptance that would form the partnership is refused (OFFER_FULL), a first one is only interest.
  const full = offerFull(suggestion.offer);
  const fullNoteId = `suggestion-${suggestion.id}-full`;
  const status = useRef<HTMLParagraphElement>(null);
  // The answer's result may reach the row before or after the mutation settles: try on both.
  useEffect(() => {
    if (!focusStatus || !status.current) return;
    status.current.focus();
    onStatusFocused();
  }, [focusStatus, onStatusFocused, suggestion.status, own]);

  return (
    <li id={suggestionRowId(suggestion.id)} className={landed ? `${classes.row} ${classes.landed}` : classes.row} tabIndex={landed ? -1 : undefined} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        <Link to={`/${item.kind === 'need' ? 'needs' : 'offers'}/${item.id}`}>{heading}</Link>
      </h3>
      <p className={classes.description}>{item.description}</p>
      <dl className={classes.facts}>
        <dt>{t('common.where')}</dt>
        <dd>{item.municipality.name}</dd>
        <dt>{t('common.when')}</dt>
        <dd>{period}</dd>
      </dl>
      <p className={classes.chance}>
        {t('suggestions.chance')}: <strong>{formatChance(suggestion.score, language)}</strong>
      </p>
      {/* An accepted pair is not scored again: its chance and reasons are what both sides accepted,
          and its partnership has since taken one of the places its capacity counted. */}
      {suggestion.status === 'ACCEPTED' && <p className={classes.asAccepted}>{t('suggestions.asAccepted')}</p>}
      {groups.map((group) => (
        <div key={group} className={classes.why}>
          <p id={`${headingId}-${group}`} className={classes.whyTitle}>
            {t(`suggestions.reasons.${group}`)}:
          </p>
          <ul aria-labelledby={`${headingId}-${group}`}>
            {reasons[group].map((component) => {
              const without = group === 'lowers' ? chanceAtBest(suggestion.score, component) : null;
              return (
                <li key={component.name}>
                  <strong>{t(`component.${component.name}`, { defaultValue: component.name })}</strong>: {component.explanation}
                  {without !== null && ` (${t('suggestions.reasons.atBest', { chance: formatChance(without, language) })})`}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {suggestion.status === 'ACCEPTED' ? (
        <div className={classes.contacts}>
          {/* Once the partnership has ended, say so: the contacts stay, the invitation to get in touch does not. */}
          <p ref={status} tabIndex={-1}>
            {ended
              ? ended.endedAt
                ? t(`suggestions.partnership${ended.status}On`, { date: formatDate(ended.endedAt, language) })
                : t(`suggestions.partnership${ended.status}`)
              : t(party ? 'suggestions.bothAccepted' : 'suggestions.bothAcceptedHub')}
          </p>
          {suggestion.contacts.map((contact) => (
            <p key={`${contact.name}-${contact.email ?? ''}`}>
              <strong>{t('suggestions.contacts')}:</strong> {contact.name}
              {contact.email && (
                <>
                  {' · '}
                  {t('suggestions.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
              {contact.phone && (
                <>
                  {' · '}
                  {t('suggestions.phone')}: <PhoneLink phone={contact.phone} />
                </>
              )}
            </p>
          ))}
        </div>
      ) : suggestion.status === 'DECLINED' ? (
        <p ref={status} tabIndex={-1} className={classes.state}>
          {t('suggestions.declined')}
          {suggestion.declineReason ? `: ${t(`declineReason.${suggestion.declineReason}`)}` : ''}
        </p>
      ) : !open ? (
        <p ref={status} tabIndex={-1} className={classes.state}>
          {t(`status.${suggestion.status}`)}
        </p>
      ) : closedItem ? (
        <p ref={status} tabIndex={-1} className={classes.state}>
          {closedItem === 'need' && suggestion.need.status === 'PARTNERED' ? t('suggestions.needPartnered') : t(`suggestions.notOpen.${closedItem}`)}
        </p>
      ) : other === 'ACCEPT' && full ? (
        // This acceptance would form the partnership, for which the offer has no place left.
        <>
          <p className={classes.state}>{t('suggestions.otherAccepted')}</p>
          <OfferFullNotice className={classes.state} offerId={suggestion.offer.id} own={side === 'offer'} />
          <div className={classes.actions}>
            <button type="button" className={classes.decline} onClick={onDecline} disabled={busy} aria-describedby={headingId}>
              {t('suggestions.decline')}
            </button>
          </div>
        </>
      ) : own === 'ACCEPT' ? (
        <>
          <p ref={status} tabIndex={-1} className={classes.state}>
            {t('suggestions.youAccepted')}
          </p>
          {/* Taken as interest: the other side's acceptance is refused until the offer has a place. */}
          {full && <OfferFullNotice className={classes.state} offerId={suggestion.offer.id} own={side === 'offer'} stage="accepted" />}
        </>
      ) : (
        <>
          {other === 'ACCEPT' && <p className={classes.state}>{t('suggestions.otherAccepted')}</p>}
          {/* The first acceptance of a pair with a full offer forms nothing: the API records it as interest. */}
          {full && <OfferFullNotice className={classes.state} id={fullNoteId} offerId={suggestion.offer.id} own={side === 'offer'} stage="interest" />}
          {/* Plain buttons: a hundred rows of component buttons would weigh on the page. Named
              "Sprejmi" / "Zavrni" as partners' scripts find them (SPEC.md section 8), and described
              by their row's heading: a list of them said nothing of which suggestion each answers. */}
          <div className={classes.actions}>
            <button type="button" className={classes.accept} onClick={onAccept} disabled={busy} aria-busy={busy || undefined} aria-describedby={full ? `${headingId} ${fullNoteId}` : headingId}>
              {t('suggestions.accept')}
            </button>
            <button type="button" className={classes.decline} onClick={onDecline} disabled={busy} aria-describedby={headingId}>
              {t('suggestions.decline')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
