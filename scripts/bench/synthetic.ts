// A realistic synthetic load for the benchmarks: varied themes, places, dates, resource
// types, Slovenian and English texts. Deterministic for a given seed.
import { MUNICIPALITIES, THEMES } from '../../src/reference-data/reference-data';

export function random(seed: number): () => number {
  let state = seed % 2_147_483_647 || 1;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

const RESOURCE_TYPES = ['FUNDING', 'EXPERTISE', 'VOLUNTEERS', 'EQUIPMENT', 'PREMISES', 'SERVICE_DELIVERY', 'PROJECT_PARTNERSHIP'];
const REACHES = ['LOCAL', 'LOCAL', 'REGIONAL', 'REGIONAL', 'NATIONAL'];
const GORENJSKA = MUNICIPALITIES.filter((municipality) => municipality.region === 'Gorenjska');
const SUBTHEMES = THEMES.filter((theme) => theme.parentCode);

const SL_OFFER = [
  'Nudimo {kw} za društva in občine.',
  'Naši prostovoljci pomagajo pri {kw}, enkrat tedensko.',
  'Podjetje ponuja strokovno pomoč na področju {kw}.',
  'Na voljo imamo prostore in opremo za {kw}.',
];
const EN_OFFER = ['We offer help with {kw} to local organisations.', 'Our volunteers support {kw} projects every week.', 'Pro-bono expertise in {kw} for NGOs.'];
const SL_NEED = ['Iščemo partnerja za {kw} v naši občini.', 'Potrebujemo prostovoljce za {kw}.', 'Za projekt {kw} iščemo opremo in znanje.'];
const EN_NEED = ['We are looking for a partner for {kw}.', 'Volunteers needed for {kw} in our town.'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function text(next: () => number, templates: readonly string[], english: boolean) {
  const theme = pick(next, SUBTHEMES);
  const keywords = english ? theme.keywordsEn : theme.keywordsSl;
  const first = pick(next, keywords);
  const second = pick(next, keywords);
  return {
    theme: theme.code,
    title: `${english ? theme.nameEn : theme.nameSl}: ${first}`,
    description: `${pick(next, templates).replace('{kw}', first)} ${pick(next, templates).replace('{kw}', second)}`,
  };
}

function dateRange(next: () => number): [string | null, string | null] {
  if (next() < 0.2) return [null, null];
  const start = new Date(Date.UTC(2027, Math.floor(next() * 12), 1 + Math.floor(next() * 28)));
  const end = new Date(start.getTime() + (30 + Math.floor(next() * 300)) * 86_400_000);
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

export interface SyntheticOffer {
  title: string;
  description: string;
  themeCodes: string[];
  resourceTypes: string[];
  municipalityCode: string;
  reach: string;
  availableFrom: string | null;
  availableUntil: string | null;
  valueEur: number | null;
  capacity: number | null;
}

export function syntheticOffer(next: () => number): SyntheticOffer {
  const english = next() < 0.3;
  const content = text(next, english ? EN_OFFER : SL_OFFER, english);
  const [from, until] = dateRange(next);
  const place = next() < 0.7 ? pick(next, GORENJSKA) : pick(next, MUNICIPALITIES);
  return {
    title: content.title,
    description: content.description,
    themeCodes: next() < 0.6 ? [content.theme] : [],
    resourceTypes: [pick(next, RESOURCE_TYPES), ...(next() < 0.3 ? [pick(next, RESOURCE_TYPES)] : [])].filter((type, index, all) => all.indexOf(type) === index),
    municipalityCode: place.code,
    reach: pick(next, REACHES),
    availableFrom: from,
    availableUntil: until,
    valueEur: next() < 0.5 ? Math.floor(next() * 20) * 500 : null,
    capacity: next() < 0.5 ? 1 + Math.floor(next() * 5) : null,
  };
}

export interface SyntheticNeed {
  title: string;
  description: string;
  themeCodes: string[];
  resourceTypes: string[];
  municipalityCode: string;
  startsOn: string | null;
  endsOn: string | null;
  budgetEur: number | null;
}

export function syntheticNeed(next: () => number): SyntheticNeed {
  const english = next() < 0.25;
  const content = text(next, english ? EN_NEED : SL_NEED, english);
  const [startsOn, endsOn] = dateRange(next);
  return {
    title: content.title,
    description: content.description,
    themeCodes: next() < 0.65 ? [content.theme] : [],
    resourceTypes: [pick(next, RESOURCE_TYPES)],
    municipalityCode: pick(next, GORENJSKA).code,
    startsOn,
    endsOn,
    budgetEur: next() < 0.5 ? Math.floor(next() * 10) * 500 : null,
  };
}
