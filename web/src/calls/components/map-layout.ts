// Where the /calls map puts each name and each dot's button, in the map's units (its viewBox:
// 400 wide; a unit is 0.82 px on a 360 px phone, 1.4 px at the map's widest).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Dot {
  code: string;
  name: string;
  x: number;
  y: number;
  r: number;
}

export type Side = 'right' | 'left' | 'below' | 'above';

/**
 * A name's size before the browser has drawn it, and where it cannot measure (jsdom): 11 px type,
 * about 7 units a letter, 13 a line. `text` is the name as drawn, its lines split by a newline.
 */
export const estimatedNameSize = (text: string): Size => {
  const lines = text.split('\n');
  return { width: Math.max(...lines.map((line) => line.length)) * 7, height: 13 * lines.length };
};

/**
 * A name of more than one word on two lines ("Cerklje na\nGorenjskem"): broken at the space
 * that makes its longer line shortest, the later one of two as good ("Gorenja vas -\nPoljane"),
 * and never so that a line begins with a dash. None for a single word.
 */
export function onTwoLines(name: string): string | undefined {
  let best: string | undefined;
  let longest = Number.POSITIVE_INFINITY;
  for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) {
    const [first, second] = [name.slice(0, at).trim(), name.slice(at + 1).trim()];
    if (!first || !second || second.startsWith('-')) continue;
    const longer = Math.max(first.length, second.length);
    if (longer <= longest) [best, longest] = [`${first}\n${second}`, longer];
  }
  return best;
}

// A dot is drawn with a white stroke 1.5 units wide, half of it outside its radius; a name keeps a
// unit more off it. Measured, Bled's name was put against Radovljica's dot by its stroke.
const CLEARANCE = 0.75 + 1;

// Names keep off the map's border line by as much.
const MARGIN = 2;

// A name lies nearer its own dot than any other by this much at least: "Bled" put below its dot
// ended just left of Radovljica's, and read as its name ("Kranj (5)" is a name left of its dot).
const NEARER = 6;

/** How far a box is from a dot's edge (less than 0 over it). */
const reach = (box: Box, dot: Dot) => Math.hypot(Math.max(box.left - dot.x, 0, dot.x - box.right), Math.max(box.top - dot.y, 0, dot.y - box.bottom)) - dot.r;

