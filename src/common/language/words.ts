// The words of Slovenian and English texts: folding, language, stems. Shared by the matcher's
// text analysis (matching/scoring) and the text filter of the lists (common/filtering/text-search.ts).
import { StemmerEn } from '@nlpjs/lang-en-min';
import { stemSlovenian } from './slovenian-stemmer';
import { ENGLISH_MARKERS, SLOVENIAN_MARKERS } from './stopwords';

export type Language = 'sl' | 'en';

const englishStemmer = new StemmerEn();

/** Lower case without diacritics: "Občina Škofja Loka" → "obcina skofja loka". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words of two or more letters or digits, as written (lower case, diacritics kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/** Slovenian or English, by which language's function words the text uses more. */
export function detectLanguage(tokens: readonly string[]): Language {
  return languageOf(tokens, tokens.map(fold));
}

/** detectLanguage over words already folded alongside (`folded[i]` is `fold(tokens[i])`). */
export function languageOf(tokens: readonly string[], folded: readonly string[]): Language {
  let slovenian = 0;
  let english = 0;
  for (const word of folded) {
    if (SLOVENIAN_MARKERS.has(word)) slovenian += 1;
    if (ENGLISH_MARKERS.has(word)) english += 1;
  }
  if (english > slovenian) return 'en';
  if (slovenian > english) return 'sl';
  return tokens.some((token) => /[čšžć]/.test(token)) ? 'sl' : 'en';
}

// Stemming is most of a text's analysis, and a worker analyses the same few thousand words
// in text after text (450 candidates a job, each new one analysed): each language's stems
// are remembered, by folded word, up to this many; past it the memory starts again.
const REMEMBERED_STEMS = 50_000;
const stems: Record<Language, Map<string, string>> = { sl: new Map(), en: new Map() };

// English words the stemmer cuts to the stem of an unrelated word: animal and animator
// (both "anim": a children's entertainer read as a pet), organization and organ (a church
// organ read into every association), authority and author, vetting and vet (checking
// volunteers read as a veterinarian), hospital and hospitality, mobility and mobile, physics
// and physical, procession and process, removals and remove, fitness and fit(ted), screening
// and screen, measurements and measures, coaching and a coach (bus), plants and a (power)
// plant, railings and rail. Each gets the stem of its own
// family; the other spelling of organisation already has it.
const ENGLISH_STEMS: ReadonlyMap<string, string> = new Map([
  ['animal', 'animal'],
  ['animals', 'animal'],
  ['organization', 'organis'],
  ['organizations', 'organis'],
  ['organizational', 'organis'],
  ['authority', 'authoriti'],
  ['authorities', 'authoriti'],
  ['vetting', 'vetting'],
  ['vetted', 'vetting'],
  ['hospital', 'hospital'],
  ['hospitals', 'hospital'],
  ['mobility', 'mobility'],
  ['physics', 'physics'],
  ['procession', 'procession'],
  ['processions', 'procession'],
  ['removals', 'removals'],
  ['fitness', 'fitness'],
  ['screening', 'screening'],
  ['measurement', 'measurement'],
  ['measurements', 'measurement'],
  ['coaching', 'coaching'],
  ['plants', 'plants'],
  ['railing', 'railing'],
  ['railings', 'railing'],
]);

// Slovenian forms the stemmer cuts to the stem of an unrelated word (folded): praznovanje,
// a celebration, and prazen, empty (both "prazn"); kampanja, a campaign, and kamp, a campsite
// (kampanja, kampanje and kampanji all "kamp"); ogledali, "we saw" (a visit), and ogledalo, a
// mirror (both "ogledal"). Each family gets a stem of its own; the ambiguous ogledala (of a
// mirror, or "she saw") stays with the mirror.
const SLOVENIAN_STEMS: ReadonlyMap<string, string> = new Map([
  ...['praznovanje', 'praznovanja', 'praznovanju', 'praznovanjem', 'praznovanj', 'praznovanjih', 'praznovanjema', 'praznovati',
    'praznoval', 'praznovala', 'praznovali', 'praznovale', 'praznovalo', 'praznujemo', 'praznuje', 'praznujejo', 'praznujete']
    .map((form): [string, string] => [form, 'praznovanj']),
  ...['kampanja', 'kampanje', 'kampanji', 'kampanjo', 'kampanj', 'kampanjah', 'kampanjam', 'kampanjami']
    .map((form): [string, string] => [form, 'kampanj']),
  ...['ogledal', 'ogledali', 'ogledale'].map((form): [string, string] => [form, 'ogled']),
]);

/** stem() of a word already folded. */
export function stemFolded(folded: string, language: Language): string {
  const known = stems[language];
  let found = known.get(folded);
  if (found === undefined) {
    found =
      language === 'sl'
        ? (SLOVENIAN_STEMS.get(folded) ?? stemSlovenian(folded))
        : (ENGLISH_STEMS.get(folded) ?? fold(englishStemmer.stemWord(folded) || folded));
    if (known.size >= REMEMBERED_STEMS) known.clear();
    known.set(folded, found);
  }
  return found;
}

/** The stem of a word in its language, folded: the forms of one word share it. */
export function stem(word: string, language: Language): string {
  return stemFolded(fold(word), language);
}
