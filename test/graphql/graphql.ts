/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a scoped API key may change (see ApiKey.scopes); reading needs no scope. */
export type ApiKeyScope =
  /** Answer suggestions, respond to needs and answer the responses, and end partnerships: respondToMatch, respondToNeed, acceptResponse, declineResponse, withdrawResponse, endPartnership. */
  | 'ANSWERS'
  /** Post, change and withdraw needs and offers: createNeed(s), updateNeed(s), closeNeed, createOffer(s), updateOffer(s), closeOffer. */
  | 'POSTINGS'
  /** Manage how suggestions reach the organization: its webhooks (createWebhook, updateWebhook, deleteWebhook, sendTestWebhook) and its suggestion e-mails (updateSuggestionPreferences). */
  | 'WEBHOOKS';

/** A new API key for a partner system: the token is shown once, in the answer. */
export type CreateApiKeyInput = {
  /** What the key is for, e.g. "Municipality portal": 1 to 100 characters, one line. */
  name: string;
  /** The organization the key acts for; leave out for a hub key (hub only). */
  organizationId?: string | number | null | undefined;
  /** What the key may change; leave out for a key that may do everything its organization's members (or the hub) may. [] makes a read-only key. A mutation outside its scopes answers FORBIDDEN with extensions.reason API_KEY_SCOPE and extensions.scope, the scope it needs (null: only a key without scopes). */
  scopes?: Array<ApiKeyScope> | null | undefined;
};

/** A new need: it is OPEN and matched at once. */
export type CreateNeedInput = {
  /** Budget in EUR, 0 or more; null is unknown. */
  budgetEur?: number | null | undefined;
  /** What is needed, for whom, and what a partner would do: 1 to 5,000 characters, Slovenian or English. */
  description: string;
  /** yyyy-mm-dd. Not before today (in Slovenia; isNotPast), startsOn nor respondBy; null is open-ended. An update may send a stored day that has since passed again unchanged. */
  endsOn?: string | null | undefined;
  /** Your own id for it (1 to 100 characters, spaces at either end trimmed), so that a call repeated after a timeout or a lost answer stores nothing twice: an externalId your organization has already used returns the item stored the first time, as it is now, whatever else this input says (change it with the update mutation). Unique per organization; within one bulk call each must differ. Left out or null: no such check. */
  externalId?: string | null | undefined;
  /** Default LOCAL_CHALLENGE. */
  kind?: NeedKind | null | undefined;
  /** Where the need is: a 3-digit code from the municipalities query. */
  municipalityCode: string;
  /** The organization that posts the need (yours, unless you are the hub). */
  organizationId: string | number;
  /** Preferred partner sectors; empty means any. */
  preferredSectors?: Array<Sector> | null | undefined;
  /** What is asked for; at least one. */
  resourceTypes: Array<ResourceType>;
  /** Answers (respondToNeed) are welcome until the end of this day, Slovenian time (yyyy-mm-dd): not before today (in Slovenia; isNotPast) nor after endsOn. After it they are refused (CONFLICT, reason RESPONSES_CLOSED) while the need stays OPEN and matched. Null: until the need closes. An update may send a stored day that has since passed again unchanged. */
  respondBy?: string | null | undefined;
  /** yyyy-mm-dd; null is open-ended. */
  startsOn?: string | null | undefined;
  /** Theme codes from the themes query, at most 20; leave empty to let the matcher infer them from the text. */
  themeCodes?: Array<string> | null | undefined;
  /** A short title: 3 to 200 characters on one line. Line breaks and tabs become one space each run and spaces at either end are trimmed; other control characters and invisible direction marks (bidirectional overrides and isolates) are refused (isSingleLine). */
  title: string;
};

/** A new offer: it is OPEN and matched at once. */
export type CreateOfferInput = {
  /** yyyy-mm-dd; null is open-ended. */
  availableFrom?: string | null | undefined;
  /** yyyy-mm-dd, not before availableFrom; null is open-ended. */
  availableUntil?: string | null | undefined;
  /** How many partnerships it can serve at once (1 or more); null is unlimited. */
  capacity?: number | null | undefined;
  /** What is offered, to whom, and on what terms: 1 to 5,000 characters, Slovenian or English. */
  description: string;
  /** Your own id for it (1 to 100 characters, spaces at either end trimmed), so that a call repeated after a timeout or a lost answer stores nothing twice: an externalId your organization has already used returns the item stored the first time, as it is now, whatever else this input says (change it with the update mutation). Unique per organization; within one bulk call each must differ. Left out or null: no such check. */
  externalId?: string | null | undefined;
  /** The offer's home: a 3-digit code from the municipalities query. */
  municipalityCode: string;
  /** The organization that gives the offer (yours, unless you are the hub). */
  organizationId: string | number;
  /** Default LOCAL. Ignored when serviceAreaCodes is given. */
  reach?: Reach | null | undefined;
  /** What is given; at least one. */
  resourceTypes: Array<ResourceType>;
  /** Explicit service area (municipality codes); when given, it decides where the offer serves. */
  serviceAreaCodes?: Array<string> | null | undefined;
  /** Theme codes from the themes query, at most 20; leave empty to let the matcher infer them from the text. */
  themeCodes?: Array<string> | null | undefined;
  /** A short title: 3 to 200 characters on one line. Line breaks and tabs become one space each run and spaces at either end are trimmed; other control characters and invisible direction marks (bidirectional overrides and isolates) are refused (isSingleLine). */
  title: string;
  /** Value in EUR, 0 or more; null is unknown. */
  valueEur?: number | null | undefined;
};

/** A new organization (hub staff only). It starts unverified. */
export type CreateOrganizationInput = {
  /** Contact person: 1 to 200 characters, one line, its spaces trimmed as the name's are. Shown to partners only after both sides agree. */
  contactName?: string | null | undefined;
  /** What the organization does, up to 5,000 characters. */
  description?: string | null | undefined;
  /** Contact e-mail: suggestions are sent here. Shown to partners only after both sides agree. */
  email?: string | null | undefined;
  /** Municipality of the seat: a 3-digit code from the municipalities query. */
  municipalityCode: string;
  /** The name: 2 to 200 characters, one line (no line breaks, tabs, other control characters or invisible direction marks). Spaces at either end are trimmed and each run of spaces inside becomes one space. */
  name: string;
  /** Contact phone. Shown to partners only after both sides agree. */
  phone?: string | null | undefined;
  /** Matična številka: 7 or 10 digits. */
  registrationNumber?: string | null | undefined;
  /** The sector; updateOrganization cannot change it. */
  sector: Sector;
  /** Davčna številka: 8 digits with a valid check digit. It may be written as a VAT number, with the "SI" prefix (any case) and spaces ("SI 1234 5679"): the 8 digits are stored. */
  taxNumber?: string | null | undefined;
  /** Theme codes from the themes query, at most 20. */
  themeCodes?: Array<string> | null | undefined;
  /** The web site: an http:// or https:// address, up to 500 characters. */
  website?: string | null | undefined;
};

/** A new webhook: the answer carries its signing secret, shown once. */
export type CreateWebhookInput = {
  /** The events to receive; at least one. */
  events: Array<WebhookEvent>;
  /** The organization whose events are sent (yours, unless you are the hub). */
  organizationId: string | number;
  /** Where events are POSTed: up to 2,000 characters; in production https, to a public address. */
  url: string;
};

/** Why a suggestion was declined: not relevant, no capacity, too far, bad timing, or other (say why in `reason`). */
export type DeclineReason =
  /** The suggestion does not fit what the organization does or needs. */
  | 'NOT_RELEVANT'
  /** The organization cannot take on another partnership now. */
  | 'NO_CAPACITY'
  /** Another reason, given in words. */
  | 'OTHER'
  /** The dates do not suit. */
  | 'TIMING'
  /** The other side is too far away. */
  | 'TOO_FAR';

/** The password of the signed-in person, typed again to delete their account, and the language of the e-mail that confirms it. */
export type DeleteAccountInput = {
  /** The language of the e-mail that confirms the deletion. */
  language?: MessageLanguage;
  /** The account’s password (up to 200 characters), as for login. */
  password: string;
};

/** How a delivery reaches its recipient. */
export type DeliveryChannel =
  /** An e-mail to one address: the organization's contact address or one of its members'. */
  | 'EMAIL'
  /** A signed POST to one of the organization's webhooks. */
  | 'WEBHOOK';

/** What a delivery tells its recipient. */
export type DeliveryKind =
  /** One side accepted a match. */
  | 'MATCH_ACCEPTED'
  /** The other side marked the partnership COMPLETED or CANCELLED. */
  | 'PARTNERSHIP_ENDED'
  /** Both sides accepted a match, or a response was accepted: the partnership and its contacts. */
  | 'PARTNERSHIP_FORMED'
  /** Suggestions left unanswered for two weeks. */
  | 'REMINDER'
  /** The need the organization responded to was closed, expired or partnered before its organization answered: the response was not accepted (status CLOSED). */
  | 'RESPONSE_CLOSED'
  /** The need's organization declined the organization's response (declineResponse). */
  | 'RESPONSE_DECLINED'
  /** An organization responded directly to one of the organization's needs (respondToNeed). */
  | 'RESPONSE_RECEIVED'
  /** The organization that responded to one of the organization's needs took its response back (withdrawResponse). */
  | 'RESPONSE_WITHDRAWN'
  /** A new match above the sending threshold. */
  | 'SUGGESTION'
  /** A test event sent by sendTestWebhook. */
  | 'TEST';

/** PENDING → SENDING → SENT; a failed attempt goes back to PENDING until the last attempt, then FAILED. SKIPPED was not sent on purpose. */
export type DeliveryStatus =
  /** Gave up after the last attempt; lastError says why. */
  | 'FAILED'
  /** Waiting to be sent: now, at its next attempt, or in the next digest. */
  | 'PENDING'
  /** Claimed by a worker that is sending it. */
  | 'SENDING'
  /** Handed over: the SMTP server took the e-mail, or the webhook answered with a 2xx status. */
  | 'SENT'
  /** Not sent on purpose (e-mail is off, the address unsubscribed, or the match or response was answered or expired first); lastError says why. */
  | 'SKIPPED';

/** How suggestion e-mails arrive: each at once, in a daily or a weekly digest, or never. */
export type DigestFrequency =
  /** One e-mail a day listing the suggestions held since the last one; the day starts at 07:00 Ljubljana time. */
  | 'DAILY'
  /** One e-mail per suggestion, as soon as it is found. */
  | 'IMMEDIATE'
  /** No suggestion e-mails; webhooks and the suggestionAdded subscription still carry suggestions. */
  | 'NEVER'
  /** One e-mail a week listing the suggestions held since the last one; the week starts on Monday at 07:00 Ljubljana time. */
  | 'WEEKLY';

/** Ends an active partnership: completed, or cancelled. */
export type EndPartnershipInput = {
  /** The ACTIVE partnership to end. */
  id: string | number;
  /** What came of it, in your own words, for the hub's reports (up to 2,000 characters). Both organizations and the hub see it, and the other side gets it by e-mail. Kept as it was when not given. */
  outcomeNote?: string | null | undefined;
  /** COMPLETED (the work was done) or CANCELLED (it did not happen). */
  status: PartnershipEnding;
};

/** The organization to erase, and its name repeated as the confirmation. */
export type EraseOrganizationInput = {
  /** The organization to erase. */
  id: string | number;
  /** The organization's current name, exactly as it is stored (letter case and diacritics too; spaces at either end and runs of spaces count as in a name). A different one is refused with BAD_USER_INPUT on this field and nothing is erased: a stray id cannot erase an organization. */
  nameConfirmation: string;
};

/** An invitation e-mailed to a person: its link lets them join the organization (or the hub staff) with the role given. */
export type InviteMemberInput = {
  /** The e-mail address to invite, up to 254 characters. */
  email: string;
  /** The language of the invitation e-mail. */
  language?: MessageLanguage;
  /** The organization to join; leave out to invite hub staff (hub only). */
  organizationId?: string | number | null | undefined;
  /** The role the person will have; default MEMBER. */
  role?: Role;
};

/** A person's e-mail address and password. */
export type LoginInput = {
  /** The e-mail address the person signed up with. */
  email: string;
  /** The password (up to 200 characters). */
  password: string;
};

/** One side's answer to a suggestion. */
export type MatchDecision =
  /** Interested in this partnership; when the other side has accepted too, the partnership forms. */
  | 'ACCEPT'
  /** Not interested: the match becomes DECLINED for both sides. */
  | 'DECLINE';

/** SUGGESTED → INTERESTED (one side accepted) → ACCEPTED (both); or DECLINED, or EXPIRED (the pair no longer passes the hard constraints). */
export type MatchStatus =
  /** Both sides accepted: a partnership formed and the contacts are shown. Final, and not scored again: its score and components stay those both sides accepted. */
  | 'ACCEPTED'
  /** One side declined (with a reason). Final: it is no longer listed, and not scored again: its score and components stay those it was declined on. */
  | 'DECLINED'
  /** Re-scoring no longer found the pair (an item changed, closed or expired); an INTERESTED pair expires only when it no longer passes the hard constraints (its need or offer is no longer OPEN, no resource type in common, dates that no longer overlap), not when its score dips. A later re-score that finds the pair again makes it SUGGESTED (or INTERESTED, when a side had accepted) again. */
  | 'EXPIRED'
  /** One side accepted and the other has not answered. Both accepting makes it ACCEPTED; either declining makes it DECLINED. */
  | 'INTERESTED'
  /** Scored and listed; neither side has answered yet. */
  | 'SUGGESTED';

/** Slovenian (the default) or English. */
export type MessageLanguage =
  /** English. */
  | 'EN'
  /** Slovenian. */
  | 'SL';

/** All given conditions must hold; a list matches any of its values. */
export type NeedFilter = {
  /** Leave out this organization's own (open calls of the others). */
  excludeOrganizationId?: string | number | null | undefined;
  /** true: only needs with at least one response waiting for an answer (PENDING); false: only needs with none; left out: both. Only with the reader's own organizationId, or for the hub (those who read Need.responses); FORBIDDEN otherwise. */
  hasPendingResponses?: boolean | null | undefined;
  /** Needs of any of these kinds; left out or empty: every kind. */
  kinds?: Array<NeedKind> | null | undefined;
  /** In any of these municipalities (3-digit codes, up to 212). */
  municipalityCodes?: Array<string> | null | undefined;
  /** true: only needs that take responses now (OPEN, and respondBy null or not yet past: today in Slovenia still counts), as respondToNeed does; false: only those that do not. Left out: both. */
  openForResponses?: boolean | null | undefined;
  /** Only this organization's own. */
  organizationId?: string | number | null | undefined;
  /** Asking for or giving any of these resource types. */
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Only needs this organization responded to (respondToNeed), whatever became of its response: what it answered, read with ownResponse(organizationId). For that organization's members and the hub; FORBIDDEN otherwise. */
  respondedByOrganizationId?: string | number | null | undefined;
  /** Needs in any of these statuses; left out or empty: every status. */
  statuses?: Array<NeedStatus> | null | undefined;
  /** Words the title or description contains, every one of them, in any order and in any of their forms, at the start of a word ("prevoz starejšim" finds "Prevozi starejših", "festivala" finds "festival", "šport" not "transport"); case and accents ignored, tabs and line breaks read as spaces; function words such as "za" or "the" are left out. A text with % _ or \ is looked for as typed, in one piece. Up to 200 characters. */
  text?: string | null | undefined;
  /** Any of these themes or their sub-themes (up to 50 codes), among the themes the posting was given: not those the matcher reads into a text posted without themes (use text for those). */
  themeCodes?: Array<string> | null | undefined;
};

/** A local challenge, a public service to be delivered, or a call for project partners. */
export type NeedKind =
  /** A call for project partners, which organizations answer with respondToNeed. */
  | 'CALL_FOR_PARTNERS'
  /** A problem in the community that the organization wants help with. */
  | 'LOCAL_CHALLENGE'
  /** A public service to be delivered, for example by an NGO. */
  | 'PUBLIC_SERVICE';

/** DRAFT → OPEN → PARTNERED, CLOSED (by its owner) or EXPIRED (its dates passed). */
export type NeedStatus =
  /** Withdrawn by its owner (closeNeed): no longer matched or suggested, and no longer editable. */
  | 'CLOSED'
  /** Reserved for a need not yet published (still editable); the API creates needs OPEN, so no mutation sets it today. */
  | 'DRAFT'
  /** Its endsOn date passed while it was OPEN: no longer matched or suggested. */
  | 'EXPIRED'
  /** Matched, suggested and open to responses; a created need is OPEN at once, and a PARTNERED one is OPEN again when its only partnership is cancelled. */
  | 'OPEN'
  /** A partnership formed (an accepted match or response): no longer matched, and no longer editable. */
  | 'PARTNERED';

/** All given conditions must hold; a list matches any of its values. */
export type OfferFilter = {
  /** Leave out this organization's own offers: only the other organizations' offers. */
  excludeOrganizationId?: string | number | null | undefined;
  /** Offers whose home is one of these municipalities (3-digit codes, up to 212); the service area is not searched. */
  municipalityCodes?: Array<string> | null | undefined;
  /** Only this organization's own. */
  organizationId?: string | number | null | undefined;
  /** Offers with any of these reaches; left out or empty: every reach. */
  reaches?: Array<Reach> | null | undefined;
  /** Asking for or giving any of these resource types. */
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Offers in any of these statuses; left out or empty: every status. */
  statuses?: Array<OfferStatus> | null | undefined;
  /** Words the title or description contains, every one of them, in any order and in any of their forms, at the start of a word ("prevoz starejšim" finds "Prevozi starejših", "festivala" finds "festival", "šport" not "transport"); case and accents ignored, tabs and line breaks read as spaces; function words such as "za" or "the" are left out. A text with % _ or \ is looked for as typed, in one piece. Up to 200 characters. */
  text?: string | null | undefined;
  /** Any of these themes or their sub-themes (up to 50 codes), among the themes the posting was given: not those the matcher reads into a text posted without themes (use text for those). */
  themeCodes?: Array<string> | null | undefined;
};

/** OPEN → CLOSED (by its owner) or EXPIRED (its availability passed). */
export type OfferStatus =
  /** Withdrawn by its owner (closeOffer): no longer matched or suggested, and no longer editable. */
  | 'CLOSED'
  /** Its availableUntil date has passed: no longer matched or suggested. */
  | 'EXPIRED'
  /** Matched and suggested; a created offer is OPEN at once. */
  | 'OPEN';

/** All given conditions must hold; a list matches any of its values. */
export type OrganizationFilter = {
  /** Hub staff only. True: organizations with at least one member; false: with none (e.g. whose first invitation was never accepted). */
  hasMembers?: boolean | null | undefined;
  /** Organizations seated in any of these municipalities (3-digit codes, up to 212). */
  municipalityCodes?: Array<string> | null | undefined;
  /** Organizations in any of these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Words the name or description contains, every one of them, in any order and in any of their forms, at the start of a word ("občine" finds "Občina Bled", "gasilskega" finds "Gasilsko društvo"); case and accents ignored, tabs and line breaks read as spaces; function words left out. A text with % _ or \ is looked for as typed, in one piece. Up to 200 characters. */
  text?: string | null | undefined;
  /** Organizations with any of these themes or their sub-themes. */
  themeCodes?: Array<string> | null | undefined;
  /** True: only organizations the hub verified; false: only unverified ones; left out: both. */
  verified?: boolean | null | undefined;
};

/** Who ended a partnership (endPartnership): one of its two organizations, or the hub. */
export type PartnershipEnder =
  /** The hub: its staff (also staff who are members of either organization), a hub key or the bootstrap key. */
  | 'HUB'
  /** A member or an API key of the need's organization (Partnership.needOrganization). */
  | 'NEED_ORGANIZATION'
  /** A member or an API key of the partner organization (Partnership.partnerOrganization). */
  | 'PARTNER_ORGANIZATION';

/** COMPLETED: the work was done. CANCELLED: it did not happen, and the need (if still PARTNERED) is open again for other partners. Either way the offer's place is free again. */
export type PartnershipEnding =
  /** It did not happen; a PARTNERED need with no other active partnership is OPEN again. */
  | 'CANCELLED'
  /** The work was done. */
  | 'COMPLETED';

/** ACTIVE when formed; COMPLETED (done) or CANCELLED (it did not happen) when either side ends it. */
export type PartnershipStatus =
  /** Formed by a mutually accepted match or an accepted response, and not yet ended. */
  | 'ACTIVE'
  /** Ended by either side (endPartnership): it did not happen. */
  | 'CANCELLED'
  /** Ended by either side (endPartnership): the work was done. */
  | 'COMPLETED';

/** Where an offer can serve. LOCAL: its municipality, the bordering ones and those within about 20 km of its seat; REGIONAL: its statistical region; NATIONAL: all of Slovenia. An explicit service area decides instead. */
export type Reach =
  /** Its municipality, the municipalities bordering it and those within about 20 km of its seat. */
  | 'LOCAL'
  /** All of Slovenia. */
  | 'NATIONAL'
  /** Every municipality in its municipality's statistical region. */
  | 'REGIONAL';

/** A new password, set with the token from a password reset e-mail. */
export type ResetPasswordInput = {
  /** The new password: 12 to 200 characters. */
  password: string;
  /** The token of the link requestPasswordReset e-mailed. */
  token: string;
};

/** What a need asks for and an offer gives. */
export type ResourceType =
  /** Equipment: things to use. */
  | 'EQUIPMENT'
  /** Professional knowledge and skills, for example pro-bono expertise from a company. */
  | 'EXPERTISE'
  /** Money. Distance counts for less when a need asks only for FUNDING or PROJECT_PARTNERSHIP. */
  | 'FUNDING'
  /** Space to use. */
  | 'PREMISES'
  /** Being a partner in a project. */
  | 'PROJECT_PARTNERSHIP'
  /** Delivering a service, for example an NGO delivering a public service. */
  | 'SERVICE_DELIVERY'
  /** People giving their time. */
  | 'VOLUNTEERS';

/** One side's answer to a suggestion. */
export type RespondToMatchInput = {
  /** ACCEPT or DECLINE. */
  decision: MatchDecision;
  /** Why a decline: it teaches the matcher. Optional: a decline without one (and without a reason text that names one) is stored without a reason (declineReason null). */
  declineReason?: DeclineReason | null | undefined;
  /** The suggestion (match) to answer. */
  matchId: string | number;
  /** Which side you answer for, when you may act for both (the hub): the need's or the offer's organization. */
  organizationId?: string | number | null | undefined;
  /** Why, in your own words, up to 2,000 characters. A decline whose reason is just NOT_RELEVANT, NO_CAPACITY, TOO_FAR, TIMING or OTHER counts as that reason. */
  reason?: string | null | undefined;
};

/** An organization's direct answer to a need or a call for partners. */
export type RespondToNeedInput = {
  /** What you propose (up to 5,000 characters). */
  message: string;
  /** The OPEN need to answer, until its respondBy day; not one of your organization's own. */
  needId: string | number;
  /** One of your open offers that answers the need. */
  offerId?: string | number | null | undefined;
  /** The responding organization; needed only when you act for several (the hub). */
  organizationId?: string | number | null | undefined;
};

/** PENDING until the need's owner accepts (a partnership forms) or declines it, the responding organization withdraws it, or the need stops being OPEN (CLOSED). */
export type ResponseStatus =
  /** Accepted by the need's organization (acceptResponse): a partnership formed. */
  | 'ACCEPTED'
  /** The need stopped being OPEN before its organization answered (closed by its owner, expired, or PARTNERED through a suggestion or another response), so the response was not accepted; the responding organization is told (RESPONSE_CLOSED). It may respond again if the need is ever OPEN again. A response of the organization the need was PARTNERED with through a suggestion is CLOSED too (the response is not what formed the partnership), and that organization is not told: Need.partnership's partnerOrganization is then the responding organization. */
  | 'CLOSED'
  /** Declined by the need's organization (declineResponse); the organization may respond again. */
  | 'DECLINED'
  /** Waiting for the need's organization to accept or decline it. */
  | 'PENDING'
  /** Withdrawn by the responding organization (withdrawResponse); it may respond again. */
  | 'WITHDRAWN';

/** ADMIN of an organization invites members and manages its API keys; MEMBER posts and edits the organization's needs and offers. Hub staff are ADMIN of the hub itself. */
export type Role =
  /** Manages the organization's members, invitations and API keys, and does everything a MEMBER does. */
  | 'ADMIN'
  /** Posts and edits the organization's needs and offers and answers its suggestions. */
  | 'MEMBER';

/** What a component does to the pair's chance of a good match (the match's score, a calibrated probability), decided by the service from the component's shortfall, score and reason: the web app's suggestion cards and the suggestion e-mails group a pair's components by it. Not the component's own score: a topic at 0.73 may lower the chance while a time at 0.6 fits. */
export type ScoreEffect =
  /** Speaks for the pair: neither LOWERS nor NEUTRAL. The web app lists these under "What fits", the highest score first. */
  | 'FITS'
  /** Holds the pair back: at its best the pair's probability would be at least 5 points higher (shortfall 0.05 or more), or the component is weak (score 0.5 or less) and its shortfall above 0. For a match stored without shortfalls (shortfall null): a score under 0.5. The web app lists these under "What lowers the chance", the largest shortfall first, each with the chance without it (the match score + shortfall, at most 0.99). */
  | 'LOWERS'
  /** Does not affect the chance: nothing is known yet (budget or value not given, no answers to similar suggestions: told by the reason, not the score), or the component is weak but costs the pair nothing (shortfall 0). Either is LOWERS with a shortfall of 0.05 or more. Also the need asking nothing of it (no sector preferred: any partner is welcome), whatever its score and shortfall: neither a fit nor a shortcoming. The web app lists these under "Does not affect the chance"; the e-mails leave them out. */
  | 'NEUTRAL';

/** The sector an organization belongs to. */
export type Sector =
  /** A company. */
  | 'COMPANY'
  /** A regional development agency. */
  | 'DEVELOPMENT_AGENCY'
  /** A municipality (občina). */
  | 'MUNICIPALITY'
  /** A non-governmental organization: an association, institute or foundation. */
  | 'NGO'
  /** A public institution: a school, library, health centre and the like. */
  | 'PUBLIC_INSTITUTION';

/** Completes an invitation: the new account joins the organization (or the hub staff) it was invited to. */
export type SignUpInput = {
  /** The token of the invitation. */
  invitationToken: string;
  /** The person's name: 1 to 200 characters, one line (no line breaks, tabs, other control characters or invisible direction marks). */
  name: string;
  /** The password: 12 to 200 characters. */
  password: string;
  /** A phone number: 6 to 20 digits, spaces and ( ) / -, optionally after a leading +. */
  phone?: string | null | undefined;
};

