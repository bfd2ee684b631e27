import { describe, expect, it } from 'vitest';
import { COVER_WIDTHS, GALLERY_WIDTHS, renditions } from '../../src/lib/renditions.ts';

describe('renditions', () => {
  it('gives every component the same src width, so their files are shared', () => {
    const original = { width: 2400 };
    const card = renditions(original, COVER_WIDTHS, { max: 1000 });
    const page = renditions(original, COVER_WIDTHS);
    const kiosk = renditions(original, COVER_WIDTHS, { min: 1000 });
    expect([card.width, page.width, kiosk.width]).toEqual([1400, 1400, 1400]);
    expect(card.widths).toEqual([400, 700, 1000]);
    expect(page.widths).toEqual([400, 700, 1000, 1400]);
    expect(kiosk.widths).toEqual([1000, 1400]);
    // All the widths used come from one list: 4 encodes for a cover, whatever shows it.
    expect(new Set([...card.widths, ...page.widths, ...kiosk.widths, page.width]).size).toBe(4);
  });

  it('never asks for more than the original, which stands in for the larger widths', () => {
    expect(renditions({ width: 1200 }, COVER_WIDTHS)).toEqual({ width: 1200, widths: [400, 700, 1000, 1200] });
    expect(renditions({ width: 1200 }, COVER_WIDTHS, { min: 1000 })).toEqual({ width: 1200, widths: [1000, 1200] });
    expect(renditions({ width: 300 }, GALLERY_WIDTHS)).toEqual({ width: 300, widths: [300] });
    expect(renditions({ width: 800 }, COVER_WIDTHS, { max: 700 })).toEqual({ width: 800, widths: [400, 700] });
  });
});
