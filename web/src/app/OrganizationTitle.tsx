import { Title } from '@mantine/core';
import classes from './organization-title.module.css';

/**
 * A page's heading for the organization it is about: "Pregled · Občina Naklo". On a phone the
 * name goes on a line of its own in smaller type (organization-title.module.css): at 34 px the
 * whole heading took two to four lines of a 360 px screen. Screen readers hear the same
 * heading either way.
 */
export function OrganizationTitle({ page, organization }: { page: string; organization: string }) {
  return (
    <Title order={1}>
      {page}{' '}
      <span className={classes.organization}>
        <span className={classes.separator}>·</span> {organization}
      </span>
    </Title>
  );
}
