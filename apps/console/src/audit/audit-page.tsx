import { useQuery } from '@apollo/client/react';
import { Code, EmptyState, Paper, Spoiler, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconAudit, IconSearch } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { Pager } from '../ui/pager';
import { TableSkeleton } from '../ui/table-skeleton';
import { useCursorPager } from '../ui/use-cursor-pager';
import { formatDateTime } from '../i18n/format';
import { isUiLanguage } from '../i18n/language';
import { AuditLogQuery } from './audit.graphql';

export const AUDIT_PAGE_SIZE = 50;

/** Details show two lines, one per key, until opened. */
const DETAIL_LINE_PX = 18;

function detailValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The entry's details as "key: value" lines, the first few shown. */
function Details({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <Spoiler maxHeight={2 * DETAIL_LINE_PX} showLabel={t('audit.more')} hideLabel={t('audit.less')} fz="xs">
      {entries.map(([key, value]) => (
        <Text key={key} size="xs" ff="monospace" lh={`${DETAIL_LINE_PX}px`} truncate="end" maw={320}>
          <Text span size="xs" c="dimmed" ff="monospace">
            {key}:
          </Text>{' '}
          {detailValue(value)}
        </Text>
      ))}
    </Spoiler>
  );
}

/** Who did what, when: the agency's audit log, newest first. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const [action, setAction] = useState('');
  const [debouncedAction] = useDebouncedValue(action.trim(), 300);
  const pager = useCursorPager();
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE, after: pager.after, action: debouncedAction || null },
  });
  const connection = data?.auditLog;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];

  let content;
  if (error && !connection) content = <LoadError error={error} onRetry={() => void refetch()} />;
  else if (loading && !connection) content = <TableSkeleton rows={8} />;
  else if (entries.length === 0) {
    content = <EmptyState icon={<IconAudit size={28} />} title={t('audit.empty')} py="xl" />;
  } else {
    content = (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" striped aria-label={t('audit.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.fields.when')}</Table.Th>
              <Table.Th>{t('audit.fields.actor')}</Table.Th>
              <Table.Th>{t('audit.fields.action')}</Table.Th>
              <Table.Th>{t('audit.fields.target')}</Table.Th>
              <Table.Th>{t('audit.fields.ip')}</Table.Th>
              <Table.Th>{t('audit.fields.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.createdAt, language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.actorName ?? t('audit.system')}</Text>
                </Table.Td>
                <Table.Td>
                  <Code>{entry.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.targetType ?? '—'}</Text>
                  {entry.targetId ? (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {entry.targetId}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {entry.ip ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Details details={entry.details} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Paper withBorder p="md">
        <Stack>
          <TextInput
            aria-label={t('audit.filter')}
            placeholder={t('audit.filterPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={action}
            onChange={(event) => {
              setAction(event.currentTarget.value);
              pager.reset();
            }}
            w={{ base: '100%', sm: 320 }}
          />
          {content}
          {connection && entries.length > 0 ? (
            <Pager
              pager={pager}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
              summary={t('audit.total', { count: connection.totalCount })}
            />
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
