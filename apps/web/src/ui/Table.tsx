import { ReactNode } from 'react';

export interface Column<T> {
  header: ReactNode;
  cell(row: T): ReactNode;
  /** Right-aligned figures, or a narrow column of actions. */
  align?: 'start' | 'end';
  className?: string;
  /** Makes the header a button that sorts the list by this key (the page does the sorting). */
  sortKey?: string;
}

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/**
 * A data table with a caption (visible or for screen readers only). On a narrow screen it
 * becomes a block of labelled cells per row (`stack`, the default), so nothing is cut off at
 * 768 px; a sortable table keeps its header (the sort buttons) and scrolls sideways instead,
 * inside a focusable region, so that keyboard users can scroll it too.
 */
export function Table<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
  sort,
  onSort,
  sortLabel,
  stack,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T, index: number): string;
  empty: ReactNode;
  sort?: SortState | null;
  onSort?(key: string): void;
  /** "Sort by {column}" in the interface's language. */
  sortLabel?(header: string): string;
  stack?: boolean;
}) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  const stacked = stack ?? !onSort;
  const ariaSort = (column: Column<T>) =>
    column.sortKey && sort?.key === column.sortKey
      ? sort.direction === 'asc'
        ? ('ascending' as const)
        : ('descending' as const)
      : undefined;
  return (
    <div
      className={`table-scroll ${stacked ? 'table-stack' : ''}`}
      role="group"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={column.align === 'end' ? 'align-end' : undefined}
                aria-sort={ariaSort(column)}
              >
                {column.sortKey && onSort ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(column.sortKey as string)}
                    aria-label={
                      sortLabel && typeof column.header === 'string' ? sortLabel(column.header) : undefined
                    }
                  >
                    {column.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.key === column.sortKey ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column, columnIndex) => (
                <td
                  key={columnIndex}
                  data-label={typeof column.header === 'string' ? column.header : undefined}
                  className={
                    [column.align === 'end' ? 'align-end' : '', column.className ?? ''].join(' ').trim() ||
                    undefined
                  }
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
