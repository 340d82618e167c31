// Where the /calls map puts each dot's button, in the map's units (its viewBox: 400 wide; a unit
// is 0.82 px on a 360 px phone, 1.4 px at the map's widest).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Point = { x: number; y: number };

/** The part of a convex polygon on the side of the line through `at`, across `normal`, that `normal` points away from. */
function clip(polygon: Point[], at: Point, normal: Point): Point[] {
  const side = (point: Point) => (point.x - at.x) * normal.x + (point.y - at.y) * normal.y;
  const kept: Point[] = [];
  polygon.forEach((point, index) => {
    const next = polygon[(index + 1) % polygon.length];
    const [here, there] = [side(point), side(next)];
    if (here <= 0) kept.push(point);
    if ((here < 0 && there > 0) || (here > 0 && there < 0)) {
      const share = here / (here - there);
      kept.push({ x: point.x + (next.x - point.x) * share, y: point.y + (next.y - point.y) * share });
    }
  });
  return kept;
}

/**
 * Each dot's tap target: a square centred on it, `thumb` units wide or the dot's width if wider,
 * less the parts nearer another dot's centre (each neighbour's half of the line between them).
 * So the targets never overlap, and a tap anywhere on them goes to the nearest dot: at 360 px
 * Bled's and Gorje's centres are 21 px apart, Bled's and Radovljica's 29, and 40 px buttons
 * around them overlapped. `polygon` is the target's outline as shares of its square (for a
 * clip-path), none when it is the whole square.
 */
export function tapTargets<D extends { code: string; x: number; y: number; r: number }>(dots: D[], thumb: number) {
  return dots.map((dot) => {
    const half = Math.max(thumb, 2 * dot.r) / 2;
    const box = { left: dot.x - half, top: dot.y - half, right: dot.x + half, bottom: dot.y + half };
    const square = [
      { x: box.left, y: box.top },
      { x: box.right, y: box.top },
      { x: box.right, y: box.bottom },
      { x: box.left, y: box.bottom },
    ];
    let outline = square;
    for (const other of dots) {
      const distance = Math.hypot(other.x - dot.x, other.y - dot.y);
      // Farther than the square's corner from twice over: the halfway line misses the square. Two seats in one place: neither is nearer.
      if (other === dot || distance === 0 || distance >= 2 * Math.SQRT2 * half) continue;
      const middle = { x: (dot.x + other.x) / 2, y: (dot.y + other.y) / 2 };
      const toward = { x: other.x - dot.x, y: other.y - dot.y };
      if (outline.some((point) => (point.x - middle.x) * toward.x + (point.y - middle.y) * toward.y > 0)) outline = clip(outline, middle, toward);
    }
    const whole = outline === square;
    const share = (value: number, from: number) => `${Math.round(((value - from) / (2 * half)) * 10000) / 100}%`;
    const polygon = whole ? undefined : `polygon(${outline.map((point) => `${share(point.x, box.left)} ${share(point.y, box.top)}`).join(', ')})`;
    return { dot, box, polygon };
  });
}
