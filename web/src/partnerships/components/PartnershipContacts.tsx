import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../app/PhoneLink';
import classes from './partnership-contacts.module.css';

/**
 * The other side's contact person (the hub sees both sides'): name, e-mail and phone as
 * links a phone can open. A partnership formed from a response has no match page with
 * contacts, so the card is where both sides find each other.
 */
export function PartnershipContacts({ contacts }: { contacts: { name: string; email?: string | null; phone?: string | null }[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return null;
  return (
    <div className={classes.contacts}>
      {contacts.map((contact) => (
        <p key={`${contact.name}-${contact.email ?? ''}-${contact.phone ?? ''}`}>
          <strong>{t('partnerships.contact')}:</strong> {contact.name}
          {contact.email && (
            <>
              {' · '}
              {t('partnerships.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          )}
          {contact.phone && (
            <>
              {' · '}
              {t('partnerships.phone')}: <PhoneLink phone={contact.phone} />
            </>
          )}
        </p>
      ))}
    </div>
  );
}
