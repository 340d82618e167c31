import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching worker's offer index (offer-search.index.ts) now holds what the scorer reads of
 * an offer, so that a need's scoring no longer reads its few hundred candidates back: it must
 * hear of every change to that too. search_xid is now stamped when the offer's text, themes,
 * value, capacity or active partnerships change, and on every offer of an organization whose
 * sector changes; it also names the text's version, by which the worker finds the offer's
 * profile without reading the text again.
 */
export class OfferSearchHoldsFacts1796090600001 implements MigrationInterface {
  name = 'OfferSearchHoldsFacts1796090600001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER offer_search_touch ON offer`);
    await queryRunner.query(
      `CREATE TRIGGER offer_search_touch BEFORE INSERT OR UPDATE OF status, organization_id, resource_types, available_from,
         available_until, municipality_code, reach, service_area_codes, match_terms, match_theme_codes,
         title, description, theme_codes, value_eur, capacity, active_partnerships
         ON offer FOR EACH ROW EXECUTE FUNCTION offer_search_touch()`,
    );
    // Offers written before search_xid existed: a version of their own.
    await queryRunner.query(`UPDATE offer SET search_xid = pg_current_xact_id()::text::bigint WHERE search_xid IS NULL`);
    await queryRunner.query(
      `CREATE FUNCTION organization_offers_touch() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE offer SET search_xid = pg_current_xact_id()::text::bigint WHERE organization_id = NEW.id;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER organization_offers_touch AFTER UPDATE OF sector ON organization
         FOR EACH ROW WHEN (OLD.sector IS DISTINCT FROM NEW.sector) EXECUTE FUNCTION organization_offers_touch()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organization_offers_touch ON organization`);
    await queryRunner.query(`DROP FUNCTION organization_offers_touch()`);
    await queryRunner.query(`DROP TRIGGER offer_search_touch ON offer`);
    await queryRunner.query(
      `CREATE TRIGGER offer_search_touch BEFORE INSERT OR UPDATE OF status, organization_id, resource_types, available_from,
         available_until, municipality_code, reach, service_area_codes, match_terms, match_theme_codes
         ON offer FOR EACH ROW EXECUTE FUNCTION offer_search_touch()`,
    );
  }
}
