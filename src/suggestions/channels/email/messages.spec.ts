import { MessageLanguage } from '../../delivery.enums';
import { ItemView, otherSideAcceptedMessage, partnershipEndedMessage } from './messages';

const item = (kind: 'need' | 'offer', title: string, organizationName: string): ItemView => ({
  kind,
  title,
  description: '…',
  organizationName,
  municipalityName: 'Kranj',
  from: null,
  until: null,
});
const need = item('need', 'Prevozi starejših', 'Mestna občina Kranj');
const offer = item('offer', 'Prostovoljni vozniki', 'Društvo Sopotnik');

describe('partnershipEndedMessage', () => {
  it('tells a need whose partner cancelled that it is open again, in English', () => {
    const message = partnershipEndedMessage(need, offer, { completed: false, outcomeNote: null, needOpenAgain: true }, MessageLanguage.EN, 'https://x/unsubscribe/t');
    expect(message.subject).toBe('Partnership cancelled: Društvo Sopotnik');
    expect(message.text).toContain('your need "Prevozi starejših" and "Prostovoljni vozniki"');
    expect(message.text).toContain('Your need is open again');
    expect(message.text).not.toContain('What came of it');
  });

  it('gives an offer the outcome of a completed partnership, in Slovenian, with the note escaped in HTML', () => {
    const message = partnershipEndedMessage(offer, need, { completed: true, outcomeNote: 'Vozili smo <40> ljudi.', needOpenAgain: false }, MessageLanguage.SL, 'https://x/unsubscribe/t');
    expect(message.subject).toBe('Partnerstvo zaključeno: Mestna občina Kranj');
    expect(message.text).toContain('Kaj je nastalo iz sodelovanja: Vozili smo <40> ljudi.');
    expect(message.html).toContain('Vozili smo &lt;40&gt; ljudi.');
    expect(message.text).not.toContain('spet odprta');
  });
});

describe('otherSideAcceptedMessage', () => {
  const view = (score: number) => ({ own: need, other: offer, score, reasons: [], acceptUrl: 'https://x/a', declineUrl: 'https://x/d' });

  it('writes the fit of a weaker candidate someone accepted from its page as under 1%, not 0%', () => {
    const message = otherSideAcceptedMessage(view(0.004), MessageLanguage.EN, 'https://x/unsubscribe/t');
    expect(message.text).toContain('Fit: < 1 %');
    expect(message.text).not.toContain('0 %');
  });

  it("writes a suggested pair's fit in whole percents", () => {
    expect(otherSideAcceptedMessage(view(0.82), MessageLanguage.SL, 'https://x/unsubscribe/t').text).toContain('Ujemanje: 82 %');
  });
});
