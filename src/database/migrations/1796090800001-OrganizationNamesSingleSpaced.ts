import { MigrationInterface, QueryRunner } from 'typeorm';

// What TrimToSingleSpaces does, in PostgreSQL's terms. Its /\p{Zs}+/gu: every run of Unicode
// space separators (the plain and the no-break space among them) becomes one plain space.
const SPACE_SEPARATORS = '\u0020\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000';
// Then String.prototype.trim: the space separators, tab, vertical tab, form feed, the byte
// order mark and the line terminators go from either end (inside, a tab or a line break stays).
const TRIMMED = ' \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t\u000B\f\uFEFF\n\r\u2028\u2029';

const normalized = (column: string) => `btrim(regexp_replace("${column}", $1, ' ', 'g'), $2)`;

/**
 * An organization's name and contact person are trimmed, each run of spaces inside made one
 * space, as they are read in since TrimToSingleSpaces: rows stored before kept "Društvo  Sonček"
 * or a no-break space at the end, a near-twin of "Društvo Sonček" that /hub's same-name check,
 * lists and searches told apart. A contact person left empty (none can be, the API trimmed it
 * before) is no contact person. updated_at says the row changed, as Organization.updatedAt does.
 *
 * down() restores nothing, on purpose: the previous code reads single-spaced names as well, so
 * nothing has to be undone for it to run, and bringing the old spacing back would need a copy of
 * every changed name and contact person (personal data) kept in the schema for good, to recreate
 * the near-twins this removes.
 */
export class OrganizationNamesSingleSpaced1796090800001 implements MigrationInterface {
  name = 'OrganizationNamesSingleSpaced1796090800001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "organization"
          SET "name" = ${normalized('name')},
              "contact_name" = nullif(${normalized('contact_name')}, ''),
              "updated_at" = now()
        WHERE "name" IS DISTINCT FROM ${normalized('name')}
           OR "contact_name" IS DISTINCT FROM nullif(${normalized('contact_name')}, '')`,
      [`[${SPACE_SEPARATORS}]+`, TRIMMED],
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo: see above.
  }
}
