import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, route } from '../test/render';
import { EMAIL_PATTERN } from './limits';
import { refusedFields, useLocalizedValidation } from './localized-validation';
import { setupI18n } from '../i18n/i18n';

/** A form as the need form has them: a required title, and an end date whose earliest is the start. */
function DatesForm() {
  useLocalizedValidation();
  return (
    <form aria-label="Potreba">
      <label>
        Naslov
        <input name="title" required />
      </label>
      <label>
        Od
        <input name="startsOn" type="date" defaultValue="2026-07-31" />
      </label>
      <label>
        Do
        <input name="endsOn" type="date" min="2026-07-31" defaultValue="2026-07-01" />
      </label>
      <label>
        Občina
        <select name="municipalityCode" required defaultValue="">
          <option value="">Izberite občino</option>
          <option value="102">Radovljica</option>
        </select>
      </label>
      <button type="submit">Objavi</button>
    </form>
  );
}

const field = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

describe("the browser's refusals of a field", () => {
  it('word an e-mail address without a top-level domain, which the browser alone lets through', () => {
    function InviteeForm() {
      useLocalizedValidation();
      return (
        <form aria-label="Vabilo">
          <label>
            E-pošta
            <input name="inviteeEmail" type="email" pattern={EMAIL_PATTERN} defaultValue="predsednica@dpm-bled" />
          </label>
        </form>
      );
    }
    renderRoutes([route('/', <InviteeForm />)], { path: '/' });
    const form = screen.getByRole('form', { name: 'Vabilo' }) as HTMLFormElement;
    expect(form.checkValidity()).toBe(false);
    expect(field('inviteeEmail').validity.typeMismatch).toBe(false);
    expect(field('inviteeEmail').validationMessage).toBe('Vpišite veljaven e-poštni naslov.');
    fireEvent.change(field('inviteeEmail'), { target: { value: 'predsednica@dpm-bled.si' } });
    expect(form.checkValidity()).toBe(true);
  });

  it("are worded in the page's language, not the browser's, and again in the new one after a switch", async () => {
    const { i18n } = renderRoutes([route('/', <DatesForm />)], { path: '/' });
    const form = screen.getByRole('form', { name: 'Potreba' }) as HTMLFormElement;
    expect(form.checkValidity()).toBe(false);
    expect(field('title').validationMessage).toBe('Izpolnite to polje.');
    expect(field('municipalityCode').validationMessage).toBe('Izberite eno od ponujenih možnosti.');
    expect(field('endsOn').validationMessage).toBe('Izberite 31. jul. 2026 ali poznejši datum.');
    await act(() => i18n.changeLanguage('en'));
    form.checkValidity();
    expect(field('title').validationMessage).toBe('Fill in this field.');
    expect(field('endsOn').validationMessage).toBe('Choose 31 Jul 2026 or a later date.');
  });

  it('are dropped at the next change in the form, so that a field fixed by another one passes', () => {
    renderRoutes([route('/', <DatesForm />)], { path: '/' });
    const form = screen.getByRole('form', { name: 'Potreba' }) as HTMLFormElement;
    form.checkValidity();
    fireEvent.change(field('title'), { target: { value: 'Prostovoljci za poletne delavnice' } });
    fireEvent.change(field('municipalityCode'), { target: { value: '102' } });
    // The start moves before the end: the end's earliest follows it, and its old refusal must not stay.
    field('endsOn').min = '2026-06-01';
    fireEvent.change(field('startsOn'), { target: { value: '2026-06-01' } });
    expect(field('endsOn').validity.customError).toBe(false);
    expect(form.checkValidity()).toBe(true);
  });

  it("word a field's range as the API's refusal of the same field does: a share is at most 100%", async () => {
    function ShareForm() {
      useLocalizedValidation();
      return (
        <form aria-label="Predlogi">
          <label>
            Najnižje ujemanje
            <input name="minScore" type="number" min={0} max={100} defaultValue="150" />
          </label>
          <label>
            Partnerstev hkrati
            <input name="capacity" type="number" min={1} defaultValue="0" />
          </label>
        </form>
      );
    }
    const { i18n } = renderRoutes([route('/', <ShareForm />)], { path: '/', language: 'en' });
    const form = screen.getByRole('form', { name: 'Predlogi' }) as HTMLFormElement;
    form.checkValidity();
    expect(field('minScore').validationMessage).toBe('At most 100%.');
    expect(field('capacity').validationMessage).toBe('At least 1.');
    await act(() => i18n.changeLanguage('sl'));
    form.checkValidity();
    expect(field('minScore').validationMessage).toBe(i18n.t('fieldError.byField.minScore.max'));
  });

  it('word a value between the steps by the places the step allows: a field of tenths takes one decimal, not only whole numbers', async () => {
    function StepsForm() {
      useLocalizedValidation();
      return (
        <form aria-label="Koraki">
          <label>
            Delež
            <input name="share" type="number" min={5} max={99} step={0.1} defaultValue="42.55" />
          </label>
          <label>
            Prag za pošiljanje
            <input name="sendingThreshold" type="number" min={5} max={99} step={0.1} defaultValue="42.55" />
          </label>
          <label>
            Cena
            <input name="price" type="number" min={0} step={0.01} defaultValue="1.234" />
          </label>
          <label>
            Najnižje ujemanje
            <input name="minScore" type="number" min={0} max={100} step={1} defaultValue="4.5" />
          </label>
        </form>
      );
    }
    const { i18n } = renderRoutes([route('/', <StepsForm />)], { path: '/' });
    const form = screen.getByRole('form', { name: 'Koraki' }) as HTMLFormElement;
    form.checkValidity();
    expect(field('share').validity.stepMismatch).toBe(true);
    expect(field('share').validationMessage).toBe('Največ eno decimalno mesto.');
    // A field whose words say more (an example) keeps them.
    expect(field('sendingThreshold').validationMessage).toBe('Največ eno decimalno mesto (na primer 43,5).');
    expect(field('price').validationMessage).toBe('Največ dve decimalni mesti.');
    // A field of whole numbers still says so.
    expect(field('minScore').validationMessage).toBe('Vpišite celo število.');
    await act(() => i18n.changeLanguage('en'));
    form.checkValidity();
    expect(field('share').validationMessage).toBe('At most one decimal place.');
    expect(field('sendingThreshold').validationMessage).toBe('At most one decimal place (for example 43.5).');
    expect(field('price').validationMessage).toBe('At most 2 decimal places.');
    expect(field('minScore').validationMessage).toBe('Enter a whole number.');
    fireEvent.change(field('share'), { target: { value: '42.5' } });
    expect(field('share').checkValidity()).toBe(true);
  });

  it("leaves a message the app set itself", () => {
    renderRoutes([route('/', <DatesForm />)], { path: '/' });
    field('title').setCustomValidity('Naslov že obstaja.');
    (screen.getByRole('form', { name: 'Potreba' }) as HTMLFormElement).checkValidity();
    expect(field('title').validationMessage).toBe('Naslov že obstaja.');
  });
});

