import { EntityManager } from 'typeorm';
import { Municipality } from './municipality.entity';
import { MUNICIPALITIES, THEMES } from './reference-data';
import { Theme } from './theme.entity';

/** Brings the municipality and theme tables in line with the project's data files. */
export async function loadReferenceData(manager: EntityManager): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(Municipality)
    .values(MUNICIPALITIES.map((municipality) => ({ ...municipality })))
    .orUpdate(['name', 'region', 'population', 'latitude', 'longitude', 'neighbour_codes'], ['code'])
    .execute();
  // Themes are never deleted here: items posted earlier may still carry a retired code.
  await manager
    .createQueryBuilder()
    .insert()
    .into(Theme)
    .values(THEMES.map((theme) => ({ ...theme })))
    .orUpdate(['parent_code', 'name_sl', 'name_en', 'keywords_sl', 'keywords_en', 'position'], ['code'])
    .execute();
}
