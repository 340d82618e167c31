import glossaryData from '../../reference-data/data/glossary.json';
import lexiconData from '../../reference-data/data/lexicon.json';
import { stemSlovenian } from '../../common/language/slovenian-stemmer';
import { stem } from '../../common/language/words';
import { analyze, compileGlossary, GLOSSARY, isConceptTerm } from './text-analysis';
import { textSimilarities } from './score';

const terms = (text: string) => analyze(text).terms;
const shared = (a: string, b: string) => terms(a).filter((term) => terms(b).includes(term));

describe('Slovenian inflection', () => {
  it.each([
    [['pevec', 'pevci', 'pevcev', 'pevcem']],
    [['zbor', 'zbora', 'zborov', 'zborom']],
    [['hrana', 'hrane', 'hrano']],
    [['šola', 'šole', 'šolah']],
    [['prostovoljec', 'prostovoljci', 'prostovoljcev']],
    [['voziček', 'vozička', 'vozičkih']],
    [['starejši', 'starejših', 'starejšim']],
    [['družina', 'družine', 'družin', 'družinam']],
  ])('joins the forms of one word: %j', (forms) => {
    expect(new Set(forms.map((form) => stem(form, 'sl'))).size).toBe(1);
  });

  it('keeps words apart that only share a beginning', () => {
    expect(stem('prostor', 'sl')).not.toBe(stem('prostovoljci', 'sl'));
    expect(stem('voziček', 'sl')).not.toBe(stem('voziti', 'sl'));
  });

  it.each([
    [['letovanje', 'letovanja', 'letovati']],
    [['svetovanje', 'svetovanju', 'svetovati']],
    [['pisanje', 'pisanja', 'pisanjem']],
    [['čiščenje', 'čiščenja']],
  ])('joins a verbal noun\'s cases (and the verb in -ovati): %j', (forms) => {
    expect(new Set(forms.map((form) => stem(form, 'sl'))).size).toBe(1);
  });

  it('keeps verbs and their nouns apart from everyday words with a short root', () => {
    expect(stem('svetovanje', 'sl')).not.toBe(stem('svet', 'sl'));
    expect(stem('letovanje', 'sl')).not.toBe(stem('let', 'sl'));
    expect(stem('žalovanje', 'sl')).not.toBe(stem('žal', 'sl'));
  });

  it('leaves short words and stems without a vowel whole', () => {
    expect(stemSlovenian('psa')).toBe('psa');
    expect(stemSlovenian('pes')).toBe('pes');
  });

  it('folds diacritics: č, š and ž match c, s and z', () => {
    expect(stem('Šolski', 'sl')).toBe(stem('solski', 'sl'));
  });
});

