import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import type { ReviewLinkStatusValue, ReviewLinkView } from './review-link-types';
import { useUiLanguage } from '../i18n/use-ui-language';

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
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label={t('approval.links.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('approval.links.recipient')}</Table.Th>
            <Table.Th>{t('approval.links.posts')}</Table.Th>
            <Table.Th>{t('approval.links.sent')}</Table.Th>
            <Table.Th>{t('approval.links.expires')}</Table.Th>
            <Table.Th>{t('approval.links.status')}</Table.Th>
            {canRevoke ? (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {links.map((link) => (
            <Table.Tr key={link.id} aria-label={link.recipientName}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {link.recipientName}
                </Text>
                {link.recipientEmail ? (
                  <Text size="xs" c="dimmed">
                    {link.recipientEmail}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('approval.links.postCount', { count: link.postIds.length })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(link.createdAt, language, zone)}</Text>
                {link.createdByName ? (
                  <Text size="xs" c="dimmed">
                    {link.createdByName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(link.expiresAt, language, zone)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[link.status]}>
                  {t(`approval.links.statuses.${link.status}`)}
                </Badge>
              </Table.Td>
              {canRevoke ? (
                <Table.Td ta="right">
                  {link.status === 'ACTIVE' ? (
                    <Button size="xs" variant="default" color="red" onClick={() => onRevoke(link)}>
                      {t('approval.links.revoke')}
                    </Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
