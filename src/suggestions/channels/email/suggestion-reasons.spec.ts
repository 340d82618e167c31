import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../../reference-data/reference-data';
import { DEFAULT_MATCHING_CONFIG } from '../../../matching/scoring/matching-config';
import { scorePair } from '../../../matching/scoring/score';
import { needFacts, offerFacts } from '../../../matching/scoring/testing/facts';
import { storedComponents } from '../../../matching/stored-components';
import { MessageLanguage } from '../../delivery.enums';
import { suggestionReasons } from './message-composer.service';

// Both on older people, but one drives them to the doctor and the other teaches them to use phones:
// the themes agree, the texts hardly do, and the topic holds the pair back under the calibration.
const need = needFacts({ title: 'Prevozi starejših k zdravniku', description: 'Iščemo prostovoljce, ki bi starejše občane vozili k zdravniku in v lekarno.', themeCodes: ['SOCIAL_ELDERLY'] });
const offer = offerFacts({ title: 'Tečaj pametnih telefonov', description: 'Naši sodelavci učijo upokojence uporabljati pametne telefone in tablice.', themeCodes: ['SOCIAL_ELDERLY'] });

describe("a suggestion e-mail's reasons", () => {
  const context = { config: DEFAULT_MATCHING_CONFIG, reference: { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE }, idf: () => 1 };
  const pair = scorePair(need, offer, context);
  const reasons = (language: MessageLanguage) => suggestionReasons(DEFAULT_MATCHING_CONFIG.calibration, pair.score, storedComponents(pair.components), language);

  // "Vsebina: Skupna tema: starejši" under "Kaj znižuje verjetnost" said the opposite of its heading.
  it('say a topic that lowers the chance matches only in part, as the card does', () => {
    expect(pair.components.find((component) => component.name === 'topic')!.reason).toEqual(['sharedTheme', 'SOCIAL_ELDERLY']);
    expect(reasons(MessageLanguage.SL).lowers.find((reason) => reason.component === 'topic')?.explanation).toBe('Skupna tema je »Starejši«, vendar se vsebini ujemata le deloma');
    expect(reasons(MessageLanguage.EN).lowers.find((reason) => reason.component === 'topic')?.explanation).toBe('Both work on older people, but the subjects match only in part');
    expect(reasons(MessageLanguage.SL).fits.map((reason) => reason.explanation)).toContain('Ponudba pokriva občino Kranj');
  });
});
