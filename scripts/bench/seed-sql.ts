// Bulk SQL for the benchmarks' starting data (bench:api, bench:burst): organizations, and
// offers with the search profile the matching worker would have written (as bench:match).
import { Client } from 'pg';
import { profileOf, searchableThemes } from '../../src/matching/scoring/item-profile';
import { MUNICIPALITIES, THEME_BY_CODE } from '../../src/reference-data/reference-data';
import { syntheticOffer } from './synthetic';

const CHUNK = 2_000;
const SECTORS = ['NGO', 'COMPANY', 'MUNICIPALITY', 'PUBLIC_INSTITUTION', 'DEVELOPMENT_AGENCY'];
export const GORENJSKA = MUNICIPALITIES.filter((municipality) => municipality.region === 'Gorenjska').map((municipality) => municipality.code);

/** `count` organizations, most of them in Gorenjska; their ids. */
export async function insertOrganizations(db: Client, count: number, next: () => number, createdAt: () => string): Promise<string[]> {
  const organizations = Array.from({ length: count }, (_, index) => ({
    name: `Organizacija ${index + 1}`,
    sector: SECTORS[index % SECTORS.length],
    municipality_code: next() < 0.8 ? GORENJSKA[Math.floor(next() * GORENJSKA.length)] : MUNICIPALITIES[Math.floor(next() * MUNICIPALITIES.length)].code,
    verified: next() < 0.7,
    created_at: createdAt(),
  }));
  const { rows } = await db.query(
    `INSERT INTO organization (name, sector, municipality_code, verified, created_at)
     SELECT name, sector::sector, municipality_code, verified, created_at
       FROM jsonb_to_recordset($1::jsonb) AS r(name text, sector text, municipality_code char(3), verified boolean, created_at timestamptz)
     RETURNING id`,
    [JSON.stringify(organizations)],
  );
  return (rows as { id: string }[]).map((row) => row.id);
}

/** `count` open offers, already profiled for the candidate search (not scored: no matches). */
export async function insertOffers(db: Client, count: number, organization: () => string, next: () => number, createdAt: () => string): Promise<void> {
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, () => {
      const offer = syntheticOffer(next);
      const profile = profileOf(offer.title, offer.description, offer.themeCodes, THEME_BY_CODE);
      return {
        ...offer,
        organization_id: organization(),
        created_at: createdAt(),
        match_terms: [...new Set(profile.terms)],
        match_theme_codes: searchableThemes(profile, THEME_BY_CODE),
      };
    });
    await db.query(
      `INSERT INTO offer (organization_id, title, description, theme_codes, resource_types, municipality_code, reach,
                          available_from, available_until, value_eur, capacity, created_at, updated_at,
                          match_terms, match_theme_codes)
       SELECT organization_id, title, description, "themeCodes", "resourceTypes"::resource_type[], "municipalityCode", reach::reach,
              "availableFrom", "availableUntil", "valueEur", capacity, created_at, created_at,
              match_terms, match_theme_codes
         FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, title text, description text, "themeCodes" text[],
              "resourceTypes" text[], "municipalityCode" char(3), reach text, "availableFrom" date, "availableUntil" date,
              "valueEur" int, capacity int, created_at timestamptz, match_terms text[], match_theme_codes text[])`,
      [JSON.stringify(rows)],
    );
  }
}
