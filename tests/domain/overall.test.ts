import { describe, expect, it } from 'vitest';
import { summariseStatuses } from '../../src/domain/overall';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';

describe('the overall-state sentence', () => {
  it('says all services work when they do', () => {
    const state = summariseStatuses(['operational', 'operational']);
    expect(state.indicator).toBe('none');
    expect(sv.overallHeadline(state)).toBe('Alla tjänster fungerar.');
    expect(en.overallHeadline(state)).toBe('All services are operational.');
  });

  it('says several services do not work, with counts, when several are down', () => {
    const state = summariseStatuses(['down', 'rebuilding', 'operational', 'operational', 'operational']);
    expect(state).toMatchObject({ kind: 'several-not-working', indicator: 'major', notWorking: 2, total: 5 });
    expect(sv.overallHeadline(state)).toBe('Flera tjänster fungerar inte just nu.');
    expect(sv.overallDetail(state)).toBe('2 av 5 tjänster fungerar inte.');
    expect(en.overallDetail(state)).toBe('2 of 5 services are not working.');
  });

  it('calls a broad outage critical', () => {
    expect(summariseStatuses(['down', 'lost', 'operational']).indicator).toBe('critical');
  });

  it('distinguishes one service down from limitations and maintenance', () => {
    expect(sv.overallHeadline(summariseStatuses(['lost', 'operational']))).toBe('En tjänst fungerar inte just nu.');
    const limited = summariseStatuses(['degraded', 'investigating', 'operational']);
    expect(limited.indicator).toBe('minor');
    expect(sv.overallHeadline(limited)).toBe('Vissa tjänster fungerar med begränsningar.');
    expect(sv.overallDetail(limited)).toBe('2 tjänster fungerar med begränsningar.');
    const maintenance = summariseStatuses(['maintenance', 'operational']);
    expect(maintenance.indicator).toBe('maintenance');
    expect(en.overallHeadline(maintenance)).toBe('Planned maintenance is under way.');
    expect(en.overallDetail(maintenance)).toBe('1 service is under planned maintenance.');
  });

  it('has a sentence for a page without services', () => {
    expect(sv.overallHeadline(summariseStatuses([]))).toBe('Det finns inga tjänster att visa ännu.');
  });
});
