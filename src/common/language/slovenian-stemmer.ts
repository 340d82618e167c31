// A light Slovenian stemmer: strips the inflectional ending of a folded word (no
// diacritics), so that the forms of one word meet: pevec, pevci, pevcev → pevc; zbor, zbora,
// zborov → zbor; hrana, hrane, hrano → hran. nlp.js's Slovenian stemmer leaves words of five
// letters or fewer untouched (hrane, šole, mačke), and those carry much of the meaning of
// short titles.
//
// Endings of nouns, adjectives and verbs, longest first (not the past participles -al,
// -ila...: postings rarely use them, and they would cut nouns such as oblačila, pravila). A stem keeps at least three letters:
// short words (pes, psa, psi) are left to the glossary, which lists their forms.
// Verbal nouns in their cases: čiščenje, čiščenja, čiščenju, čiščenjem; odstranjevanje,
// obiskovanja.
const VERBAL_NOUN_ENDINGS = ['ovanj', 'evanj', 'anj', 'enj'].flatMap((suffix) => ['em', 'ih', 'e', 'a', 'u', 'i'].map((ending) => suffix + ending));

const ENDINGS = [
  ...VERBAL_NOUN_ENDINGS.sort((a, b) => b.length - a.length),
  // infinitives: voziti, pomagati, obiskovati
  'ovati', 'evati', 'ati', 'iti', 'eti',
  // adjectives: gasilskega, gasilskemu, starejšimi
  'imi', 'ega', 'emu', 'ima', 'ama', 'ami', 'oma', 'ema',
  // verbs: pomagamo, pomagajo, vozijo, nudimo, iščejo
  'amo', 'imo', 'emo', 'ajo', 'ijo', 'ejo', 'ate', 'ite', 'ete',
  // nouns: zborov, pevcev, otrokom, pevcem, šolah, starejših
  'ov', 'ev', 'om', 'em', 'ih', 'im', 'ah', 'am',
  'a', 'e', 'i', 'o', 'u',
];

const MIN_STEM = 3;
// Verbs and their nouns keep a longer stem, or they would meet everyday words: the -ov-, -ev-
// of verbs made from nouns stays on a root shorter than five letters (svetovanje, svetovati →
// svetov, not svet "council"; letovanje → letov, not let "years"; žalovanje → žalov, not žal
// "unfortunately"), and a verbal noun on a root of three letters keeps its -anj-, -enj- (pisanje,
// pisanja → pisanj).
function minimumStem(ending: string): number {
  if (/^[oe]v(anj|ati)/.test(ending)) return 5;
  if (VERBAL_NOUN_ENDINGS.includes(ending)) return 4;
  return MIN_STEM;
}
const VOWELS = /[aeiou]/;

/** The stem of a folded (lower case, no diacritics) Slovenian word. */
export function stemSlovenian(word: string): string {
  let stem = word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= minimumStem(ending) && word.endsWith(ending)) {
      stem = word.slice(0, -ending.length);
      break;
    }
  }
  // A stem must keep a vowel (or the syllabic r of prst, vrt): "pevci" → "pevc", not "pvc".
  if (!VOWELS.test(stem) && !/r/.test(stem)) return word;
  // The j that nouns in -r take before an ending: senior/seniorja/seniorji → senior.
  if (stem.length >= 5 && stem.endsWith('rj')) stem = stem.slice(0, -1);
  // The fleeting e of -ec and -ek: pevec/pevca → pevc, voziček/vozička → vozick.
  if (stem.length >= 5 && /[^aeiou]e[ck]$/.test(stem)) stem = `${stem.slice(0, -2)}${stem.slice(-1)}`;
  return stem;
}
