/**
 * Search the shown graph's actors by label, id or another name column (name_en, …). Suggestions appear as you type
 * (NFKC, case- and width-insensitive; see ./match.ts); ↑/↓ move, Enter picks, Escape
 * closes. Picking selects the actor, which the canvas centres and marks.
 * ARIA combobox pattern: the input owns a listbox of options.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimpleGraph } from '../../model/index.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';
import { useWorkbench } from '../workbench.ts';
import { buildSearchIndex, searchNodes } from './match.ts';
import './search.css';

const LIMIT = 12;

/** Other name columns of the input (name_en, name_ja, …) are searched too. */
function aliasesOf(attributes: Record<string, string>): string[] {
  return Object.entries(attributes)
    .filter(([key, value]) => /^name/i.test(key) && value !== '')
    .map(([, value]) => value);
}

export function SearchBox({ graph }: { graph: SimpleGraph | null }) {
  const { t } = useTranslation('search');
  const selectNode = useWorkbench((state) => state.selectNode);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const index = useMemo(
    () =>
      buildSearchIndex(
        graph === null
          ? []
          : graph.mapNodes((id, attributes) => ({
              id,
              label: attributes.label || id,
              aliases: aliasesOf(attributes.attributes),
            })),
      ),
    [graph],
  );
  const hits = useMemo(() => searchNodes(index, query, LIMIT), [index, query]);
  const showList = open && query.trim() !== '';

  function pick(id: string): void {
    selectNode(id);
    setOpen(false);
    setQuery(graph?.getNodeAttribute(id, 'label') || id);
  }

  return (
    <section className="panel search-panel" role="search">
      <label className="search-label" htmlFor={`${listId}-input`}>
        {t('label')}
      </label>
      <div className="search-box">
        <input
          id={`${listId}-input`}
          data-testid="search-input"
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits.length > 0 ? `${listId}-${active}` : undefined}
          placeholder={t('placeholder')}
          value={query}
          disabled={graph === null}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setOpen(true);
              if (hits.length === 0) return;
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current) => (current + step + hits.length) % hits.length);
            } else if (event.key === 'Enter' && showList && hits.length > 0) {
              event.preventDefault();
              pick(hits[Math.min(active, hits.length - 1)].id);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        {showList && (
          <ul
            className="search-suggestions"
            id={listId}
            role="listbox"
            data-testid="search-suggestions"
          >
            {hits.length === 0 && <li className="search-none">{t('none')}</li>}
            {hits.map((hit, i) => {
              const sector = graph?.getNodeAttribute(hit.id, 'sector') ?? 'unknown';
              return (
                <li
                  key={hit.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-testid="search-option"
                  data-node={hit.id}
                  className={i === active ? 'active' : undefined}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(hit.id);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} />
                  <span className="search-hit-label">{hit.label}</span>
                  {hit.label !== hit.id && <span className="search-hit-id">{hit.id}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
