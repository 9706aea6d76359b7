import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { api, type SearchHit } from '../api-client.js';
import { navigate, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { entityPath } from '../paths.js';

// Wait for a pause in typing before asking, so each keystroke does not cost a request.
const DEBOUNCE_MS = 150;

/**
 * A search field with suggestions as one types, in any script: arrows move through them,
 * Enter opens the highlighted one (or the full results), Escape closes the list.
 *
 * @example
 * <SearchBox initial={query.get('q') ?? ''} />
 */
export function SearchBox({ initial = '', autoFocus = false }: { initial?: string; autoFocus?: boolean }) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => setText(initial), [initial]);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data } = useApi(asked ? `search:${asked}` : null, (signal) => api.search(asked, signal));
  const hits: SearchHit[] = data?.items ?? [];
  const shown = open && asked !== '' && hits.length > 0;

  const go = (to: string, keepText = false) => {
    setOpen(false);
    setActive(-1);
    // Opening a profile ends the search; showing all results keeps the question in the field.
    if (!keepText) setText('');
    navigate(to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length === 0 ? -1 : (i + step + hits.length) % hits.length));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = shown ? hits[active] : undefined;
      if (hit) go(entityPath(hit));
      else if (text.trim()) go(withQuery('/search', { q: text.trim() }), true);
    }
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search organizations and people
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder="Search any name, any script — IS-CP, Вилаят Кавказ…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" className="suggestions" hidden={!shown} aria-label="Suggestions">
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              go(entityPath(hit));
            }}
          >
            <span className="suggestion-name" dir="auto">
              {hit.name}
            </span>
            <span className="kind">{hit.type}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
