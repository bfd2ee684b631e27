import { describe, expect, it } from 'vitest';
import { drawMap, type DrawnCircle, type DrawnMap, type MapPoint } from '../../src/lib/worldMap.ts';

const cork: MapPoint = { id: 'cork', label: 'Cork', lon: -8.47, lat: 51.9, value: 3, country: 'IE' };
const munich: MapPoint = { id: 'munich', label: 'Munich', lon: 11.58, lat: 48.14, value: 1, country: 'DE' };
const quebec: MapPoint = { id: 'quebec', label: 'Québec', lon: -71.2, lat: 46.8, value: 2, country: 'CA' };
// On either side of the antimeridian (180°): Suva (Fiji) at 178° E, Apia (Samoa) at 172° W.
const suva: MapPoint = { id: 'suva', label: 'Suva', lon: 178.44, lat: -18.14, value: 1, country: 'FJ' };
const apia: MapPoint = { id: 'apia', label: 'Apia', lon: -171.76, lat: -13.83, value: 1, country: 'WS' };

/** Every number of an SVG path. */
const numbersOf = (d: string) => (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);

/** Checks that every circle and every path point lies in the box (paths are clipped to it). */
function expectInside(what: string, box: { x: number; y: number; width: number; height: number }, circles: DrawnCircle[], paths: string[]) {
  for (const c of circles) {
    expect(Number.isFinite(c.x) && Number.isFinite(c.y) && Number.isFinite(c.r), `${what}: ${c.id}`).toBe(true);
    expect(c.x, `${what}: ${c.id}.x`).toBeGreaterThanOrEqual(box.x);
    expect(c.x, `${what}: ${c.id}.x`).toBeLessThanOrEqual(box.x + box.width);
    expect(c.y, `${what}: ${c.id}.y`).toBeGreaterThanOrEqual(box.y);
    expect(c.y, `${what}: ${c.id}.y`).toBeLessThanOrEqual(box.y + box.height);
  }
  expect(paths.length, `${what}: paths`).toBeGreaterThan(0);
  for (const d of paths) {
    expect(d, what).not.toMatch(/NaN|Infinity/);
    const numbers = numbersOf(d);
    expect(numbers.length, what).toBeGreaterThan(0);
    // Paths are written with absolute commands (M, L, Z): x and y alternate.
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      expect(numbers[i], `${what}: x in ${d.slice(0, 40)}`).toBeGreaterThanOrEqual(box.x - 0.05);
      expect(numbers[i], `${what}: x in ${d.slice(0, 40)}`).toBeLessThanOrEqual(box.x + box.width + 0.05);
      expect(numbers[i + 1], `${what}: y in ${d.slice(0, 40)}`).toBeGreaterThanOrEqual(box.y - 0.05);
      expect(numbers[i + 1], `${what}: y in ${d.slice(0, 40)}`).toBeLessThanOrEqual(box.y + box.height + 0.05);
    }
  }
}

const whole = (map: DrawnMap) => ({ x: 0, y: 0, width: map.width, height: map.height });

describe('drawMap around Europe', () => {
  const map = drawMap({ destinations: [{ code: 'IE', value: 5 }, { code: 'DE', value: 1 }, { code: 'ES', value: 3 }], points: [munich, cork] });

  it('draws the destinations darker the more people went, and France as home', () => {
    const shade = (code: string) => map.shapes.find((s) => s.code === code)?.shade;
    expect(shade('IE')).toBe(4);
    expect(shade('DE')).toBe(1);
    expect(shade('ES')).toBeGreaterThan(1);
    expect(shade('ES')).toBeLessThan(4);
    // A country in the frame that nobody went to.
    expect(shade('IT')).toBe(0);
    const home = map.shapes.filter((s) => s.home);
    expect(home.map((s) => s.code)).toEqual(['FR']);
    expect(home[0].shade).toBe(0);
  });

  it('keeps every shape and circle inside the drawing, with no inset', () => {
    expect(map.width).toBe(800);
    expect(map.height).toBeGreaterThanOrEqual(440);
    expect(map.height).toBeLessThanOrEqual(600);
    expect(map.insets).toEqual([]);
    expectInside('main', whole(map), map.circles, map.shapes.map((s) => s.d));
  });

  it('sizes circles by value, largest first so that small ones stay on top', () => {
    expect(map.circles.map((c) => c.id)).toEqual(['cork', 'munich']);
    expect(map.circles[0].r).toBe(18);
    expect(map.circles[1].r).toBeGreaterThan(4);
    expect(map.circles[1].r).toBeLessThan(18);
  });

  it('places Cork west of Munich and north of it (the projection keeps directions)', () => {
    const [c, m] = ['cork', 'munich'].map((id) => map.circles.find((circle) => circle.id === id)!);
    expect(c.x).toBeLessThan(m.x);
    expect(c.y).toBeLessThan(m.y);
  });
});

