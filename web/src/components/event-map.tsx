import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { useEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { EventPlace, EventRecord } from '../api-client.js';
import { humanize } from '../format.js';
import { clusterPoints } from '../map-clusters.js';
import { CATEGORY_COLOURS, ClusterMarker, EventMarker, markerRadius, PlaceMarker } from './map-marker.js';

interface Size {
  width: number;
  height: number;
}
// The smallest area the map opens on, in degrees, so one event is not drawn at street level.
const MIN_SPAN = 6;
const CLUSTER_PX = 14;

/** Where the map looks: its centre on the ground and the zoom over the view that fits the events. */
export interface MapView {
  lat: number;
  lon: number;
  k: number;
}

// The map's transform in screen units: scale, then shift.
interface Transform {
  k: number;
  x: number;
  y: number;
}
const FITTED: Transform = { k: 1, x: 0, y: 0 };

// A ground view as a transform of this projection at this size; the centre goes mid-frame.
function toTransform(view: MapView | null, projection: GeoProjection, { width, height }: Size): Transform {
  const centre = view && projection([view.lon, view.lat]);
  if (!view || !centre) return FITTED;
  return { k: view.k, x: width / 2 - centre[0] * view.k, y: height / 2 - centre[1] * view.k };
}

// The ground under the middle of the frame, rounded to what a link needs (about 10 m, 1% zoom).
function toView({ k, x, y }: Transform, projection: GeoProjection, { width, height }: Size): MapView | null {
  const centre = projection.invert?.([(width / 2 - x) / k, (height / 2 - y) / k]);
  if (!centre) return null;
  const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
  return { lat: round(centre[1], 4), lon: round(centre[0], 4), k: round(k, 2) };
}

interface Basemap {
  land: GeoJSON.FeatureCollection;
  borders: GeoJSON.MultiLineString;
}

let basemap: Promise<Basemap> | null = null;

// The basemap ships with the app (Natural Earth 1:50m via world-atlas); loaded once, on first use.
function loadBasemap(): Promise<Basemap> {
  basemap ??= fetch(atlasUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topology) => ({
      land: feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection,
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    }));
  return basemap;
}

const located = (e: EventRecord): e is EventRecord & { location: { lat: number; lon: number } } =>
  e.location.lat !== null && e.location.lon !== null;

/** What the map draws: the events themselves, or, for more than a page of them, the places they happened at. */
export type MapContent = { events: EventRecord[] } | { places: EventPlace[]; placeHref: (place: EventPlace) => string };

// One mark on the map: where, how many events it stands for, and how it draws itself.
interface Mark {
  key: string;
  lat: number;
  lon: number;
  events: number;
  name: string;
  admin1: string | null;
  radius: number;
  draw: (x: number, y: number, scale: number) => ReactNode;
}

function marksOf(content: MapContent): Mark[] {
  const marks: Mark[] =
    'events' in content
      ? content.events.filter(located).map((e) => ({
          key: e.id,
          lat: e.location.lat,
          lon: e.location.lon,
          events: 1,
          name: e.location.name,
          admin1: e.location.admin1,
          radius: markerRadius(e),
          draw: (x, y, scale) => <EventMarker key={e.id} event={e} x={x} y={y} scale={scale} />,
        }))
      : content.places.map((p) => {
          const key = `${p.lat},${p.lon}`;
          return {
            key,
            lat: p.lat,
            lon: p.lon,
            events: p.events,
            name: p.name,
            admin1: p.admin1,
            radius: p.events,
            draw: (x, y, scale) => (
              <PlaceMarker key={key} place={p} href={content.placeHref(p)} x={x} y={y} scale={scale} />
            ),
          };
        });
  // The biggest first, so the greedy clustering centres on them.
  return marks.sort((a, b) => b.radius - a.radius);
}

// Landscape on a desk, nearly square on a phone, never taller than most of the window.
function frameSize(width: number): Size {
  const aspect = width < 640 ? 1.05 : 0.58;
  return { width, height: Math.round(Math.min(width * aspect, window.innerHeight * 0.72)) };
}

function fitted(marks: Mark[], { width, height }: Size): GeoProjection {
  const points: [number, number][] = marks.map((m) => [m.lon, m.lat]);
  // Without points, the inhabited world.
  if (points.length === 0) points.push([-150, -50], [170, 70]);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const pad = (lo: number, hi: number) => Math.max(0, (MIN_SPAN - (hi - lo)) / 2) + (hi - lo) * 0.2;
  const [w, e] = [Math.min(...lons), Math.max(...lons)];
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  const dx = pad(w, e);
  const dy = pad(s, n);
  // Mercator cannot show the poles, and a box past the antimeridian has no size.
  const box: GeoJSON.MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [Math.max(-179.9, w - dx), Math.max(-78, s - dy)],
      [Math.min(179.9, e + dx), Math.min(82, n + dy)],
    ],
  };
  return geoMercator().fitExtent(
    [
      [20, 20],
      [width - 20, height - 20],
    ],
    box,
  );
}

