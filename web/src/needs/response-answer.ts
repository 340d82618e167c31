import type { TFunction } from 'i18next';
import type { Question } from '../app/ConfirmDialog';

/**
 * What is asked before a waiting response to our need is accepted or declined, the same on the
 * need's page and on the desk. Accepting forms the partnership and ends the need's search
 * (ResponsesService.accept: contacts shared, the need PARTNERED, the other waiting responses
 * closed and their organizations told), so it says so; `othersWait` (another response of the
 * need waits, or may, among those not loaded) adds that they close. A decline cannot be taken
 * back and is told to the organization at once.
 */
export function responseAnswerQuestion(t: TFunction, names: { organization: string; title: string }, accept: boolean, othersWait: boolean): Question {
  return accept
    ? {
        title: t('needs.responses.acceptTitle', names),
        message: [t('needs.responses.acceptConfirm', names), othersWait ? t('needs.responses.acceptClosesOthers') : ''].filter(Boolean).join(' '),
        confirm: t('needs.responses.accept'),
        color: 'teal.9',
      }
    : { title: t('desk.declineResponseTitle', names), message: t('desk.declineResponseConfirm', names), confirm: t('desk.declineResponseSubmit') };
}