const area = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Where each name goes beside its dot: the first place, in this order, that lies inside the map,
 * covers no other dot and no name placed before it and is clearly nearer its own dot than any
 * other, else the inside one that does worst least (covering another dot counts most):
 * right, left (left first near the map's right edge), below, above, then below and above slid
 * sideways, so that a long name near an edge still fits ("Cerklje na Gorenjskem", on Gorenjska's
 * right edge, had room only over Kranj's and Šenčur's dots on the left); then the same on two
 * lines, for a name of more words: on one line above its dot, at 360 px, "Cerklje na Gorenjskem"
 * reached over Kranj's dot's column and was as near Kranj's dot as its own.
 * `size` is a name's measured size in map units as drawn (`text`: its lines split by a newline),
 * or the estimate.
 */
export function placeNames(dots: Dot[], map: Size, size: (text: string) => Size = estimatedNameSize) {
  const placed: Box[] = [];
  const obstacles = dots.map(({ x, y, r }) => ({ left: x - r - CLEARANCE, top: y - r - CLEARANCE, right: x + r + CLEARANCE, bottom: y + r + CLEARANCE }));
  const inside = (box: Box) => box.left >= MARGIN && box.top >= MARGIN && box.right <= map.width - MARGIN && box.bottom <= map.height - MARGIN;
  return dots.map((dot, index) => {
    const gap = dot.r + 2;
    const around = (text: string): { text: string; side: Side; box: Box }[] => {
      const { width, height } = size(text);
      const beside = (side: 'right' | 'left'): Box => {
        const left = side === 'right' ? dot.x + gap : dot.x - gap - width;
        return { left, top: dot.y - height / 2, right: left + width, bottom: dot.y + height / 2 };
      };
      // Below or above, its middle at `middle`, kept inside the map's width.
      const over = (side: 'below' | 'above', middle: number): Box => {
        const left = Math.min(Math.max(middle - width / 2, MARGIN), map.width - MARGIN - width);
        const top = side === 'below' ? dot.y + gap : dot.y - gap - height;
        return { left, top, right: left + width, bottom: top + height };
      };
      // The dot at the name's left end, or at its right end.
      const slid = [dot.x - dot.r + width / 2, dot.x + dot.r - width / 2];
      return [
        ...(dot.x > map.width * 0.7 ? (['left', 'right'] as const) : (['right', 'left'] as const)).map((side) => ({ text, side, box: beside(side) })),
        ...(['below', 'above'] as const).map((side) => ({ text, side, box: over(side, dot.x) })),
        ...(['below', 'above'] as const).flatMap((side) => slid.map((middle) => ({ text, side, box: over(side, middle) }))),
      ];
    };
    const twoLines = onTwoLines(dot.name);
    const candidates = [...around(dot.name), ...(twoLines ? around(twoLines) : [])];
    const cost = (box: Box) => {
      const own = reach(box, dot);
      const others = dots.filter((_, at) => at !== index);
      return (
        100 * obstacles.reduce((sum, other, at) => (at === index ? sum : sum + area(box, other)), 0) +
        placed.reduce((sum, other) => sum + area(box, other), 0) +
        10 * others.reduce((sum, other) => sum + Math.max(0, own + NEARER - reach(box, other)), 0)
      );
    };
    const within = candidates.filter(({ box }) => inside(box));
    // A map too small for the name on any side (none is): the least covering, pushed inside.
    const pool = within.length ? within : candidates.map((candidate) => ({ ...candidate, box: pushedInside(candidate.box, map) }));
    const best = pool.find(({ box }) => cost(box) === 0) ?? pool.reduce((least, candidate) => (cost(candidate.box) < cost(least.box) ? candidate : least));
    placed.push(best.box);
    const { text, side, box } = best;
    // Where the name's element is anchored: the middle of the edge that faces its dot.
    const x = side === 'right' ? box.left : side === 'left' ? box.right : (box.left + box.right) / 2;
    const y = side === 'below' ? box.top : side === 'above' ? box.bottom : (box.top + box.bottom) / 2;
    return { code: dot.code, name: dot.name, text, side, x, y, box };
  });
}

function pushedInside(box: Box, map: Size): Box {
  const dx = box.left < MARGIN ? MARGIN - box.left : box.right > map.width - MARGIN ? map.width - MARGIN - box.right : 0;
  const dy = box.top < MARGIN ? MARGIN - box.top : box.bottom > map.height - MARGIN ? map.height - MARGIN - box.bottom : 0;
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
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
 * around them overlapped. Nor do they reach past the map's edges: Kranjska Gora's, on the
 * corner, reached 7 px past them at 360 px, over the page around the map.
 * `polygon` is the target's outline as shares of its square (for a clip-path), none when it is
 * the whole square.
 */
export function tapTargets<D extends { code: string; x: number; y: number; r: number }>(dots: D[], thumb: number, map: Size) {
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
    // The map's four edges, each with the way out of the map.
    const edges = [
      { at: { x: 0, y: 0 }, out: { x: -1, y: 0 } },
      { at: { x: 0, y: 0 }, out: { x: 0, y: -1 } },
      { at: { x: map.width, y: map.height }, out: { x: 1, y: 0 } },
      { at: { x: map.width, y: map.height }, out: { x: 0, y: 1 } },
    ];
    for (const { at, out } of edges) {
      if (outline.some((point) => (point.x - at.x) * out.x + (point.y - at.y) * out.y > 0)) outline = clip(outline, at, out);
    }
    const whole = outline === square;
    const share = (value: number, from: number) => `${Math.round(((value - from) / (2 * half)) * 10000) / 100}%`;
    const polygon = whole ? undefined : `polygon(${outline.map((point) => `${share(point.x, box.left)} ${share(point.y, box.top)}`).join(', ')})`;
    return { dot, box, polygon };
  });
}
