// An equirectangular projection is plenty for a region the size of Slovenia: longitude is
// shortened by the cosine of the middle latitude so the map is not stretched sideways.

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Projection {
  width: number;
  height: number;
  project(point: Point): { x: number; y: number };
  contains(point: Point): boolean;
}

const WIDTH = 400;
const PADDING = 16;

export function projectionFor(points: Point[]): Projection {
  const latitudes = points.map((point) => point.latitude);
  const longitudes = points.map((point) => point.longitude);
  const south = Math.min(...latitudes);
  const north = Math.max(...latitudes);
  const west = Math.min(...longitudes);
  const east = Math.max(...longitudes);
  const shrink = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * shrink, 0.01);
  const spanY = Math.max(north - south, 0.01);
  const scale = (WIDTH - 2 * PADDING) / spanX;
  const height = Math.round(spanY * scale + 2 * PADDING);
  return {
    width: WIDTH,
    height,
    project: ({ latitude, longitude }) => ({ x: PADDING + (longitude - west) * shrink * scale, y: PADDING + (north - latitude) * scale }),
    contains: ({ latitude, longitude }) => latitude >= south && latitude <= north && longitude >= west && longitude <= east,
  };
}
