// Pickers with search: a text box filtering a list (the ARIA 1.2 combobox pattern), for choices
// too many for a <select> to browse (countries, time zones, languages, currencies).
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Common, describedBy, FieldShell } from './fields.tsx';
import type { PickerOption } from './places.ts';
import './pickers.css';

export type { PickerOption } from './places.ts';

const shown = 60;

/** Lower case without accents or separators: "Hà Nội" and "ha_noi" both read "ha noi". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[_/,·()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The options matching a search, those whose name starts with it first, in their order. */
export function filterOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const words = searchable(query);
  if (!words) return [...options];
  const starts: PickerOption[] = [];
  const contains: PickerOption[] = [];
  for (const option of options) {
    const label = searchable(option.label);
    const haystack = ` ${label} ${searchable(option.keywords ?? '')} ${searchable(option.value)}`;
    if (label.startsWith(words)) starts.push(option);
    else if (haystack.includes(` ${words}`)) contains.push(option);
  }
  return [...starts, ...contains];
}

type ComboBoxProps = {
  id: string;
  options: readonly PickerOption[];
  /** The chosen value's label, shown while the user is not searching. */
  text: string;
  onChoose: (option: PickerOption) => void;
  /** The user emptied the box and left it. */
  onClear?: () => void;
  onBlur?: () => void;
  invalid: boolean;
  describedById: string | undefined;
  required?: boolean | undefined;
  placeholder?: string | undefined;
  name?: string | undefined;
};

function ComboBox({
  id,
  options,
  text,
  onChoose,
  onClear,
  onBlur,
  invalid,
  describedById,
  required,
  placeholder,
  name,
}: ComboBoxProps) {
  const { t } = useTranslation();
  const listId = `${id}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => filterOptions(options, query ?? ''), [options, query]);
  const visible = matches.slice(0, shown);

  const choose = (option: PickerOption | undefined) => {
    if (!option) return;
    onChoose(option);
    setQuery(null);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.min(Math.max(index + step, 0), Math.max(visible.length - 1, 0)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(visible[active]);
    } else if (event.key === 'Escape' && open) {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setQuery(null);
    }
  };
  const onLeave = () => {
    setOpen(false);
    if (query !== null) {
      const typed = searchable(query);
      const exact = options.find(
        (option) => searchable(option.label) === typed || searchable(option.value) === typed,
      );
      if (exact) onChoose(exact);
      else if (typed === '') onClear?.();
      setQuery(null);
    }
    onBlur?.();
  };

  return (
    <div className="picker">
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && visible[active] ? `${id}-option-${active}` : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedById}
        autoComplete="off"
        spellCheck={false}
        required={required}
        placeholder={placeholder}
        value={query ?? text}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={onLeave}
      />
      <div id={listId} role="listbox" className="picker-list" hidden={!open}>
        {visible.map((option, index) => (
          // The keys act on the text box, which keeps the focus (aria-activedescendant).
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keys act on the combobox
          <div
            key={option.value}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'picker-option active' : 'picker-option'}
            // Keeps the focus in the text box, so that leaving it does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <span>{option.label}</span>
            {option.hint ? <span className="picker-hint"> {option.hint}</span> : null}
          </div>
        ))}
        {visible.length === 0 ? <div className="picker-empty">{t('pickers.noMatch')}</div> : null}
        {matches.length > shown ? (
          <div className="picker-empty">{t('pickers.more', { count: matches.length - shown })}</div>
        ) : null}
      </div>
    </div>
  );
}

type PickerProps = Common & {
  options: readonly PickerOption[];
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  required?: boolean | undefined;
  placeholder?: string | undefined;
  name?: string | undefined;
};

/** One choice from a long list, found by typing part of its name. */
export function PickerField({
  label,
  error,
  hint,
  className,
  options,
  value,
  onChange,
  ...rest
}: PickerProps) {
  const id = useId();
  const chosen = options.find((option) => option.value === value);
  return (
    <FieldShell {...{ id, label, error, hint, className }} required={rest.required}>
      <ComboBox
        id={id}
        options={options}
        text={chosen?.label ?? value}
        onChoose={(option) => onChange(option.value)}
        onClear={() => onChange('')}
        invalid={Boolean(error)}
        describedById={describedBy(id, error, hint)}
        {...rest}
      />
    </FieldShell>
  );
}

/** Several choices from a long list: chosen ones as removable chips, then a search box. */
export function MultiPickerField({
  label,
  error,
  hint,
  className,
  options,
  value,
  onChange,
  onBlur,
  required,
  placeholder,
  name,
}: Omit<PickerProps, 'value' | 'onChange'> & {
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const labelOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;
  const left = useMemo(
    () => options.filter((option) => !value.includes(option.value)),
    [options, value],
  );
  return (
    <FieldShell {...{ id, label, error, hint, className }} required={required}>
      {value.length > 0 ? (
        <ul className="picker-chips">
          {value.map((code) => (
            <li key={code} className="picker-chip">
              <span>{labelOf(code)}</span>
              <button
                type="button"
                className="picker-chip-remove"
                aria-label={t('pickers.remove', { name: labelOf(code) })}
                onClick={() => onChange(value.filter((item) => item !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ComboBox
        id={id}
        options={left}
        text=""
        onChoose={(option) => onChange([...value, option.value])}
        onBlur={onBlur}
        invalid={Boolean(error)}
        describedById={describedBy(id, error, hint)}
        required={required && value.length === 0}
        placeholder={placeholder ?? t('pickers.addPlaceholder')}
        name={name}
      />
    </FieldShell>
  );
}