/**
 * Events on an offline basemap: each a point sized by the dead, or each place sized by its
 * events; coloured by category, hollow when only the region is known. Drag to pan, the buttons
 * or a double click to zoom; each point is a link (Tab, Enter) to its event or its place's
 * events. The view is the caller's (null: fit the events), so a page can keep it in its URL.
 *
 * @example
 * <EventMap content={{ events }} view={{ lat: 43.3, lon: 45.7, k: 4 }} onViewChange={setView} />
 */
export function EventMap({
  content,
  view: shown,
  onViewChange,
}: {
  content: MapContent;
  view: MapView | null;
  onViewChange: (view: MapView | null) => void;
}) {
  const [base, setBase] = useState<Basemap | null>(null);
  const [baseError, setBaseError] = useState<string | null>(null);
  // While a drag is under way the map follows the pointer; the view is reported when it ends.
  const [dragged, setDragged] = useState<Transform | null>(null);
  const drag = useRef<{ x: number; y: number; from: Transform } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState<Size>({ width: 960, height: 560 });
  const { width, height } = size;

  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setSize((s) => (s.width === measured ? s : frameSize(measured)));
    });
    observer.observe(svg.current!.parentElement!);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (b) => live && setBase(b),
      (error: unknown) => {
        // The points still mean something without the land under them; say why it is missing.
        basemap = null;
        if (live) setBaseError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const marks = useMemo(() => marksOf(content), [content]);
  const projection = useMemo(() => fitted(marks, size), [marks, size]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const view = dragged ?? toTransform(shown, projection, size);
  const show = (t: Transform) => onViewChange(toView(t, projection, size));
  const [land, borders] = useMemo(() => (base ? [path(base.land), path(base.borders)] : [null, null]), [base, path]);
  // Marks closer than this many screen pixels merge; the distance shrinks on the map as one zooms in.
  const clusters = useMemo(
    () =>
      clusterPoints(
        marks.map((m) => {
          const [x, y] = projection([m.lon, m.lat]) ?? [0, 0];
          return { x, y, item: m };
        }),
        CLUSTER_PX / view.k,
      ),
    [marks, projection, view.k],
  );

  // Brings a map point to the centre at a higher zoom.
  const zoomAt = (x: number, y: number, factor: number) => {
    const k = Math.min(64, view.k * factor);
    show({ k, x: width / 2 - x * k, y: height / 2 - y * k });
  };
  const zoom = (factor: number) => {
    const k = Math.min(64, Math.max(1, view.k * factor));
    // Zoom about the centre of the view.
    const cx = width / 2;
    const cy = height / 2;
    show({ k, x: cx - ((cx - view.x) * k) / view.k, y: cy - ((cy - view.y) * k) / view.k });
  };
  const toSvg = (event: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * width) / box.width,
      y: ((event.clientY - box.top) * height) / box.height,
    };
  };

  return (
    <figure className="map">
      <div className="map-controls">
        <button type="button" onClick={() => zoom(1.6)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(1 / 1.6)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => onViewChange(null)}>
          Reset
        </button>
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`Map of ${marks.reduce((n, m) => n + m.events, 0)} located events`}
        onDoubleClick={() => zoom(1.6)}
        onPointerDown={(event) => {
          if ((event.target as Element).closest('a, .cluster')) return;
          const p = toSvg(event);
          drag.current = { x: p.x, y: p.y, from: view };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          if (!drag.current) return;
          const p = toSvg(event);
          const d = drag.current;
          setDragged({ k: d.from.k, x: d.from.x + p.x - d.x, y: d.from.y + p.y - d.y });
        }}
        onPointerUp={() => {
          drag.current = null;
          if (dragged) show(dragged);
          setDragged(null);
        }}
      >
        <rect width={width} height={height} className="sea" />
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          {land && <path d={land} className="land" />}
          {borders && <path d={borders} className="borders" style={{ strokeWidth: 0.6 / view.k }} />}
          {clusters.map((c) =>
            c.items.length === 1 ? (
              c.items[0]!.draw(c.x, c.y, view.k)
            ) : (
              <ClusterMarker
                key={c.items.map((m) => m.key).join()}
                count={c.items.reduce((n, m) => n + m.events, 0)}
                near={c.items[0]!.name}
                admin1s={[...new Set(c.items.map((m) => m.admin1 ?? ''))]}
                x={c.x}
                y={c.y}
                scale={view.k}
                onZoom={() => zoomAt(c.x, c.y, 2.5)}
              />
            ),
          )}
        </g>
      </svg>
      <figcaption className="legend">
        {Object.entries(CATEGORY_COLOURS).map(([category, colour]) => (
          <span key={category}>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5" fill={colour} />
            </svg>
            {humanize(category)}
          </span>
        ))}
        <span>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="none" stroke="#555" strokeWidth="1.5" strokeDasharray="3 2" />
          </svg>
          region or country only
        </span>
        <span>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6.5" fill="#5b4a3a" />
          </svg>
          nearby events (select to zoom)
        </span>
        <span className="muted">
          size: killed · basemap: {baseError ? `could not be loaded (${baseError})` : 'Natural Earth'}
        </span>
      </figcaption>
    </figure>
  );
}
