/** What the family pays, from content/costs.yaml: every figure the families' pages show comes from here. */

export interface StayCost {
  weeks: number;
  cost: number;
  grants: number;
}

export interface PocketMoney {
  min: number;
  max: number;
}

/** What is left for the family to pay after the grants, pocket money aside (never below zero). */
export function familyShare(stay: StayCost): number {
  return Math.max(0, stay.cost - stay.grants);
}

/** Pocket money advised for a stay: the weekly range times its weeks. */
export function pocketMoneyFor(stay: { weeks: number }, perWeek: PocketMoney): PocketMoney {
  return { min: perWeek.min * stay.weeks, max: perWeek.max * stay.weeks };
}

/** The smallest and largest family share over the typical stays ({0, 0} with none). */
export function familyShareRange(stays: StayCost[]): { min: number; max: number } {
  const shares = stays.map(familyShare);
  return shares.length ? { min: Math.min(...shares), max: Math.max(...shares) } : { min: 0, max: 0 };
}