describe('refusedFields, the check of a form with noValidate', () => {
  it("names each field the browser would refuse, once, in the reader's words or the app's own, and leaves out the valid, disabled and unnamed", () => {
    const form = document.createElement('form');
    form.noValidate = true;
    form.innerHTML = `
      <input name="title" required>
      <input name="title" required>
      <input name="endsOn" type="date" min="2026-07-31" value="2026-07-01">
      <textarea name="description">abc</textarea>
      <input name="budgetEur" value="5">
      <input name="website" required disabled>
      <input required>`;
    document.body.append(form);
    try {
      (form.querySelector('[name="description"]') as HTMLTextAreaElement).setCustomValidity('Opis je predolg.');
      const sl = setupI18n('sl');
      expect(refusedFields(form, sl.t, 'sl')).toEqual({ title: 'Izpolnite to polje.', endsOn: expect.stringMatching(/^Izberite .*2026 ali poznejši datum\.$/), description: 'Opis je predolg.' });
      expect(refusedFields(form, setupI18n('en').t, 'en')?.title).toBe('Fill in this field.');
      for (const input of form.querySelectorAll('input')) input.value = '2026-08-01';
      (form.querySelector('[name="description"]') as HTMLTextAreaElement).setCustomValidity('');
      expect(refusedFields(form, sl.t, 'sl')).toBeNull();
    } finally {
      form.remove();
    }
  });
});
