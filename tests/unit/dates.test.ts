import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDay, daysBetween, formatDate, impossibleDate, isoDay, schoolYearOf } from '../../src/lib/dates.ts';

// Content dates are calendar days stored as UTC midnights: whatever the machine's time zone (a
// build server in UTC, a laptop in Paris, a CI runner anywhere), a day must stay the same day.
// Time zones far on both sides of UTC: +14 h (Kiritimati) and −11 h (Pago Pago).
const ZONES = ['UTC', 'Europe/Paris', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'];
const originalTz = process.env.TZ;

/** Runs `work` with the process in another time zone (Node reads TZ again when it changes). */
function inZone<T>(zone: string, work: () => T): T {
  process.env.TZ = zone;
  try {
    return work();
  } finally {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  }
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('time zones really change in these tests', () => {
  it('the local hour of one instant differs between Kiritimati and Pago Pago', () => {
    // Without this, the time-zone tests below could pass without ever leaving UTC.
    const instant = day('2025-03-03');
    expect(inZone('Pacific/Kiritimati', () => instant.getHours())).toBe(14);
    expect(inZone('Pacific/Pago_Pago', () => instant.getHours())).toBe(13);
    expect(inZone('Pacific/Pago_Pago', () => instant.getDate())).toBe(2);
  });
});

describe('buildDay', () => {
  it('is the day of ESCALES_TODAY, at UTC midnight, in every time zone', () => {
    vi.stubEnv('ESCALES_TODAY', '2026-11-28');
    for (const zone of ZONES) {
      const built = inZone(zone, () => buildDay());
      expect(built.toISOString(), zone).toBe('2026-11-28T00:00:00.000Z');
    }
  });

  it('without ESCALES_TODAY, is today in UTC, at midnight', () => {
    vi.stubEnv('ESCALES_TODAY', '');
    const before = Date.now();
    const built = buildDay();
    const after = Date.now();
    expect(built.getUTCHours() + built.getUTCMinutes() + built.getUTCSeconds() + built.getUTCMilliseconds()).toBe(0);
    // The UTC day of "now", measured around the call (a run across midnight may see either day).
    const days = [before, after].map((t) => new Date(t).toISOString().slice(0, 10));
    expect(days).toContain(isoDay(built));
  });

  it('gives an invalid date, not another day, for an ESCALES_TODAY that is not AAAA-MM-JJ', () => {
    vi.stubEnv('ESCALES_TODAY', '28/11/2026');
    expect(Number.isNaN(buildDay().getTime())).toBe(true);
  });
});

describe('isoDay', () => {
  it('writes the UTC day of a date', () => {
    expect(isoDay(day('2025-03-03'))).toBe('2025-03-03');
    // 23:30 in New York on 3 March is already 4 March in UTC.
    expect(isoDay(new Date('2025-03-03T23:30:00-05:00'))).toBe('2025-03-04');
  });

  it('does not depend on the machine time zone', () => {
    for (const zone of ZONES) expect(inZone(zone, () => isoDay(day('2024-02-29'))), zone).toBe('2024-02-29');
  });

  it('refuses an invalid date instead of writing a wrong day', () => {
    expect(() => isoDay(new Date('2025-02-30x'))).toThrow(RangeError);
  });
});

describe('schoolYearOf', () => {
  it('runs from September to August', () => {
    expect(schoolYearOf(day('2025-03-03'))).toBe('2024-2025');
    expect(schoolYearOf(day('2025-08-31'))).toBe('2024-2025');
    expect(schoolYearOf(day('2025-09-01'))).toBe('2025-2026');
    expect(schoolYearOf(day('2025-12-31'))).toBe('2025-2026');
    expect(schoolYearOf(day('2026-01-01'))).toBe('2025-2026');
  });

  it('reads the UTC day, so 1 September stays in the new year in every time zone', () => {
    for (const zone of ZONES) {
      expect(inZone(zone, () => schoolYearOf(day('2025-09-01'))), zone).toBe('2025-2026');
      expect(inZone(zone, () => schoolYearOf(day('2025-08-31'))), zone).toBe('2024-2025');
    }
  });
});

describe('daysBetween', () => {
  it('counts both ends', () => {
    expect(daysBetween(day('2025-03-03'), day('2025-03-21'))).toBe(19);
    expect(daysBetween(day('2025-03-03'), day('2025-03-03'))).toBe(1);
  });

  it('counts a leap day and a whole leap year', () => {
    expect(daysBetween(day('2024-02-28'), day('2024-03-01'))).toBe(3);
    expect(daysBetween(day('2025-02-28'), day('2025-03-01'))).toBe(2);
    expect(daysBetween(day('2024-01-01'), day('2024-12-31'))).toBe(366);
  });

  it('is not shortened or lengthened by a change of summer time', () => {
    // Europe changes clocks on 30 March and 26 October 2025.
    for (const zone of ZONES) {
      expect(inZone(zone, () => daysBetween(day('2025-03-29'), day('2025-03-31'))), zone).toBe(3);
      expect(inZone(zone, () => daysBetween(day('2025-10-25'), day('2025-10-27'))), zone).toBe(3);
    }
  });
});

describe('formatDate', () => {
  const FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  it('names every month in French and in English, day first', () => {
    for (let month = 1; month <= 12; month++) {
      const date = day(`2025-${String(month).padStart(2, '0')}-03`);
      expect(formatDate(date, 'fr')).toBe(`3 ${FR[month - 1]} 2025`);
      expect(formatDate(date, 'en')).toBe(`3 ${EN[month - 1]} 2025`);
    }
  });

  it('writes the first of the month as a number, in both languages', () => {
    expect(formatDate(day('2025-01-01'), 'fr')).toBe('1 janvier 2025');
    expect(formatDate(day('2025-01-01'), 'en')).toBe('1 January 2025');
  });

  it('shows the stored day in every time zone (the 1st is not the 31st of the month before)', () => {
    for (const zone of ZONES) {
      expect(inZone(zone, () => formatDate(day('2025-03-01'), 'fr')), zone).toBe('1 mars 2025');
      expect(inZone(zone, () => formatDate(day('2024-12-31'), 'en')), zone).toBe('31 December 2024');
    }
  });

  it('shows the stored day when the module is loaded in a time zone west of UTC', async () => {
    // The formatters are made once, when the module loads: load it again under Pago Pago (−11 h).
    vi.resetModules();
    process.env.TZ = 'Pacific/Pago_Pago';
    let fresh: typeof import('../../src/lib/dates.ts');
    try {
      fresh = await import('../../src/lib/dates.ts');
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
    expect(inZone('Pacific/Pago_Pago', () => fresh.formatDate(day('2025-03-01'), 'fr'))).toBe('1 mars 2025');
    expect(inZone('Pacific/Pago_Pago', () => fresh.formatDate(day('2025-01-01'), 'en'))).toBe('1 January 2025');
  });

  it('refuses an invalid date', () => {
    expect(() => formatDate(new Date(Number.NaN), 'fr')).toThrow(RangeError);
  });
});

describe('impossibleDate', () => {
  it('accepts every real day, 29 February of leap years included', () => {
    expect(impossibleDate(2025, 3, 3)).toBeUndefined();
    expect(impossibleDate(2024, 2, 29)).toBeUndefined();
    expect(impossibleDate(2000, 2, 29)).toBeUndefined(); // divisible by 400: a leap year
    for (const month of [1, 3, 5, 7, 8, 10, 12]) expect(impossibleDate(2025, month, 31), `month ${month}`).toBeUndefined();
  });

  it('refuses 29 February of a common year and says why', () => {
    expect(impossibleDate(2025, 2, 29)).toBe("le 29 février 2025 n'existe pas : février n'a que 28 jours (2025 n'est pas une année bissextile)");
    // Divisible by 100 but not by 400: not a leap year.
    expect(impossibleDate(1900, 2, 29)).toMatch(/1900 n'est pas une année bissextile/);
  });

  it('refuses the 31st of a 30-day month, naming the month in French', () => {
    expect(impossibleDate(2026, 4, 31)).toBe("le 31 avril 2026 n'existe pas : avril n'a que 30 jours");
    for (const [month, name] of [[6, 'juin'], [9, 'septembre'], [11, 'novembre']] as const) {
      expect(impossibleDate(2026, month, 31)).toContain(`${name} n'a que 30 jours`);
    }
    expect(impossibleDate(2024, 2, 30)).toBe("le 30 février 2024 n'existe pas : février n'a que 29 jours");
  });

  it('refuses a month or a day out of range, and a year not written in full', () => {
    expect(impossibleDate(2025, 13, 1)).toBe("il n'y a pas de mois 13 (de 01 à 12)");
    expect(impossibleDate(2025, 0, 1)).toBe("il n'y a pas de mois 00 (de 01 à 12)");
    expect(impossibleDate(2025, 1, 0)).toBe("il n'y a pas de jour 00 (de 01 à 31)");
    expect(impossibleDate(2025, 1, 32)).toContain("janvier n'a que 31 jours");
    expect(impossibleDate(25, 3, 3)).toBe('année 25 : écrivez-la avec ses quatre chiffres');
  });
});
