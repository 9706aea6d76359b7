import { edtfRange } from '../../../src/model/edtf.js';
import type { Profile } from '../api-client.js';
import { formatTerm } from '../format.js';
import { kindOfId } from '../paths.js';

/** One edge of an entity's neighbourhood, subject → object, with the period it held. */
export interface GraphEdge {
  from: { id: string | null; name: string };
  to: { id: string | null; name: string };
  label: string;
  start: string | null;
  end: string | null;
}

/**
 * The edges of a profile: leaders, parent, branches and every other relation, each pointing
 * from subject to object as the codebook reads it ("Asildarov leads IS-CP").
 *
 * @example
 * edgesOf(profile).find((e) => e.label === 'leads') // { from: Asildarov, to: IS-CP, start: '2015-06-23', … }
 */
export function edgesOf(profile: Profile): GraphEdge[] {
  const self = { id: profile.id, name: profile.name };
  return [
    ...profile.leaders.map((l) => ({ from: l, to: self, label: 'leads', start: l.start, end: l.end })),
    ...(profile.parent ? [{ from: self, to: profile.parent, label: 'branch of', start: null, end: null }] : []),
    ...profile.branches.map((b) => ({ from: b, to: self, label: 'branch of', start: null, end: null })),
    ...profile.relations
      .filter((r) => !(r.type === 'branch_of' && r.direction === 'out' && r.other.id === profile.parent?.id))
      .map((r) => ({
        from: r.direction === 'out' ? self : r.other,
        to: r.direction === 'out' ? r.other : self,
        label: r.label,
        start: r.start,
        end: r.end,
      })),
  ];
}

/**
 * Whether an edge held at some time in a year: open or unknown ends count as holding.
 *
 * @example
 * heldIn({ start: '2015-06-23', end: '2016-12-04', … }, 2017) // false
 */
export function heldIn(edge: GraphEdge, year: number): boolean {
  const first = edge.start ? edtfRange(edge.start)?.start : null;
  const last = edge.end ? edtfRange(edge.end)?.end : null;
  return (first ?? '0000') <= `${year}-12-31` && (last ?? '9999') >= `${year}-01-01`;
}

const SIZE = 560;
const RING = 200;
const key = (n: { id: string | null; name: string }) => n.id ?? `name:${n.name}`;

/**
 * An entity at the centre and its neighbours around it, edges labelled by relation and drawn
 * faint when they did not hold in the chosen year. Neighbours are links (to recentre).
 *
 * @example
 * <EgoGraph profile={profile} year={2016} hrefOf={(id) => `/graph?entity=${id}`} />
 */
export function EgoGraph({
  profile,
  year,
  hrefOf,
  onOpen,
}: {
  profile: Profile;
  year: number | null;
  hrefOf: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const edges = edgesOf(profile);
  const centre = { id: profile.id, name: profile.name };
  const others = [...new Map(edges.flatMap((e) => [e.from, e.to]).map((n) => [key(n), n])).values()].filter(
    (n) => key(n) !== key(centre),
  );
  const at = new Map<string, { x: number; y: number }>([[key(centre), { x: SIZE / 2, y: SIZE / 2 }]]);
  others.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, others.length);
    at.set(key(n), { x: SIZE / 2 + RING * Math.cos(angle), y: SIZE / 2 + RING * Math.sin(angle) });
  });

  return (
    <svg className="graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label={`Relations of ${profile.name}`}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
        </marker>
      </defs>
      {edges.map((e, i) => {
        const a = at.get(key(e.from))!;
        const b = at.get(key(e.to))!;
        // Stop short of the node so the arrow head shows.
        const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
        const held = year === null || heldIn(e, year);
        // The label sits nearer the neighbour, clear of the centre's own name.
        const [inner, outer] = key(e.from) === key(centre) ? [a, b] : [b, a];
        const label = { x: inner.x + (outer.x - inner.x) * 0.6, y: inner.y + (outer.y - inner.y) * 0.6 - 4 };
        const text = `${e.from.name} ${e.label} ${e.to.name} (${formatTerm(e.start, e.end)})`;
        return (
          <g
            key={i}
            className={`edge${held ? '' : ' faded'}${e.start || e.end ? '' : ' undated'}`}
            data-from={e.from.id ?? ''}
            data-to={e.to.id ?? ''}
            data-label={e.label}
          >
            <title>{text}</title>
            <line x1={a.x + ux * 14} y1={a.y + uy * 14} x2={b.x - ux * 16} y2={b.y - uy * 16} markerEnd="url(#arrow)" />
            <text x={label.x} y={label.y} textAnchor="middle">
              {e.label}
            </text>
          </g>
        );
      })}
      {[centre, ...others].map((n) => {
        const p = at.get(key(n))!;
        const person = n.id !== null && kindOfId(n.id) === 'person';
        const shape = person ? (
          <circle cx={p.x} cy={p.y} r={12} />
        ) : (
          <rect x={p.x - 12} y={p.y - 12} width={24} height={24} rx={3} />
        );
        const below = p.y >= SIZE / 2 - 1;
        const label = (
          <text x={p.x} y={below ? p.y + 28 : p.y - 20} textAnchor="middle">
            {n.name}
          </text>
        );
        const className = `node ${person ? 'person' : 'organization'}${n === centre ? ' centre' : ''}`;
        if (!n.id || n === centre) {
          return (
            <g key={key(n)} className={`${className}${n.id ? '' : ' unresolved'}`}>
              {shape}
              {label}
            </g>
          );
        }
        const id = n.id;
        return (
          <a
            key={key(n)}
            href={hrefOf(id)}
            className={className}
            onClick={(event) => {
              event.preventDefault();
              onOpen(id);
            }}
          >
            {shape}
            {label}
          </a>
        );
      })}
    </svg>
  );
}
