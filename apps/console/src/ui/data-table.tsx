import { Table, VisuallyHidden, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataColumn<Row> {
  /** Unique among the table's columns. */
  key: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** Props of each of the column's cells (alignment). */
  td?: TableTdProps;
}

interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey(row: Row): string;
  /** Each row's accessible name. */
  rowLabel(row: Row): string;
}

/** A table of rows, one column per `DataColumn`, each row named for assistive technology. */
export function DataTable<Row>({ label, minWidth, rows, columns, rowKey, rowLabel }: DataTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} aria-label={rowLabel(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key} {...column.td}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The header of a column of row actions: named for screen readers, empty on screen. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return <VisuallyHidden>{t('common.actions')}</VisuallyHidden>;
}
