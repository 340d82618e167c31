// Words that say nothing about the subject of a need or an offer, folded (no diacritics).
// Slovenian: function words, and the vocabulary every posting shares ("iščemo", "nudimo").
const SLOVENIAN = `
a ali ampak an bi bil bila bile bili bilo bo bodo bom bomo bos bosta boste bova brez bi
ce da do dva dve ga gre h i iz in ja je jih jim jo ju k kaj kajti kako kar kateri katera katere
katerih kateremu katero ki kje ko kot kdo le lahko med mi mu na nad naj najbolj nam nas naso ne
nego nekaj nekateri neki ni nic niso nje njega njej njemu njen njena njeno njih njim njo njun
o ob od pa po pod pri prav pred preko s sa se sebe sem si sicer so sta ste smo sva svoj svoja
svoje svojih svojo tako tam tem ter ti tisti to tudi tukaj v vas ve vec vendar vse vsak vsaka
vsako vseh vsem z za zato ze zelo zlasti
iscemo isce nudimo nudi ponujamo ponuja potrebujemo potrebuje zelimo zeli lahko moremo mora
leto leta letu let teden tedensko mesec mesecno dan dni ura ure
tekom
`;

const ENGLISH = `
a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
offer offers offering need needs needed looking seek seeking provide provides providing
we our us can year years week weekly month monthly day days hours
`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${SLOVENIAN} ${ENGLISH}`.split(/\s+/).filter(Boolean));

export const SLOVENIAN_MARKERS: ReadonlySet<string> = new Set(SLOVENIAN.split(/\s+/).filter(Boolean));
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/).filter(Boolean));

// Slovenian numbers, dropped from Slovenian texts only: the English glossary would otherwise
// read "pet minut" (five minutes) as pets. Folded; "petindvajset" and the like by their ending.
const SLOVENIAN_NUMBERS: ReadonlySet<string> = new Set(
  `ena en eno dva dve tri stiri pet sest sedem osem devet deset enajst dvanajst trinajst stirinajst
  petnajst sestnajst sedemnajst osemnajst devetnajst dvajset trideset stirideset petdeset sestdeset
  sedemdeset osemdeset devetdeset sto dvesto tristo petsto tisoc`.split(/\s+/).filter(Boolean),
);

export const isSlovenianNumber = (folded: string): boolean =>
  SLOVENIAN_NUMBERS.has(folded) || /^\p{L}+in(dvajset|trideset|stirideset|petdeset|sestdeset|sedemdeset|osemdeset|devetdeset)$/u.test(folded);
