import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { scaleQuantize, scaleSqrt } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countries as iso } from './countries.ts';

/** A destination country and how many people went there. */
export interface MapCountry {
  code: string;
  value: number;
}

/** A place to mark (a partner), sized by `value`. */
export interface MapPoint {
  id: string;
  label: string;
  lon: number;
  lat: number;
  value: number;
  /** ISO code of the point's country, to name an inset that holds only points. */
  country?: string;
}

export interface DrawnShape {
  code: string | undefined;
  d: string;
  /** 1–4 for destinations (darker = more people), 0 otherwise. */
  shade: number;
  home: boolean;
}

export interface DrawnCircle {
  id: string;
  label: string;
  value: number;
  x: number;
  y: number;
  r: number;
}

/** A far destination (Canada, say) drawn in its own small frame, so the main map stays on Europe. */
export interface DrawnInset {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Destination countries shown in the inset, for its label. */
  codes: string[];
  shapes: DrawnShape[];
  circles: DrawnCircle[];
}

export interface DrawnMap {
  width: number;
  height: number;
  /** Every country of the atlas in the main frame. */
  shapes: DrawnShape[];
  /** Partners, largest first so that small circles stay on top. */
  circles: DrawnCircle[];
  insets: DrawnInset[];
  /** Destination codes the 1:110 million atlas has no shape for (very small countries). */
  missing: string[];
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const atlas = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features as CountryFeature[];

/** world-atlas ids are ISO 3166-1 numeric codes ("372" for Ireland). */
const numericToAlpha2 = (id: string | number | undefined) => (id === undefined ? undefined : iso.numericToAlpha2(String(id).padStart(3, '0')));
const byCode = new Map(atlas.map((f) => [numericToAlpha2(f.id), f]));

/** The centre of a country's largest piece: France's, not somewhere between Paris and Cayenne. */
function mainCentroid(country: CountryFeature): [number, number] {
  if (country.geometry.type === 'Polygon') return geoCentroid(country);
  const pieces = country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon);
  const largest = pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest);
}

/** A lon/lat box around the places, at least `minLon`×`minLat` degrees, as points along its edges (projections bend them). */
function frameOf(places: [number, number][], minLon = 34, minLat = 20): Feature<Geometry> {
  const lons = places.map((p) => p[0]);
  const lats = places.map((p) => p[1]);
  let [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const growLon = Math.max(0, minLon - (east - west)) / 2 + 3;
  const growLat = Math.max(0, minLat - (north - south)) / 2 + 3;
  [west, east, south, north] = [west - growLon, east + growLon, Math.max(-85, south - growLat), Math.min(85, north + growLat)];
  const edge: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = west + ((east - west) * i) / 10;
    const lat = south + ((north - south) * i) / 10;
    edge.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: edge } };
}

/** Where most of the school's mobility happens; places outside go to insets. */
const NEAR = { west: -27, east: 45, south: 33, north: 72 };
const isNear = ([lon, lat]: [number, number]) => lon >= NEAR.west && lon <= NEAR.east && lat >= NEAR.south && lat <= NEAR.north;

interface Place {
  at: [number, number];
  code?: string | undefined;
}