describe('the glossary', () => {
  it('names one concept for a Slovenian word and its English translation', () => {
    expect(shared('Prostovoljci za starejše', 'Volunteers for the elderly')).toEqual(expect.arrayContaining(['~volunteer', '~elderly']));
    expect(shared('Kombi za prevoz invalidov', 'A van to transport people with disabilities')).toEqual(
      expect.arrayContaining(['~vehicle', '~transport', '~disability']),
    );
  });

  it('joins synonyms within a language: starostniki, upokojenci and seniorji are all older people', () => {
    expect(terms('starostniki upokojenci seniorji')).toEqual(['~elderly', '~elderly', '~elderly']);
  });

  it('reads inflected forms of the glossary\'s phrases, the longest phrase first', () => {
    expect(terms('Iščemo zborovodjo za naš pevski zbor')).toEqual(['~choir', '~choir']);
    expect(terms('revija pevskih zborov')).toEqual(['~concert', '~choir']);
    expect(terms('sončna elektrarna na strehi')).toEqual(['~solar', '~roof']);
  });

  it('finds an English term inside a Slovenian text', () => {
    expect(terms('Prostori za naš repair café v Škofji Loki')).toContain('~repair');
  });

  it('keeps the stems of words it does not know', () => {
    const analysed = terms('Klekljane čipke iz Žirov');
    expect(analysed.some((term) => !isConceptTerm(term))).toBe(true);
  });

  it('makes a Slovenian need and an English offer about the same thing similar texts', () => {
    const need = terms('Čiščenje brežin reke po poplavah. Iščemo prostovoljce za čistilno akcijo.');
    const offer = terms('River clean-up volunteers. Our members clean riverbanks after floods.');
    const unrelated = terms('Coding club for girls. Our developers teach programming.');
    expect(textSimilarities(need, offer, () => 1).text).toBeGreaterThan(0.5);
    expect(textSimilarities(need, unrelated, () => 1).text).toBe(0);
  });

  it('skips a phrase that stop words leave with one word, which would claim every use of it', () => {
    const tiny = compileGlossary({ concepts: [{ id: 'it', sl: [], en: ['it support', 'informatics'] }] });
    expect(analyze('support for informatics', 'en', tiny).terms).toEqual(['support', '~it']);
    expect(terms('Work with the elderly')).not.toContain('~work_day');
  });

  it('does not read everyday words as a concept they only resemble', () => {
    expect(terms('Kmetija je pet minut od Kranja')).not.toContain('~animals');
    expect(terms('Pet food for a dog shelter')).toContain('~animals');
    expect(terms('Program za mlade v razvojni agenciji')).not.toContain('~coding');
    expect(terms('A regional development programme')).not.toContain('~coding');
    expect(terms('Svetovanje pri zagonu podjetij')).toContain('~advice');
    expect(terms('Svet krajevne skupnosti')).not.toContain('~advice');
  });

  it('keeps English words apart that the stemmer would cut to one stem: animal and animator, organization and organ', () => {
    expect(terms('Animators for a children\'s party')).not.toContain('~animals');
    expect(terms('A shelter for stray animals')).toContain('~animals');
    expect(stem('organization', 'en')).toBe(stem('organisations', 'en'));
    expect(stem('organization', 'en')).not.toBe(stem('organ', 'en'));
    expect(stem('authorities', 'en')).not.toBe(stem('author', 'en'));
    expect(terms('Vetting and training of volunteers')).not.toContain('~veterinary');
    expect(terms('Free check-ups by a vet for shelter dogs')).toContain('~veterinary');
  });

  it('does not read an everyday word of one meaning as an entry of another', () => {
    // star is "old" in Slovenian (read in the English lexicon, the astronomer's stars); a spare
    // room is not spare parts; a drink of coffee is not an addiction.
    expect(terms('Selitev podatkov s starega strežnika: star računalnik')).not.toContain('~lex_astronomy');
    expect(terms('Teleskop za astronomski krožek')).toContain('~lex_astronomy');
    expect(terms('An older householder with a spare room')).not.toContain('~lex_spare_parts');
    expect(terms('Spare parts for old bicycles')).toContain('~lex_spare_parts');
    expect(terms('Fathers meet to play, sing and drink coffee')).not.toContain('~addiction');
    expect(terms('Binge drinking among teenagers')).toContain('~addiction');
  });

  it.each([
    ['Experienced hospitality professionals as mentors', 'Rides to the hospital for dialysis', '~hospital'],
    ['Signs for people with reduced mobility', 'Mobile ramps we lend for events', '~lex_portable'],
    ['A day of physical work outdoors', 'Physics experiments for pupils', '~lex_physics'],
    ['Processing of their own produce', 'A carnival procession through the town', '~lex_parade'],
    ['Volunteers help remove invasive plants', 'House removals for a family in need', '~lex_moving_house'],
    ['We fit draught strips and efficient bulbs', 'A fitness room for the youth centre', '~gym'],
    ['Texts that screen readers cannot read', 'Health screening for pensioners', '~screening'],
    ['Tell us which measures would help most', 'Free measurements of home internet speed', '~screening'],
    ['A rooftop solar plant for the fire station', 'Native plants for a school garden', '~lex_planting'],
    ['Wrought railings and gates repaired', 'A ride from the railway station', '~lex_railway'],
    ['Coach trips for choirs and clubs', 'A job coach for young people', '~mentoring'],
    ['Poslikava na notranjih stenah šole', 'Plezanje v severni steni Triglava', '~mountain'],
    ['Z njimi bi igrali družabne igre', 'Nova otroška igrala za vrtec', '~playground'],
    ['V zvezi z razpisom vas prosimo za pomoč', 'Športna zveza išče prostovoljce', '~ngo'],
    ['V skladu z zakonom bomo izvedli delavnice', 'Sklad za razvoj podeželja', '~funding'],
    ['Društvo s sedežem v Kranju', 'Sedeži v dvorani so dotrajani', '~lex_seat'],
    ['Društvo ima sedež v Radovljici', 'Sedeži v dvorani so dotrajani', '~lex_seat'],
    ['Prenova je v teku in bo končana tekom leta', 'Tek na 10 km za dobrodelnost', '~lex_running'],
    ['Of course we will help the club', 'A cooking course for seniors', '~course'],
    ['In light of the new rules we look for a partner', 'Street lighting for the village', '~lighting'],
    ['Praznovanje ob prazniku občine', 'Prazna učilnica za vadbo', '~lex_empty'],
    ['Kampanja ozaveščanja o odpadkih', 'Kamp ob jezeru', '~lex_campsite'],
    ['Smo si ogledali razstavo', 'Ogledalo za plesno dvorano', '~lex_mirror'],
  ])('reads "%s" without the entry that "%s" names (%s)', (misread, meant, entry) => {
    expect(terms(misread)).not.toContain(entry);
    expect(terms(meant)).toContain(entry);
  });

  it('reads a celebration and a campaign as one entry in either language, now that their Slovenian words have stems of their own', () => {
    expect(terms('Praznovanje obletnice društva')).toContain('~lex_celebration');
    expect(terms('Celebration of the club\'s anniversary')).toContain('~lex_celebration');
    expect(terms('Kampanja za zbiranje odpadkov')).toContain('~lex_campaign');
    expect(terms('A campaign to collect waste')).toContain('~lex_campaign');
  });

  it('drops a set phrase only where its words stand together, one-letter words included', () => {
    expect(terms('V skladu z zakonom')).not.toContain('~funding');
    expect(terms('Denar iz sklada za razvoj')).toContain('~funding');
    // "sedež v" is read as "based in" wherever it stands, a seat in a bus too: in postings the
    // organization's seat is far the commoner.
    expect(terms('Sedež v avtobusu')).toEqual(['~vehicle']);
    expect(terms('Sedež za invalidski voziček')).toContain('~lex_seat');
  });

  it('is built from data: a glossary it is given, or none', () => {
    const tiny = compileGlossary({ concepts: [{ id: 'bees', sl: ['čebela'], en: ['bee'] }] });
    expect(analyze('čebele', 'sl', tiny).terms).toEqual(['~bees']);
    expect(analyze('bees', 'en', tiny).terms).toEqual(['~bees']);
    expect(analyze('čebele', 'sl', compileGlossary({ concepts: [] })).terms).toEqual([stem('čebele', 'sl')]);
    expect(GLOSSARY.sl.size).toBeGreaterThan(100);
  });

  it('reads a phrase that two entries share as the first entry: the domain glossary before the general lexicon', () => {
    const both = compileGlossary({
      concepts: [
        { id: 'premises', sl: ['prostor'], en: ['premises'] },
        { id: 'space', sl: ['prostor'], en: ['space'] },
      ],
    });
    expect(analyze('prostori', 'sl', both).terms).toEqual(['~premises']);
    expect(analyze('space', 'en', both).terms).toEqual(['~space']);
  });

  it('keeps the lexicon\'s entries apart from the glossary\'s concepts: no id names two entries', () => {
    const ids = [...glossaryData.concepts, ...lexiconData.concepts].map((concept) => concept.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
