import { describe, expect, it } from 'vitest';
import { auditParamsToQuery, auditTimeRange, parseAuditParams } from './params';

describe('audit params', () => {
  it('reads the filters and page from the URL, dropping invalid days and pages', () => {
    expect(parseAuditParams({ user: ' admin ', action: 'user.create', from: '2024-02-30', to: '2024-03-01', page: '0' })).toEqual({
      user: 'admin',
      action: 'user.create',
      entity: '',
      project: '',
      from: '',
      to: '2024-03-01',
      page: 1,
    });
    expect(parseAuditParams({ page: ['3', '4'], from: 'yesterday' })).toMatchObject({ page: 3, from: '' });
  });

  it('writes back only what is set', () => {
    const params = parseAuditParams({ entity: 'user', page: '2' });
    expect(auditParamsToQuery(params)).toEqual({ entity: 'user', page: '2' });
    expect(auditParamsToQuery(params, { withPage: false })).toEqual({ entity: 'user' });
  });

  it('turns Beijing days into UTC bounds, the last day included', () => {
    expect(auditTimeRange({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      since: '2024-02-29T16:00:00.000Z',
      until: '2024-03-31T16:00:00.000Z',
    });
    expect(auditTimeRange({ from: '', to: '' })).toEqual({ since: null, until: null });
  });
});
