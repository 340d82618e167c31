import { Title } from '@mantine/core';
import classes from './item-title.module.css';

// Up to this many characters a title keeps an h1's size on a phone too: two lines of 34 px
// at 360 px. The API takes up to 200.
const SHORT_TITLE = 30;

/**
 * The heading of a need's or an offer's page: its title. On a phone a longer title is set in
 * smaller type (item-title.module.css); a computer's screen shows every title as an h1.
 */
export function ItemTitle({ title, id }: { title: string; id?: string }) {
  const long = title.length > SHORT_TITLE;
  return (
    <Title order={1} id={id} className={long ? `${classes.title} ${classes.long}` : classes.title}>
      {title}
    </Title>
  );
}