describe('drawMap edge cases', () => {
  it('with nothing to show, frames France at the minimum height', () => {
    const map = drawMap({ destinations: [], points: [] });
    expect(map.height).toBeGreaterThanOrEqual(440);
    expect(map.height).toBeLessThanOrEqual(600);
    expect(map.circles).toEqual([]);
    expect(map.insets).toEqual([]);
    expect(map.missing).toEqual([]);
    expect(map.shapes.some((s) => s.home && s.code === 'FR')).toBe(true);
    expectInside('empty', whole(map), [], map.shapes.map((s) => s.d));
  });

  it('follows the size asked for, within the height limits', () => {
    const map = drawMap({ destinations: [{ code: 'NO', value: 1 }, { code: 'MA', value: 1 }], points: [], width: 400, minHeight: 300, maxHeight: 320 });
    expect(map.width).toBe(400);
    expect(map.height).toBeGreaterThanOrEqual(300);
    expect(map.height).toBeLessThanOrEqual(320);
    expectInside('small', whole(map), map.circles, map.shapes.map((s) => s.d));
  });

  it('lists destinations too small for the atlas as missing, and still draws the others', () => {
    const map = drawMap({ destinations: [{ code: 'MT', value: 2 }, { code: 'IE', value: 1 }], points: [] });
    expect(map.missing).toEqual(['MT']);
    expect(map.shapes.find((s) => s.code === 'IE')?.shade).toBeGreaterThan(0);
  });

  it('draws a far destination in an inset on the left, not in the main frame', () => {
    const map = drawMap({ destinations: [{ code: 'IE', value: 2 }, { code: 'CA', value: 1 }], points: [cork, quebec] });
    expect(map.insets).toHaveLength(1);
    const [inset] = map.insets;
    expect(inset.codes).toEqual(['CA']);
    expect(inset.x).toBe(12);
    expect(inset.circles.map((c) => c.id)).toEqual(['quebec']);
    expect(map.circles.map((c) => c.id)).toEqual(['cork']);
    expect(inset.shapes.find((s) => s.code === 'CA')?.shade).toBeGreaterThan(0);
    expectInside('inset', inset, inset.circles, inset.shapes.map((s) => s.d));
    // The main frame starts to the right of the inset.
    expect(map.circles[0].x).toBeGreaterThan(inset.x + inset.width);
    expectInside('main', whole(map), map.circles, map.shapes.map((s) => s.d));
  });

  it('draws places on both sides of the antimeridian inside their insets, with finite coordinates', () => {
    const map = drawMap({ destinations: [{ code: 'FJ', value: 1 }, { code: 'IE', value: 1 }], points: [suva, apia, cork] });
    expect(map.insets.length).toBeGreaterThan(0);
    const drawn = map.insets.flatMap((inset) => inset.circles.map((c) => c.id)).sort();
    expect(drawn).toEqual(['apia', 'suva']);
    for (const inset of map.insets) {
      expect(inset.y + inset.height).toBeLessThanOrEqual(map.height);
      expectInside(`inset ${inset.codes.join(',')}`, inset, inset.circles, inset.shapes.map((s) => s.d));
    }
    // Fiji, which the antimeridian cuts in two, is drawn (shaded) in an inset.
    const fiji = map.insets.flatMap((inset) => inset.shapes).filter((s) => s.code === 'FJ');
    expect(fiji.length).toBeGreaterThan(0);
    expect(fiji.every((s) => s.shade > 0)).toBe(true);
  });

  it('keeps at most three insets, stacked without overlapping', () => {
    const far: MapPoint[] = [
      quebec,
      suva,
      { id: 'lima', label: 'Lima', lon: -77.04, lat: -12.05, value: 1, country: 'PE' },
      { id: 'tokyo', label: 'Tokyo', lon: 139.69, lat: 35.68, value: 1, country: 'JP' },
    ];
    const map = drawMap({ destinations: [], points: far });
    expect(map.insets).toHaveLength(3);
    for (let i = 1; i < map.insets.length; i++) expect(map.insets[i].y).toBeGreaterThanOrEqual(map.insets[i - 1].y + map.insets[i - 1].height);
    expect(map.insets.at(-1)!.y + map.insets.at(-1)!.height).toBeLessThanOrEqual(map.height);
  });
});
