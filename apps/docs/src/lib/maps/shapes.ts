import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);

/** A Census Bureau shape: a county (`id` its 5-digit FIPS code) or a state (2 digits), with its name. */
export type Shape = Feature<Geometry, { name: string }> & { id: string };

type Topology = Parameters<typeof feature>[0];
type Collection = Parameters<typeof mesh>[1] & { type: 'GeometryCollection' };
type Atlas = Topology & { objects: { counties: Collection; states: Collection; nation: Collection } };

let atlas: Atlas | undefined;

/** us-atlas's counties-10m.json: the Census Bureau's 2017 cartographic boundaries at 1:10,000,000, unprojected. */
function readAtlas(): Atlas {
  atlas ??= JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Atlas;
  return atlas;
}

function shapesOf(collection: FeatureCollection<Geometry, { name: string }>): Shape[] {
  return collection.features.map((f) => ({ ...f, id: String(f.id) }) as Shape);
}

let counties: Shape[] | undefined;
let states: Shape[] | undefined;

/** Every county and county equivalent, by 5-digit FIPS code. */
export function countyShapes(): Shape[] {
  const topology = readAtlas();
  counties ??= shapesOf(
    feature(topology, topology.objects.counties) as FeatureCollection<Geometry, { name: string }>,
  );
  return counties;
}

/** Every state, DC and territory us-atlas draws, by 2-digit FIPS code. */
export function stateShapes(): Shape[] {
  const topology = readAtlas();
  states ??= shapesOf(
    feature(topology, topology.objects.states) as FeatureCollection<Geometry, { name: string }>,
  );
  return states;
}

/** The borders between states, drawn once each. */
export function stateBorders(): MultiLineString {
  const topology = readAtlas();
  return mesh(topology, topology.objects.states, (a, b) => a !== b);
}
