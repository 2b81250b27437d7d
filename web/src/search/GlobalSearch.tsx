// The top bar's search: a combobox with a listbox of results grouped by type (WAI-ARIA 1.2
// combobox pattern). "/" or Ctrl+K (⌘K) focuses it from anywhere; the arrow keys move through the
// results, Enter opens one, Escape closes the list and then clears the text.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { type SearchOption, searchOptions } from './search-options.ts';
import { useGlobalSearch } from './use-search.ts';
import './search.css';

/** Whether a key press is meant for a field being typed in, not for a shortcut. */
function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function GlobalSearch() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-results`;
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Ask once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), 200);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const isShortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target));
      if (!isShortcut) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [isOpen]);

  const search = useGlobalSearch(query);
  const groups = useMemo(
    () => (search.data ? searchOptions(search.data, t, format) : []),
    [search.data, t, format],
  );
  const options = groups.flatMap((group) => group.options);
  const isAsking = text.trim().length >= 2;
  const showList = isOpen && isAsking;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const open = (option: SearchOption) => {
    setOpen(false);
    setText('');
    setQuery('');
    inputRef.current?.blur();
    navigate(option.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (option) {
        event.preventDefault();
        open(option);
      }
    } else if (event.key === 'Escape') {
      if (isOpen && isAsking) setOpen(false);
      else setText('');
    }
  };

  let index = -1;
  return (
    <search
      className="global-search"
      ref={rootRef}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {/* Scrolls when the results are long: the active option is scrolled into view, and the
          list can be reached with Tab to scroll it by keyboard (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus */}
      <div className="global-search-popup" hidden={!showList} tabIndex={0}>
        <div
          id={listId}
          role="listbox"
          aria-label={t('search.results')}
          className="global-search-results"
          hidden={options.length === 0}
        >
          {groups.map(({ group, options: groupOptions }) => (
            // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group"
            <div key={group} role="group" aria-labelledby={`${id}-${group}`}>
              <div className="global-search-group" id={`${id}-${group}`} role="presentation">
                {t(`search.groups.${group}`)}
              </div>
              {groupOptions.map((option) => {
                index += 1;
                const at = index;
                // The input keeps the focus and names the active option (aria-activedescendant),
                // as the combobox pattern has it: the options take no focus and no keys.
                return (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys
                  // biome-ignore lint/a11y/useFocusableInteractive: the focus stays in the input
                  <div
                    key={option.key}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    className="global-search-option"
                    onPointerDown={(event) => event.preventDefault()}
                    onPointerEnter={() => setActive(at)}
                    onClick={() => open(option)}
                  >
                    <span className="global-search-label">{option.label}</span>
                    {option.detail ? (
                      <span className="global-search-detail">{option.detail}</span>
                    ) : null}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div className="global-search-status" aria-live="polite">
          {search.isError
            ? t('search.error')
            : options.length > 0
              ? ''
              : search.isFetching || query.trim() !== text.trim()
                ? t('search.searching')
                : t('search.empty', { query: text.trim() })}
        </div>
      </div>
    </search>
  );
}
