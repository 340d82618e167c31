/**
 * A phone number as a link a phone can dial. The href takes no spaces or brackets ("04 123 45 67"
 * dials 041234567), and the number stays on one line: split after "+386 4" it reads as two
 * numbers. The API allows at most 21 characters, which fit a phone's width.
 */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={`tel:${phone.replace(/[\s().\/-]/g, '')}`} style={{ whiteSpace: 'nowrap' }}>
      {phone}
    </a>
  );
}