/** Weeks start on Monday; both in Ljubljana time. */
export type StatisticsInterval =
  /** One period per calendar month. */
  | 'MONTH'
  /** One period per calendar week, Monday to Sunday. */
  | 'WEEK';

/** What the hub changes of matching. The weights are not here: they are the calibration model, learned, not set. */
export type UpdateMatchingSettingsInput = {
  /** The probability from which a pair is sent (e-mail, webhook, subscription), 0.05 to 0.99. Lower sends more pairs, fewer of them good; higher sends fewer, and leaves more needs with no good offer quiet (README, "Sending: what the threshold means"). */
  sendingThreshold: number;
};

/** A member changes their own membership settings; the organization's admins and the hub may too, and they alone change the role. Fields left out stay as they are. */
export type UpdateMembershipInput = {
  /** The membership (Membership.id), not the user. */
  id: string | number;
  /** Receive the organization's e-mails (suggestions, partnerships, responses); false: none. True, sent by the member themself, also lifts their address's unsubscribe from the organization's e-mails (Membership.emailUnsubscribed). */
  notifySuggestions?: boolean | null | undefined;
  /** The member's role in the organization: only its admins and the hub may set it (a member sending it, even unchanged, gets FORBIDDEN). CONFLICT LAST_ADMIN when it would leave the organization without an admin. Counts from the next request; the member's open subscriptions are checked again at once. */
  role?: Role | null | undefined;
};

/** Fields left out stay as they are; null clears an optional one. */
export type UpdateNeedInput = {
  /** Budget in EUR, 0 or more; null is unknown. */
  budgetEur?: number | null | undefined;
  /** What is needed, for whom, and what a partner would do: 1 to 5,000 characters, Slovenian or English. */
  description?: string | null | undefined;
  /** yyyy-mm-dd. Not before today (in Slovenia; isNotPast), startsOn nor respondBy; null is open-ended. An update may send a stored day that has since passed again unchanged. */
  endsOn?: string | null | undefined;
  /** The need to change: it must be DRAFT or OPEN. */
  id: string | number;
  /** Default LOCAL_CHALLENGE. */
  kind?: NeedKind | null | undefined;
  /** Where the need is: a 3-digit code from the municipalities query. */
  municipalityCode?: string | null | undefined;
  /** Preferred partner sectors; empty means any. */
  preferredSectors?: Array<Sector> | null | undefined;
  /** What is asked for; at least one. */
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Answers (respondToNeed) are welcome until the end of this day, Slovenian time (yyyy-mm-dd): not before today (in Slovenia; isNotPast) nor after endsOn. After it they are refused (CONFLICT, reason RESPONSES_CLOSED) while the need stays OPEN and matched. Null: until the need closes. An update may send a stored day that has since passed again unchanged. */
  respondBy?: string | null | undefined;
  /** yyyy-mm-dd; null is open-ended. */
  startsOn?: string | null | undefined;
  /** Theme codes from the themes query, at most 20; leave empty to let the matcher infer them from the text. */
  themeCodes?: Array<string> | null | undefined;
  /** A short title: 3 to 200 characters on one line. Line breaks and tabs become one space each run and spaces at either end are trimmed; other control characters and invisible direction marks (bidirectional overrides and isolates) are refused (isSingleLine). */
  title?: string | null | undefined;
};

/** Fields left out stay as they are; null clears an optional one. */
export type UpdateOfferInput = {
  /** yyyy-mm-dd; null is open-ended. */
  availableFrom?: string | null | undefined;
  /** yyyy-mm-dd, not before availableFrom; null is open-ended. */
  availableUntil?: string | null | undefined;
  /** How many partnerships it can serve at once (1 or more); null is unlimited. */
  capacity?: number | null | undefined;
  /** What is offered, to whom, and on what terms: 1 to 5,000 characters, Slovenian or English. */
  description?: string | null | undefined;
  /** The offer to change: it must be OPEN. */
  id: string | number;
  /** The offer's home: a 3-digit code from the municipalities query. */
  municipalityCode?: string | null | undefined;
  /** Default LOCAL. Ignored when serviceAreaCodes is given. */
  reach?: Reach | null | undefined;
  /** What is given; at least one. */
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Explicit service area (municipality codes); when given, it decides where the offer serves. */
  serviceAreaCodes?: Array<string> | null | undefined;
  /** Theme codes from the themes query, at most 20; leave empty to let the matcher infer them from the text. */
  themeCodes?: Array<string> | null | undefined;
  /** A short title: 3 to 200 characters on one line. Line breaks and tabs become one space each run and spaces at either end are trimmed; other control characters and invisible direction marks (bidirectional overrides and isolates) are refused (isSingleLine). */
  title?: string | null | undefined;
  /** Value in EUR, 0 or more; null is unknown. */
  valueEur?: number | null | undefined;
};

/** The organization profile; fields left out stay as they are, null clears an optional one. */
export type UpdateOrganizationInput = {
  /** Contact person: 1 to 200 characters, one line, its spaces trimmed as the name's are. Shown to partners only after both sides agree. */
  contactName?: string | null | undefined;
  /** What the organization does, up to 5,000 characters. */
  description?: string | null | undefined;
  /** Contact e-mail: suggestions are sent here. Shown to partners only after both sides agree. */
  email?: string | null | undefined;
  /** The organization to change. */
  id: string | number;
  /** Municipality of the seat: a 3-digit code from the municipalities query. */
  municipalityCode?: string | null | undefined;
  /** The name: 2 to 200 characters, one line (no line breaks, tabs, other control characters or invisible direction marks). Spaces at either end are trimmed and each run of spaces inside becomes one space. */
  name?: string | null | undefined;
  /** Contact phone. Shown to partners only after both sides agree. */
  phone?: string | null | undefined;
  /** Matična številka: 7 or 10 digits. */
  registrationNumber?: string | null | undefined;
  /** Davčna številka: 8 digits with a valid check digit. It may be written as a VAT number, with the "SI" prefix (any case) and spaces ("SI 1234 5679"): the 8 digits are stored. */
  taxNumber?: string | null | undefined;
  /** Theme codes from the themes query, at most 20. */
  themeCodes?: Array<string> | null | undefined;
  /** The web site: an http:// or https:// address, up to 500 characters. */
  website?: string | null | undefined;
};

/** Fields left out keep their value. */
export type UpdateSuggestionPreferencesInput = {
  /** How suggestion e-mails arrive; null keeps the current value. */
  frequency?: DigestFrequency | null | undefined;
  /** The language of suggestion e-mails; null keeps the current value. */
  language?: MessageLanguage | null | undefined;
  /** In [0, 1]: suggestions scoring lower are not e-mailed (webhooks still get them); null: the service-wide sending threshold. */
  minScore?: number | null | undefined;
  /** E-mail only suggestions whose other side is in one of these municipalities (an offer's home or service area; up to 212 codes); an empty list: any. Null keeps the current list. */
  municipalityCodes?: Array<string> | null | undefined;
  /** The organization whose preferences change (yours, unless you are the hub). */
  organizationId: string | number;
  /** E-mail only suggestions whose other side has one of these theme codes (up to 50); an empty list: any. Null keeps the current list. */
  themeCodes?: Array<string> | null | undefined;
};

/** What to change of a webhook: its events, its URL, or both. Its secret stays the same. */
export type UpdateWebhookInput = {
  /** The events to receive from now on (the whole list, at least one). Left out: unchanged. Events already planned for the webhook are still sent. */
  events?: Array<WebhookEvent> | null | undefined;
  /** The webhook to change. */
  id: string | number;
  /** Where events are POSTed from now on: up to 2,000 characters; in production https, to a public address. Left out: unchanged. */
  url?: string | null | undefined;
};

/** What credential a request came with. */
export type ViewerKind =
  /** None (or the web app's session cookie has expired): only the public operations answer: the reference data (municipalities, themes), viewer, invitationPreview, and signing up, in or out. */
  | 'ANONYMOUS'
  /** The hub's bootstrap key, ADMIN_API_KEY from the server's environment: acts as hub staff, for every organization. */
  | 'BOOTSTRAP_KEY'
  /** An API key made without an organization: acts as hub staff, for every organization. */
  | 'HUB_KEY'
  /** An organization's API key: acts as a MEMBER of that one organization (organizations), and for no other. */
  | 'ORGANIZATION_KEY'
  /** A person signed in: a user's JWT as the bearer token, or the web app's session cookie. Acts for the organizations they are a member of, with their role in each (user.memberships); hub staff act for every organization (hub). */
  | 'USER';

/** SUGGESTION_CREATED: a new suggestion for the organization; MATCH_ACCEPTED: one side accepted a match of the organization; PARTNERSHIP_FORMED: both sides did, or a response was accepted; PARTNERSHIP_ENDED: the other side (or the hub) marked the organization's partnership COMPLETED or CANCELLED; RESPONSE_RECEIVED: an organization responded directly to a need of the organization; RESPONSE_DECLINED: the need's organization declined the organization's response; RESPONSE_WITHDRAWN: the organization that responded to a need of the organization took its response back; RESPONSE_CLOSED: the need the organization responded to stopped being OPEN before an answer, so its response was not accepted. */
export type WebhookEvent =
  /** One side accepted one of the organization's matches. */
  | 'MATCH_ACCEPTED'
  /** The other side (or the hub) marked one of the organization's partnerships COMPLETED or CANCELLED. */
  | 'PARTNERSHIP_ENDED'
  /** Both sides accepted a match, or a response was accepted: a partnership of the organization formed. */
  | 'PARTNERSHIP_FORMED'
  /** The need the organization responded to was closed by its owner, expired or partnered before its organization answered: the response is CLOSED, not accepted (data.needStatus says which). */
  | 'RESPONSE_CLOSED'
  /** The need's organization declined the organization's response (declineResponse). */
  | 'RESPONSE_DECLINED'
  /** An organization responded directly to one of the organization's needs (respondToNeed); it waits for acceptResponse or declineResponse. */
  | 'RESPONSE_RECEIVED'
  /** The organization that responded to one of the organization's needs took its response back (withdrawResponse): it no longer waits for an answer. */
  | 'RESPONSE_WITHDRAWN'
  /** A new suggestion for the organization, above the sending threshold. */
  | 'SUGGESTION_CREATED';

export type ThrottleInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type ThrottleInviteMutation = { inviteMember: { token: string | null } };

export type ThrottleSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ThrottleSignUpMutation = { signUp: { token: string } };

export type ThrottleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ThrottleLoginMutation = { login: { user: { id: string } } };

export type ThrottleResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ThrottleResetMutation = { resetPassword: { token: string } };

export type AccountsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AccountsInviteMemberMutation = { inviteMember: { token: string | null, emailed: boolean, invitation: { id: string } } };

export type AccountsInvitationsEmailedQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsInvitationsEmailedQuery = { invitationsEmailed: boolean };

export type AccountsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AccountsSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type AccountsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AccountsLoginMutation = { login: { user: { id: string } } };

export type AccountsMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AccountsMembersQuery = { members: Array<{ id: string, role: Role, notifySuggestions: boolean, user: { id: string, name: string, email: string } }> };

export type AccountsInvitationsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AccountsInvitationsQuery = { invitations: Array<{ id: string, email: string, role: Role, expiresAt: string, acceptedAt: string | null }> };

export type AccountsRequestPasswordResetMutationVariables = Exact<{
  email: string;
  language?: MessageLanguage | null | undefined;
}>;


export type AccountsRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type AccountsResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type AccountsResetPasswordMutation = { resetPassword: { token: string, user: { id: string, email: string } } };

export type AccountsRevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountsRevokeInvitationMutation = { revokeInvitation: { id: string, expiresAt: string, acceptedAt: string | null } };

export type AccountsUpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type AccountsUpdateMembershipMutation = { updateMembership: { id: string, notifySuggestions: boolean } };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me: { id: string } | null };

export type AccountsInvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type AccountsInvitationPreviewQuery = { invitationPreview: { email: string, organizationName: string | null, role: Role, accountExists: boolean, expiresAt: string } | null };

export type AccountsAcceptInvitationMutationVariables = Exact<{
  invitationToken: string;
}>;


export type AccountsAcceptInvitationMutation = { acceptInvitation: { id: string, hubAdmin: boolean, memberships: Array<{ role: Role, organization: { id: string } }> } };

export type AnsweredComponentsSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AnsweredComponentsSuggestionsQuery = { need: { suggestions: Array<{ id: string, offer: { id: string } }> | null } | null };

export type AnsweredComponentsRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type AnsweredComponentsRespondMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type AnsweredComponentsUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type AnsweredComponentsUpdateOfferMutation = { updateOffer: { id: string, capacity: number | null } };

export type LastUsedCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type LastUsedCreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, lastUsedAt: string | null } } };

export type LastUsedRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LastUsedRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null, lastUsedAt: string | null } };

export type LastUsedApiKeysQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type LastUsedApiKeysQuery = { apiKeys: Array<{ id: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type LastUsedViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LastUsedViewerQuery = { viewer: { kind: ViewerKind } };

export type ScopesCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ScopesCreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, scopes: Array<ApiKeyScope> | null } } };

export type ScopesApiKeysQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type ScopesApiKeysQuery = { apiKeys: Array<{ id: string, scopes: Array<ApiKeyScope> | null }> };

export type ScopesCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type ScopesCreateNeedMutation = { createNeed: { id: string } };

export type ScopesCloseNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type ScopesCloseNeedMutation = { closeNeed: { id: string, status: NeedStatus } };

export type ScopesNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopesNeedQuery = { need: { id: string, title: string, suggestions: Array<{ id: string }> | null } | null };

export type ScopesRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type ScopesRespondMutation = { respondToNeed: { id: string } };

export type ScopesCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type ScopesCreateWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type ScopesVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type ScopesVerifyMutation = { verifyOrganization: { id: string, verified: boolean } };

export type ScopesUpdatePreferencesMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type ScopesUpdatePreferencesMutation = { updateSuggestionPreferences: { frequency: DigestFrequency } };

export type ScopesPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type ScopesPasswordResetMutation = { requestPasswordReset: boolean };

export type LimitsCloseNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type LimitsCloseNeedMutation = { closeNeed: { id: string } };

export type LimitsNeedCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsNeedCountQuery = { needs: { totalCount: number } };

export type LimitsNeedsFirst0QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsNeedsFirst0Query = { needs: { totalCount: number } };

export type LimitsCheapPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsCheapPageQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type LimitsCostlyQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsCostlyQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string, title: string, organization: { id: string, name: string, municipality: { name: string } }, themes: Array<{ code: string }> } }> } };

export type LimitsPageOfQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LimitsPageOfQuery = { needs: { edges: Array<{ node: { id: string, title: string, organization: { name: string } } }> } };

export type LimitsTwentyQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsTwentyQuery = { needs: { edges: Array<{ node: { id: string, title: string, organization: { name: string, municipality: { name: string } } } }> } };

export type LimitsDefaultPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsDefaultPageQuery = { needs: { edges: Array<{ node: { id: string, title: string, organization: { name: string, municipality: { name: string } } } }> } };

export type LimitsOneNeedQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsOneNeedQuery = { needs: { totalCount: number } };

export type LimitsSixOrganizationsQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsSixOrganizationsQuery = { o0: { id: string } | null, o1: { id: string } | null, o2: { id: string } | null, o3: { id: string } | null, o4: { id: string } | null, o5: { id: string } | null };

export type LimitsOneOfferQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsOneOfferQuery = { offers: { totalCount: number } };

export type LimitsOneOrganizationPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsOneOrganizationPageQuery = { organizations: { totalCount: number } };

export type LimitsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsOrganizationQuery = { organization: { id: string } | null };

export type LimitsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMeQuery = { me: { id: string } | null };

export type LimitsThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsThemesQuery = { themes: Array<{ code: string }> };

export type LimitsTypenameAndThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsTypenameAndThemesQuery = { __typename: 'Query', themes: Array<{ code: string }> };

export type AuthorizationCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type AuthorizationCreateNeedMutation = { createNeed: { id: string } };

export type AuthorizationUpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type AuthorizationUpdateNeedMutation = { updateNeed: { id: string, title: string } };

export type AuthorizationCloseNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationCloseNeedMutation = { closeNeed: { id: string, status: NeedStatus } };

export type AuthorizationCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type AuthorizationCreateOfferMutation = { createOffer: { id: string } };

export type AuthorizationUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type AuthorizationUpdateOfferMutation = { updateOffer: { id: string, title: string } };

export type AuthorizationCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationCloseOfferMutation = { closeOffer: { id: string, status: OfferStatus } };

export type AuthorizationCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AuthorizationCreateOrganizationMutation = { createOrganization: { id: string, name: string } };

export type AuthorizationUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type AuthorizationUpdateOrganizationMutation = { updateOrganization: { id: string, description: string | null } };

export type AuthorizationVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationVerifyOrganizationMutation = { verifyOrganization: { id: string, verified: boolean } };

export type AuthorizationCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuthorizationCreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, organizationId: string | null, tokenPrefix: string, revokedAt: string | null } } };

export type AuthorizationRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type AuthorizationInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AuthorizationInviteMemberMutation = { inviteMember: { token: string | null, invitation: { id: string, email: string, role: Role, organizationId: string | null, acceptedAt: string | null } } };

export type AuthorizationSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AuthorizationSignUpMutation = { signUp: { token: string, user: { id: string, email: string, hubAdmin: boolean, memberships: Array<{ role: Role, organization: { id: string } }> } } };

export type AuthorizationLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AuthorizationLoginMutation = { login: { token: string, user: { id: string, email: string } } };

export type AuthorizationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationMeQuery = { me: { id: string, email: string, name: string, hubAdmin: boolean, memberships: Array<{ role: Role, organization: { id: string } }> } | null };

export type AuthorizationBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationBacklogQuery = { matchingBacklog: number };

export type AuthorizationNeedCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationNeedCountQuery = { needs: { totalCount: number } };

export type AuthorizationOfferCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationOfferCountQuery = { offers: { totalCount: number } };

export type AuthorizationOrganizationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationOrganizationCountQuery = { organizations: { totalCount: number } };

export type AuthorizationNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationNeedQuery = { need: { id: string } | null };

export type AuthorizationOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationOfferQuery = { offer: { id: string } | null };

export type AuthorizationOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationOrganizationQuery = { organization: { id: string } | null };

export type AuthorizationThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationThemesQuery = { themes: Array<{ code: string }> };

export type AuthorizationPublicReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationPublicReferenceDataQuery = { municipalities: Array<{ code: string }>, themes: Array<{ code: string }>, municipality: { name: string } | null };

export type AuthorizationReadAllQueryVariables = Exact<{
  need: string | number;
  offer: string | number;
  organization: string | number;
}>;


export type AuthorizationReadAllQuery = { need: { id: string, organization: { id: string } } | null, offer: { id: string, organization: { id: string } } | null, organization: { id: string, name: string } | null, needs: { edges: Array<{ node: { id: string } }> }, offers: { edges: Array<{ node: { id: string } }> }, organizations: { edges: Array<{ node: { id: string } }> } };

export type AuthorizationNeedSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationNeedSuggestionsQuery = { need: { id: string, title: string, suggestions: Array<{ id: string, offer: { id: string } }> | null } | null };

export type AuthorizationOfferSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationOfferSuggestionsQuery = { offer: { id: string, title: string, suggestions: Array<{ id: string, need: { id: string } }> | null } | null };

export type AuthorizationNeedsWithSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationNeedsWithSuggestionsQuery = { needs: { edges: Array<{ node: { id: string, organization: { id: string }, suggestions: Array<{ id: string }> | null } }> } };

export type AuthorizationNestedSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationNestedSuggestionsQuery = { need: { id: string, suggestions: Array<{ id: string, offer: { id: string, suggestions: Array<{ id: string }> | null } }> | null } | null };

export type AuthorizationForeignPartnershipsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AuthorizationForeignPartnershipsQuery = { partnerships: { totalCount: number } };

export type AuthorizationAllPartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationAllPartnershipsQuery = { partnerships: { totalCount: number } };

export type AuthorizationForeignDeliveriesQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AuthorizationForeignDeliveriesQuery = { deliveries: { totalCount: number, edges: Array<{ node: { recipient: string } }> } };

export type AuthorizationForeignPreferencesQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AuthorizationForeignPreferencesQuery = { suggestionPreferences: { frequency: DigestFrequency, minScore: number | null } };

export type AuthorizationForeignWebhooksQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AuthorizationForeignWebhooksQuery = { webhooks: Array<{ id: string, url: string }> };

export type AuthorizationForeignWebhookQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationForeignWebhookQuery = { webhook: { id: string, url: string, deliveries: { totalCount: number } } | null };

export type AuthorizationForeignApiKeysQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type AuthorizationForeignApiKeysQuery = { apiKeys: Array<{ id: string, tokenPrefix: string }> };

export type AuthorizationForeignMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AuthorizationForeignMembersQuery = { members: Array<{ id: string }> };

export type AuthorizationForeignInvitationsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type AuthorizationForeignInvitationsQuery = { invitations: Array<{ id: string, email: string }> };

export type AuthorizationCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type AuthorizationCreateWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type WebInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type WebInviteMemberMutation = { inviteMember: { invitation: { id: string } } };

export type BulkCreateOffersMutationVariables = Exact<{
  input: Array<CreateOfferInput> | CreateOfferInput;
}>;


export type BulkCreateOffersMutation = { createOffers: Array<{ id: string, title: string, description: string, status: OfferStatus, reach: Reach, resourceTypes: Array<ResourceType>, availableFrom: string | null, availableUntil: string | null, valueEur: number | null, capacity: number | null, createdAt: string, updatedAt: string, lastMatchedAt: string | null, themes: Array<{ code: string }>, serviceArea: Array<{ code: string }>, municipality: { code: string, name: string }, organization: { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } }> };

export type BulkCreateNeedsMutationVariables = Exact<{
  input: Array<CreateNeedInput> | CreateNeedInput;
}>;


export type BulkCreateNeedsMutation = { createNeeds: Array<{ id: string, title: string, kind: NeedKind, status: NeedStatus, organization: { id: string } }> };

export type BulkCreateOneOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type BulkCreateOneOfferMutation = { createOffer: { id: string, title: string, description: string, status: OfferStatus, reach: Reach, resourceTypes: Array<ResourceType>, availableFrom: string | null, availableUntil: string | null, valueEur: number | null, capacity: number | null, createdAt: string, updatedAt: string, lastMatchedAt: string | null, themes: Array<{ code: string }>, serviceArea: Array<{ code: string }>, municipality: { code: string, name: string }, organization: { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } } };

export type BulkOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkOfferQuery = { offer: { id: string, title: string, description: string, status: OfferStatus, reach: Reach, resourceTypes: Array<ResourceType>, availableFrom: string | null, availableUntil: string | null, valueEur: number | null, capacity: number | null, createdAt: string, updatedAt: string, lastMatchedAt: string | null, themes: Array<{ code: string }>, serviceArea: Array<{ code: string }>, municipality: { code: string, name: string }, organization: { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } } | null };

export type BulkOfferScoredQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkOfferScoredQuery = { offer: { lastMatchedAt: string | null } | null };

export type BulkUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type BulkUpdateOfferMutation = { updateOffer: { id: string, title: string, description: string, status: OfferStatus, reach: Reach, resourceTypes: Array<ResourceType>, availableFrom: string | null, availableUntil: string | null, valueEur: number | null, capacity: number | null, createdAt: string, updatedAt: string, lastMatchedAt: string | null, themes: Array<{ code: string }>, serviceArea: Array<{ code: string }>, municipality: { code: string, name: string }, organization: { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } } };

export type BulkCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type BulkCloseOfferMutation = { closeOffer: { id: string, status: OfferStatus, updatedAt: string, organization: { id: string, name: string } } };

export type BulkUpdateSeedMutationVariables = Exact<{
  input: Array<CreateOfferInput> | CreateOfferInput;
}>;


export type BulkUpdateSeedMutation = { createOffers: Array<{ id: string, title: string }> };

export type BulkUpdateOffersMutationVariables = Exact<{
  input: Array<UpdateOfferInput> | UpdateOfferInput;
}>;


export type BulkUpdateOffersMutation = { updateOffers: Array<{ id: string, title: string, valueEur: number | null, status: OfferStatus }> };

export type BulkUpdateNeedsMutationVariables = Exact<{
  input: Array<UpdateNeedInput> | UpdateNeedInput;
}>;


export type BulkUpdateNeedsMutation = { updateNeeds: Array<{ id: string, title: string }> };

export type BulkUpdateCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type BulkUpdateCloseMutation = { closeOffer: { id: string, status: OfferStatus } };

export type CalibratedSendingRecommendedQueryVariables = Exact<{
  id: string | number;
}>;


export type CalibratedSendingRecommendedQuery = { need: { suggestions: Array<{ score: number, recommended: boolean, offer: { id: string } }> | null } | null };

export type CapacityExplanationSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityExplanationSuggestionsQuery = { need: { suggestions: Array<{ id: string, offer: { id: string } }> | null } | null };

export type CapacityExplanationMatchQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityExplanationMatchQuery = { match: { id: string, status: MatchStatus, score: number, components: Array<{ name: string, score: number, sl: string, en: string }> } | null };

export type CapacityExplanationRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type CapacityExplanationRespondMutation = { respondToMatch: { id: string, status: MatchStatus, partnership: { id: string } | null } };

export type CapacityExplanationEndMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type CapacityExplanationEndMutation = { endPartnership: { id: string, status: PartnershipStatus } };

export type ContractReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractReferenceDataQuery = { municipalities: Array<{ code: string, name: string, region: string }>, themes: Array<{ code: string, name: string, parent: { code: string } | null }> };

export type ContractRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractRegionsQuery = { municipalities: Array<{ code: string, region: string, regionEn: string }> };

export type ContractNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractNeedQuery = { need: { id: string, title: string, status: NeedStatus, lastMatchedAt: string | null, startsOn: string | null, endsOn: string | null, budgetEur: number | null, resourceTypes: Array<ResourceType>, organization: { id: string, name: string, sector: Sector, municipality: { code: string, name: string } }, municipality: { code: string }, themes: Array<{ code: string, name: string }> } | null };

export type ContractOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractOfferQuery = { offer: { status: OfferStatus, reach: Reach, capacity: number | null, valueEur: number | null, availableFrom: string | null, availableUntil: string | null, serviceArea: Array<{ code: string }>, organization: { id: string } } | null };

export type ContractUpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type ContractUpdateNeedMutation = { updateNeed: { title: string, endsOn: string | null, budgetEur: number | null, themes: Array<{ code: string }> } };

export type ContractCloseNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type ContractCloseNeedMutation = { closeNeed: { status: NeedStatus } };

export type ContractUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type ContractUpdateOfferMutation = { updateOffer: { capacity: number | null, reach: Reach } };

