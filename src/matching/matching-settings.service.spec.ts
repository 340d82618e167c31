import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { MatchingSettingsService } from './matching-settings.service';
import { DEFAULT_MATCHING_CONFIG } from './scoring/matching-config';

/** A DataSource whose settings row the test sets; `null` is no row, an Error a failed read. */
function settingsSource() {
  const state: { row: Record<string, unknown> | null | Error; reads: number } = { row: null, reads: 0 };
  const dataSource = {
    query: (sql: string) => {
      state.reads++;
      if (!sql.includes('FROM matching_settings')) throw new Error(`unexpected query: ${sql}`);
      if (state.row instanceof Error) return Promise.reject(state.row);
      return Promise.resolve(state.row ? [state.row] : []);
    },
  } as unknown as DataSource;
  return { state, dataSource };
}

const service = (dataSource: DataSource) =>
  new MatchingSettingsService(dataSource, DEFAULT_MATCHING_CONFIG, { databaseUrl: 'postgres://unused' } as AppConfig, new AuditService());

describe('MatchingSettingsService', () => {
  it('is the shipped threshold while the hub stored none', async () => {
    const { dataSource } = settingsSource();
    const settings = service(dataSource);
    await settings.refresh();
    expect(settings.sendingThreshold).toBe(DEFAULT_MATCHING_CONFIG.sendingThreshold);
    expect(settings.inForce()).toEqual({ sendingThreshold: DEFAULT_MATCHING_CONFIG.sendingThreshold, updatedAt: null, updatedBy: null });
  });

  it("follows the stored row at each refresh, and the shipped value again when the row is gone", async () => {
    const { state, dataSource } = settingsSource();
    const settings = service(dataSource);
    const at = new Date('2027-03-01T10:00:00Z');
    state.row = { sending_threshold: 0.6, updated_at: at, updated_by: 'Ana Novak' };
    await settings.refresh();
    expect(settings.inForce()).toEqual({ sendingThreshold: 0.6, updatedAt: at, updatedBy: 'Ana Novak' });
    expect(settings.defaultSendingThreshold).toBe(DEFAULT_MATCHING_CONFIG.sendingThreshold);
    state.row = { sending_threshold: 0.35, updated_at: at, updated_by: 'ADMIN_API_KEY' };
    await settings.refresh();
    expect(settings.sendingThreshold).toBe(0.35);
    state.row = null;
    await settings.refresh();
    expect(settings.sendingThreshold).toBe(DEFAULT_MATCHING_CONFIG.sendingThreshold);
  });

  it('keeps the result of the read begun last when an earlier read ends after it (the loop against update)', async () => {
    const answers: ((rows: unknown[]) => void)[] = [];
    const dataSource = { query: () => new Promise((resolve) => answers.push(resolve)) } as unknown as DataSource;
    const settings = service(dataSource);
    const earlier = settings.refresh();
    const later = settings.refresh();
    // The later read sees the change; the earlier one, begun before it committed, ends last.
    answers[1]([{ sending_threshold: 0.6, updated_at: new Date('2027-03-01T10:00:00Z'), updated_by: 'Ana Novak' }]);
    await later;
    answers[0]([{ sending_threshold: 0.43, updated_at: new Date('2027-03-01T10:00:05Z'), updated_by: 'Hub' }]);
    await earlier;
    expect(settings.sendingThreshold).toBe(0.6);
  });

  it('keeps the value it has when a read fails (the loop tries again), and reads no database to answer', async () => {
    const { state, dataSource } = settingsSource();
    const settings = service(dataSource);
    state.row = { sending_threshold: 0.7, updated_at: new Date(), updated_by: null };
    await settings.refresh();
    state.row = new Error('connection terminated');
    await expect(settings.refresh()).rejects.toThrow('connection terminated');
    const reads = state.reads;
    expect(settings.sendingThreshold).toBe(0.7);
    expect(settings.sendingThreshold).toBe(0.7);
    expect(state.reads).toBe(reads);
  });
});
