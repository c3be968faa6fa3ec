import { Badge, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ActionsHeader, DataTable, type DataColumn } from '../ui/data-table';
import type { ReviewLinkStatusValue, ReviewLinkView } from './review-link-types';

const STATUS_COLORS: Record<ReviewLinkStatusValue, string> = {
  ACTIVE: 'teal',
  EXPIRED: 'gray',
  REVOKED: 'red',
  USED: 'indigo',
};

interface ReviewLinksTableProps {
  links: readonly ReviewLinkView[];
  zone: string;
  canRevoke: boolean;
  onRevoke(link: ReviewLinkView): void;
}

/** The links sent to the brand's clients: to whom, for how many posts, until when, and where they stand. */
export function ReviewLinksTable({ links, zone, canRevoke, onRevoke }: ReviewLinksTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const columns: DataColumn<ReviewLinkView>[] = [
    {
      key: 'recipient',
      header: t('approval.links.recipient'),
      cell: (link) => (
        <>
          <Text size="sm" fw={600}>
            {link.recipientName}
          </Text>
          {link.recipientEmail ? (
            <Text size="xs" c="dimmed">
              {link.recipientEmail}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'posts',
      header: t('approval.links.posts'),
      cell: (link) => <Text size="sm">{t('approval.links.postCount', { count: link.postIds.length })}</Text>,
    },
    {
      key: 'sent',
      header: t('approval.links.sent'),
      cell: (link) => (
        <>
          <Text size="sm">{formatDateTime(link.createdAt, language, zone)}</Text>
          {link.createdByName ? (
            <Text size="xs" c="dimmed">
              {link.createdByName}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'expires',
      header: t('approval.links.expires'),
      cell: (link) => <Text size="sm">{formatDateTime(link.expiresAt, language, zone)}</Text>,
    },
    {
      key: 'status',
      header: t('approval.links.status'),
      cell: (link) => (
        <Badge variant="light" color={STATUS_COLORS[link.status]}>
          {t(`approval.links.statuses.${link.status}`)}
        </Badge>
      ),
    },
  ];
  if (canRevoke) {
    columns.push({
      key: 'actions',
      header: <ActionsHeader />,
      td: { ta: 'right' },
      cell: (link) =>
        link.status === 'ACTIVE' ? (
          <Button size="xs" variant="default" color="red" onClick={() => onRevoke(link)}>
            {t('approval.links.revoke')}
          </Button>
        ) : null,
    });
  }
  return (
    <DataTable
      label={t('approval.links.title')}
      minWidth={720}
      rows={links}
      columns={columns}
      rowKey={(link) => link.id}
      rowLabel={(link) => link.recipientName}
    />
  );
}
