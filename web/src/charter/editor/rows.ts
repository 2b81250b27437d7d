/** A copy of `list` with the item at `index` replaced by `changes` merged into it. */
export function updateAt<T>(list: readonly T[], index: number, changes: Partial<T>): T[] {
  return list.map((item, position) => (position === index ? { ...item, ...changes } : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, position) => position !== index);
}

/** Today as YYYY-MM-DD in the browser's calendar: the default start of a new row. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Keeps a list of kinds in the schema's order, whatever order they were ticked in. */
export function inOrder<T extends { [key in K]: string }, K extends keyof T>(
  items: T[],
  key: K,
  order: readonly string[],
) {
  return [...items].sort((a, b) => order.indexOf(a[key]) - order.indexOf(b[key]));
}
