import { Table, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Key, type ReactNode, useId } from 'react';
import classes from '../pages/hub.module.css';

export interface FiguresColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell's class on both layouts: a failed count in red. */
  className?: (row: Row) => string | undefined;
}

/**
 * A table of figures (queues, lanes, periods, thresholds) that a phone can read: a table from
 * the xs breakpoint up, and below it one card per row, the row's name above each column's
 * header beside its value. Five columns do not fit 360 px, and a table scrolled sideways
 * hides its last columns with nothing to say they are there.
 */
export function FiguresTable<Row>({
  label,
  caption,
  rows,
  rowKey,
  name,
  columns,
  rowHeader = false,
  striped = false,
  current,
  cardTitle = (row) => name.cell(row),
  empty,
}: {
  /** The table's name: the region's on a wide screen; on a phone the list's, said above it unless there is a caption. */
  label: string;
  /** What the figures are, said under the table and above the cards. */
  caption?: string;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The first column: what each row is about. */
  name: FiguresColumn<Row>;
  columns: FiguresColumn<Row>[];
  /** The first column's cells as row headers (th scope="row"). */
  rowHeader?: boolean;
  striped?: boolean;
  /** The row in force: bold, and aria-current. */
  current?: (row: Row) => boolean;
  /** A card's title, when the first column's value alone would not say what it is. */
  cardTitle?: (row: Row) => ReactNode;
  /** Said under the name instead of a table without rows (or a heading over no cards). */
  empty?: string;
}) {
  const theme = useMantineTheme();
  const titleId = useId();
  // Read at once, not after a first paint of the table: a phone would see the table flash.
  const narrow = useMediaQuery(`(max-width: ${theme.breakpoints.xs})`, false, { getInitialValueInEffect: false });

  if (rows.length === 0 && empty) {
    return (
      <div role="region" aria-labelledby={titleId}>
        <Text size="sm" fw={600} id={titleId}>
          {caption ?? label}
        </Text>
        <Text size="sm">{empty}</Text>
      </div>
    );
  }

  if (narrow) {
    return (
      <div>
        {/* Said above the cards, since nothing in them tells one list from the next (the queues
            from the lanes); a caption too, which a table has underneath. */}
        <Text size="sm" fw={600} mb="xs" id={titleId}>
          {caption ?? label}
        </Text>
        <ul className={classes.cards} aria-labelledby={titleId}>
          {rows.map((row) => {
            const inForce = current?.(row) ?? false;
            return (
              <li key={rowKey(row)} aria-current={inForce ? 'true' : undefined} className={inForce ? classes.currentCard : undefined}>
                <Text fw={700} size="sm" className={name.className?.(row)}>
                  {cardTitle(row)}
                </Text>
                <dl className={classes.cardFigures}>
                  {columns.map((column) => (
                    <div key={column.header}>
                      <dt>{column.header}</dt>
                      <dd className={column.className?.(row)}>{column.cell(row)}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ul>
      </div>
    );
  }

  return (
    <div className={classes.tableWrap} tabIndex={0} role="region" aria-label={label}>
      <Table fz="sm" striped={striped}>
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {[name, ...columns].map((column) => (
              <Table.Th key={column.header} scope={rowHeader ? 'col' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const inForce = current?.(row) ?? false;
            return (
              <Table.Tr key={rowKey(row)} fw={inForce ? 700 : undefined} aria-current={inForce ? 'true' : undefined}>
                {rowHeader ? (
                  <Table.Th scope="row" className={name.className?.(row)}>
                    {name.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td className={name.className?.(row)}>{name.cell(row)}</Table.Td>
                )}
                {columns.map((column) => (
                  <Table.Td key={column.header} className={column.className?.(row)}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