export type ContractCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type ContractCloseOfferMutation = { closeOffer: { status: OfferStatus } };

export type ContractMissingQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractMissingQuery = { need: { id: string } | null, offer: { id: string } | null };

export type ContractContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractContactQuery = { organization: { contact: { name: string, email: string | null, phone: string | null } | null } | null };

export type DatabaseOutageNeedCountQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageNeedCountQuery = { needs: { totalCount: number } };

export type DatabaseOutageSettingsAndNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type DatabaseOutageSettingsAndNeedQuery = { matchingSettings: { listingThreshold: number }, need: { id: string } | null };

export type DeleteAccountInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type DeleteAccountInviteMutation = { inviteMember: { token: string | null } };

export type DeleteAccountSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type DeleteAccountSignUpMutation = { signUp: { token: string, user: { id: string, memberships: Array<{ id: string }> } } };

export type DeleteAccountLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type DeleteAccountLoginMutation = { login: { token: string } };

export type DeleteAccountDeleteMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountDeleteMutation = { deleteAccount: string };

export type DeleteAccountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DeleteAccountMeQuery = { me: { id: string, memberships: Array<{ id: string, role: Role }> } | null };

export type DeleteAccountMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type DeleteAccountMembersQuery = { members: Array<{ id: string, role: Role, user: { id: string } }> };

export type DeleteAccountUpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type DeleteAccountUpdateMembershipMutation = { updateMembership: { id: string, role: Role } };

export type DeleteAccountAcceptMutationVariables = Exact<{
  token: string;
}>;


export type DeleteAccountAcceptMutation = { acceptInvitation: { id: string } };

export type DeleteAccountNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type DeleteAccountNeedQuery = { need: { id: string, organization: { id: string } } | null };

export type DeleteAccountOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type DeleteAccountOrganizationQuery = { organization: { id: string, memberCount: number | null } | null };

export type DeleteAccountSuggestionAddedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type DeleteAccountSuggestionAddedSubscription = { suggestionAdded: { id: string } };

export type DigestLeaseUpdatePreferencesMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type DigestLeaseUpdatePreferencesMutation = { updateSuggestionPreferences: { frequency: DigestFrequency } };

export type EventsSubscriberSuggestionAddedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type EventsSubscriberSuggestionAddedSubscription = { suggestionAdded: { id: string } };

export type EventsSubscriberSuggestionAnsweredSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type EventsSubscriberSuggestionAnsweredSubscription = { suggestionAnswered: { id: string } };

export type EventsSubscriberResponseChangedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type EventsSubscriberResponseChangedSubscription = { responseChanged: { id: string, status: ResponseStatus, organization: { id: string }, need: { id: string } } };

export type EventsSubscriberPartnershipChangedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type EventsSubscriberPartnershipChangedSubscription = { partnershipChanged: { id: string } };

export type EventsSubscriberLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type EventsSubscriberLoginMutation = { login: { token: string } };

export type EventsSubscriberRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type EventsSubscriberRespondMutation = { respondToNeed: { id: string } };

export type FaultsCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type FaultsCreateOrganizationMutation = { createOrganization: { id: string } };

export type FaultsCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type FaultsCreateWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type FaultsCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type FaultsCreateNeedMutation = { createNeed: { id: string } };

export type FaultsCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type FaultsCreateOfferMutation = { createOffer: { id: string } };

export type ScaleOutSuggestionAddedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type ScaleOutSuggestionAddedSubscription = { suggestionAdded: { id: string, need: { id: string }, offer: { id: string } } };

export type FuzzInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type FuzzInviteMemberMutation = { inviteMember: { token: string | null } };

export type FuzzSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type FuzzSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type FuzzLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FuzzLoginMutation = { login: { token: string } };

export type FuzzCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type FuzzCreateWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type FuzzRespondToNeedMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type FuzzRespondToNeedMutation = { respondToNeed: { id: string } };

export type RetryCreateOffersMutationVariables = Exact<{
  input: Array<CreateOfferInput> | CreateOfferInput;
}>;


export type RetryCreateOffersMutation = { createOffers: Array<{ id: string, title: string, externalId: string | null, status: OfferStatus, organization: { id: string } }> };

export type RetryOfferExternalIdQueryVariables = Exact<{
  id: string | number;
}>;


export type RetryOfferExternalIdQuery = { offer: { id: string, externalId: string | null } | null };

export type RetryCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type RetryCreateNeedMutation = { createNeed: { id: string, title: string, externalId: string | null } };

export type RetryUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type RetryUpdateOfferMutation = { updateOffer: { id: string, title: string, externalId: string | null } };

export type KeptSuggestionsUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type KeptSuggestionsUpdateOfferMutation = { updateOffer: { id: string } };

export type KeptSuggestionsUpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type KeptSuggestionsUpdateNeedMutation = { updateNeed: { id: string } };

export type KeptSuggestionsRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type KeptSuggestionsRespondMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type KeptSuggestionsMatchQueryVariables = Exact<{
  id: string | number;
}>;


export type KeptSuggestionsMatchQuery = { match: { id: string, status: MatchStatus, score: number, components: Array<{ name: string, en: string }> } | null };

export type ListOrganizationSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ListOrganizationSummaryQuery = { needs: { edges: Array<{ node: { id: string, who: { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } } }> }, offers: { edges: Array<{ node: { id: string, organization: { __typename: 'Organization', id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } } }> } };

export type WhoFragment = { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } };

export type ListOrganizationMoreQueryVariables = Exact<{
  id: string | number;
}>;


export type ListOrganizationMoreQuery = { needs: { edges: Array<{ node: { description: string, id: string, organization: { description: string | null, id: string, name: string, sector: Sector, verified: boolean, themes: Array<{ code: string }>, municipality: { code: string } } } }> }, offers: { edges: Array<{ node: { id: string, organization: { name: string, website: string | null, createdAt: string } } }> } };

export type SuggestedOrganizationsQueryVariables = Exact<{
  id: string | number;
}>;


export type SuggestedOrganizationsQuery = { summary: { suggestions: Array<{ offer: { organization: { id: string, name: string } } }> | null } | null, more: { suggestions: Array<{ offer: { organization: { description: string | null } } }> | null } | null };

export type SuggestedOfferDescriptionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SuggestedOfferDescriptionsQuery = { without: { suggestions: Array<{ offer: { id: string, title: string } }> | null } | null, with: { suggestions: Array<{ offer: { description: string, id: string } }> | null } | null };

export type PostingOrganizationsQueryVariables = Exact<{
  needId: string | number;
  offerId: string | number;
}>;


export type PostingOrganizationsQuery = { need: { id: string, organization: { id: string, name: string, sector: Sector, verified: boolean, municipality: { code: string } } } | null, offer: { id: string, organization: { id: string, name: string, verified: boolean } } | null, whole: { id: string, organization: { name: string, description: string | null, website: string | null } } | null };

export type PosterFragment = { id: string, name: string, verified: boolean };

export type MatchByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchByIdQuery = { match: { id: string, status: MatchStatus, score: number, recommended: boolean, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, declineReason: DeclineReason | null, need: { id: string, title: string }, offer: { id: string, title: string, organization: { id: string } } } | null };

export type MatchByIdDeclineMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type MatchByIdDeclineMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type LanesRematchAllMutationVariables = Exact<{ [key: string]: never; }>;


export type LanesRematchAllMutation = { rematchAll: number };

export type LanesMatchingProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type LanesMatchingProgressQuery = { matchingBacklog: number, matchingLanes: Array<{ name: string, waiting: number, active: number, delayed: number }>, rematchProgress: { startedAt: string, total: number, done: number, finishedAt: string | null } | null };

export type MatchingSettingsInForceQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingSettingsInForceQuery = { matchingSettings: { sendingThreshold: number, defaultSendingThreshold: number, sendingThresholdUpdatedAt: string | null, sendingThresholdUpdatedBy: string | null } };

export type SendingTradeOffsQueryVariables = Exact<{ [key: string]: never; }>;


export type SendingTradeOffsQuery = { matchingSettings: { sendingTradeOffs: { measuredOn: Array<string>, needs: number, points: Array<{ threshold: number, pairsSent: number, sentGood: number, perfectPairsSent: number, needsLeftQuiet: number }> } | null } };

export type UnsentPairsReachingQueryVariables = Exact<{
  sendingThreshold: number;
}>;


export type UnsentPairsReachingQuery = { unsentPairsReaching: number };

export type UpdateMatchingSettingsMutationVariables = Exact<{
  input: UpdateMatchingSettingsInput;
}>;


export type UpdateMatchingSettingsMutation = { updateMatchingSettings: { sendingThreshold: number, defaultSendingThreshold: number, sendingThresholdUpdatedAt: string | null, sendingThresholdUpdatedBy: string | null } };

export type MatchingSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingSuggestionsQuery = { need: { lastMatchedAt: string | null, suggestions: Array<{ id: string, score: number, status: MatchStatus, offer: { id: string }, components: Array<{ name: string, score: number, weight: number, shortfall: number | null, effect: ScoreEffect, explanation: string, en: string }> }> | null } | null };

export type MatchingBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingBacklogQuery = { matchingBacklog: number };

export type MatchingUpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type MatchingUpdateNeedMutation = { updateNeed: { id: string } };

export type MatchingSuggestionIdsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type MatchingSuggestionIdsQuery = { need: { suggestions: Array<{ id: string }> | null } | null };

export type MatchingRematchAllMutationVariables = Exact<{ [key: string]: never; }>;


export type MatchingRematchAllMutation = { rematchAll: number };

export type MatchingUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type MatchingUpdateOfferMutation = { updateOffer: { id: string } };

export type MetricsAccessThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsAccessThemesQuery = { themes: Array<{ code: string }> };

export type MetricsUpdatePreferencesMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type MetricsUpdatePreferencesMutation = { updateSuggestionPreferences: { frequency: DigestFrequency } };

export type NPlusOneNeedsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NPlusOneNeedsQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string, title: string, organization: { id: string, name: string, municipality: { name: string } }, municipality: { code: string }, themes: Array<{ code: string, parent: { code: string } | null }> } }> } };

export type NPlusOneNeedsWithoutCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOneNeedsWithoutCountQuery = { needs: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, organization: { name: string } } }> } };

export type NPlusOneNeedWithSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type NPlusOneNeedWithSuggestionsQuery = { need: { id: string, organization: { name: string }, suggestions: Array<{ id: string, offer: { id: string, organization: { name: string }, municipality: { name: string } } }> | null } | null };

export type NPlusOneNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type NPlusOneNeedQuery = { need: { id: string } | null };

export type NPlusOneThreeNeedsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  c: string | number;
}>;


export type NPlusOneThreeNeedsQuery = { n0: { id: string } | null, n1: { id: string } | null, n2: { id: string } | null };

export type NPlusOneOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOneOffersQuery = { offers: { totalCount: number, edges: Array<{ node: { id: string, organization: { id: string, name: string }, municipality: { name: string }, serviceArea: Array<{ code: string }>, themes: Array<{ code: string, parent: { code: string } | null }> } }> } };

export type NPlusOneOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOneOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, municipality: { name: string, region: string }, themes: Array<{ code: string, parent: { code: string } | null }> } }> } };

export type NPlusOneOrganizationsWithMemberCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NPlusOneOrganizationsWithMemberCountQuery = { organizations: { edges: Array<{ node: { id: string, memberCount: number | null } }> } };

export type NPlusOneInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type NPlusOneInviteMemberMutation = { inviteMember: { token: string | null } };

export type NPlusOneSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type NPlusOneSignUpMutation = { signUp: { token: string } };

export type NPlusOnePartnershipsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NPlusOnePartnershipsQuery = { partnerships: { edges: Array<{ node: { id: string, endedBy: PartnershipEnder | null, needOrganization: { name: string }, partnerOrganization: { name: string }, endedByOrganization: { id: string, name: string } | null } }> } };

export type NPlusOnePartnershipsCountedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NPlusOnePartnershipsCountedQuery = { partnerships: { totalCount: number, edges: Array<{ node: { id: string, needOrganization: { name: string }, partnerOrganization: { name: string } } }> } };

export type NPlusOnePartnershipsWithoutEnderQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NPlusOnePartnershipsWithoutEnderQuery = { partnerships: { edges: Array<{ node: { id: string, needOrganization: { name: string }, partnerOrganization: { name: string } } }> } };

export type NeedClosedRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type NeedClosedRespondMutation = { respondToNeed: { id: string, status: ResponseStatus } };

export type NeedClosedCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type NeedClosedCloseMutation = { closeNeed: { id: string, status: NeedStatus } };

export type NeedClosedResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedClosedResponsesQuery = { need: { status: NeedStatus, responses: Array<{ id: string, status: ResponseStatus }> | null } | null };

export type NeedClosedOwnResponseQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedClosedOwnResponseQuery = { need: { ownResponse: { id: string, status: ResponseStatus } | null } | null };

export type NeedClosedAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type NeedClosedAcceptMutation = { acceptResponse: { id: string } };

export type NeedClosedDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type NeedClosedDeclineMutation = { declineResponse: { id: string, status: ResponseStatus } };

export type NeedClosedWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type NeedClosedWithdrawMutation = { withdrawResponse: { id: string, status: ResponseStatus } };

export type NeedClosedCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type NeedClosedCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type NeedClosedPreferencesMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type NeedClosedPreferencesMutation = { updateSuggestionPreferences: { frequency: DigestFrequency, language: MessageLanguage } };

export type NeedCountsQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
}>;


export type NeedCountsQuery = { needCountsByMunicipality: Array<{ count: number, municipality: { code: string, name: string } }> };

export type NeedCountsPageQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type NeedCountsPageQuery = { needs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { municipality: { code: string } } }> } };

export type NeedPartnershipRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type NeedPartnershipRespondMutation = { respondToNeed: { id: string } };

export type NeedPartnershipSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedPartnershipSuggestionsQuery = { need: { suggestions: Array<{ id: string, offer: { id: string } }> | null } | null };

export type NeedPartnershipRespondToMatchMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type NeedPartnershipRespondToMatchMutation = { respondToMatch: { id: string, status: MatchStatus, partnership: { id: string } | null } };

export type NeedPartnershipEndMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type NeedPartnershipEndMutation = { endPartnership: { id: string, status: PartnershipStatus } };

export type NeedPartnershipNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedPartnershipNeedQuery = { need: { status: NeedStatus, partnership: { id: string, status: PartnershipStatus, needOrganization: { id: string }, partnerOrganization: { id: string } } | null } | null };

export type NeedPartnershipResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedPartnershipResponsesQuery = { need: { responses: Array<{ id: string, status: ResponseStatus, organization: { id: string }, partnership: { id: string } | null }> | null } | null };

export type NeedPartnershipNeedsQueryVariables = Exact<{
  filter: NeedFilter;
}>;


export type NeedPartnershipNeedsQuery = { needs: { edges: Array<{ node: { id: string, partnership: { id: string } | null } }> } };

export type ErasureEraseMutationVariables = Exact<{
  input: EraseOrganizationInput;
}>;


export type ErasureEraseMutation = { eraseOrganization: { organizationId: string, name: string, needs: number, offers: number, responses: number, partnerships: number, matches: number, memberships: number, invitations: number, apiKeys: number, webhooks: number, deliveries: number, emailSuppressions: number, auditEntriesCleared: number } };

export type ErasureOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type ErasureOrganizationQuery = { organization: { id: string, name: string } | null };

export type ErasureInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type ErasureInviteMutation = { inviteMember: { token: string | null } };

export type ErasureSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ErasureSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type ErasureAcceptInvitationMutationVariables = Exact<{
  invitationToken: string;
}>;


export type ErasureAcceptInvitationMutation = { acceptInvitation: { id: string } };

export type ErasureMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasureMeQuery = { me: { id: string, memberships: Array<{ organization: { id: string } }> } | null };

export type ErasureCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type ErasureCreateWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type ErasureSuggestionAddedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type ErasureSuggestionAddedSubscription = { suggestionAdded: { id: string } };

export type OrganizationMembersInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type OrganizationMembersInviteMutation = { inviteMember: { token: string | null } };

export type OrganizationMembersSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type OrganizationMembersSignUpMutation = { signUp: { token: string } };

export type OrganizationMembersVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationMembersVerifyMutation = { verifyOrganization: { id: string, verified: boolean } };

export type OrganizationMembersListQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationMembersListQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, memberCount: number | null } }> } };

export type OrganizationMembersOneQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationMembersOneQuery = { organization: { id: string, memberCount: number | null } | null };

export type OrganizationMembersSignUpMembershipMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type OrganizationMembersSignUpMembershipMutation = { signUp: { token: string, user: { id: string, memberships: Array<{ id: string }> } } };

export type OrganizationMembersRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationMembersRemoveMutation = { removeMember: { id: string, role: Role, user: { id: string }, organization: { id: string } } };

export type OrganizationMembersUpdateMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type OrganizationMembersUpdateMutation = { updateMembership: { id: string, role: Role, notifySuggestions: boolean } };

export type OrganizationMembersMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type OrganizationMembersMembersQuery = { members: Array<{ id: string, role: Role, user: { id: string } }> };

export type OrganizationMembersCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type OrganizationMembersCreateNeedMutation = { createNeed: { id: string } };

export type OrganizationMembersSuggestionAddedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type OrganizationMembersSuggestionAddedSubscription = { suggestionAdded: { id: string } };

export type OwnResponseRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type OwnResponseRespondMutation = { respondToNeed: { id: string } };

export type OwnResponseRespondReadingBackMutationVariables = Exact<{
  input: RespondToNeedInput;
  organizationId?: string | number | null | undefined;
}>;


export type OwnResponseRespondReadingBackMutation = { respondToNeed: { id: string, need: { id: string, ownResponse: { id: string, status: ResponseStatus } | null } } };

export type OwnResponseDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type OwnResponseDeclineMutation = { declineResponse: { id: string, status: ResponseStatus } };

export type OwnResponseResponsesPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type OwnResponseResponsesPageQuery = { need: { id: string, responseCount: number | null, responses: Array<{ id: string, createdAt: string, organization: { id: string } }> | null } | null };

export type OwnResponseResponsesDefaultPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnResponseResponsesDefaultPageQuery = { need: { responses: Array<{ id: string }> | null } | null };

export type OwnResponseResponseCountQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnResponseResponseCountQuery = { need: { id: string, responseCount: number | null } | null };

export type OwnResponseNeedsWithResponsesQueryVariables = Exact<{
  filter: NeedFilter;
}>;


export type OwnResponseNeedsWithResponsesQuery = { needs: { edges: Array<{ node: { id: string, responseCount: number | null, responses: Array<{ id: string, organization: { id: string } }> | null } }> } };

export type OwnResponseCallsQueryVariables = Exact<{
  filter: NeedFilter;
  organizationId?: string | number | null | undefined;
}>;


export type OwnResponseCallsQuery = { needs: { edges: Array<{ node: { id: string, ownResponse: { id: string, status: ResponseStatus, message: string, organization: { id: string } } | null } }> } };

export type NeedsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: NeedFilter | null | undefined;
}>;


export type NeedsPageQuery = { needs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, createdAt: string } }> } };

export type OffersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OfferFilter | null | undefined;
}>;


export type OffersPageQuery = { offers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, createdAt: string } }> } };

export type OrganizationsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationsPageQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, createdAt: string } }> } };

export type PaginationNeedCountQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaginationNeedCountQuery = { needs: { totalCount: number } };

export type PaginationNeedsFirst101QueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationNeedsFirst101Query = { needs: { totalCount: number } };

export type PaginationOffersFirst0QueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationOffersFirst0Query = { offers: { totalCount: number } };

export type PaginationOffersFirst101QueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationOffersFirst101Query = { offers: { totalCount: number } };

export type PaginationOrganizationsFirst0QueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationOrganizationsFirst0Query = { organizations: { totalCount: number } };

export type PaginationOrganizationsFirst101QueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationOrganizationsFirst101Query = { organizations: { totalCount: number } };

export type PaginationCloseNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type PaginationCloseNeedMutation = { closeNeed: { status: NeedStatus } };

export type PaginationCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PaginationCloseOfferMutation = { closeOffer: { status: OfferStatus } };

export type PaginationVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
  verified?: boolean | null | undefined;
}>;


export type PaginationVerifyOrganizationMutation = { verifyOrganization: { id: string, verified: boolean } };

export type PartnerContactsInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type PartnerContactsInviteMutation = { inviteMember: { token: string | null } };

export type PartnerContactsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type PartnerContactsSignUpMutation = { signUp: { token: string } };

export type PartnerContactsListQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type PartnerContactsListQuery = { partnerships: { edges: Array<{ node: { id: string, partnerOrganization: { id: string }, contacts: Array<{ name: string, email: string | null, phone: string | null }> } }> } };

export type PartnerContactsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type PartnerContactsUpdateOrganizationMutation = { updateOrganization: { id: string } };

export type CapacitySuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacitySuggestionsQuery = { need: { suggestions: Array<{ id: string, offer: { id: string } }> | null } | null };

export type CapacityPartnershipsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type CapacityPartnershipsQuery = { partnerships: { totalCount: number, edges: Array<{ node: { status: PartnershipStatus, endedAt: string | null, need: { id: string }, offer: { id: string } | null, contacts: Array<{ name: string }> } }> } };

export type CapacityRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type CapacityRespondMutation = { respondToMatch: { id: string, status: MatchStatus, partnership: { id: string } | null } };

export type CapacityEndMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type CapacityEndMutation = { endPartnership: { id: string, status: PartnershipStatus, outcomeNote: string | null, endedAt: string | null } };

export type CapacityPlacesLeftQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityPlacesLeftQuery = { offer: { capacity: number | null, placesLeft: number | null } | null };

export type CapacityNeedStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type CapacityNeedStatusQuery = { need: { id: string, status: NeedStatus } | null };

export type PartnershipChangedEventsSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type PartnershipChangedEventsSubscription = { partnershipChanged: { id: string, status: PartnershipStatus, outcomeNote: string | null, endedAt: string | null, endedBy: PartnershipEnder | null, endedByOrganization: { id: string } | null, need: { id: string, status: NeedStatus }, needOrganization: { id: string }, partnerOrganization: { id: string } } };

export type PartnershipChangedEndMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type PartnershipChangedEndMutation = { endPartnership: { id: string, status: PartnershipStatus } };

export type PartnershipChangedListedQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type PartnershipChangedListedQuery = { partnerships: { edges: Array<{ node: { id: string, status: PartnershipStatus, endedBy: PartnershipEnder | null, endedByOrganization: { id: string, name: string } | null } }> } };

export type PartnershipChangedInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type PartnershipChangedInviteMutation = { inviteMember: { token: string | null } };

export type PartnershipChangedSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type PartnershipChangedSignUpMutation = { signUp: { token: string } };

export type EndedByMigrationEndMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type EndedByMigrationEndMutation = { endPartnership: { id: string } };

export type EndedByMigrationInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type EndedByMigrationInviteMutation = { inviteMember: { token: string | null } };

export type EndedByMigrationSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type EndedByMigrationSignUpMutation = { signUp: { token: string } };

export type PartnershipsListQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  statuses?: Array<PartnershipStatus> | PartnershipStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnershipsListQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PartnershipStatus, need: { id: string }, needOrganization: { id: string }, partnerOrganization: { id: string }, contacts: Array<{ name: string, email: string | null, phone: string | null }> } }> } };

export type PartnershipsOpenCallsQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
}>;


export type PartnershipsOpenCallsQuery = { needs: { edges: Array<{ node: { id: string, organization: { id: string } } }> } };

export type PendingResponsesRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type PendingResponsesRespondMutation = { respondToNeed: { id: string } };

export type PendingResponsesDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type PendingResponsesDeclineMutation = { declineResponse: { id: string } };

export type PendingResponsesWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type PendingResponsesWithdrawMutation = { withdrawResponse: { id: string } };

export type PendingResponsesListQueryVariables = Exact<{
  filter: NeedFilter;
  first?: number | null | undefined;
}>;


export type PendingResponsesListQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type QueueBoardInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type QueueBoardInviteMutation = { inviteMember: { token: string | null } };

export type QueueBoardSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type QueueBoardSignUpMutation = { signUp: { user: { id: string, hubAdmin: boolean } } };

export type QueueBoardScopedKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type QueueBoardScopedKeyMutation = { createApiKey: { token: string } };

export type RedisOutageQueueHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisOutageQueueHealthQuery = { queueHealth: Array<{ name: string, waiting: number }> };

export type RedisOutageMatchingBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisOutageMatchingBacklogQuery = { matchingBacklog: number };

export type RedisOutageSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RedisOutageSuggestionsQuery = { need: { suggestions: Array<{ offer: { id: string } }> | null } | null };

export type RespondByRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type RespondByRespondMutation = { respondToNeed: { id: string, status: ResponseStatus } };

export type RespondByNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type RespondByNeedQuery = { need: { id: string, status: NeedStatus, respondBy: string | null } | null };

export type RespondByListQueryVariables = Exact<{
  filter: NeedFilter;
}>;


export type RespondByListQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type RespondByCreateMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type RespondByCreateMutation = { createNeed: { id: string } };

export type RespondByUpdateMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type RespondByUpdateMutation = { updateNeed: { id: string, respondBy: string | null, endsOn: string | null } };

export type RespondedNeedsRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type RespondedNeedsRespondMutation = { respondToNeed: { id: string } };

export type RespondedNeedsDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type RespondedNeedsDeclineMutation = { declineResponse: { id: string } };

export type RespondedNeedsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type RespondedNeedsWithdrawMutation = { withdrawResponse: { id: string } };

export type RespondedNeedsCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type RespondedNeedsCloseMutation = { closeNeed: { id: string } };

export type RespondedNeedsListQueryVariables = Exact<{
  filter: NeedFilter;
  organizationId?: string | number | null | undefined;
}>;


export type RespondedNeedsListQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string, status: NeedStatus, ownResponse: { status: ResponseStatus } | null } }> } };

export type RespondedNeedsCountsQueryVariables = Exact<{
  filter: NeedFilter;
}>;


export type RespondedNeedsCountsQuery = { needCountsByMunicipality: Array<{ count: number }> };

export type ResponseChangedEventsSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type ResponseChangedEventsSubscription = { responseChanged: { id: string, status: ResponseStatus, message: string, organization: { id: string }, need: { id: string, status: NeedStatus, organization: { id: string } }, partnership: { id: string } | null } };

export type ResponseChangedRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type ResponseChangedRespondMutation = { respondToNeed: { id: string } };

export type ResponseChangedAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseChangedAcceptMutation = { acceptResponse: { id: string } };

export type ResponseChangedDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseChangedDeclineMutation = { declineResponse: { id: string } };