/** Groups far places that sit within a few degrees of each other (Québec and Ontario, say). */
function clusters(places: Place[]): Place[][] {
  const groups: Place[][] = [];
  for (const place of places) {
    const group = groups.find((g) => Math.abs(g[0]!.at[0] - place.at[0]) < 30 && Math.abs(g[0]!.at[1] - place.at[1]) < 18);
    if (group) group.push(place);
    else groups.push([place]);
  }
  return groups;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Projects the world (Natural Earth 1:110m, Equal Earth projection) around the destinations and
 * partners, at build time: the page gets plain SVG paths and circles, no script. `home` (France)
 * is always in the frame, so the map reads from the school outwards. Destinations far from Europe
 * get an inset each on the left, rather than stretching the map over an empty ocean.
 */
export function drawMap({
  destinations,
  points,
  home = 'FR',
  width = 800,
  minHeight = 440,
  maxHeight = 600,
}: {
  destinations: MapCountry[];
  points: MapPoint[];
  home?: string;
  width?: number;
  minHeight?: number;
  maxHeight?: number;
}): DrawnMap {
  const pad = 12;
  const homeShape = byCode.get(home);
  const places: Place[] = [
    ...points.map((p) => ({ at: [p.lon, p.lat] as [number, number], code: p.country })),
    ...destinations.flatMap((d) => {
      const shape = byCode.get(d.code);
      return shape ? [{ at: mainCentroid(shape), code: d.code }] : [];
    }),
  ];
  const near = places.filter((p) => isNear(p.at));
  const far = clusters(places.filter((p) => !isNear(p.at))).slice(0, 3);
  const mainPlaces = [...near.map((p) => p.at), ...(homeShape ? [mainCentroid(homeShape)] : [])];
  const frame = frameOf(mainPlaces.length ? mainPlaces : [[2, 46]]);
  const lons = mainPlaces.map((p) => p[0]);
  const centreLon = lons.length ? (Math.min(...lons) + Math.max(...lons)) / 2 : 2;

  // Room on the left for the insets: the main frame is fitted to the right of it.
  const insetWidth = far.length ? Math.round(width * 0.26) : 0;
  const left = pad + (insetWidth ? insetWidth + pad : 0);
  const projection = geoEqualEarth().rotate([-centreLon, 0]).fitWidth(width - left - pad, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  // Never a thin strip: a wide frame gets more land above and below it.
  const height = Math.max(minHeight, Math.min(maxHeight, Math.round(bottom - top + 2 * pad)));
  projection.fitExtent([[left, pad], [width - pad, height - pad]], frame).clipExtent([[0, 0], [width, height]]);

  const max = Math.max(1, ...destinations.map((d) => d.value));
  const shadeOf = scaleQuantize<number>().domain([0, max]).range([1, 2, 3, 4]);
  const values = new Map(destinations.map((d) => [d.code, d.value]));
  const maxPoint = Math.max(1, ...points.map((p) => p.value));
  const radius = scaleSqrt().domain([0, maxPoint]).range([4, 18]);

  const drawShapes = (project: GeoProjection): DrawnShape[] => {
    const path = geoPath(project).digits(1);
    return atlas.flatMap((country) => {
      const d = path(country);
      if (!d) return [];
      const code = numericToAlpha2(country.id);
      const value = code ? values.get(code) : undefined;
      return [{ code, d, shade: value ? shadeOf(value) : 0, home: code === home }];
    });
  };
  const drawCircles = (project: GeoProjection, keep: (p: MapPoint) => boolean): DrawnCircle[] =>
    points
      .filter(keep)
      .flatMap((p) => {
        const xy = project([p.lon, p.lat]);
        return xy ? [{ id: p.id, label: p.label, value: p.value, x: round(xy[0]), y: round(xy[1]), r: round(radius(p.value)) }] : [];
      })
      .sort((a, b) => b.r - a.r || a.id.localeCompare(b.id));

  const insetHeight = far.length ? Math.min(Math.round(insetWidth * 0.8), Math.floor((height - pad * (far.length + 1)) / far.length)) : 0;
  const insets = far.map((group, i): DrawnInset => {
    const box = { x: pad, y: pad + i * (insetHeight + pad), width: insetWidth, height: insetHeight };
    const at = group.map((p) => p.at);
    const inset = geoEqualEarth()
      .rotate([-(Math.min(...at.map((p) => p[0])) + Math.max(...at.map((p) => p[0]))) / 2, 0])
      .fitExtent([[box.x + 8, box.y + 8], [box.x + box.width - 8, box.y + box.height - 8]], frameOf(at, 16, 10))
      .clipExtent([[box.x, box.y], [box.x + box.width, box.y + box.height]]);
    const inBox = (p: MapPoint) => group.some((g) => Math.abs(g.at[0] - p.lon) < 30 && Math.abs(g.at[1] - p.lat) < 18);
    return {
      ...box,
      codes: [...new Set(group.flatMap((p) => (p.code ? [p.code] : [])))],
      shapes: drawShapes(inset),
      circles: drawCircles(inset, (p) => !isNear([p.lon, p.lat]) && inBox(p)),
    };
  });

  return {
    width,
    height,
    shapes: drawShapes(projection),
    circles: drawCircles(projection, (p) => isNear([p.lon, p.lat])),
    insets,
    missing: destinations.filter((d) => !byCode.has(d.code)).map((d) => d.code),
  };
}
