import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element in CSS pixels, kept current as the window or the layout changes,
 * never below `min`; charts draw to it so they fit a phone as well as a desk.
 *
 * @example
 * const [frame, width] = useWidth<HTMLDivElement>(1000);
 * return <div ref={frame}><TimelineChart width={width} … /></div>;
 */
export function useWidth<T extends HTMLElement>(initial: number, min = 320): [RefObject<T | null>, number] {
  const frame = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(min, Math.round(entry?.contentRect.width ?? 0))),
    );
    observer.observe(frame.current!);
    return () => observer.disconnect();
  }, [min]);
  return [frame, width];
}