export type ResponseChangedWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseChangedWithdrawMutation = { withdrawResponse: { id: string } };

export type ResponseChangedAnswerSuggestionMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type ResponseChangedAnswerSuggestionMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type ResponseEventsRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type ResponseEventsRespondMutation = { respondToNeed: { id: string, status: ResponseStatus } };

export type ResponseEventsDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseEventsDeclineMutation = { declineResponse: { id: string, status: ResponseStatus } };

export type ResponseEventsAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseEventsAcceptMutation = { acceptResponse: { id: string } };

export type ResponseEventsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseEventsWithdrawMutation = { withdrawResponse: { id: string } };

export type ResponseEventsEndPartnershipMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type ResponseEventsEndPartnershipMutation = { endPartnership: { id: string, status: PartnershipStatus } };

export type ResponseEventsCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type ResponseEventsCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type ResponseEventsOrganizationEmailMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type ResponseEventsOrganizationEmailMutation = { updateOrganization: { id: string } };

export type ResponseEventsPreferencesMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type ResponseEventsPreferencesMutation = { updateSuggestionPreferences: { frequency: DigestFrequency, language: MessageLanguage } };

export type ResponsePartnershipRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type ResponsePartnershipRespondMutation = { respondToNeed: { id: string } };

export type ResponsePartnershipAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponsePartnershipAcceptMutation = { acceptResponse: { id: string } };

export type ResponsePartnershipEndMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type ResponsePartnershipEndMutation = { endPartnership: { id: string, status: PartnershipStatus, endedAt: string | null } };

export type ResponsePartnershipNeedResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponsePartnershipNeedResponsesQuery = { need: { id: string, status: NeedStatus, responses: Array<{ id: string, status: ResponseStatus, organization: { id: string }, partnership: { id: string, status: PartnershipStatus, endedAt: string | null } | null }> | null } | null };

export type ResponsePartnershipOwnResponseQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponsePartnershipOwnResponseQuery = { need: { id: string, ownResponse: { id: string, status: ResponseStatus, partnership: { id: string, status: PartnershipStatus, endedAt: string | null } | null } | null } | null };

export type ResponsePartnershipNeedsQueryVariables = Exact<{
  filter: NeedFilter;
}>;


export type ResponsePartnershipNeedsQuery = { needs: { edges: Array<{ node: { id: string, responses: Array<{ id: string, partnership: { id: string, status: PartnershipStatus } | null }> | null } }> } };

export type RegressionsCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type RegressionsCreateNeedMutation = { createNeed: { id: string } };

export type RegressionsCreateOffersMutationVariables = Exact<{
  input: Array<CreateOfferInput> | CreateOfferInput;
}>;


export type RegressionsCreateOffersMutation = { createOffers: Array<{ id: string }> };

export type RegressionsCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type RegressionsCreateWebhookMutation = { createWebhook: { secret: string } };

export type RegressionsNeedsByTextQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type RegressionsNeedsByTextQuery = { needs: { totalCount: number } };

export type RegressionsNegativeFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type RegressionsNegativeFirstQuery = { big: { edges: Array<{ node: { id: string, title: string, organization: { name: string } } }> }, small: { totalCount: number } };

export type RegressionsNeedCountQueryVariables = Exact<{ [key: string]: never; }>;


export type RegressionsNeedCountQuery = { needs: { totalCount: number } };

export type RegressionsMunicipalityNameQueryVariables = Exact<{ [key: string]: never; }>;


export type RegressionsMunicipalityNameQuery = { municipality: { name: string } | null };

export type RegressionsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type RegressionsLoginMutation = { login: { token: string } };

export type RegressionsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type RegressionsInviteMemberMutation = { inviteMember: { token: string | null } };

export type RegressionsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type RegressionsSignUpMutation = { signUp: { token: string } };

export type RegressionsVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type RegressionsVerifyOrganizationMutation = { verifyOrganization: { verified: boolean } };

export type RegressionsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type RegressionsUpdateOrganizationMutation = { updateOrganization: { verified: boolean } };

export type SessionsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type SessionsInviteMemberMutation = { inviteMember: { token: string | null } };

export type SessionsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SessionsSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type SessionsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SessionsLoginMutation = { login: { token: string, user: { id: string, email: string } } };

export type SessionsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsLogoutMutation = { logout: boolean };

export type SessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsMeQuery = { me: { id: string, email: string, name: string, hubAdmin: boolean, memberships: Array<{ id: string, role: Role, notifySuggestions: boolean, organization: { id: string, name: string, sector: Sector } }> } | null };

export type ShutdownNeedCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownNeedCountQuery = { needs: { totalCount: number } };

export type StatisticsHubQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type StatisticsHubQuery = { hubStatistics: { partnershipsFormed: number, ngosInvolved: number, suggestionsSent: number, suggestionsAccepted: number, suggestionsDeclined: number, partnershipsBySectorPair: Array<{ needSector: Sector, partnerSector: Sector, count: number }>, partnershipsByMunicipality: Array<{ count: number, municipality: { code: string, name: string } }>, partnershipsByTheme: Array<{ count: number, theme: { code: string, name: string } }>, declineReasons: Array<{ reason: DeclineReason | null, count: number }> } };

export type StatisticsTimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  interval?: StatisticsInterval | null | undefined;
}>;


export type StatisticsTimelineQuery = { hubStatistics: { partnershipsFormed: number, timeline: Array<{ periodStart: string, partnershipsFormed: number, suggestionsSent: number, accepted: number, declined: number }> } };

export type StatisticsOutcomesQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type StatisticsOutcomesQuery = { hubStatistics: { partnershipsFormed: number, partnershipsCompleted: number, partnershipsCancelled: number, publicServicesDelivered: number } };

export type StatisticsQueueHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsQueueHealthQuery = { queueHealth: Array<{ name: string, waiting: number, active: number, delayed: number, failed: number }> };

export type SubscriptionsSuggestionAddedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type SubscriptionsSuggestionAddedSubscription = { suggestionAdded: { id: string, score: number, status: MatchStatus, need: { id: string, title: string, organization: { id: string } }, offer: { id: string }, components: Array<{ name: string, score: number, explanation: string }> } };

export type SubscriptionsSuggestionAnsweredSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type SubscriptionsSuggestionAnsweredSubscription = { suggestionAnswered: { id: string, status: MatchStatus, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, declineReason: DeclineReason | null, need: { id: string, status: NeedStatus }, partnership: { id: string } | null, contacts: Array<{ name: string, email: string | null }> } };

export type SubscriptionsRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type SubscriptionsRespondMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type SubscriptionsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsOrganizationQuery = { organization: { id: string } | null };

export type SubscriptionsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SubscriptionsCreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string } } };

export type SubscriptionsRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type SubscriptionsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type SubscriptionsInviteMemberMutation = { inviteMember: { token: string | null } };

export type SubscriptionsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SubscriptionsSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type SubscriptionsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SubscriptionsLoginMutation = { login: { token: string } };

export type SubscriptionsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionsLogoutMutation = { logout: boolean };

export type SubscriptionsResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type SubscriptionsResetPasswordMutation = { resetPassword: { token: string } };

export type FlowMatchFragment = { id: string, status: MatchStatus, score: number, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, partnership: { id: string, status: PartnershipStatus } | null, contacts: Array<{ name: string, email: string | null, phone: string | null }> };

export type FlowEndPartnershipMutationVariables = Exact<{
  input: EndPartnershipInput;
}>;


export type FlowEndPartnershipMutation = { endPartnership: { id: string, status: PartnershipStatus } };

export type FlowCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type FlowCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type FlowMatchesQueryVariables = Exact<{
  id: string | number;
}>;


export type FlowMatchesQuery = { need: { suggestions: Array<{ id: string, status: MatchStatus, score: number, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, partnership: { id: string, status: PartnershipStatus } | null, contacts: Array<{ name: string, email: string | null, phone: string | null }> }> | null } | null };

export type FlowRespondToMatchMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type FlowRespondToMatchMutation = { respondToMatch: { id: string, status: MatchStatus, score: number, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, partnership: { id: string, status: PartnershipStatus } | null, contacts: Array<{ name: string, email: string | null, phone: string | null }> } };

export type FlowSuggestionIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type FlowSuggestionIdsQuery = { need: { suggestions: Array<{ id: string }> | null } | null };

export type FlowExplanationsQueryVariables = Exact<{
  id: string | number;
}>;


export type FlowExplanationsQuery = { need: { suggestions: Array<{ id: string, components: Array<{ name: string, explanation: string }> }> | null } | null };

export type FlowCreateTestWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type FlowCreateTestWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type FlowSendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type FlowSendTestWebhookMutation = { sendTestWebhook: { id: string } };

export type FlowCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type FlowCloseOfferMutation = { closeOffer: { id: string } };

export type FlowUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type FlowUpdateOrganizationMutation = { updateOrganization: { id: string } };

export type FlowUpdatePreferencesMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type FlowUpdatePreferencesMutation = { updateSuggestionPreferences: { language: MessageLanguage } };

export type PreferencesReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PreferencesReadQuery = { suggestionPreferences: { frequency: DigestFrequency, minScore: number | null, themeCodes: Array<string>, municipalityCodes: Array<string>, language: MessageLanguage } };

export type PreferencesUpdateMutationVariables = Exact<{
  input: UpdateSuggestionPreferencesInput;
}>;


export type PreferencesUpdateMutation = { updateSuggestionPreferences: { frequency: DigestFrequency, minScore: number | null, themeCodes: Array<string>, municipalityCodes: Array<string>, language: MessageLanguage } };

export type PreferencesSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PreferencesSuggestionsQuery = { need: { suggestions: Array<{ id: string, offer: { id: string } }> | null } | null };

export type PreferencesDeliveryLogQueryVariables = Exact<{
  id: string | number;
}>;


export type PreferencesDeliveryLogQuery = { deliveries: { totalCount: number, edges: Array<{ node: { kind: DeliveryKind, status: DeliveryStatus, recipient: string, attempts: number, sentAt: string | null, matchId: string | null } }> } };

export type PreferencesRespondToNeedMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type PreferencesRespondToNeedMutation = { respondToNeed: { id: string, status: ResponseStatus, message: string, offer: { id: string } | null, organization: { id: string } } };

export type PreferencesCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PreferencesCloseOfferMutation = { closeOffer: { id: string } };

export type PreferencesResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type PreferencesResponsesQuery = { need: { responses: Array<{ id: string }> | null } | null };

export type PreferencesDeclineResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type PreferencesDeclineResponseMutation = { declineResponse: { id: string, status: ResponseStatus } };

export type PreferencesWithdrawResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type PreferencesWithdrawResponseMutation = { withdrawResponse: { id: string, status: ResponseStatus } };

export type PreferencesAcceptResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type PreferencesAcceptResponseMutation = { acceptResponse: { id: string, status: PartnershipStatus, need: { id: string, status: NeedStatus }, offer: { id: string } | null, needOrganization: { id: string }, partnerOrganization: { id: string } } };

export type PreferencesInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type PreferencesInviteMemberMutation = { inviteMember: { token: string | null } };

export type PreferencesSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type PreferencesSignUpMutation = { signUp: { token: string, user: { memberships: Array<{ id: string }> } } };

export type PreferencesMyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesMyMembershipsQuery = { me: { memberships: Array<{ id: string, notifySuggestions: boolean, emailUnsubscribed: boolean }> } | null };

export type PreferencesUpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type PreferencesUpdateMembershipMutation = { updateMembership: { id: string, notifySuggestions: boolean, emailUnsubscribed: boolean } };

export type SuggestionsAwaitingOtherSideQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuggestionsAwaitingOtherSideQuery = { suggestionsAwaitingOtherSide: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: MatchStatus, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, need: { id: string, title: string, organization: { id: string, name: string } }, offer: { id: string, title: string, organization: { id: string, name: string } } } }> } };

export type SuggestionsAwaitingOtherSideAwaitingQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type SuggestionsAwaitingOtherSideAwaitingQuery = { suggestionsAwaiting: { edges: Array<{ node: { id: string } }> } };

export type SuggestionsAwaitingOtherSideRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type SuggestionsAwaitingOtherSideRespondMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type SuggestionsAwaitingOtherSideCloseNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type SuggestionsAwaitingOtherSideCloseNeedMutation = { closeNeed: { id: string, status: NeedStatus } };

export type SuggestionsAwaitingOtherSideBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestionsAwaitingOtherSideBacklogQuery = { matchingBacklog: number };

export type SuggestionsAwaitingQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuggestionsAwaitingQuery = { suggestionsAwaiting: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, score: number, status: MatchStatus, recommended: boolean, needDecision: MatchDecision | null, offerDecision: MatchDecision | null, need: { id: string, title: string, organization: { id: string, name: string } }, offer: { id: string, title: string, organization: { id: string, name: string } } } }> } };

export type SuggestionsAwaitingRespondMutationVariables = Exact<{
  input: RespondToMatchInput;
}>;


export type SuggestionsAwaitingRespondMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type SuggestionsAwaitingBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestionsAwaitingBacklogQuery = { matchingBacklog: number };

export type SuggestionsAwaitingNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestionsAwaitingNeedsQuery = { needs: { pageInfo: { endCursor: string | null } } };

export type TermCountsUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type TermCountsUpdateOfferMutation = { updateOffer: { id: string } };

export type TermCountsCloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type TermCountsCloseOfferMutation = { closeOffer: { id: string, status: OfferStatus } };

export type FixtureCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type FixtureCreateOrganizationMutation = { createOrganization: { id: string, name: string } };

export type FixtureCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type FixtureCreateApiKeyMutation = { createApiKey: { token: string } };

export type FixtureCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type FixtureCreateNeedMutation = { createNeed: { id: string } };

export type FixtureCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type FixtureCreateOfferMutation = { createOffer: { id: string } };

export type FixtureRespondToNeedMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type FixtureRespondToNeedMutation = { respondToNeed: { id: string } };

export type FixtureAcceptResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type FixtureAcceptResponseMutation = { acceptResponse: { id: string } };

export type SettleMatchingBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type SettleMatchingBacklogQuery = { matchingBacklog: number };

export type ValidationCreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type ValidationCreateNeedMutation = { createNeed: { id: string } };

export type ValidationCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type ValidationCreateOfferMutation = { createOffer: { id: string } };

export type ValidationCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type ValidationCreateOrganizationMutation = { createOrganization: { id: string } };

export type ValidationUpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type ValidationUpdateNeedMutation = { updateNeed: { id: string } };

export type ValidationNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ValidationNeedQuery = { need: { id: string } | null };

export type ValidationNeedPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ValidationNeedPageQuery = { needs: { edges: Array<{ node: { id: string } }>, pageInfo: { endCursor: string | null } } };

export type ValidationNeedCountQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ValidationNeedCountQuery = { needs: { totalCount: number } };

export type ValidationNeedsFilteredQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
}>;


export type ValidationNeedsFilteredQuery = { needs: { totalCount: number } };

export type ValidationOffersFilteredQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
}>;


export type ValidationOffersFilteredQuery = { offers: { totalCount: number } };

export type ValidationOrganizationsFilteredQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;


export type ValidationOrganizationsFilteredQuery = { organizations: { totalCount: number } };

export type ValidationCreateNeedAtLimitsMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type ValidationCreateNeedAtLimitsMutation = { createNeed: { title: string, description: string, budgetEur: number | null, startsOn: string | null, endsOn: string | null } };

export type ValidationCreateOfferAtLimitsMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type ValidationCreateOfferAtLimitsMutation = { createOffer: { title: string, capacity: number | null, valueEur: number | null } };

export type ValidationCreateOrganizationWithNumbersMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type ValidationCreateOrganizationWithNumbersMutation = { createOrganization: { id: string, taxNumber: string | null, registrationNumber: string | null } };

export type ValidationUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type ValidationUpdateOrganizationMutation = { updateOrganization: { id: string } };

export type ValidationLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ValidationLoginMutation = { login: { token: string } };

export type ValidationInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type ValidationInviteMemberMutation = { inviteMember: { token: string | null } };

export type ValidationSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ValidationSignUpMutation = { signUp: { token: string } };

export type ValidationCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ValidationCreateApiKeyMutation = { createApiKey: { token: string } };

export type ValidationVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ValidationVerifyOrganizationMutation = { verifyOrganization: { verified: boolean } };

export type ValidationEndsOnCreateMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type ValidationEndsOnCreateMutation = { createNeed: { id: string, status: NeedStatus, endsOn: string | null } };

export type ValidationEndsOnUpdateMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type ValidationEndsOnUpdateMutation = { updateNeed: { id: string, title: string, endsOn: string | null } };

export type ValidationEndsOnCreateManyMutationVariables = Exact<{
  input: Array<CreateNeedInput> | CreateNeedInput;
}>;


export type ValidationEndsOnCreateManyMutation = { createNeeds: Array<{ id: string, endsOn: string | null }> };

export type ValidationEndsOnUpdateManyMutationVariables = Exact<{
  input: Array<UpdateNeedInput> | UpdateNeedInput;
}>;


export type ValidationEndsOnUpdateManyMutation = { updateNeeds: Array<{ id: string, endsOn: string | null }> };

export type ValidationRespondByCreateMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type ValidationRespondByCreateMutation = { createNeed: { id: string, status: NeedStatus, respondBy: string | null } };

export type ValidationRespondByUpdateMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type ValidationRespondByUpdateMutation = { updateNeed: { id: string, title: string, respondBy: string | null } };

export type ValidationRespondByCreateManyMutationVariables = Exact<{
  input: Array<CreateNeedInput> | CreateNeedInput;
}>;


export type ValidationRespondByCreateManyMutation = { createNeeds: Array<{ id: string, respondBy: string | null }> };

export type ValidationRespondByUpdateManyMutationVariables = Exact<{
  input: Array<UpdateNeedInput> | UpdateNeedInput;
}>;


export type ValidationRespondByUpdateManyMutation = { updateNeeds: Array<{ id: string, respondBy: string | null }> };

export type ValidationCreateOfferDaysMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type ValidationCreateOfferDaysMutation = { createOffer: { id: string, availableFrom: string | null, availableUntil: string | null } };

export type ValidationUpdateOffersDaysMutationVariables = Exact<{
  input: Array<UpdateOfferInput> | UpdateOfferInput;
}>;


export type ValidationUpdateOffersDaysMutation = { updateOffers: Array<{ id: string, availableUntil: string | null }> };

export type ValidationUpdateOrganizationTextsMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type ValidationUpdateOrganizationTextsMutation = { updateOrganization: { name: string, description: string | null } };

export type ValidationCreateNamedOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type ValidationCreateNamedOrganizationMutation = { createOrganization: { id: string, name: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ViewerKind, hub: boolean, organizations: Array<{ id: string, name: string }>, user: { id: string, email: string } | null, apiKey: { id: string, name: string, tokenPrefix: string, organizationId: string | null } | null } };

export type ViewerWithoutOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerWithoutOrganizationsQuery = { viewer: { kind: ViewerKind, hub: boolean, user: { id: string, name: string, email: string } | null, apiKey: { id: string, name: string, tokenPrefix: string } | null } };

export type ViewerMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerMunicipalityQuery = { municipality: { name: string } | null };

export type ViewerCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ViewerCreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, name: string, tokenPrefix: string } } };

export type ViewerRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerRevokeApiKeyMutation = { revokeApiKey: { id: string } };

export type ViewerInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type ViewerInviteMemberMutation = { inviteMember: { token: string | null } };

export type ViewerSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ViewerSignUpMutation = { signUp: { token: string, user: { id: string } } };

export type ViewerAcceptInvitationMutationVariables = Exact<{
  invitationToken: string;
}>;


export type ViewerAcceptInvitationMutation = { acceptInvitation: { id: string } };

export type ViewerLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ViewerLoginMutation = { login: { token: string } };

export type WebhooksCreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type WebhooksCreateMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string } } };

export type WebhooksListQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type WebhooksListQuery = { webhooks: Array<{ id: string, url: string, events: Array<WebhookEvent>, active: boolean }> };

export type WebhooksDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksDeleteMutation = { deleteWebhook: { id: string, active: boolean } };

export type WebhooksUpdateMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type WebhooksUpdateMutation = { updateWebhook: { id: string, url: string, events: Array<WebhookEvent>, active: boolean } };

export type WebhooksSendTestMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksSendTestMutation = { sendTestWebhook: { id: string, kind: DeliveryKind, channel: DeliveryChannel, status: DeliveryStatus, attempts: number, nextAttemptAt: string } };

export type WebhooksWithLogsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type WebhooksWithLogsQuery = { webhooks: Array<{ id: string, deliveries: { totalCount: number, edges: Array<{ node: { id: string, status: DeliveryStatus } }> } }> };

export type WebhooksDeliveryLogQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhooksDeliveryLogQuery = { webhook: { id: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: DeliveryKind, channel: DeliveryChannel, status: DeliveryStatus, attempts: number, lastError: string | null, lastResponseStatus: number | null, sentAt: string | null, createdAt: string } }> } } | null };

export type WebhooksDispatchedDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhooksDispatchedDeliveriesQuery = { webhook: { deliveries: { totalCount: number, edges: Array<{ node: { id: string, kind: DeliveryKind, channel: DeliveryChannel, status: DeliveryStatus, attempts: number, lastError: string | null, lastResponseStatus: number | null, nextAttemptAt: string, sentAt: string | null } }> } } | null };

export type WithdrawResponseRespondMutationVariables = Exact<{
  input: RespondToNeedInput;
}>;


export type WithdrawResponseRespondMutation = { respondToNeed: { id: string, status: ResponseStatus } };

export type WithdrawResponseWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawResponseWithdrawMutation = { withdrawResponse: { id: string, status: ResponseStatus, organization: { id: string } } };

export type WithdrawResponseAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawResponseAcceptMutation = { acceptResponse: { id: string } };

export type WithdrawResponseDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawResponseDeclineMutation = { declineResponse: { id: string } };

export type WithdrawResponseNeedResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type WithdrawResponseNeedResponsesQuery = { need: { id: string, responseCount: number | null, responses: Array<{ id: string, status: ResponseStatus }> | null } | null };

