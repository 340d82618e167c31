import { migrationsLine } from './start-up';

describe('migrationsLine', () => {
  it('says nothing when the start applied no migration', () => {
    expect(migrationsLine([])).toBeNull();
  });

  it("names an upgrade's migrations", () => {
    expect(migrationsLine(['MatchReadAt1796091100000'])).toBe('Migrated the database: 1 migration applied (MatchReadAt1796091100000).');
    expect(migrationsLine(['A1', 'B2'])).toBe('Migrated the database: 2 migrations applied (A1, B2).');
  });

  it("names a new database's whole history by its first and last", () => {
    const history = Array.from({ length: 60 }, (_, index) => `M${index}`);
    expect(migrationsLine(history)).toBe('Migrated the database: 60 migrations applied (M0 … M59).');
  });
});
