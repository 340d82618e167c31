import type { Municipality } from './municipality.entity';
import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from './reference-data';
import type { Theme } from './theme.entity';

// The reference data as the GraphQL types show it, from memory. Plain functions, so that an
// entity's own getters can use them (a getter is a plain field for GraphQL: no resolver call
// through Nest for every item of a list).

/** Themes of an item, from their codes, in taxonomy order. */
export function themesOf(codes: readonly string[]): Theme[] {
  return codes
    .map((code) => THEME_BY_CODE.get(code))
    .filter((theme): theme is NonNullable<typeof theme> => Boolean(theme))
    .sort((a, b) => a.position - b.position) as Theme[];
}

export function municipalityOf(code: string): Municipality {
  return MUNICIPALITY_BY_CODE.get(code) as Municipality;
}
