import { geoAzimuthalEqualArea, geoBounds, geoCentroid, geoPath, geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import detailed from 'world-atlas/countries-50m.json' with { type: 'json' };
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countries } from '../../lib/countries.ts';

/** Where the school is: the map's arcs start here (mainland France's centre of mass). */
const HOME = 'FR';

export interface MapDestination {
  /** ISO 3166-1 alpha-2. */
  code: string;
  learners: number;
  /** Partner coordinates in that country, when content/partners/ gives some ([lon, lat]). */
  places: Array<[number, number]>;
}

export interface DrawnDestination {
  code: string;
  learners: number;
  x: number;
  y: number;
  r: number;
  arc: string;
  /** Label on the left of the dot when the dot is in the right part of the map. */
  labelLeft: boolean;
}

export interface DrawnMap {
  width: number;
  height: number;
  land: string;
  highlighted: string;
  home: string;
  homePoint: [number, number];
  destinations: DrawnDestination[];
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countriesOf = (world: unknown) =>
  (feature(world as World, (world as World).objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
// Destinations and France in detail (1:50m); the land around them, seen in passing, at 1:110m: a tenth of the bytes.
const allCountries = countriesOf(detailed);
const contextCountries = countriesOf(coarse);

function featureOf(code: string): CountryFeature | undefined {
  const numeric = countries.alpha2ToNumeric(code);
  return allCountries.find((country) => country.id === numeric) as CountryFeature | undefined;
}

/** The centre of a country's largest piece of land (France without Guiana, Canada without its islands' pull). */
function mainlandCentre(country: CountryFeature): [number, number] {
  const geometry = country.geometry;
  if (geometry.type === 'Polygon') return geoCentroid(country);
  const largest = geometry.coordinates
    .map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon)
    .sort((a, b) => geoArea(b) - geoArea(a))[0];
  return geoCentroid(largest);
}

/** The point a destination's arc goes to: the mean of its partners' places, or its mainland centre. */
function anchorOf(destination: MapDestination): [number, number] | undefined {
  if (destination.places.length > 0) {
    const lon = destination.places.reduce((sum, [x]) => sum + x, 0) / destination.places.length;
    const lat = destination.places.reduce((sum, [, y]) => sum + y, 0) / destination.places.length;
    return [lon, lat];
  }
  const country = featureOf(destination.code);
  return country ? mainlandCentre(country) : undefined;
}

/**
 * The destinations map as SVG path data, computed at build time (d3-geo, world-atlas): land,
 * destination countries, and an arc from France to each destination, framed on the places shown.
 */
export function drawDestinations(destinations: MapDestination[], width = 1400, height = 1100): DrawnMap {
  const home = featureOf(HOME)!;
  const homePoint = mainlandCentre(home);
  const anchored = destinations.flatMap((d) => {
    const anchor = anchorOf(d);
    return anchor ? [{ ...d, anchor }] : [];
  });

  // Frame the places with a margin, never tighter than mainland France and its neighbours.
  const [[west, south], [east, north]] = geoBounds({ type: 'MultiPoint', coordinates: [homePoint, ...anchored.map((d) => d.anchor)] });
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.min(west, homePoint[0] - 9), Math.min(south, homePoint[1] - 7)],
      [Math.max(east, homePoint[0] + 9), Math.max(north, homePoint[1] + 7)],
      [Math.min(west, homePoint[0] - 9), Math.max(north, homePoint[1] + 7)],
      [Math.max(east, homePoint[0] + 9), Math.min(south, homePoint[1] - 7)],
    ] as Array<[number, number]>,
  };
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .fitExtent(
      [
        [width * 0.12, height * 0.12],
        [width * 0.88, height * 0.88],
      ],
      frame,
    )
    // Land is drawn a little beyond the frame, so the map bleeds to the slide's edges without a hard border.
    .clipExtent([
      [-width * 0.5, -height * 0.6],
      [width * 1.5, height * 1.6],
    ]);
  const path = geoPath(projection).digits(0);

  const codes = new Set(anchored.map((d) => d.code));
  const codeOf = (country: CountryFeature) => (country.id === undefined ? '' : (countries.numericToAlpha2(String(country.id)) ?? ''));
  const pathOf = (list: Feature<Geometry>[]) => list.map((country) => path(country) ?? '').join('');
  const land = pathOf(contextCountries.filter((country) => !codes.has(codeOf(country)) && codeOf(country) !== HOME));
  const highlighted = pathOf(allCountries.filter((country) => codes.has(codeOf(country))));

  const [hx, hy] = projection(homePoint)!;
  const most = Math.max(1, ...anchored.map((d) => d.learners));
  const drawn = anchored.map((d) => {
    const [x, y] = projection(d.anchor)!;
    // A gentle curve: the control point is lifted perpendicular to the chord, by a fifth of its length.
    const mx = (hx + x) / 2;
    const my = (hy + y) / 2;
    const dx = x - hx;
    const dy = y - hy;
    const cx = mx + dy * 0.2 * (dx >= 0 ? 1 : -1) * -1;
    const cy = my - Math.abs(dx) * 0.2 - Math.abs(dy) * 0.05;
    const r = 10 + 26 * Math.sqrt(d.learners / most);
    return {
      code: d.code,
      learners: d.learners,
      x: round(x),
      y: round(y),
      r: round(r),
      arc: `M${round(hx)},${round(hy)}Q${round(cx)},${round(cy)} ${round(x)},${round(y)}`,
      labelLeft: x > width * 0.72,
    };
  });
  return { width, height, land, highlighted, home: path(home) ?? '', homePoint: [round(hx), round(hy)], destinations: drawn };
}

const round = (value: number) => Math.round(value * 10) / 10;
