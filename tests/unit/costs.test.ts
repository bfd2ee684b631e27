import { describe, expect, it } from 'vitest';
import { familyShare, familyShareRange, pocketMoneyFor } from '../../src/lib/costs.ts';
import { costsSchema } from '../../src/schemas/costs.ts';

describe('costs', () => {
  it('the family pays the cost minus the grants, never less than zero', () => {
    expect(familyShare({ weeks: 4, cost: 3200, grants: 2900 })).toBe(300);
    expect(familyShare({ weeks: 1, cost: 600, grants: 600 })).toBe(0);
    expect(familyShare({ weeks: 1, cost: 600, grants: 700 })).toBe(0);
  });

  it('pocket money scales with the weeks of the stay', () => {
    expect(pocketMoneyFor({ weeks: 3 }, { min: 20, max: 40 })).toEqual({ min: 60, max: 120 });
  });

  it('the range of family shares over the stays, and none without stays', () => {
    expect(familyShareRange([{ weeks: 1, cost: 600, grants: 600 }, { weeks: 4, cost: 3200, grants: 2900 }])).toEqual({ min: 0, max: 300 });
    expect(familyShareRange([])).toEqual({ min: 0, max: 0 });
  });

  it('the schema refuses grants above the cost and an inverted pocket-money range, in French', () => {
    const base = {
      pocketMoneyPerWeek: { min: 20, max: 40 },
      stays: [{ destination: { fr: 'Europe', en: 'Europe' }, kind: { fr: 'Stage', en: 'Internship' }, weeks: 3, cost: 1800, grants: 1800 }],
      grants: [{ name: { fr: 'Erasmus+', en: 'Erasmus+' }, covers: { fr: 'le voyage', en: 'travel' } }],
    };
    expect(costsSchema.safeParse(base).success).toBe(true);
    const tooMuch = costsSchema.safeParse({ ...base, stays: [{ ...base.stays[0], grants: 2000 }] });
    expect(tooMuch.success).toBe(false);
    expect(JSON.stringify(tooMuch.error?.issues)).toContain('ne peut pas dépasser');
    expect(costsSchema.safeParse({ ...base, pocketMoneyPerWeek: { min: 50, max: 20 } }).success).toBe(false);
  });
});
