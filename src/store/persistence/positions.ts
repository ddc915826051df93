/**
 * Node positions of the views the user has drawn, as kept in the workspace document:
 * `{ [regionId]: { [level]: { [nodeKey]: [x, y] } } }` (model coordinates as Cytoscape
 * drew them). Plain data; the view layer fills and reads it. Parsing keeps only finite
 * coordinates and refuses anything that is not this shape.
 */
export type SavedPositions = Record<string, Record<string, Record<string, [number, number]>>>;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Null-prototype records all the way down, so node keys such as `__proto__` stay data. */
export function parsePositions(value: unknown): SavedPositions {
  const out = Object.create(null) as SavedPositions;
  if (value === undefined) return out;
  if (!isObject(value)) throw new Error('"positions" is not an object');
  for (const [region, levels] of Object.entries(value)) {
    if (!isObject(levels)) throw new Error(`positions.${region} is not an object`);
    const byLevel = Object.create(null) as SavedPositions[string];
    for (const [level, nodes] of Object.entries(levels)) {
      if (!isObject(nodes)) throw new Error(`positions.${region}.${level} is not an object`);
      const points = Object.create(null) as Record<string, [number, number]>;
      for (const [node, point] of Object.entries(nodes)) {
        if (
          !Array.isArray(point) ||
          point.length !== 2 ||
          !point.every((c) => typeof c === 'number' && Number.isFinite(c))
        )
          throw new Error(`positions.${region}.${level}: node "${node}" has no [x, y] position`);
        points[node] = [point[0] as number, point[1] as number];
      }
      byLevel[level] = points;
    }
    out[region] = byLevel;
  }
  return out;
}
