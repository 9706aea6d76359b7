/** Points drawn as one mark because they would overlap on screen. */
export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points closer than `distance` (in the units of x and y) greedily, biggest first, each
 * cluster at the mean of its points. Deterministic for the same input order.
 *
 * @example
 * clusterPoints([{ x: 0, y: 0, item: 'a' }, { x: 3, y: 4, item: 'b' }], 6) // [{ x: 1.5, y: 2, items: ['a', 'b'] }]
 */
export function clusterPoints<T>(points: { x: number; y: number; item: T }[], distance: number): Cluster<T>[] {
  const clusters: (Cluster<T> & { sx: number; sy: number })[] = [];
  for (const p of points) {
    const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < distance);
    if (!near) {
      clusters.push({ x: p.x, y: p.y, sx: p.x, sy: p.y, items: [p.item] });
      continue;
    }
    near.items.push(p.item);
    near.sx += p.x;
    near.sy += p.y;
    near.x = near.sx / near.items.length;
    near.y = near.sy / near.items.length;
  }
  return clusters.map(({ x, y, items }) => ({ x, y, items }));
}