export type WorkerCrashBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerCrashBacklogQuery = { matchingBacklog: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WhoFragmentDoc = new TypedDocumentString(`
    fragment Who on Organization {
  id
  name
  sector
  verified
  municipality {
    code
  }
}
    `, {"fragmentName":"Who"}) as unknown as TypedDocumentString<WhoFragment, unknown>;
export const PosterFragmentDoc = new TypedDocumentString(`
    fragment Poster on Organization {
  id
  name
  verified
}
    `, {"fragmentName":"Poster"}) as unknown as TypedDocumentString<PosterFragment, unknown>;
export const FlowMatchFragmentDoc = new TypedDocumentString(`
    fragment FlowMatch on Match {
  id
  status
  score
  needDecision
  offerDecision
  partnership {
    id
    status
  }
  contacts {
    name
    email
    phone
  }
}
    `, {"fragmentName":"FlowMatch"}) as unknown as TypedDocumentString<FlowMatchFragment, unknown>;
export const ThrottleInviteDocument = new TypedDocumentString(`
    mutation ThrottleInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ThrottleInviteMutation, ThrottleInviteMutationVariables>;
export const ThrottleSignUpDocument = new TypedDocumentString(`
    mutation ThrottleSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ThrottleSignUpMutation, ThrottleSignUpMutationVariables>;
export const ThrottleLoginDocument = new TypedDocumentString(`
    mutation ThrottleLogin($input: LoginInput!) {
  login(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThrottleLoginMutation, ThrottleLoginMutationVariables>;
export const ThrottleResetDocument = new TypedDocumentString(`
    mutation ThrottleReset($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ThrottleResetMutation, ThrottleResetMutationVariables>;
export const AccountsInviteMemberDocument = new TypedDocumentString(`
    mutation AccountsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
    emailed
    invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsInviteMemberMutation, AccountsInviteMemberMutationVariables>;
export const AccountsInvitationsEmailedDocument = new TypedDocumentString(`
    query AccountsInvitationsEmailed {
  invitationsEmailed
}
    `) as unknown as TypedDocumentString<AccountsInvitationsEmailedQuery, AccountsInvitationsEmailedQueryVariables>;
export const AccountsSignUpDocument = new TypedDocumentString(`
    mutation AccountsSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsSignUpMutation, AccountsSignUpMutationVariables>;
export const AccountsLoginDocument = new TypedDocumentString(`
    mutation AccountsLogin($input: LoginInput!) {
  login(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsLoginMutation, AccountsLoginMutationVariables>;
export const AccountsMembersDocument = new TypedDocumentString(`
    query AccountsMembers($organizationId: ID!) {
  members(organizationId: $organizationId) {
    id
    role
    notifySuggestions
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsMembersQuery, AccountsMembersQueryVariables>;
export const AccountsInvitationsDocument = new TypedDocumentString(`
    query AccountsInvitations($organizationId: ID!) {
  invitations(organizationId: $organizationId) {
    id
    email
    role
    expiresAt
    acceptedAt
  }
}
    `) as unknown as TypedDocumentString<AccountsInvitationsQuery, AccountsInvitationsQueryVariables>;
export const AccountsRequestPasswordResetDocument = new TypedDocumentString(`
    mutation AccountsRequestPasswordReset($email: String!, $language: MessageLanguage) {
  requestPasswordReset(email: $email, language: $language)
}
    `) as unknown as TypedDocumentString<AccountsRequestPasswordResetMutation, AccountsRequestPasswordResetMutationVariables>;
export const AccountsResetPasswordDocument = new TypedDocumentString(`
    mutation AccountsResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsResetPasswordMutation, AccountsResetPasswordMutationVariables>;
export const AccountsRevokeInvitationDocument = new TypedDocumentString(`
    mutation AccountsRevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    expiresAt
    acceptedAt
  }
}
    `) as unknown as TypedDocumentString<AccountsRevokeInvitationMutation, AccountsRevokeInvitationMutationVariables>;
export const AccountsUpdateMembershipDocument = new TypedDocumentString(`
    mutation AccountsUpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    notifySuggestions
  }
}
    `) as unknown as TypedDocumentString<AccountsUpdateMembershipMutation, AccountsUpdateMembershipMutationVariables>;
export const AccountsMeDocument = new TypedDocumentString(`
    query AccountsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountsMeQuery, AccountsMeQueryVariables>;
export const AccountsInvitationPreviewDocument = new TypedDocumentString(`
    query AccountsInvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    organizationName
    role
    accountExists
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AccountsInvitationPreviewQuery, AccountsInvitationPreviewQueryVariables>;
export const AccountsAcceptInvitationDocument = new TypedDocumentString(`
    mutation AccountsAcceptInvitation($invitationToken: String!) {
  acceptInvitation(invitationToken: $invitationToken) {
    id
    hubAdmin
    memberships {
      role
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsAcceptInvitationMutation, AccountsAcceptInvitationMutationVariables>;
export const AnsweredComponentsSuggestionsDocument = new TypedDocumentString(`
    query AnsweredComponentsSuggestions($id: ID!) {
  need(id: $id) {
    suggestions {
      id
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnsweredComponentsSuggestionsQuery, AnsweredComponentsSuggestionsQueryVariables>;
export const AnsweredComponentsRespondDocument = new TypedDocumentString(`
    mutation AnsweredComponentsRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AnsweredComponentsRespondMutation, AnsweredComponentsRespondMutationVariables>;
export const AnsweredComponentsUpdateOfferDocument = new TypedDocumentString(`
    mutation AnsweredComponentsUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
    capacity
  }
}
    `) as unknown as TypedDocumentString<AnsweredComponentsUpdateOfferMutation, AnsweredComponentsUpdateOfferMutationVariables>;
export const LastUsedCreateApiKeyDocument = new TypedDocumentString(`
    mutation LastUsedCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LastUsedCreateApiKeyMutation, LastUsedCreateApiKeyMutationVariables>;
export const LastUsedRevokeApiKeyDocument = new TypedDocumentString(`
    mutation LastUsedRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<LastUsedRevokeApiKeyMutation, LastUsedRevokeApiKeyMutationVariables>;
export const LastUsedApiKeysDocument = new TypedDocumentString(`
    query LastUsedApiKeys($organizationId: ID) {
  apiKeys(organizationId: $organizationId) {
    id
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<LastUsedApiKeysQuery, LastUsedApiKeysQueryVariables>;
export const LastUsedViewerDocument = new TypedDocumentString(`
    query LastUsedViewer {
  viewer {
    kind
  }
}
    `) as unknown as TypedDocumentString<LastUsedViewerQuery, LastUsedViewerQueryVariables>;
export const ScopesCreateApiKeyDocument = new TypedDocumentString(`
    mutation ScopesCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      scopes
    }
  }
}
    `) as unknown as TypedDocumentString<ScopesCreateApiKeyMutation, ScopesCreateApiKeyMutationVariables>;
export const ScopesApiKeysDocument = new TypedDocumentString(`
    query ScopesApiKeys($organizationId: ID) {
  apiKeys(organizationId: $organizationId) {
    id
    scopes
  }
}
    `) as unknown as TypedDocumentString<ScopesApiKeysQuery, ScopesApiKeysQueryVariables>;
export const ScopesCreateNeedDocument = new TypedDocumentString(`
    mutation ScopesCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopesCreateNeedMutation, ScopesCreateNeedMutationVariables>;
export const ScopesCloseNeedDocument = new TypedDocumentString(`
    mutation ScopesCloseNeed($id: ID!) {
  closeNeed(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ScopesCloseNeedMutation, ScopesCloseNeedMutationVariables>;
export const ScopesNeedDocument = new TypedDocumentString(`
    query ScopesNeed($id: ID!) {
  need(id: $id) {
    id
    title
    suggestions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScopesNeedQuery, ScopesNeedQueryVariables>;
export const ScopesRespondDocument = new TypedDocumentString(`
    mutation ScopesRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScopesRespondMutation, ScopesRespondMutationVariables>;
export const ScopesCreateWebhookDocument = new TypedDocumentString(`
    mutation ScopesCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScopesCreateWebhookMutation, ScopesCreateWebhookMutationVariables>;
export const ScopesVerifyDocument = new TypedDocumentString(`
    mutation ScopesVerify($id: ID!) {
  verifyOrganization(id: $id) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<ScopesVerifyMutation, ScopesVerifyMutationVariables>;
export const ScopesUpdatePreferencesDocument = new TypedDocumentString(`
    mutation ScopesUpdatePreferences($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    frequency
  }
}
    `) as unknown as TypedDocumentString<ScopesUpdatePreferencesMutation, ScopesUpdatePreferencesMutationVariables>;
export const ScopesPasswordResetDocument = new TypedDocumentString(`
    mutation ScopesPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<ScopesPasswordResetMutation, ScopesPasswordResetMutationVariables>;
export const LimitsCloseNeedDocument = new TypedDocumentString(`
    mutation LimitsCloseNeed($id: ID!) {
  closeNeed(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsCloseNeedMutation, LimitsCloseNeedMutationVariables>;
export const LimitsNeedCountDocument = new TypedDocumentString(`
    query LimitsNeedCount {
  needs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsNeedCountQuery, LimitsNeedCountQueryVariables>;
export const LimitsNeedsFirst0Document = new TypedDocumentString(`
    query LimitsNeedsFirst0 {
  needs(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsNeedsFirst0Query, LimitsNeedsFirst0QueryVariables>;
export const LimitsCheapPageDocument = new TypedDocumentString(`
    query LimitsCheapPage {
  needs(first: 5) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCheapPageQuery, LimitsCheapPageQueryVariables>;
export const LimitsCostlyDocument = new TypedDocumentString(`
    query LimitsCostly {
  needs(first: 100) {
    totalCount
    edges {
      node {
        id
        title
        organization {
          id
          name
          municipality {
            name
          }
        }
        themes {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCostlyQuery, LimitsCostlyQueryVariables>;
export const LimitsPageOfDocument = new TypedDocumentString(`
    query LimitsPageOf($first: Int) {
  needs(first: $first) {
    edges {
      node {
        id
        title
        organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsPageOfQuery, LimitsPageOfQueryVariables>;
export const LimitsTwentyDocument = new TypedDocumentString(`
    query LimitsTwenty {
  needs(first: 20) {
    edges {
      node {
        id
        title
        organization {
          name
          municipality {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsTwentyQuery, LimitsTwentyQueryVariables>;
export const LimitsDefaultPageDocument = new TypedDocumentString(`
    query LimitsDefaultPage {
  needs {
    edges {
      node {
        id
        title
        organization {
          name
          municipality {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsDefaultPageQuery, LimitsDefaultPageQueryVariables>;
export const LimitsOneNeedDocument = new TypedDocumentString(`
    query LimitsOneNeed {
  needs(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsOneNeedQuery, LimitsOneNeedQueryVariables>;
export const LimitsSixOrganizationsDocument = new TypedDocumentString(`
    query LimitsSixOrganizations($id: ID!) {
  o0: organization(id: $id) {
    id
  }
  o1: organization(id: $id) {
    id
  }
  o2: organization(id: $id) {
    id
  }
  o3: organization(id: $id) {
    id
  }
  o4: organization(id: $id) {
    id
  }
  o5: organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsSixOrganizationsQuery, LimitsSixOrganizationsQueryVariables>;
export const LimitsOneOfferDocument = new TypedDocumentString(`
    query LimitsOneOffer {
  offers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsOneOfferQuery, LimitsOneOfferQueryVariables>;
export const LimitsOneOrganizationPageDocument = new TypedDocumentString(`
    query LimitsOneOrganizationPage {
  organizations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsOneOrganizationPageQuery, LimitsOneOrganizationPageQueryVariables>;
export const LimitsOrganizationDocument = new TypedDocumentString(`
    query LimitsOrganization($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsOrganizationQuery, LimitsOrganizationQueryVariables>;
export const LimitsMeDocument = new TypedDocumentString(`
    query LimitsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsMeQuery, LimitsMeQueryVariables>;
export const LimitsThemesDocument = new TypedDocumentString(`
    query LimitsThemes {
  themes {
    code
  }
}
    `) as unknown as TypedDocumentString<LimitsThemesQuery, LimitsThemesQueryVariables>;
export const LimitsTypenameAndThemesDocument = new TypedDocumentString(`
    query LimitsTypenameAndThemes {
  __typename
  themes {
    code
  }
}
    `) as unknown as TypedDocumentString<LimitsTypenameAndThemesQuery, LimitsTypenameAndThemesQueryVariables>;
export const AuthorizationCreateNeedDocument = new TypedDocumentString(`
    mutation AuthorizationCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateNeedMutation, AuthorizationCreateNeedMutationVariables>;
export const AuthorizationUpdateNeedDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateNeed($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateNeedMutation, AuthorizationUpdateNeedMutationVariables>;
export const AuthorizationCloseNeedDocument = new TypedDocumentString(`
    mutation AuthorizationCloseNeed($id: ID!) {
  closeNeed(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCloseNeedMutation, AuthorizationCloseNeedMutationVariables>;
export const AuthorizationCreateOfferDocument = new TypedDocumentString(`
    mutation AuthorizationCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateOfferMutation, AuthorizationCreateOfferMutationVariables>;
export const AuthorizationUpdateOfferDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateOfferMutation, AuthorizationUpdateOfferMutationVariables>;
export const AuthorizationCloseOfferDocument = new TypedDocumentString(`
    mutation AuthorizationCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCloseOfferMutation, AuthorizationCloseOfferMutationVariables>;
export const AuthorizationCreateOrganizationDocument = new TypedDocumentString(`
    mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateOrganizationMutation, AuthorizationCreateOrganizationMutationVariables>;
export const AuthorizationUpdateOrganizationDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
    description
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateOrganizationMutation, AuthorizationUpdateOrganizationMutationVariables>;
export const AuthorizationVerifyOrganizationDocument = new TypedDocumentString(`
    mutation AuthorizationVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<AuthorizationVerifyOrganizationMutation, AuthorizationVerifyOrganizationMutationVariables>;
export const AuthorizationCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuthorizationCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      organizationId
      tokenPrefix
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateApiKeyMutation, AuthorizationCreateApiKeyMutationVariables>;
export const AuthorizationRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AuthorizationRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRevokeApiKeyMutation, AuthorizationRevokeApiKeyMutationVariables>;
export const AuthorizationInviteMemberDocument = new TypedDocumentString(`
    mutation AuthorizationInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
    invitation {
      id
      email
      role
      organizationId
      acceptedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationInviteMemberMutation, AuthorizationInviteMemberMutationVariables>;
export const AuthorizationSignUpDocument = new TypedDocumentString(`
    mutation AuthorizationSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      email
      hubAdmin
      memberships {
        role
        organization {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationSignUpMutation, AuthorizationSignUpMutationVariables>;
export const AuthorizationLoginDocument = new TypedDocumentString(`
    mutation AuthorizationLogin($input: LoginInput!) {
  login(input: $input) {
    token
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationLoginMutation, AuthorizationLoginMutationVariables>;
export const AuthorizationMeDocument = new TypedDocumentString(`
    query AuthorizationMe {
  me {
    id
    email
    name
    hubAdmin
    memberships {
      role
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationMeQuery, AuthorizationMeQueryVariables>;
export const AuthorizationBacklogDocument = new TypedDocumentString(`
    query AuthorizationBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<AuthorizationBacklogQuery, AuthorizationBacklogQueryVariables>;
export const AuthorizationNeedCountDocument = new TypedDocumentString(`
    query AuthorizationNeedCount {
  needs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthorizationNeedCountQuery, AuthorizationNeedCountQueryVariables>;
export const AuthorizationOfferCountDocument = new TypedDocumentString(`
    query AuthorizationOfferCount {
  offers {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthorizationOfferCountQuery, AuthorizationOfferCountQueryVariables>;
export const AuthorizationOrganizationCountDocument = new TypedDocumentString(`
    query AuthorizationOrganizationCount {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthorizationOrganizationCountQuery, AuthorizationOrganizationCountQueryVariables>;
export const AuthorizationNeedDocument = new TypedDocumentString(`
    query AuthorizationNeed($id: ID!) {
  need(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationNeedQuery, AuthorizationNeedQueryVariables>;
export const AuthorizationOfferDocument = new TypedDocumentString(`
    query AuthorizationOffer($id: ID!) {
  offer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationOfferQuery, AuthorizationOfferQueryVariables>;
export const AuthorizationOrganizationDocument = new TypedDocumentString(`
    query AuthorizationOrganization($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationOrganizationQuery, AuthorizationOrganizationQueryVariables>;
export const AuthorizationThemesDocument = new TypedDocumentString(`
    query AuthorizationThemes {
  themes {
    code
  }
}
    `) as unknown as TypedDocumentString<AuthorizationThemesQuery, AuthorizationThemesQueryVariables>;
export const AuthorizationPublicReferenceDataDocument = new TypedDocumentString(`
    query AuthorizationPublicReferenceData {
  municipalities {
    code
  }
  themes {
    code
  }
  municipality(code: "052") {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthorizationPublicReferenceDataQuery, AuthorizationPublicReferenceDataQueryVariables>;
export const AuthorizationReadAllDocument = new TypedDocumentString(`
    query AuthorizationReadAll($need: ID!, $offer: ID!, $organization: ID!) {
  need(id: $need) {
    id
    organization {
      id
    }
  }
  offer(id: $offer) {
    id
    organization {
      id
    }
  }
  organization(id: $organization) {
    id
    name
  }
  needs(first: 100) {
    edges {
      node {
        id
      }
    }
  }
  offers(first: 100) {
    edges {
      node {
        id
      }
    }
  }
  organizations(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationReadAllQuery, AuthorizationReadAllQueryVariables>;
export const AuthorizationNeedSuggestionsDocument = new TypedDocumentString(`
    query AuthorizationNeedSuggestions($id: ID!) {
  need(id: $id) {
    id
    title
    suggestions {
      id
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationNeedSuggestionsQuery, AuthorizationNeedSuggestionsQueryVariables>;
export const AuthorizationOfferSuggestionsDocument = new TypedDocumentString(`
    query AuthorizationOfferSuggestions($id: ID!) {
  offer(id: $id) {
    id
    title
    suggestions {
      id
      need {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationOfferSuggestionsQuery, AuthorizationOfferSuggestionsQueryVariables>;
export const AuthorizationNeedsWithSuggestionsDocument = new TypedDocumentString(`
    query AuthorizationNeedsWithSuggestions {
  needs(first: 100) {
    edges {
      node {
        id
        organization {
          id
        }
        suggestions {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationNeedsWithSuggestionsQuery, AuthorizationNeedsWithSuggestionsQueryVariables>;
export const AuthorizationNestedSuggestionsDocument = new TypedDocumentString(`
    query AuthorizationNestedSuggestions($id: ID!) {
  need(id: $id) {
    id
    suggestions {
      id
      offer {
        id
        suggestions {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationNestedSuggestionsQuery, AuthorizationNestedSuggestionsQueryVariables>;
export const AuthorizationForeignPartnershipsDocument = new TypedDocumentString(`
    query AuthorizationForeignPartnerships($organizationId: ID!) {
  partnerships(organizationId: $organizationId) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignPartnershipsQuery, AuthorizationForeignPartnershipsQueryVariables>;
export const AuthorizationAllPartnershipsDocument = new TypedDocumentString(`
    query AuthorizationAllPartnerships {
  partnerships {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthorizationAllPartnershipsQuery, AuthorizationAllPartnershipsQueryVariables>;
export const AuthorizationForeignDeliveriesDocument = new TypedDocumentString(`
    query AuthorizationForeignDeliveries($organizationId: ID!) {
  deliveries(organizationId: $organizationId) {
    totalCount
    edges {
      node {
        recipient
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignDeliveriesQuery, AuthorizationForeignDeliveriesQueryVariables>;
export const AuthorizationForeignPreferencesDocument = new TypedDocumentString(`
    query AuthorizationForeignPreferences($organizationId: ID!) {
  suggestionPreferences(organizationId: $organizationId) {
    frequency
    minScore
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignPreferencesQuery, AuthorizationForeignPreferencesQueryVariables>;
export const AuthorizationForeignWebhooksDocument = new TypedDocumentString(`
    query AuthorizationForeignWebhooks($organizationId: ID!) {
  webhooks(organizationId: $organizationId) {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignWebhooksQuery, AuthorizationForeignWebhooksQueryVariables>;
export const AuthorizationForeignWebhookDocument = new TypedDocumentString(`
    query AuthorizationForeignWebhook($id: ID!) {
  webhook(id: $id) {
    id
    url
    deliveries {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignWebhookQuery, AuthorizationForeignWebhookQueryVariables>;
export const AuthorizationForeignApiKeysDocument = new TypedDocumentString(`
    query AuthorizationForeignApiKeys($organizationId: ID) {
  apiKeys(organizationId: $organizationId) {
    id
    tokenPrefix
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignApiKeysQuery, AuthorizationForeignApiKeysQueryVariables>;
export const AuthorizationForeignMembersDocument = new TypedDocumentString(`
    query AuthorizationForeignMembers($organizationId: ID!) {
  members(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignMembersQuery, AuthorizationForeignMembersQueryVariables>;
export const AuthorizationForeignInvitationsDocument = new TypedDocumentString(`
    query AuthorizationForeignInvitations($organizationId: ID!) {
  invitations(organizationId: $organizationId) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<AuthorizationForeignInvitationsQuery, AuthorizationForeignInvitationsQueryVariables>;
export const AuthorizationCreateWebhookDocument = new TypedDocumentString(`
    mutation AuthorizationCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateWebhookMutation, AuthorizationCreateWebhookMutationVariables>;
export const WebInviteMemberDocument = new TypedDocumentString(`
    mutation WebInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebInviteMemberMutation, WebInviteMemberMutationVariables>;
export const BulkCreateOffersDocument = new TypedDocumentString(`
    mutation BulkCreateOffers($input: [CreateOfferInput!]!) {
  createOffers(input: $input) {
    id
    title
    description
    status
    reach
    resourceTypes
    availableFrom
    availableUntil
    valueEur
    capacity
    createdAt
    updatedAt
    lastMatchedAt
    themes {
      code
    }
    serviceArea {
      code
    }
    municipality {
      code
      name
    }
    organization {
      id
      name
      sector
      verified
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulkCreateOffersMutation, BulkCreateOffersMutationVariables>;
export const BulkCreateNeedsDocument = new TypedDocumentString(`
    mutation BulkCreateNeeds($input: [CreateNeedInput!]!) {
  createNeeds(input: $input) {
    id
    title
    kind
    status
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BulkCreateNeedsMutation, BulkCreateNeedsMutationVariables>;
export const BulkCreateOneOfferDocument = new TypedDocumentString(`
    mutation BulkCreateOneOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
    title
    description
    status
    reach
    resourceTypes
    availableFrom
    availableUntil
    valueEur
    capacity
    createdAt
    updatedAt
    lastMatchedAt
    themes {
      code
    }
    serviceArea {
      code
    }
    municipality {
      code
      name
    }
    organization {
      id
      name
      sector
      verified
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulkCreateOneOfferMutation, BulkCreateOneOfferMutationVariables>;
export const BulkOfferDocument = new TypedDocumentString(`
    query BulkOffer($id: ID!) {
  offer(id: $id) {
    id
    title
    description
    status
    reach
    resourceTypes
    availableFrom
    availableUntil
    valueEur
    capacity
    createdAt
    updatedAt
    lastMatchedAt
    themes {
      code
    }
    serviceArea {
      code
    }
    municipality {
      code
      name
    }
    organization {
      id
      name
      sector
      verified
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulkOfferQuery, BulkOfferQueryVariables>;
export const BulkOfferScoredDocument = new TypedDocumentString(`
    query BulkOfferScored($id: ID!) {
  offer(id: $id) {
    lastMatchedAt
  }
}
    `) as unknown as TypedDocumentString<BulkOfferScoredQuery, BulkOfferScoredQueryVariables>;
export const BulkUpdateOfferDocument = new TypedDocumentString(`
    mutation BulkUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
    title
    description
    status
    reach
    resourceTypes
    availableFrom
    availableUntil
    valueEur
    capacity
    createdAt
    updatedAt
    lastMatchedAt
    themes {
      code
    }
    serviceArea {
      code
    }
    municipality {
      code
      name
    }
    organization {
      id
      name
      sector
      verified
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulkUpdateOfferMutation, BulkUpdateOfferMutationVariables>;
export const BulkCloseOfferDocument = new TypedDocumentString(`
    mutation BulkCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    id
    status
    updatedAt
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BulkCloseOfferMutation, BulkCloseOfferMutationVariables>;
export const BulkUpdateSeedDocument = new TypedDocumentString(`
    mutation BulkUpdateSeed($input: [CreateOfferInput!]!) {
  createOffers(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<BulkUpdateSeedMutation, BulkUpdateSeedMutationVariables>;
export const BulkUpdateOffersDocument = new TypedDocumentString(`
    mutation BulkUpdateOffers($input: [UpdateOfferInput!]!) {
  updateOffers(input: $input) {
    id
    title
    valueEur
    status
  }
}
    `) as unknown as TypedDocumentString<BulkUpdateOffersMutation, BulkUpdateOffersMutationVariables>;
export const BulkUpdateNeedsDocument = new TypedDocumentString(`
    mutation BulkUpdateNeeds($input: [UpdateNeedInput!]!) {
  updateNeeds(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<BulkUpdateNeedsMutation, BulkUpdateNeedsMutationVariables>;
export const BulkUpdateCloseDocument = new TypedDocumentString(`
    mutation BulkUpdateClose($id: ID!) {
  closeOffer(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BulkUpdateCloseMutation, BulkUpdateCloseMutationVariables>;
export const CalibratedSendingRecommendedDocument = new TypedDocumentString(`
    query CalibratedSendingRecommended($id: ID!) {
  need(id: $id) {
    suggestions(first: 50) {
      score
      recommended
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CalibratedSendingRecommendedQuery, CalibratedSendingRecommendedQueryVariables>;
export const CapacityExplanationSuggestionsDocument = new TypedDocumentString(`
    query CapacityExplanationSuggestions($id: ID!) {
  need(id: $id) {
    suggestions {
      id
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityExplanationSuggestionsQuery, CapacityExplanationSuggestionsQueryVariables>;
export const CapacityExplanationMatchDocument = new TypedDocumentString(`
    query CapacityExplanationMatch($id: ID!) {
  match(id: $id) {
    id
    status
    score
    components {
      name
      score
      sl: explanation
      en: explanation(language: EN)
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityExplanationMatchQuery, CapacityExplanationMatchQueryVariables>;
export const CapacityExplanationRespondDocument = new TypedDocumentString(`
    mutation CapacityExplanationRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
    partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityExplanationRespondMutation, CapacityExplanationRespondMutationVariables>;
export const CapacityExplanationEndDocument = new TypedDocumentString(`
    mutation CapacityExplanationEnd($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CapacityExplanationEndMutation, CapacityExplanationEndMutationVariables>;
export const ContractReferenceDataDocument = new TypedDocumentString(`
    query ContractReferenceData {
  municipalities {
    code
    name
    region
  }
  themes {
    code
    name
    parent {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ContractReferenceDataQuery, ContractReferenceDataQueryVariables>;
export const ContractRegionsDocument = new TypedDocumentString(`
    query ContractRegions {
  municipalities {
    code
    region
    regionEn
  }
}
    `) as unknown as TypedDocumentString<ContractRegionsQuery, ContractRegionsQueryVariables>;
export const ContractNeedDocument = new TypedDocumentString(`
    query ContractNeed($id: ID!) {
  need(id: $id) {
    id
    title
    status
    lastMatchedAt
    startsOn
    endsOn
    budgetEur
    resourceTypes
    organization {
      id
      name
      sector
      municipality {
        code
        name
      }
    }
    municipality {
      code
    }
    themes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ContractNeedQuery, ContractNeedQueryVariables>;
export const ContractOfferDocument = new TypedDocumentString(`
    query ContractOffer($id: ID!) {
  offer(id: $id) {
    status
    reach
    capacity
    valueEur
    availableFrom
    availableUntil
    serviceArea {
      code
    }
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ContractOfferQuery, ContractOfferQueryVariables>;
export const ContractUpdateNeedDocument = new TypedDocumentString(`
    mutation ContractUpdateNeed($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    title
    endsOn
    themes {
      code
    }
    budgetEur
  }
}
    `) as unknown as TypedDocumentString<ContractUpdateNeedMutation, ContractUpdateNeedMutationVariables>;
export const ContractCloseNeedDocument = new TypedDocumentString(`
    mutation ContractCloseNeed($id: ID!) {
  closeNeed(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ContractCloseNeedMutation, ContractCloseNeedMutationVariables>;
export const ContractUpdateOfferDocument = new TypedDocumentString(`
    mutation ContractUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    capacity
    reach
  }
}
    `) as unknown as TypedDocumentString<ContractUpdateOfferMutation, ContractUpdateOfferMutationVariables>;
export const ContractCloseOfferDocument = new TypedDocumentString(`
    mutation ContractCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ContractCloseOfferMutation, ContractCloseOfferMutationVariables>;
export const ContractMissingDocument = new TypedDocumentString(`
    query ContractMissing($id: ID!) {
  need(id: $id) {
    id
  }
  offer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContractMissingQuery, ContractMissingQueryVariables>;
export const ContractContactDocument = new TypedDocumentString(`
    query ContractContact($id: ID!) {
  organization(id: $id) {
    contact {
      name
      email
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<ContractContactQuery, ContractContactQueryVariables>;
export const DatabaseOutageNeedCountDocument = new TypedDocumentString(`
    query DatabaseOutageNeedCount {
  needs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageNeedCountQuery, DatabaseOutageNeedCountQueryVariables>;
export const DatabaseOutageSettingsAndNeedDocument = new TypedDocumentString(`
    query DatabaseOutageSettingsAndNeed($id: ID!) {
  matchingSettings {
    listingThreshold
  }
  need(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageSettingsAndNeedQuery, DatabaseOutageSettingsAndNeedQueryVariables>;
export const DeleteAccountInviteDocument = new TypedDocumentString(`
    mutation DeleteAccountInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountInviteMutation, DeleteAccountInviteMutationVariables>;
export const DeleteAccountSignUpDocument = new TypedDocumentString(`
    mutation DeleteAccountSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      memberships {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountSignUpMutation, DeleteAccountSignUpMutationVariables>;
export const DeleteAccountLoginDocument = new TypedDocumentString(`
    mutation DeleteAccountLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountLoginMutation, DeleteAccountLoginMutationVariables>;
export const DeleteAccountDeleteDocument = new TypedDocumentString(`
    mutation DeleteAccountDelete($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAccountDeleteMutation, DeleteAccountDeleteMutationVariables>;
export const DeleteAccountMeDocument = new TypedDocumentString(`
    query DeleteAccountMe {
  me {
    id
    memberships {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMeQuery, DeleteAccountMeQueryVariables>;
export const DeleteAccountMembersDocument = new TypedDocumentString(`
    query DeleteAccountMembers($organizationId: ID!) {
  members(organizationId: $organizationId) {
    id
    role
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMembersQuery, DeleteAccountMembersQueryVariables>;
export const DeleteAccountUpdateMembershipDocument = new TypedDocumentString(`
    mutation DeleteAccountUpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountUpdateMembershipMutation, DeleteAccountUpdateMembershipMutationVariables>;
export const DeleteAccountAcceptDocument = new TypedDocumentString(`
    mutation DeleteAccountAccept($token: String!) {
  acceptInvitation(invitationToken: $token) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountAcceptMutation, DeleteAccountAcceptMutationVariables>;
export const DeleteAccountNeedDocument = new TypedDocumentString(`
    query DeleteAccountNeed($id: ID!) {
  need(id: $id) {
    id
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountNeedQuery, DeleteAccountNeedQueryVariables>;
export const DeleteAccountOrganizationDocument = new TypedDocumentString(`
    query DeleteAccountOrganization($id: ID!) {
  organization(id: $id) {
    id
    memberCount
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountOrganizationQuery, DeleteAccountOrganizationQueryVariables>;
export const DeleteAccountSuggestionAddedDocument = new TypedDocumentString(`
    subscription DeleteAccountSuggestionAdded($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountSuggestionAddedSubscription, DeleteAccountSuggestionAddedSubscriptionVariables>;
export const DigestLeaseUpdatePreferencesDocument = new TypedDocumentString(`
    mutation DigestLeaseUpdatePreferences($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    frequency
  }
}
    `) as unknown as TypedDocumentString<DigestLeaseUpdatePreferencesMutation, DigestLeaseUpdatePreferencesMutationVariables>;
export const EventsSubscriberSuggestionAddedDocument = new TypedDocumentString(`
    subscription EventsSubscriberSuggestionAdded($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EventsSubscriberSuggestionAddedSubscription, EventsSubscriberSuggestionAddedSubscriptionVariables>;
export const EventsSubscriberSuggestionAnsweredDocument = new TypedDocumentString(`
    subscription EventsSubscriberSuggestionAnswered($organizationId: ID!) {
  suggestionAnswered(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EventsSubscriberSuggestionAnsweredSubscription, EventsSubscriberSuggestionAnsweredSubscriptionVariables>;
export const EventsSubscriberResponseChangedDocument = new TypedDocumentString(`
    subscription EventsSubscriberResponseChanged($organizationId: ID!) {
  responseChanged(organizationId: $organizationId) {
    id
    status
    organization {
      id
    }
    need {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EventsSubscriberResponseChangedSubscription, EventsSubscriberResponseChangedSubscriptionVariables>;
export const EventsSubscriberPartnershipChangedDocument = new TypedDocumentString(`
    subscription EventsSubscriberPartnershipChanged($organizationId: ID!) {
  partnershipChanged(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EventsSubscriberPartnershipChangedSubscription, EventsSubscriberPartnershipChangedSubscriptionVariables>;
export const EventsSubscriberLoginDocument = new TypedDocumentString(`
    mutation EventsSubscriberLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<EventsSubscriberLoginMutation, EventsSubscriberLoginMutationVariables>;
export const EventsSubscriberRespondDocument = new TypedDocumentString(`
    mutation EventsSubscriberRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EventsSubscriberRespondMutation, EventsSubscriberRespondMutationVariables>;
export const FaultsCreateOrganizationDocument = new TypedDocumentString(`
    mutation FaultsCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateOrganizationMutation, FaultsCreateOrganizationMutationVariables>;
export const FaultsCreateWebhookDocument = new TypedDocumentString(`
    mutation FaultsCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateWebhookMutation, FaultsCreateWebhookMutationVariables>;
export const FaultsCreateNeedDocument = new TypedDocumentString(`
    mutation FaultsCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateNeedMutation, FaultsCreateNeedMutationVariables>;
export const FaultsCreateOfferDocument = new TypedDocumentString(`
    mutation FaultsCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateOfferMutation, FaultsCreateOfferMutationVariables>;
export const ScaleOutSuggestionAddedDocument = new TypedDocumentString(`
    subscription ScaleOutSuggestionAdded($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id
    need {
      id
    }
    offer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleOutSuggestionAddedSubscription, ScaleOutSuggestionAddedSubscriptionVariables>;
export const FuzzInviteMemberDocument = new TypedDocumentString(`
    mutation FuzzInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<FuzzInviteMemberMutation, FuzzInviteMemberMutationVariables>;
export const FuzzSignUpDocument = new TypedDocumentString(`
    mutation FuzzSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzSignUpMutation, FuzzSignUpMutationVariables>;
export const FuzzLoginDocument = new TypedDocumentString(`
    mutation FuzzLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<FuzzLoginMutation, FuzzLoginMutationVariables>;
export const FuzzCreateWebhookDocument = new TypedDocumentString(`
    mutation FuzzCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzCreateWebhookMutation, FuzzCreateWebhookMutationVariables>;
export const FuzzRespondToNeedDocument = new TypedDocumentString(`
    mutation FuzzRespondToNeed($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzRespondToNeedMutation, FuzzRespondToNeedMutationVariables>;
export const RetryCreateOffersDocument = new TypedDocumentString(`
    mutation RetryCreateOffers($input: [CreateOfferInput!]!) {
  createOffers(input: $input) {
    id
    title
    externalId
    status
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RetryCreateOffersMutation, RetryCreateOffersMutationVariables>;
export const RetryOfferExternalIdDocument = new TypedDocumentString(`
    query RetryOfferExternalId($id: ID!) {
  offer(id: $id) {
    id
    externalId
  }
}
    `) as unknown as TypedDocumentString<RetryOfferExternalIdQuery, RetryOfferExternalIdQueryVariables>;
export const RetryCreateNeedDocument = new TypedDocumentString(`
    mutation RetryCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
    title
    externalId
  }
}
    `) as unknown as TypedDocumentString<RetryCreateNeedMutation, RetryCreateNeedMutationVariables>;
export const RetryUpdateOfferDocument = new TypedDocumentString(`
    mutation RetryUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
    title
    externalId
  }
}
    `) as unknown as TypedDocumentString<RetryUpdateOfferMutation, RetryUpdateOfferMutationVariables>;
export const KeptSuggestionsUpdateOfferDocument = new TypedDocumentString(`
    mutation KeptSuggestionsUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeptSuggestionsUpdateOfferMutation, KeptSuggestionsUpdateOfferMutationVariables>;
export const KeptSuggestionsUpdateNeedDocument = new TypedDocumentString(`
    mutation KeptSuggestionsUpdateNeed($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeptSuggestionsUpdateNeedMutation, KeptSuggestionsUpdateNeedMutationVariables>;
export const KeptSuggestionsRespondDocument = new TypedDocumentString(`
    mutation KeptSuggestionsRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<KeptSuggestionsRespondMutation, KeptSuggestionsRespondMutationVariables>;
export const KeptSuggestionsMatchDocument = new TypedDocumentString(`
    query KeptSuggestionsMatch($id: ID!) {
  match(id: $id) {
    id
    status
    score
    components {
      name
      en: explanation(language: EN)
    }
  }
}
    `) as unknown as TypedDocumentString<KeptSuggestionsMatchQuery, KeptSuggestionsMatchQueryVariables>;
export const ListOrganizationSummaryDocument = new TypedDocumentString(`
    query ListOrganizationSummary($id: ID!) {
  needs(first: 5, filter: {organizationId: $id}) {
    edges {
      node {
        id
        who: organization {
          ...Who
        }
      }
    }
  }
  offers(first: 5, filter: {organizationId: $id}) {
    edges {
      node {
        id
        organization {
          __typename
          id
          name
          sector
          verified
          municipality {
            code
          }
        }
      }
    }
  }
}
    fragment Who on Organization {
  id
  name
  sector
  verified
  municipality {
    code
  }
}`) as unknown as TypedDocumentString<ListOrganizationSummaryQuery, ListOrganizationSummaryQueryVariables>;
export const ListOrganizationMoreDocument = new TypedDocumentString(`
    query ListOrganizationMore($id: ID!) {
  needs(first: 5, filter: {organizationId: $id}) {
    edges {
      node {
        id
        organization {
          ...Who
        }
        ... on Need {
          description
          organization {
            description
            themes {
              code
            }
          }
        }
      }
    }
  }
  offers(first: 5, filter: {organizationId: $id}) {
    edges {
      node {
        id
        organization {
          name
          website
          createdAt
        }
      }
    }
  }
}
    fragment Who on Organization {
  id
  name
  sector
  verified
  municipality {
    code
  }
}`) as unknown as TypedDocumentString<ListOrganizationMoreQuery, ListOrganizationMoreQueryVariables>;
export const SuggestedOrganizationsDocument = new TypedDocumentString(`
    query SuggestedOrganizations($id: ID!) {
  summary: need(id: $id) {
    suggestions(first: 5) {
      offer {
        organization {
          id
          name
        }
      }
    }
  }
  more: need(id: $id) {
    suggestions(first: 5) {
      offer {
        organization {
          ... on Organization {
            description
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestedOrganizationsQuery, SuggestedOrganizationsQueryVariables>;
export const SuggestedOfferDescriptionsDocument = new TypedDocumentString(`
    query SuggestedOfferDescriptions($id: ID!) {
  without: need(id: $id) {
    suggestions(first: 5) {
      offer {
        id
        title
      }
    }
  }
  with: need(id: $id) {
    suggestions(first: 5) {
      offer {
        id
        ... on Offer {
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestedOfferDescriptionsQuery, SuggestedOfferDescriptionsQueryVariables>;
export const PostingOrganizationsDocument = new TypedDocumentString(`
    query PostingOrganizations($needId: ID!, $offerId: ID!) {
  need(id: $needId) {
    id
    organization {
      id
      name
      sector
      verified
      municipality {
        code
      }
    }
  }
  offer(id: $offerId) {
    id
    organization {
      ...Poster
    }
  }
  whole: need(id: $needId) {
    id
    organization {
      name
      description
      website
    }
  }
}
    fragment Poster on Organization {
  id
  name
  verified
}`) as unknown as TypedDocumentString<PostingOrganizationsQuery, PostingOrganizationsQueryVariables>;
export const MatchByIdDocument = new TypedDocumentString(`
    query MatchById($id: ID!) {
  match(id: $id) {
    id
    status
    score
    recommended
    needDecision
    offerDecision
    declineReason
    need {
      id
      title
    }
    offer {
      id
      title
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchByIdQuery, MatchByIdQueryVariables>;
export const MatchByIdDeclineDocument = new TypedDocumentString(`
    mutation MatchByIdDecline($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MatchByIdDeclineMutation, MatchByIdDeclineMutationVariables>;
export const LanesRematchAllDocument = new TypedDocumentString(`
    mutation LanesRematchAll {
  rematchAll
}
    `) as unknown as TypedDocumentString<LanesRematchAllMutation, LanesRematchAllMutationVariables>;
export const LanesMatchingProgressDocument = new TypedDocumentString(`
    query LanesMatchingProgress {
  matchingBacklog
  matchingLanes {
    name
    waiting
    active
    delayed
  }
  rematchProgress {
    startedAt
    total
    done
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<LanesMatchingProgressQuery, LanesMatchingProgressQueryVariables>;
export const MatchingSettingsInForceDocument = new TypedDocumentString(`
    query MatchingSettingsInForce {
  matchingSettings {
    sendingThreshold
    defaultSendingThreshold
    sendingThresholdUpdatedAt
    sendingThresholdUpdatedBy
  }
}
    `) as unknown as TypedDocumentString<MatchingSettingsInForceQuery, MatchingSettingsInForceQueryVariables>;
export const SendingTradeOffsDocument = new TypedDocumentString(`
    query SendingTradeOffs {
  matchingSettings {
    sendingTradeOffs {
      measuredOn
      needs
      points {
        threshold
        pairsSent
        sentGood
        perfectPairsSent
        needsLeftQuiet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SendingTradeOffsQuery, SendingTradeOffsQueryVariables>;
export const UnsentPairsReachingDocument = new TypedDocumentString(`
    query UnsentPairsReaching($sendingThreshold: Float!) {
  unsentPairsReaching(sendingThreshold: $sendingThreshold)
}
    `) as unknown as TypedDocumentString<UnsentPairsReachingQuery, UnsentPairsReachingQueryVariables>;
export const UpdateMatchingSettingsDocument = new TypedDocumentString(`
    mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {
  updateMatchingSettings(input: $input) {
    sendingThreshold
    defaultSendingThreshold
    sendingThresholdUpdatedAt
    sendingThresholdUpdatedBy
  }
}
    `) as unknown as TypedDocumentString<UpdateMatchingSettingsMutation, UpdateMatchingSettingsMutationVariables>;
export const MatchingSuggestionsDocument = new TypedDocumentString(`
    query MatchingSuggestions($id: ID!) {
  need(id: $id) {
    lastMatchedAt
    suggestions {
      id
      score
      status
      offer {
        id
      }
      components {
        name
        score
        weight
        shortfall
        effect
        explanation
        en: explanation(language: EN)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingSuggestionsQuery, MatchingSuggestionsQueryVariables>;
export const MatchingBacklogDocument = new TypedDocumentString(`
    query MatchingBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<MatchingBacklogQuery, MatchingBacklogQueryVariables>;
export const MatchingUpdateNeedDocument = new TypedDocumentString(`
    mutation MatchingUpdateNeed($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatchingUpdateNeedMutation, MatchingUpdateNeedMutationVariables>;
export const MatchingSuggestionIdsDocument = new TypedDocumentString(`
    query MatchingSuggestionIds($id: ID!, $first: Int, $offset: Int) {
  need(id: $id) {
    suggestions(first: $first, offset: $offset) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingSuggestionIdsQuery, MatchingSuggestionIdsQueryVariables>;
export const MatchingRematchAllDocument = new TypedDocumentString(`
    mutation MatchingRematchAll {
  rematchAll
}
    `) as unknown as TypedDocumentString<MatchingRematchAllMutation, MatchingRematchAllMutationVariables>;
export const MatchingUpdateOfferDocument = new TypedDocumentString(`
    mutation MatchingUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatchingUpdateOfferMutation, MatchingUpdateOfferMutationVariables>;
export const MetricsAccessThemesDocument = new TypedDocumentString(`
    query MetricsAccessThemes {
  themes {
    code
  }
}
    `) as unknown as TypedDocumentString<MetricsAccessThemesQuery, MetricsAccessThemesQueryVariables>;
export const MetricsUpdatePreferencesDocument = new TypedDocumentString(`
    mutation MetricsUpdatePreferences($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    frequency
  }
}
    `) as unknown as TypedDocumentString<MetricsUpdatePreferencesMutation, MetricsUpdatePreferencesMutationVariables>;
export const NPlusOneNeedsDocument = new TypedDocumentString(`
    query NPlusOneNeeds($first: Int) {
  needs(first: $first) {
    totalCount
    edges {
      node {
        id
        title
        organization {
          id
          name
          municipality {
            name
          }
        }
        municipality {
          code
        }
        themes {
          code
          parent {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneNeedsQuery, NPlusOneNeedsQueryVariables>;
export const NPlusOneNeedsWithoutCountDocument = new TypedDocumentString(`
    query NPlusOneNeedsWithoutCount {
  needs(first: 20) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneNeedsWithoutCountQuery, NPlusOneNeedsWithoutCountQueryVariables>;
export const NPlusOneNeedWithSuggestionsDocument = new TypedDocumentString(`
    query NPlusOneNeedWithSuggestions($id: ID!) {
  need(id: $id) {
    id
    organization {
      name
    }
    suggestions(first: 10) {
      id
      offer {
        id
        organization {
          name
        }
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneNeedWithSuggestionsQuery, NPlusOneNeedWithSuggestionsQueryVariables>;
export const NPlusOneNeedDocument = new TypedDocumentString(`
    query NPlusOneNeed($id: ID!) {
  need(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NPlusOneNeedQuery, NPlusOneNeedQueryVariables>;
export const NPlusOneThreeNeedsDocument = new TypedDocumentString(`
    query NPlusOneThreeNeeds($a: ID!, $b: ID!, $c: ID!) {
  n0: need(id: $a) {
    id
  }
  n1: need(id: $b) {
    id
  }
  n2: need(id: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<NPlusOneThreeNeedsQuery, NPlusOneThreeNeedsQueryVariables>;
export const NPlusOneOffersDocument = new TypedDocumentString(`
    query NPlusOneOffers {
  offers(first: 10) {
    totalCount
    edges {
      node {
        id
        organization {
          id
          name
        }
        municipality {
          name
        }
        serviceArea {
          code
        }
        themes {
          code
          parent {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneOffersQuery, NPlusOneOffersQueryVariables>;
export const NPlusOneOrganizationsDocument = new TypedDocumentString(`
    query NPlusOneOrganizations {
  organizations(first: 50) {
    totalCount
    edges {
      node {
        id
        name
        municipality {
          name
          region
        }
        themes {
          code
          parent {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneOrganizationsQuery, NPlusOneOrganizationsQueryVariables>;
export const NPlusOneOrganizationsWithMemberCountDocument = new TypedDocumentString(`
    query NPlusOneOrganizationsWithMemberCount {
  organizations(first: 50) {
    edges {
      node {
        id
        memberCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneOrganizationsWithMemberCountQuery, NPlusOneOrganizationsWithMemberCountQueryVariables>;
export const NPlusOneInviteMemberDocument = new TypedDocumentString(`
    mutation NPlusOneInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<NPlusOneInviteMemberMutation, NPlusOneInviteMemberMutationVariables>;
export const NPlusOneSignUpDocument = new TypedDocumentString(`
    mutation NPlusOneSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<NPlusOneSignUpMutation, NPlusOneSignUpMutationVariables>;
export const NPlusOnePartnershipsDocument = new TypedDocumentString(`
    query NPlusOnePartnerships($first: Int) {
  partnerships(first: $first) {
    edges {
      node {
        id
        endedBy
        needOrganization {
          name
        }
        partnerOrganization {
          name
        }
        endedByOrganization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOnePartnershipsQuery, NPlusOnePartnershipsQueryVariables>;
export const NPlusOnePartnershipsCountedDocument = new TypedDocumentString(`
    query NPlusOnePartnershipsCounted($first: Int) {
  partnerships(first: $first) {
    totalCount
    edges {
      node {
        id
        needOrganization {
          name
        }
        partnerOrganization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOnePartnershipsCountedQuery, NPlusOnePartnershipsCountedQueryVariables>;
export const NPlusOnePartnershipsWithoutEnderDocument = new TypedDocumentString(`
    query NPlusOnePartnershipsWithoutEnder($first: Int) {
  partnerships(first: $first) {
    edges {
      node {
        id
        needOrganization {
          name
        }
        partnerOrganization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOnePartnershipsWithoutEnderQuery, NPlusOnePartnershipsWithoutEnderQueryVariables>;
export const NeedClosedRespondDocument = new TypedDocumentString(`
    mutation NeedClosedRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NeedClosedRespondMutation, NeedClosedRespondMutationVariables>;
export const NeedClosedCloseDocument = new TypedDocumentString(`
    mutation NeedClosedClose($id: ID!) {
  closeNeed(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NeedClosedCloseMutation, NeedClosedCloseMutationVariables>;
export const NeedClosedResponsesDocument = new TypedDocumentString(`
    query NeedClosedResponses($id: ID!) {
  need(id: $id) {
    status
    responses {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NeedClosedResponsesQuery, NeedClosedResponsesQueryVariables>;
export const NeedClosedOwnResponseDocument = new TypedDocumentString(`
    query NeedClosedOwnResponse($id: ID!) {
  need(id: $id) {
    ownResponse {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NeedClosedOwnResponseQuery, NeedClosedOwnResponseQueryVariables>;
export const NeedClosedAcceptDocument = new TypedDocumentString(`
    mutation NeedClosedAccept($id: ID!) {
  acceptResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NeedClosedAcceptMutation, NeedClosedAcceptMutationVariables>;
export const NeedClosedDeclineDocument = new TypedDocumentString(`
    mutation NeedClosedDecline($id: ID!) {
  declineResponse(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NeedClosedDeclineMutation, NeedClosedDeclineMutationVariables>;
export const NeedClosedWithdrawDocument = new TypedDocumentString(`
    mutation NeedClosedWithdraw($id: ID!) {
  withdrawResponse(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NeedClosedWithdrawMutation, NeedClosedWithdrawMutationVariables>;
export const NeedClosedCreateWebhookDocument = new TypedDocumentString(`
    mutation NeedClosedCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NeedClosedCreateWebhookMutation, NeedClosedCreateWebhookMutationVariables>;
export const NeedClosedPreferencesDocument = new TypedDocumentString(`
    mutation NeedClosedPreferences($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    frequency
    language
  }
}
    `) as unknown as TypedDocumentString<NeedClosedPreferencesMutation, NeedClosedPreferencesMutationVariables>;
export const NeedCountsDocument = new TypedDocumentString(`
    query NeedCounts($filter: NeedFilter) {
  needCountsByMunicipality(filter: $filter) {
    count
    municipality {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NeedCountsQuery, NeedCountsQueryVariables>;
export const NeedCountsPageDocument = new TypedDocumentString(`
    query NeedCountsPage($filter: NeedFilter, $after: String) {
  needs(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        municipality {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedCountsPageQuery, NeedCountsPageQueryVariables>;
export const NeedPartnershipRespondDocument = new TypedDocumentString(`
    mutation NeedPartnershipRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipRespondMutation, NeedPartnershipRespondMutationVariables>;
export const NeedPartnershipSuggestionsDocument = new TypedDocumentString(`
    query NeedPartnershipSuggestions($id: ID!) {
  need(id: $id) {
    suggestions {
      id
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipSuggestionsQuery, NeedPartnershipSuggestionsQueryVariables>;
export const NeedPartnershipRespondToMatchDocument = new TypedDocumentString(`
    mutation NeedPartnershipRespondToMatch($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
    partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipRespondToMatchMutation, NeedPartnershipRespondToMatchMutationVariables>;
export const NeedPartnershipEndDocument = new TypedDocumentString(`
    mutation NeedPartnershipEnd($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipEndMutation, NeedPartnershipEndMutationVariables>;
export const NeedPartnershipNeedDocument = new TypedDocumentString(`
    query NeedPartnershipNeed($id: ID!) {
  need(id: $id) {
    status
    partnership {
      id
      status
      needOrganization {
        id
      }
      partnerOrganization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipNeedQuery, NeedPartnershipNeedQueryVariables>;
export const NeedPartnershipResponsesDocument = new TypedDocumentString(`
    query NeedPartnershipResponses($id: ID!) {
  need(id: $id) {
    responses {
      id
      status
      organization {
        id
      }
      partnership {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipResponsesQuery, NeedPartnershipResponsesQueryVariables>;
export const NeedPartnershipNeedsDocument = new TypedDocumentString(`
    query NeedPartnershipNeeds($filter: NeedFilter!) {
  needs(filter: $filter, first: 20) {
    edges {
      node {
        id
        partnership {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedPartnershipNeedsQuery, NeedPartnershipNeedsQueryVariables>;
export const ErasureEraseDocument = new TypedDocumentString(`
    mutation ErasureErase($input: EraseOrganizationInput!) {
  eraseOrganization(input: $input) {
    organizationId
    name
    needs
    offers
    responses
    partnerships
    matches
    memberships
    invitations
    apiKeys
    webhooks
    deliveries
    emailSuppressions
    auditEntriesCleared
  }
}
    `) as unknown as TypedDocumentString<ErasureEraseMutation, ErasureEraseMutationVariables>;
export const ErasureOrganizationDocument = new TypedDocumentString(`
    query ErasureOrganization($id: ID!) {
  organization(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ErasureOrganizationQuery, ErasureOrganizationQueryVariables>;
export const ErasureInviteDocument = new TypedDocumentString(`
    mutation ErasureInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ErasureInviteMutation, ErasureInviteMutationVariables>;
export const ErasureSignUpDocument = new TypedDocumentString(`
    mutation ErasureSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureSignUpMutation, ErasureSignUpMutationVariables>;
export const ErasureAcceptInvitationDocument = new TypedDocumentString(`
    mutation ErasureAcceptInvitation($invitationToken: String!) {
  acceptInvitation(invitationToken: $invitationToken) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErasureAcceptInvitationMutation, ErasureAcceptInvitationMutationVariables>;
export const ErasureMeDocument = new TypedDocumentString(`
    query ErasureMe {
  me {
    id
    memberships {
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureMeQuery, ErasureMeQueryVariables>;
export const ErasureCreateWebhookDocument = new TypedDocumentString(`
    mutation ErasureCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureCreateWebhookMutation, ErasureCreateWebhookMutationVariables>;
export const ErasureSuggestionAddedDocument = new TypedDocumentString(`
    subscription ErasureSuggestionAdded($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErasureSuggestionAddedSubscription, ErasureSuggestionAddedSubscriptionVariables>;
export const OrganizationMembersInviteDocument = new TypedDocumentString(`
    mutation OrganizationMembersInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersInviteMutation, OrganizationMembersInviteMutationVariables>;
export const OrganizationMembersSignUpDocument = new TypedDocumentString(`
    mutation OrganizationMembersSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersSignUpMutation, OrganizationMembersSignUpMutationVariables>;
export const OrganizationMembersVerifyDocument = new TypedDocumentString(`
    mutation OrganizationMembersVerify($id: ID!) {
  verifyOrganization(id: $id) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersVerifyMutation, OrganizationMembersVerifyMutationVariables>;
export const OrganizationMembersListDocument = new TypedDocumentString(`
    query OrganizationMembersList($filter: OrganizationFilter) {
  organizations(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        memberCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersListQuery, OrganizationMembersListQueryVariables>;
export const OrganizationMembersOneDocument = new TypedDocumentString(`
    query OrganizationMembersOne($id: ID!) {
  organization(id: $id) {
    id
    memberCount
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersOneQuery, OrganizationMembersOneQueryVariables>;
export const OrganizationMembersSignUpMembershipDocument = new TypedDocumentString(`
    mutation OrganizationMembersSignUpMembership($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      memberships {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersSignUpMembershipMutation, OrganizationMembersSignUpMembershipMutationVariables>;
export const OrganizationMembersRemoveDocument = new TypedDocumentString(`
    mutation OrganizationMembersRemove($id: ID!) {
  removeMember(id: $id) {
    id
    role
    user {
      id
    }
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersRemoveMutation, OrganizationMembersRemoveMutationVariables>;
export const OrganizationMembersUpdateDocument = new TypedDocumentString(`
    mutation OrganizationMembersUpdate($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    role
    notifySuggestions
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersUpdateMutation, OrganizationMembersUpdateMutationVariables>;
export const OrganizationMembersMembersDocument = new TypedDocumentString(`
    query OrganizationMembersMembers($organizationId: ID!) {
  members(organizationId: $organizationId) {
    id
    role
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersMembersQuery, OrganizationMembersMembersQueryVariables>;
export const OrganizationMembersCreateNeedDocument = new TypedDocumentString(`
    mutation OrganizationMembersCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersCreateNeedMutation, OrganizationMembersCreateNeedMutationVariables>;
export const OrganizationMembersSuggestionAddedDocument = new TypedDocumentString(`
    subscription OrganizationMembersSuggestionAdded($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersSuggestionAddedSubscription, OrganizationMembersSuggestionAddedSubscriptionVariables>;
export const OwnResponseRespondDocument = new TypedDocumentString(`
    mutation OwnResponseRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OwnResponseRespondMutation, OwnResponseRespondMutationVariables>;
export const OwnResponseRespondReadingBackDocument = new TypedDocumentString(`
    mutation OwnResponseRespondReadingBack($input: RespondToNeedInput!, $organizationId: ID) {
  respondToNeed(input: $input) {
    id
    need {
      id
      ownResponse(organizationId: $organizationId) {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnResponseRespondReadingBackMutation, OwnResponseRespondReadingBackMutationVariables>;
export const OwnResponseDeclineDocument = new TypedDocumentString(`
    mutation OwnResponseDecline($id: ID!) {
  declineResponse(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OwnResponseDeclineMutation, OwnResponseDeclineMutationVariables>;
export const OwnResponseResponsesPageDocument = new TypedDocumentString(`
    query OwnResponseResponsesPage($id: ID!, $first: Int, $offset: Int) {
  need(id: $id) {
    id
    responseCount
    responses(first: $first, offset: $offset) {
      id
      createdAt
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnResponseResponsesPageQuery, OwnResponseResponsesPageQueryVariables>;
export const OwnResponseResponsesDefaultPageDocument = new TypedDocumentString(`
    query OwnResponseResponsesDefaultPage($id: ID!) {
  need(id: $id) {
    responses {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OwnResponseResponsesDefaultPageQuery, OwnResponseResponsesDefaultPageQueryVariables>;
export const OwnResponseResponseCountDocument = new TypedDocumentString(`
    query OwnResponseResponseCount($id: ID!) {
  need(id: $id) {
    id
    responseCount
  }
}
    `) as unknown as TypedDocumentString<OwnResponseResponseCountQuery, OwnResponseResponseCountQueryVariables>;
export const OwnResponseNeedsWithResponsesDocument = new TypedDocumentString(`
    query OwnResponseNeedsWithResponses($filter: NeedFilter!) {
  needs(filter: $filter, first: 100) {
    edges {
      node {
        id
        responseCount
        responses(first: 2) {
          id
          organization {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnResponseNeedsWithResponsesQuery, OwnResponseNeedsWithResponsesQueryVariables>;
export const OwnResponseCallsDocument = new TypedDocumentString(`
    query OwnResponseCalls($filter: NeedFilter!, $organizationId: ID) {
  needs(filter: $filter, first: 100) {
    edges {
      node {
        id
        ownResponse(organizationId: $organizationId) {
          id
          status
          message
          organization {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnResponseCallsQuery, OwnResponseCallsQueryVariables>;
export const NeedsPageDocument = new TypedDocumentString(`
    query NeedsPage($first: Int, $after: String, $filter: NeedFilter) {
  needs(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsPageQuery, NeedsPageQueryVariables>;
export const OffersPageDocument = new TypedDocumentString(`
    query OffersPage($first: Int, $after: String, $filter: OfferFilter) {
  offers(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OffersPageQuery, OffersPageQueryVariables>;
export const OrganizationsPageDocument = new TypedDocumentString(`
    query OrganizationsPage($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsPageQuery, OrganizationsPageQueryVariables>;
export const PaginationNeedCountDocument = new TypedDocumentString(`
    query PaginationNeedCount($first: Int, $after: String) {
  needs(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PaginationNeedCountQuery, PaginationNeedCountQueryVariables>;
export const PaginationNeedsFirst101Document = new TypedDocumentString(`
    query PaginationNeedsFirst101 {
  needs(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PaginationNeedsFirst101Query, PaginationNeedsFirst101QueryVariables>;
export const PaginationOffersFirst0Document = new TypedDocumentString(`
    query PaginationOffersFirst0 {
  offers(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PaginationOffersFirst0Query, PaginationOffersFirst0QueryVariables>;
export const PaginationOffersFirst101Document = new TypedDocumentString(`
    query PaginationOffersFirst101 {
  offers(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PaginationOffersFirst101Query, PaginationOffersFirst101QueryVariables>;
export const PaginationOrganizationsFirst0Document = new TypedDocumentString(`
    query PaginationOrganizationsFirst0 {
  organizations(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PaginationOrganizationsFirst0Query, PaginationOrganizationsFirst0QueryVariables>;
export const PaginationOrganizationsFirst101Document = new TypedDocumentString(`
    query PaginationOrganizationsFirst101 {
  organizations(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PaginationOrganizationsFirst101Query, PaginationOrganizationsFirst101QueryVariables>;
export const PaginationCloseNeedDocument = new TypedDocumentString(`
    mutation PaginationCloseNeed($id: ID!) {
  closeNeed(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<PaginationCloseNeedMutation, PaginationCloseNeedMutationVariables>;
export const PaginationCloseOfferDocument = new TypedDocumentString(`
    mutation PaginationCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<PaginationCloseOfferMutation, PaginationCloseOfferMutationVariables>;
export const PaginationVerifyOrganizationDocument = new TypedDocumentString(`
    mutation PaginationVerifyOrganization($id: ID!, $verified: Boolean) {
  verifyOrganization(id: $id, verified: $verified) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<PaginationVerifyOrganizationMutation, PaginationVerifyOrganizationMutationVariables>;
export const PartnerContactsInviteDocument = new TypedDocumentString(`
    mutation PartnerContactsInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<PartnerContactsInviteMutation, PartnerContactsInviteMutationVariables>;
export const PartnerContactsSignUpDocument = new TypedDocumentString(`
    mutation PartnerContactsSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<PartnerContactsSignUpMutation, PartnerContactsSignUpMutationVariables>;
export const PartnerContactsListDocument = new TypedDocumentString(`
    query PartnerContactsList($organizationId: ID) {
  partnerships(organizationId: $organizationId) {
    edges {
      node {
        id
        partnerOrganization {
          id
        }
        contacts {
          name
          email
          phone
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerContactsListQuery, PartnerContactsListQueryVariables>;
export const PartnerContactsUpdateOrganizationDocument = new TypedDocumentString(`
    mutation PartnerContactsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnerContactsUpdateOrganizationMutation, PartnerContactsUpdateOrganizationMutationVariables>;
export const CapacitySuggestionsDocument = new TypedDocumentString(`
    query CapacitySuggestions($id: ID!) {
  need(id: $id) {
    suggestions {
      id
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapacitySuggestionsQuery, CapacitySuggestionsQueryVariables>;
export const CapacityPartnershipsDocument = new TypedDocumentString(`
    query CapacityPartnerships($organizationId: ID!) {
  partnerships(organizationId: $organizationId) {
    totalCount
    edges {
      node {
        status
        endedAt
        need {
          id
        }
        offer {
          id
        }
        contacts {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityPartnershipsQuery, CapacityPartnershipsQueryVariables>;
export const CapacityRespondDocument = new TypedDocumentString(`
    mutation CapacityRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
    partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityRespondMutation, CapacityRespondMutationVariables>;
export const CapacityEndDocument = new TypedDocumentString(`
    mutation CapacityEnd($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
    outcomeNote
    endedAt
  }
}
    `) as unknown as TypedDocumentString<CapacityEndMutation, CapacityEndMutationVariables>;
export const CapacityPlacesLeftDocument = new TypedDocumentString(`
    query CapacityPlacesLeft($id: ID!) {
  offer(id: $id) {
    capacity
    placesLeft
  }
}
    `) as unknown as TypedDocumentString<CapacityPlacesLeftQuery, CapacityPlacesLeftQueryVariables>;
export const CapacityNeedStatusDocument = new TypedDocumentString(`
    query CapacityNeedStatus($id: ID!) {
  need(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CapacityNeedStatusQuery, CapacityNeedStatusQueryVariables>;
export const PartnershipChangedEventsDocument = new TypedDocumentString(`
    subscription PartnershipChangedEvents($organizationId: ID!) {
  partnershipChanged(organizationId: $organizationId) {
    id
    status
    outcomeNote
    endedAt
    endedBy
    endedByOrganization {
      id
    }
    need {
      id
      status
    }
    needOrganization {
      id
    }
    partnerOrganization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipChangedEventsSubscription, PartnershipChangedEventsSubscriptionVariables>;
export const PartnershipChangedEndDocument = new TypedDocumentString(`
    mutation PartnershipChangedEnd($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PartnershipChangedEndMutation, PartnershipChangedEndMutationVariables>;
export const PartnershipChangedListedDocument = new TypedDocumentString(`
    query PartnershipChangedListed($organizationId: ID) {
  partnerships(organizationId: $organizationId, first: 50) {
    edges {
      node {
        id
        status
        endedBy
        endedByOrganization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipChangedListedQuery, PartnershipChangedListedQueryVariables>;
export const PartnershipChangedInviteDocument = new TypedDocumentString(`
    mutation PartnershipChangedInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<PartnershipChangedInviteMutation, PartnershipChangedInviteMutationVariables>;
export const PartnershipChangedSignUpDocument = new TypedDocumentString(`
    mutation PartnershipChangedSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<PartnershipChangedSignUpMutation, PartnershipChangedSignUpMutationVariables>;
export const EndedByMigrationEndDocument = new TypedDocumentString(`
    mutation EndedByMigrationEnd($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndedByMigrationEndMutation, EndedByMigrationEndMutationVariables>;
export const EndedByMigrationInviteDocument = new TypedDocumentString(`
    mutation EndedByMigrationInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<EndedByMigrationInviteMutation, EndedByMigrationInviteMutationVariables>;
export const EndedByMigrationSignUpDocument = new TypedDocumentString(`
    mutation EndedByMigrationSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<EndedByMigrationSignUpMutation, EndedByMigrationSignUpMutationVariables>;
export const PartnershipsListDocument = new TypedDocumentString(`
    query PartnershipsList($organizationId: ID, $statuses: [PartnershipStatus!], $first: Int, $after: String) {
  partnerships(
    organizationId: $organizationId
    statuses: $statuses
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        need {
          id
        }
        needOrganization {
          id
        }
        partnerOrganization {
          id
        }
        contacts {
          name
          email
          phone
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsListQuery, PartnershipsListQueryVariables>;
export const PartnershipsOpenCallsDocument = new TypedDocumentString(`
    query PartnershipsOpenCalls($filter: NeedFilter) {
  needs(first: 100, filter: $filter) {
    edges {
      node {
        id
        organization {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsOpenCallsQuery, PartnershipsOpenCallsQueryVariables>;
export const PendingResponsesRespondDocument = new TypedDocumentString(`
    mutation PendingResponsesRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PendingResponsesRespondMutation, PendingResponsesRespondMutationVariables>;
export const PendingResponsesDeclineDocument = new TypedDocumentString(`
    mutation PendingResponsesDecline($id: ID!) {
  declineResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PendingResponsesDeclineMutation, PendingResponsesDeclineMutationVariables>;
export const PendingResponsesWithdrawDocument = new TypedDocumentString(`
    mutation PendingResponsesWithdraw($id: ID!) {
  withdrawResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PendingResponsesWithdrawMutation, PendingResponsesWithdrawMutationVariables>;
export const PendingResponsesListDocument = new TypedDocumentString(`
    query PendingResponsesList($filter: NeedFilter!, $first: Int) {
  needs(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingResponsesListQuery, PendingResponsesListQueryVariables>;
export const QueueBoardInviteDocument = new TypedDocumentString(`
    mutation QueueBoardInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<QueueBoardInviteMutation, QueueBoardInviteMutationVariables>;
export const QueueBoardSignUpDocument = new TypedDocumentString(`
    mutation QueueBoardSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      hubAdmin
    }
  }
}
    `) as unknown as TypedDocumentString<QueueBoardSignUpMutation, QueueBoardSignUpMutationVariables>;
export const QueueBoardScopedKeyDocument = new TypedDocumentString(`
    mutation QueueBoardScopedKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<QueueBoardScopedKeyMutation, QueueBoardScopedKeyMutationVariables>;
export const RedisOutageQueueHealthDocument = new TypedDocumentString(`
    query RedisOutageQueueHealth {
  queueHealth {
    name
    waiting
  }
}
    `) as unknown as TypedDocumentString<RedisOutageQueueHealthQuery, RedisOutageQueueHealthQueryVariables>;
export const RedisOutageMatchingBacklogDocument = new TypedDocumentString(`
    query RedisOutageMatchingBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<RedisOutageMatchingBacklogQuery, RedisOutageMatchingBacklogQueryVariables>;
export const RedisOutageSuggestionsDocument = new TypedDocumentString(`
    query RedisOutageSuggestions($id: ID!) {
  need(id: $id) {
    suggestions {
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageSuggestionsQuery, RedisOutageSuggestionsQueryVariables>;
export const RespondByRespondDocument = new TypedDocumentString(`
    mutation RespondByRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondByRespondMutation, RespondByRespondMutationVariables>;
export const RespondByNeedDocument = new TypedDocumentString(`
    query RespondByNeed($id: ID!) {
  need(id: $id) {
    id
    status
    respondBy
  }
}
    `) as unknown as TypedDocumentString<RespondByNeedQuery, RespondByNeedQueryVariables>;
export const RespondByListDocument = new TypedDocumentString(`
    query RespondByList($filter: NeedFilter!) {
  needs(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondByListQuery, RespondByListQueryVariables>;
export const RespondByCreateDocument = new TypedDocumentString(`
    mutation RespondByCreate($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondByCreateMutation, RespondByCreateMutationVariables>;
export const RespondByUpdateDocument = new TypedDocumentString(`
    mutation RespondByUpdate($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
    respondBy
    endsOn
  }
}
    `) as unknown as TypedDocumentString<RespondByUpdateMutation, RespondByUpdateMutationVariables>;
export const RespondedNeedsRespondDocument = new TypedDocumentString(`
    mutation RespondedNeedsRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondedNeedsRespondMutation, RespondedNeedsRespondMutationVariables>;
export const RespondedNeedsDeclineDocument = new TypedDocumentString(`
    mutation RespondedNeedsDecline($id: ID!) {
  declineResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondedNeedsDeclineMutation, RespondedNeedsDeclineMutationVariables>;
export const RespondedNeedsWithdrawDocument = new TypedDocumentString(`
    mutation RespondedNeedsWithdraw($id: ID!) {
  withdrawResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondedNeedsWithdrawMutation, RespondedNeedsWithdrawMutationVariables>;
export const RespondedNeedsCloseDocument = new TypedDocumentString(`
    mutation RespondedNeedsClose($id: ID!) {
  closeNeed(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondedNeedsCloseMutation, RespondedNeedsCloseMutationVariables>;
export const RespondedNeedsListDocument = new TypedDocumentString(`
    query RespondedNeedsList($filter: NeedFilter!, $organizationId: ID) {
  needs(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        ownResponse(organizationId: $organizationId) {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RespondedNeedsListQuery, RespondedNeedsListQueryVariables>;
export const RespondedNeedsCountsDocument = new TypedDocumentString(`
    query RespondedNeedsCounts($filter: NeedFilter!) {
  needCountsByMunicipality(filter: $filter) {
    count
  }
}
    `) as unknown as TypedDocumentString<RespondedNeedsCountsQuery, RespondedNeedsCountsQueryVariables>;
export const ResponseChangedEventsDocument = new TypedDocumentString(`
    subscription ResponseChangedEvents($organizationId: ID!) {
  responseChanged(organizationId: $organizationId) {
    id
    status
    message
    organization {
      id
    }
    need {
      id
      status
      organization {
        id
      }
    }
    partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseChangedEventsSubscription, ResponseChangedEventsSubscriptionVariables>;
export const ResponseChangedRespondDocument = new TypedDocumentString(`
    mutation ResponseChangedRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseChangedRespondMutation, ResponseChangedRespondMutationVariables>;
export const ResponseChangedAcceptDocument = new TypedDocumentString(`
    mutation ResponseChangedAccept($id: ID!) {
  acceptResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseChangedAcceptMutation, ResponseChangedAcceptMutationVariables>;
export const ResponseChangedDeclineDocument = new TypedDocumentString(`
    mutation ResponseChangedDecline($id: ID!) {
  declineResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseChangedDeclineMutation, ResponseChangedDeclineMutationVariables>;
export const ResponseChangedWithdrawDocument = new TypedDocumentString(`
    mutation ResponseChangedWithdraw($id: ID!) {
  withdrawResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseChangedWithdrawMutation, ResponseChangedWithdrawMutationVariables>;
export const ResponseChangedAnswerSuggestionDocument = new TypedDocumentString(`
    mutation ResponseChangedAnswerSuggestion($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResponseChangedAnswerSuggestionMutation, ResponseChangedAnswerSuggestionMutationVariables>;
export const ResponseEventsRespondDocument = new TypedDocumentString(`
    mutation ResponseEventsRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsRespondMutation, ResponseEventsRespondMutationVariables>;
export const ResponseEventsDeclineDocument = new TypedDocumentString(`
    mutation ResponseEventsDecline($id: ID!) {
  declineResponse(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsDeclineMutation, ResponseEventsDeclineMutationVariables>;
export const ResponseEventsAcceptDocument = new TypedDocumentString(`
    mutation ResponseEventsAccept($id: ID!) {
  acceptResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsAcceptMutation, ResponseEventsAcceptMutationVariables>;
export const ResponseEventsWithdrawDocument = new TypedDocumentString(`
    mutation ResponseEventsWithdraw($id: ID!) {
  withdrawResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsWithdrawMutation, ResponseEventsWithdrawMutationVariables>;
export const ResponseEventsEndPartnershipDocument = new TypedDocumentString(`
    mutation ResponseEventsEndPartnership($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsEndPartnershipMutation, ResponseEventsEndPartnershipMutationVariables>;
export const ResponseEventsCreateWebhookDocument = new TypedDocumentString(`
    mutation ResponseEventsCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsCreateWebhookMutation, ResponseEventsCreateWebhookMutationVariables>;
export const ResponseEventsOrganizationEmailDocument = new TypedDocumentString(`
    mutation ResponseEventsOrganizationEmail($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsOrganizationEmailMutation, ResponseEventsOrganizationEmailMutationVariables>;
export const ResponseEventsPreferencesDocument = new TypedDocumentString(`
    mutation ResponseEventsPreferences($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    frequency
    language
  }
}
    `) as unknown as TypedDocumentString<ResponseEventsPreferencesMutation, ResponseEventsPreferencesMutationVariables>;
export const ResponsePartnershipRespondDocument = new TypedDocumentString(`
    mutation ResponsePartnershipRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponsePartnershipRespondMutation, ResponsePartnershipRespondMutationVariables>;
export const ResponsePartnershipAcceptDocument = new TypedDocumentString(`
    mutation ResponsePartnershipAccept($id: ID!) {
  acceptResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponsePartnershipAcceptMutation, ResponsePartnershipAcceptMutationVariables>;
export const ResponsePartnershipEndDocument = new TypedDocumentString(`
    mutation ResponsePartnershipEnd($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
    endedAt
  }
}
    `) as unknown as TypedDocumentString<ResponsePartnershipEndMutation, ResponsePartnershipEndMutationVariables>;
export const ResponsePartnershipNeedResponsesDocument = new TypedDocumentString(`
    query ResponsePartnershipNeedResponses($id: ID!) {
  need(id: $id) {
    id
    status
    responses {
      id
      status
      organization {
        id
      }
      partnership {
        id
        status
        endedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponsePartnershipNeedResponsesQuery, ResponsePartnershipNeedResponsesQueryVariables>;
export const ResponsePartnershipOwnResponseDocument = new TypedDocumentString(`
    query ResponsePartnershipOwnResponse($id: ID!) {
  need(id: $id) {
    id
    ownResponse {
      id
      status
      partnership {
        id
        status
        endedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponsePartnershipOwnResponseQuery, ResponsePartnershipOwnResponseQueryVariables>;
export const ResponsePartnershipNeedsDocument = new TypedDocumentString(`
    query ResponsePartnershipNeeds($filter: NeedFilter!) {
  needs(filter: $filter, first: 20) {
    edges {
      node {
        id
        responses(first: 5) {
          id
          partnership {
            id
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponsePartnershipNeedsQuery, ResponsePartnershipNeedsQueryVariables>;
export const RegressionsCreateNeedDocument = new TypedDocumentString(`
    mutation RegressionsCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegressionsCreateNeedMutation, RegressionsCreateNeedMutationVariables>;
export const RegressionsCreateOffersDocument = new TypedDocumentString(`
    mutation RegressionsCreateOffers($input: [CreateOfferInput!]!) {
  createOffers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegressionsCreateOffersMutation, RegressionsCreateOffersMutationVariables>;
export const RegressionsCreateWebhookDocument = new TypedDocumentString(`
    mutation RegressionsCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<RegressionsCreateWebhookMutation, RegressionsCreateWebhookMutationVariables>;
export const RegressionsNeedsByTextDocument = new TypedDocumentString(`
    query RegressionsNeedsByText($text: String) {
  needs(filter: {text: $text}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RegressionsNeedsByTextQuery, RegressionsNeedsByTextQueryVariables>;
export const RegressionsNegativeFirstDocument = new TypedDocumentString(`
    query RegressionsNegativeFirst {
  big: needs(first: 100) {
    edges {
      node {
        id
        title
        organization {
          name
        }
      }
    }
  }
  small: needs(first: -1000000) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RegressionsNegativeFirstQuery, RegressionsNegativeFirstQueryVariables>;
export const RegressionsNeedCountDocument = new TypedDocumentString(`
    query RegressionsNeedCount {
  needs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RegressionsNeedCountQuery, RegressionsNeedCountQueryVariables>;
export const RegressionsMunicipalityNameDocument = new TypedDocumentString(`
    query RegressionsMunicipalityName {
  municipality(code: "052") {
    name
  }
}
    `) as unknown as TypedDocumentString<RegressionsMunicipalityNameQuery, RegressionsMunicipalityNameQueryVariables>;
export const RegressionsLoginDocument = new TypedDocumentString(`
    mutation RegressionsLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<RegressionsLoginMutation, RegressionsLoginMutationVariables>;
export const RegressionsInviteMemberDocument = new TypedDocumentString(`
    mutation RegressionsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<RegressionsInviteMemberMutation, RegressionsInviteMemberMutationVariables>;
export const RegressionsSignUpDocument = new TypedDocumentString(`
    mutation RegressionsSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<RegressionsSignUpMutation, RegressionsSignUpMutationVariables>;
export const RegressionsVerifyOrganizationDocument = new TypedDocumentString(`
    mutation RegressionsVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    verified
  }
}
    `) as unknown as TypedDocumentString<RegressionsVerifyOrganizationMutation, RegressionsVerifyOrganizationMutationVariables>;
export const RegressionsUpdateOrganizationDocument = new TypedDocumentString(`
    mutation RegressionsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    verified
  }
}
    `) as unknown as TypedDocumentString<RegressionsUpdateOrganizationMutation, RegressionsUpdateOrganizationMutationVariables>;
export const SessionsInviteMemberDocument = new TypedDocumentString(`
    mutation SessionsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SessionsInviteMemberMutation, SessionsInviteMemberMutationVariables>;
export const SessionsSignUpDocument = new TypedDocumentString(`
    mutation SessionsSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsSignUpMutation, SessionsSignUpMutationVariables>;
export const SessionsLoginDocument = new TypedDocumentString(`
    mutation SessionsLogin($input: LoginInput!) {
  login(input: $input) {
    token
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsLoginMutation, SessionsLoginMutationVariables>;
export const SessionsLogoutDocument = new TypedDocumentString(`
    mutation SessionsLogout {
  logout
}
    `) as unknown as TypedDocumentString<SessionsLogoutMutation, SessionsLogoutMutationVariables>;
export const SessionsMeDocument = new TypedDocumentString(`
    query SessionsMe {
  me {
    id
    email
    name
    hubAdmin
    memberships {
      id
      role
      notifySuggestions
      organization {
        id
        name
        sector
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsMeQuery, SessionsMeQueryVariables>;
export const ShutdownNeedCountDocument = new TypedDocumentString(`
    query ShutdownNeedCount {
  needs {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShutdownNeedCountQuery, ShutdownNeedCountQueryVariables>;
export const StatisticsHubDocument = new TypedDocumentString(`
    query StatisticsHub($from: DateTime, $to: DateTime) {
  hubStatistics(from: $from, to: $to) {
    partnershipsFormed
    partnershipsBySectorPair {
      needSector
      partnerSector
      count
    }
    partnershipsByMunicipality {
      municipality {
        code
        name
      }
      count
    }
    partnershipsByTheme {
      theme {
        code
        name
      }
      count
    }
    ngosInvolved
    suggestionsSent
    suggestionsAccepted
    suggestionsDeclined
    declineReasons {
      reason
      count
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsHubQuery, StatisticsHubQueryVariables>;
export const StatisticsTimelineDocument = new TypedDocumentString(`
    query StatisticsTimeline($from: DateTime, $to: DateTime, $interval: StatisticsInterval) {
  hubStatistics(from: $from, to: $to) {
    partnershipsFormed
    timeline(interval: $interval) {
      periodStart
      partnershipsFormed
      suggestionsSent
      accepted
      declined
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsTimelineQuery, StatisticsTimelineQueryVariables>;
export const StatisticsOutcomesDocument = new TypedDocumentString(`
    query StatisticsOutcomes($from: DateTime) {
  hubStatistics(from: $from) {
    partnershipsFormed
    partnershipsCompleted
    partnershipsCancelled
    publicServicesDelivered
  }
}
    `) as unknown as TypedDocumentString<StatisticsOutcomesQuery, StatisticsOutcomesQueryVariables>;
export const StatisticsQueueHealthDocument = new TypedDocumentString(`
    query StatisticsQueueHealth {
  queueHealth {
    name
    waiting
    active
    delayed
    failed
  }
}
    `) as unknown as TypedDocumentString<StatisticsQueueHealthQuery, StatisticsQueueHealthQueryVariables>;
export const SubscriptionsSuggestionAddedDocument = new TypedDocumentString(`
    subscription SubscriptionsSuggestionAdded($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id
    score
    status
    need {
      id
      title
      organization {
        id
      }
    }
    offer {
      id
    }
    components {
      name
      score
      explanation(language: EN)
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsSuggestionAddedSubscription, SubscriptionsSuggestionAddedSubscriptionVariables>;
export const SubscriptionsSuggestionAnsweredDocument = new TypedDocumentString(`
    subscription SubscriptionsSuggestionAnswered($organizationId: ID!) {
  suggestionAnswered(organizationId: $organizationId) {
    id
    status
    needDecision
    offerDecision
    declineReason
    need {
      id
      status
    }
    partnership {
      id
    }
    contacts {
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsSuggestionAnsweredSubscription, SubscriptionsSuggestionAnsweredSubscriptionVariables>;
export const SubscriptionsRespondDocument = new TypedDocumentString(`
    mutation SubscriptionsRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsRespondMutation, SubscriptionsRespondMutationVariables>;
export const SubscriptionsOrganizationDocument = new TypedDocumentString(`
    query SubscriptionsOrganization($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsOrganizationQuery, SubscriptionsOrganizationQueryVariables>;
export const SubscriptionsCreateApiKeyDocument = new TypedDocumentString(`
    mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateApiKeyMutation, SubscriptionsCreateApiKeyMutationVariables>;
export const SubscriptionsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation SubscriptionsRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsRevokeApiKeyMutation, SubscriptionsRevokeApiKeyMutationVariables>;
export const SubscriptionsInviteMemberDocument = new TypedDocumentString(`
    mutation SubscriptionsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsInviteMemberMutation, SubscriptionsInviteMemberMutationVariables>;
export const SubscriptionsSignUpDocument = new TypedDocumentString(`
    mutation SubscriptionsSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsSignUpMutation, SubscriptionsSignUpMutationVariables>;
export const SubscriptionsLoginDocument = new TypedDocumentString(`
    mutation SubscriptionsLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsLoginMutation, SubscriptionsLoginMutationVariables>;
export const SubscriptionsLogoutDocument = new TypedDocumentString(`
    mutation SubscriptionsLogout {
  logout
}
    `) as unknown as TypedDocumentString<SubscriptionsLogoutMutation, SubscriptionsLogoutMutationVariables>;
export const SubscriptionsResetPasswordDocument = new TypedDocumentString(`
    mutation SubscriptionsResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsResetPasswordMutation, SubscriptionsResetPasswordMutationVariables>;
export const FlowEndPartnershipDocument = new TypedDocumentString(`
    mutation FlowEndPartnership($input: EndPartnershipInput!) {
  endPartnership(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FlowEndPartnershipMutation, FlowEndPartnershipMutationVariables>;
export const FlowCreateWebhookDocument = new TypedDocumentString(`
    mutation FlowCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FlowCreateWebhookMutation, FlowCreateWebhookMutationVariables>;
export const FlowMatchesDocument = new TypedDocumentString(`
    query FlowMatches($id: ID!) {
  need(id: $id) {
    suggestions {
      ...FlowMatch
    }
  }
}
    fragment FlowMatch on Match {
  id
  status
  score
  needDecision
  offerDecision
  partnership {
    id
    status
  }
  contacts {
    name
    email
    phone
  }
}`) as unknown as TypedDocumentString<FlowMatchesQuery, FlowMatchesQueryVariables>;
export const FlowRespondToMatchDocument = new TypedDocumentString(`
    mutation FlowRespondToMatch($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    ...FlowMatch
  }
}
    fragment FlowMatch on Match {
  id
  status
  score
  needDecision
  offerDecision
  partnership {
    id
    status
  }
  contacts {
    name
    email
    phone
  }
}`) as unknown as TypedDocumentString<FlowRespondToMatchMutation, FlowRespondToMatchMutationVariables>;
export const FlowSuggestionIdsDocument = new TypedDocumentString(`
    query FlowSuggestionIds($id: ID!) {
  need(id: $id) {
    suggestions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FlowSuggestionIdsQuery, FlowSuggestionIdsQueryVariables>;
export const FlowExplanationsDocument = new TypedDocumentString(`
    query FlowExplanations($id: ID!) {
  need(id: $id) {
    suggestions {
      id
      components {
        name
        explanation(language: EN)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowExplanationsQuery, FlowExplanationsQueryVariables>;
export const FlowCreateTestWebhookDocument = new TypedDocumentString(`
    mutation FlowCreateTestWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FlowCreateTestWebhookMutation, FlowCreateTestWebhookMutationVariables>;
export const FlowSendTestWebhookDocument = new TypedDocumentString(`
    mutation FlowSendTestWebhook($id: ID!) {
  sendTestWebhook(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowSendTestWebhookMutation, FlowSendTestWebhookMutationVariables>;
export const FlowCloseOfferDocument = new TypedDocumentString(`
    mutation FlowCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowCloseOfferMutation, FlowCloseOfferMutationVariables>;
export const FlowUpdateOrganizationDocument = new TypedDocumentString(`
    mutation FlowUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowUpdateOrganizationMutation, FlowUpdateOrganizationMutationVariables>;
export const FlowUpdatePreferencesDocument = new TypedDocumentString(`
    mutation FlowUpdatePreferences($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    language
  }
}
    `) as unknown as TypedDocumentString<FlowUpdatePreferencesMutation, FlowUpdatePreferencesMutationVariables>;
export const PreferencesReadDocument = new TypedDocumentString(`
    query PreferencesRead($id: ID!) {
  suggestionPreferences(organizationId: $id) {
    frequency
    minScore
    themeCodes
    municipalityCodes
    language
  }
}
    `) as unknown as TypedDocumentString<PreferencesReadQuery, PreferencesReadQueryVariables>;
export const PreferencesUpdateDocument = new TypedDocumentString(`
    mutation PreferencesUpdate($input: UpdateSuggestionPreferencesInput!) {
  updateSuggestionPreferences(input: $input) {
    frequency
    minScore
    themeCodes
    municipalityCodes
    language
  }
}
    `) as unknown as TypedDocumentString<PreferencesUpdateMutation, PreferencesUpdateMutationVariables>;
export const PreferencesSuggestionsDocument = new TypedDocumentString(`
    query PreferencesSuggestions($id: ID!) {
  need(id: $id) {
    suggestions {
      id
      offer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesSuggestionsQuery, PreferencesSuggestionsQueryVariables>;
export const PreferencesDeliveryLogDocument = new TypedDocumentString(`
    query PreferencesDeliveryLog($id: ID!) {
  deliveries(organizationId: $id, channel: EMAIL) {
    totalCount
    edges {
      node {
        kind
        status
        recipient
        attempts
        sentAt
        matchId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesDeliveryLogQuery, PreferencesDeliveryLogQueryVariables>;
export const PreferencesRespondToNeedDocument = new TypedDocumentString(`
    mutation PreferencesRespondToNeed($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
    status
    message
    offer {
      id
    }
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesRespondToNeedMutation, PreferencesRespondToNeedMutationVariables>;
export const PreferencesCloseOfferDocument = new TypedDocumentString(`
    mutation PreferencesCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PreferencesCloseOfferMutation, PreferencesCloseOfferMutationVariables>;
export const PreferencesResponsesDocument = new TypedDocumentString(`
    query PreferencesResponses($id: ID!) {
  need(id: $id) {
    responses {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesResponsesQuery, PreferencesResponsesQueryVariables>;
export const PreferencesDeclineResponseDocument = new TypedDocumentString(`
    mutation PreferencesDeclineResponse($id: ID!) {
  declineResponse(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PreferencesDeclineResponseMutation, PreferencesDeclineResponseMutationVariables>;
export const PreferencesWithdrawResponseDocument = new TypedDocumentString(`
    mutation PreferencesWithdrawResponse($id: ID!) {
  withdrawResponse(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PreferencesWithdrawResponseMutation, PreferencesWithdrawResponseMutationVariables>;
export const PreferencesAcceptResponseDocument = new TypedDocumentString(`
    mutation PreferencesAcceptResponse($id: ID!) {
  acceptResponse(id: $id) {
    id
    status
    need {
      id
      status
    }
    offer {
      id
    }
    needOrganization {
      id
    }
    partnerOrganization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesAcceptResponseMutation, PreferencesAcceptResponseMutationVariables>;
export const PreferencesInviteMemberDocument = new TypedDocumentString(`
    mutation PreferencesInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<PreferencesInviteMemberMutation, PreferencesInviteMemberMutationVariables>;
export const PreferencesSignUpDocument = new TypedDocumentString(`
    mutation PreferencesSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      memberships {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesSignUpMutation, PreferencesSignUpMutationVariables>;
export const PreferencesMyMembershipsDocument = new TypedDocumentString(`
    query PreferencesMyMemberships {
  me {
    memberships {
      id
      notifySuggestions
      emailUnsubscribed
    }
  }
}
    `) as unknown as TypedDocumentString<PreferencesMyMembershipsQuery, PreferencesMyMembershipsQueryVariables>;
export const PreferencesUpdateMembershipDocument = new TypedDocumentString(`
    mutation PreferencesUpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    notifySuggestions
    emailUnsubscribed
  }
}
    `) as unknown as TypedDocumentString<PreferencesUpdateMembershipMutation, PreferencesUpdateMembershipMutationVariables>;
export const SuggestionsAwaitingOtherSideDocument = new TypedDocumentString(`
    query SuggestionsAwaitingOtherSide($organizationId: ID!, $first: Int, $after: String) {
  suggestionsAwaitingOtherSide(
    organizationId: $organizationId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        status
        needDecision
        offerDecision
        need {
          id
          title
          organization {
            id
            name
          }
        }
        offer {
          id
          title
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingOtherSideQuery, SuggestionsAwaitingOtherSideQueryVariables>;
export const SuggestionsAwaitingOtherSideAwaitingDocument = new TypedDocumentString(`
    query SuggestionsAwaitingOtherSideAwaiting($organizationId: ID!) {
  suggestionsAwaiting(organizationId: $organizationId, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingOtherSideAwaitingQuery, SuggestionsAwaitingOtherSideAwaitingQueryVariables>;
export const SuggestionsAwaitingOtherSideRespondDocument = new TypedDocumentString(`
    mutation SuggestionsAwaitingOtherSideRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingOtherSideRespondMutation, SuggestionsAwaitingOtherSideRespondMutationVariables>;
export const SuggestionsAwaitingOtherSideCloseNeedDocument = new TypedDocumentString(`
    mutation SuggestionsAwaitingOtherSideCloseNeed($id: ID!) {
  closeNeed(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingOtherSideCloseNeedMutation, SuggestionsAwaitingOtherSideCloseNeedMutationVariables>;
export const SuggestionsAwaitingOtherSideBacklogDocument = new TypedDocumentString(`
    query SuggestionsAwaitingOtherSideBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingOtherSideBacklogQuery, SuggestionsAwaitingOtherSideBacklogQueryVariables>;
export const SuggestionsAwaitingDocument = new TypedDocumentString(`
    query SuggestionsAwaiting($organizationId: ID!, $first: Int, $after: String) {
  suggestionsAwaiting(
    organizationId: $organizationId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        score
        status
        recommended
        needDecision
        offerDecision
        need {
          id
          title
          organization {
            id
            name
          }
        }
        offer {
          id
          title
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingQuery, SuggestionsAwaitingQueryVariables>;
export const SuggestionsAwaitingRespondDocument = new TypedDocumentString(`
    mutation SuggestionsAwaitingRespond($input: RespondToMatchInput!) {
  respondToMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingRespondMutation, SuggestionsAwaitingRespondMutationVariables>;
export const SuggestionsAwaitingBacklogDocument = new TypedDocumentString(`
    query SuggestionsAwaitingBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingBacklogQuery, SuggestionsAwaitingBacklogQueryVariables>;
export const SuggestionsAwaitingNeedsDocument = new TypedDocumentString(`
    query SuggestionsAwaitingNeeds {
  needs(first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestionsAwaitingNeedsQuery, SuggestionsAwaitingNeedsQueryVariables>;
export const TermCountsUpdateOfferDocument = new TypedDocumentString(`
    mutation TermCountsUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TermCountsUpdateOfferMutation, TermCountsUpdateOfferMutationVariables>;
export const TermCountsCloseOfferDocument = new TypedDocumentString(`
    mutation TermCountsCloseOffer($id: ID!) {
  closeOffer(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TermCountsCloseOfferMutation, TermCountsCloseOfferMutationVariables>;
export const FixtureCreateOrganizationDocument = new TypedDocumentString(`
    mutation FixtureCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateOrganizationMutation, FixtureCreateOrganizationMutationVariables>;
export const FixtureCreateApiKeyDocument = new TypedDocumentString(`
    mutation FixtureCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateApiKeyMutation, FixtureCreateApiKeyMutationVariables>;
export const FixtureCreateNeedDocument = new TypedDocumentString(`
    mutation FixtureCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateNeedMutation, FixtureCreateNeedMutationVariables>;
export const FixtureCreateOfferDocument = new TypedDocumentString(`
    mutation FixtureCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateOfferMutation, FixtureCreateOfferMutationVariables>;
export const FixtureRespondToNeedDocument = new TypedDocumentString(`
    mutation FixtureRespondToNeed($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureRespondToNeedMutation, FixtureRespondToNeedMutationVariables>;
export const FixtureAcceptResponseDocument = new TypedDocumentString(`
    mutation FixtureAcceptResponse($id: ID!) {
  acceptResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureAcceptResponseMutation, FixtureAcceptResponseMutationVariables>;
export const SettleMatchingBacklogDocument = new TypedDocumentString(`
    query SettleMatchingBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<SettleMatchingBacklogQuery, SettleMatchingBacklogQueryVariables>;
export const ValidationCreateNeedDocument = new TypedDocumentString(`
    mutation ValidationCreateNeed($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateNeedMutation, ValidationCreateNeedMutationVariables>;
export const ValidationCreateOfferDocument = new TypedDocumentString(`
    mutation ValidationCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateOfferMutation, ValidationCreateOfferMutationVariables>;
export const ValidationCreateOrganizationDocument = new TypedDocumentString(`
    mutation ValidationCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateOrganizationMutation, ValidationCreateOrganizationMutationVariables>;
export const ValidationUpdateNeedDocument = new TypedDocumentString(`
    mutation ValidationUpdateNeed($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ValidationUpdateNeedMutation, ValidationUpdateNeedMutationVariables>;
export const ValidationNeedDocument = new TypedDocumentString(`
    query ValidationNeed($id: ID!) {
  need(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ValidationNeedQuery, ValidationNeedQueryVariables>;
export const ValidationNeedPageDocument = new TypedDocumentString(`
    query ValidationNeedPage($first: Int, $after: String) {
  needs(first: $first, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationNeedPageQuery, ValidationNeedPageQueryVariables>;
export const ValidationNeedCountDocument = new TypedDocumentString(`
    query ValidationNeedCount($first: Int, $after: String) {
  needs(first: $first, after: $after) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ValidationNeedCountQuery, ValidationNeedCountQueryVariables>;
export const ValidationNeedsFilteredDocument = new TypedDocumentString(`
    query ValidationNeedsFiltered($filter: NeedFilter) {
  needs(first: 5, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ValidationNeedsFilteredQuery, ValidationNeedsFilteredQueryVariables>;
export const ValidationOffersFilteredDocument = new TypedDocumentString(`
    query ValidationOffersFiltered($filter: OfferFilter) {
  offers(first: 5, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ValidationOffersFilteredQuery, ValidationOffersFilteredQueryVariables>;
export const ValidationOrganizationsFilteredDocument = new TypedDocumentString(`
    query ValidationOrganizationsFiltered($filter: OrganizationFilter) {
  organizations(first: 5, filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ValidationOrganizationsFilteredQuery, ValidationOrganizationsFilteredQueryVariables>;
export const ValidationCreateNeedAtLimitsDocument = new TypedDocumentString(`
    mutation ValidationCreateNeedAtLimits($input: CreateNeedInput!) {
  createNeed(input: $input) {
    title
    description
    budgetEur
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateNeedAtLimitsMutation, ValidationCreateNeedAtLimitsMutationVariables>;
export const ValidationCreateOfferAtLimitsDocument = new TypedDocumentString(`
    mutation ValidationCreateOfferAtLimits($input: CreateOfferInput!) {
  createOffer(input: $input) {
    title
    capacity
    valueEur
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateOfferAtLimitsMutation, ValidationCreateOfferAtLimitsMutationVariables>;
export const ValidationCreateOrganizationWithNumbersDocument = new TypedDocumentString(`
    mutation ValidationCreateOrganizationWithNumbers($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
    taxNumber
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateOrganizationWithNumbersMutation, ValidationCreateOrganizationWithNumbersMutationVariables>;
export const ValidationUpdateOrganizationDocument = new TypedDocumentString(`
    mutation ValidationUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ValidationUpdateOrganizationMutation, ValidationUpdateOrganizationMutationVariables>;
export const ValidationLoginDocument = new TypedDocumentString(`
    mutation ValidationLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ValidationLoginMutation, ValidationLoginMutationVariables>;
export const ValidationInviteMemberDocument = new TypedDocumentString(`
    mutation ValidationInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ValidationInviteMemberMutation, ValidationInviteMemberMutationVariables>;
export const ValidationSignUpDocument = new TypedDocumentString(`
    mutation ValidationSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ValidationSignUpMutation, ValidationSignUpMutationVariables>;
export const ValidationCreateApiKeyDocument = new TypedDocumentString(`
    mutation ValidationCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateApiKeyMutation, ValidationCreateApiKeyMutationVariables>;
export const ValidationVerifyOrganizationDocument = new TypedDocumentString(`
    mutation ValidationVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    verified
  }
}
    `) as unknown as TypedDocumentString<ValidationVerifyOrganizationMutation, ValidationVerifyOrganizationMutationVariables>;
export const ValidationEndsOnCreateDocument = new TypedDocumentString(`
    mutation ValidationEndsOnCreate($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
    status
    endsOn
  }
}
    `) as unknown as TypedDocumentString<ValidationEndsOnCreateMutation, ValidationEndsOnCreateMutationVariables>;
export const ValidationEndsOnUpdateDocument = new TypedDocumentString(`
    mutation ValidationEndsOnUpdate($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
    title
    endsOn
  }
}
    `) as unknown as TypedDocumentString<ValidationEndsOnUpdateMutation, ValidationEndsOnUpdateMutationVariables>;
export const ValidationEndsOnCreateManyDocument = new TypedDocumentString(`
    mutation ValidationEndsOnCreateMany($input: [CreateNeedInput!]!) {
  createNeeds(input: $input) {
    id
    endsOn
  }
}
    `) as unknown as TypedDocumentString<ValidationEndsOnCreateManyMutation, ValidationEndsOnCreateManyMutationVariables>;
export const ValidationEndsOnUpdateManyDocument = new TypedDocumentString(`
    mutation ValidationEndsOnUpdateMany($input: [UpdateNeedInput!]!) {
  updateNeeds(input: $input) {
    id
    endsOn
  }
}
    `) as unknown as TypedDocumentString<ValidationEndsOnUpdateManyMutation, ValidationEndsOnUpdateManyMutationVariables>;
export const ValidationRespondByCreateDocument = new TypedDocumentString(`
    mutation ValidationRespondByCreate($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id
    status
    respondBy
  }
}
    `) as unknown as TypedDocumentString<ValidationRespondByCreateMutation, ValidationRespondByCreateMutationVariables>;
export const ValidationRespondByUpdateDocument = new TypedDocumentString(`
    mutation ValidationRespondByUpdate($input: UpdateNeedInput!) {
  updateNeed(input: $input) {
    id
    title
    respondBy
  }
}
    `) as unknown as TypedDocumentString<ValidationRespondByUpdateMutation, ValidationRespondByUpdateMutationVariables>;
export const ValidationRespondByCreateManyDocument = new TypedDocumentString(`
    mutation ValidationRespondByCreateMany($input: [CreateNeedInput!]!) {
  createNeeds(input: $input) {
    id
    respondBy
  }
}
    `) as unknown as TypedDocumentString<ValidationRespondByCreateManyMutation, ValidationRespondByCreateManyMutationVariables>;
export const ValidationRespondByUpdateManyDocument = new TypedDocumentString(`
    mutation ValidationRespondByUpdateMany($input: [UpdateNeedInput!]!) {
  updateNeeds(input: $input) {
    id
    respondBy
  }
}
    `) as unknown as TypedDocumentString<ValidationRespondByUpdateManyMutation, ValidationRespondByUpdateManyMutationVariables>;
export const ValidationCreateOfferDaysDocument = new TypedDocumentString(`
    mutation ValidationCreateOfferDays($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
    availableFrom
    availableUntil
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateOfferDaysMutation, ValidationCreateOfferDaysMutationVariables>;
export const ValidationUpdateOffersDaysDocument = new TypedDocumentString(`
    mutation ValidationUpdateOffersDays($input: [UpdateOfferInput!]!) {
  updateOffers(input: $input) {
    id
    availableUntil
  }
}
    `) as unknown as TypedDocumentString<ValidationUpdateOffersDaysMutation, ValidationUpdateOffersDaysMutationVariables>;
export const ValidationUpdateOrganizationTextsDocument = new TypedDocumentString(`
    mutation ValidationUpdateOrganizationTexts($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<ValidationUpdateOrganizationTextsMutation, ValidationUpdateOrganizationTextsMutationVariables>;
export const ValidationCreateNamedOrganizationDocument = new TypedDocumentString(`
    mutation ValidationCreateNamedOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateNamedOrganizationMutation, ValidationCreateNamedOrganizationMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    kind
    hub
    organizations {
      id
      name
    }
    user {
      id
      email
    }
    apiKey {
      id
      name
      tokenPrefix
      organizationId
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ViewerWithoutOrganizationsDocument = new TypedDocumentString(`
    query ViewerWithoutOrganizations {
  viewer {
    kind
    hub
    user {
      id
      name
      email
    }
    apiKey {
      id
      name
      tokenPrefix
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerWithoutOrganizationsQuery, ViewerWithoutOrganizationsQueryVariables>;
export const ViewerMunicipalityDocument = new TypedDocumentString(`
    query ViewerMunicipality {
  municipality(code: "052") {
    name
  }
}
    `) as unknown as TypedDocumentString<ViewerMunicipalityQuery, ViewerMunicipalityQueryVariables>;
export const ViewerCreateApiKeyDocument = new TypedDocumentString(`
    mutation ViewerCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      name
      tokenPrefix
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerCreateApiKeyMutation, ViewerCreateApiKeyMutationVariables>;
export const ViewerRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ViewerRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ViewerRevokeApiKeyMutation, ViewerRevokeApiKeyMutationVariables>;
export const ViewerInviteMemberDocument = new TypedDocumentString(`
    mutation ViewerInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ViewerInviteMemberMutation, ViewerInviteMemberMutationVariables>;
export const ViewerSignUpDocument = new TypedDocumentString(`
    mutation ViewerSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerSignUpMutation, ViewerSignUpMutationVariables>;
export const ViewerAcceptInvitationDocument = new TypedDocumentString(`
    mutation ViewerAcceptInvitation($invitationToken: String!) {
  acceptInvitation(invitationToken: $invitationToken) {
    id
  }
}
    `) as unknown as TypedDocumentString<ViewerAcceptInvitationMutation, ViewerAcceptInvitationMutationVariables>;
export const ViewerLoginDocument = new TypedDocumentString(`
    mutation ViewerLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ViewerLoginMutation, ViewerLoginMutationVariables>;
export const WebhooksCreateDocument = new TypedDocumentString(`
    mutation WebhooksCreate($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
      url
      events
      active
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const WebhooksListDocument = new TypedDocumentString(`
    query WebhooksList($organizationId: ID!) {
  webhooks(organizationId: $organizationId) {
    id
    url
    events
    active
  }
}
    `) as unknown as TypedDocumentString<WebhooksListQuery, WebhooksListQueryVariables>;
export const WebhooksDeleteDocument = new TypedDocumentString(`
    mutation WebhooksDelete($id: ID!) {
  deleteWebhook(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeleteMutation, WebhooksDeleteMutationVariables>;
export const WebhooksUpdateDocument = new TypedDocumentString(`
    mutation WebhooksUpdate($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    id
    url
    events
    active
  }
}
    `) as unknown as TypedDocumentString<WebhooksUpdateMutation, WebhooksUpdateMutationVariables>;
export const WebhooksSendTestDocument = new TypedDocumentString(`
    mutation WebhooksSendTest($id: ID!) {
  sendTestWebhook(id: $id) {
    id
    kind
    channel
    status
    attempts
    nextAttemptAt
  }
}
    `) as unknown as TypedDocumentString<WebhooksSendTestMutation, WebhooksSendTestMutationVariables>;
export const WebhooksWithLogsDocument = new TypedDocumentString(`
    query WebhooksWithLogs($organizationId: ID!) {
  webhooks(organizationId: $organizationId) {
    id
    deliveries(first: 5) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksWithLogsQuery, WebhooksWithLogsQueryVariables>;
export const WebhooksDeliveryLogDocument = new TypedDocumentString(`
    query WebhooksDeliveryLog($id: ID!, $first: Int, $after: String) {
  webhook(id: $id) {
    id
    deliveries(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          channel
          status
          attempts
          lastError
          lastResponseStatus
          sentAt
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeliveryLogQuery, WebhooksDeliveryLogQueryVariables>;
export const WebhooksDispatchedDeliveriesDocument = new TypedDocumentString(`
    query WebhooksDispatchedDeliveries($id: ID!) {
  webhook(id: $id) {
    deliveries {
      totalCount
      edges {
        node {
          id
          kind
          channel
          status
          attempts
          lastError
          lastResponseStatus
          nextAttemptAt
          sentAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDispatchedDeliveriesQuery, WebhooksDispatchedDeliveriesQueryVariables>;
export const WithdrawResponseRespondDocument = new TypedDocumentString(`
    mutation WithdrawResponseRespond($input: RespondToNeedInput!) {
  respondToNeed(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawResponseRespondMutation, WithdrawResponseRespondMutationVariables>;
export const WithdrawResponseWithdrawDocument = new TypedDocumentString(`
    mutation WithdrawResponseWithdraw($id: ID!) {
  withdrawResponse(id: $id) {
    id
    status
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawResponseWithdrawMutation, WithdrawResponseWithdrawMutationVariables>;
export const WithdrawResponseAcceptDocument = new TypedDocumentString(`
    mutation WithdrawResponseAccept($id: ID!) {
  acceptResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawResponseAcceptMutation, WithdrawResponseAcceptMutationVariables>;
export const WithdrawResponseDeclineDocument = new TypedDocumentString(`
    mutation WithdrawResponseDecline($id: ID!) {
  declineResponse(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawResponseDeclineMutation, WithdrawResponseDeclineMutationVariables>;
export const WithdrawResponseNeedResponsesDocument = new TypedDocumentString(`
    query WithdrawResponseNeedResponses($id: ID!) {
  need(id: $id) {
    id
    responseCount
    responses {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawResponseNeedResponsesQuery, WithdrawResponseNeedResponsesQueryVariables>;
export const WorkerCrashBacklogDocument = new TypedDocumentString(`
    query WorkerCrashBacklog {
  matchingBacklog
}
    `) as unknown as TypedDocumentString<WorkerCrashBacklogQuery, WorkerCrashBacklogQueryVariables>;