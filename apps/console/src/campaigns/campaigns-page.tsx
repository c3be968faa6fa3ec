import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  ColorSwatch,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { IconDots, IconPlus } from '../ui/icons';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { TableSkeleton } from '../ui/table-skeleton';
import { useSession } from '../auth/session-context';
import { formatDate } from '../i18n/format';
import { canWritePosts } from '../posts/post-permissions';
import { PostBrandsQuery } from '../posts/posts.graphql';
import { CampaignModal, NEW_CAMPAIGN, type CampaignValues } from './campaign-modal';
import { ArchiveCampaignMutation, CampaignsAndLabelsQuery, DeleteLabelMutation } from './campaigns.graphql';
import { LabelModal, NEW_LABEL, type LabelValues } from './label-modal';

/** `/campaigns`: a brand's campaigns (create, edit, archive) and labels (create, rename, delete). */
export function CampaignsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { role } = useSession();
  const writer = canWritePosts(role);
  const notifyError = useNotifyApiError();
  const brands = useQuery(PostBrandsQuery);
  const options = (brands.data?.brands.edges ?? []).map((edge) => ({
    value: edge.node.id,
    label: edge.node.name,
  }));
  const [chosen, setChosen] = useState<string | null>(null);
  const brandId = chosen ?? options[0]?.value ?? null;
  const [includeArchived, setIncludeArchived] = useState(false);
  const lists = useQuery(CampaignsAndLabelsQuery, {
    variables: { brandId: brandId ?? '', includeArchived },
    skip: !brandId,
    fetchPolicy: 'cache-and-network',
  });
  const [campaign, setCampaign] = useState<CampaignValues | null>(null);
  const [label, setLabel] = useState<LabelValues | null>(null);
  const [archiving, setArchiving] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [archiveCampaign, archived] = useMutation(ArchiveCampaignMutation);
  const [deleteLabel, deleted] = useMutation(DeleteLabelMutation);
  const refetch = () => void lists.refetch();

  const day = (value: string) => formatDate(`${value}T12:00:00Z`, language);
  const dates = (startsOn: string | null, endsOn: string | null) =>
    startsOn || endsOn
      ? `${startsOn ? day(startsOn) : '…'} – ${endsOn ? day(endsOn) : '…'}`
      : t('posts.campaigns.noDates');

  return (
    <>
      <PageHeader title={t('posts.campaigns.title')} description={t('posts.campaigns.description')} />
      <Stack gap="lg">
        <Group align="flex-end">
          <Select
            label={t('posts.campaigns.brand')}
            placeholder={t('posts.campaigns.chooseBrand')}
            data={options}
            value={brandId}
            onChange={setChosen}
            searchable
            w={{ base: '100%', sm: 320 }}
          />
          <Switch
            label={t('posts.campaigns.showArchived')}
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {lists.error ? <LoadError error={lists.error} onRetry={refetch} /> : null}
        {!brandId ? (
          <Text c="dimmed">{t('posts.campaigns.chooseBrand')}</Text>
        ) : !lists.data ? (
          <TableSkeleton />
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Paper withBorder p="md">
              <Stack>
                <Group justify="space-between">
                  <Title order={4}>{t('posts.campaigns.campaigns')}</Title>
                  {writer ? (
                    <Button
                      size="xs"
                      leftSection={<IconPlus size={14} />}
                      onClick={() => setCampaign(NEW_CAMPAIGN)}
                    >
                      {t('posts.campaigns.newCampaign')}
                    </Button>
                  ) : null}
                </Group>
                {lists.data.campaigns.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('posts.campaigns.noCampaigns')}
                  </Text>
                ) : (
                  <Table aria-label={t('posts.campaigns.campaigns')} verticalSpacing="xs">
                    <Table.Tbody>
                      {lists.data.campaigns.map((item) => (
                        <Table.Tr key={item.id}>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              <ColorSwatch color={item.color} size={14} />
                              <Text size="sm" fw={600}>
                                {item.name}
                              </Text>
                              {item.archived ? (
                                <Badge size="xs" color="gray">
                                  {t('posts.campaigns.archivedBadge')}
                                </Badge>
                              ) : null}
                            </Group>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" c="dimmed">
                              {dates(item.startsOn, item.endsOn)}
                            </Text>
                          </Table.Td>
                          <Table.Td w={40}>
                            {writer && !item.archived ? (
                              <Menu position="bottom-end">
                                <Menu.Target>
                                  <ActionIcon
                                    variant="subtle"
                                    color="gray"
                                    aria-label={`${t('common.actions')} ${item.name}`}
                                  >
                                    <IconDots />
                                  </ActionIcon>
                                </Menu.Target>
                                <Menu.Dropdown>
                                  <Menu.Item onClick={() => setCampaign({ ...item })}>
                                    {t('posts.campaigns.edit')}
                                  </Menu.Item>
                                  <Menu.Item color="red" onClick={() => setArchiving(item.id)}>
                                    {t('posts.campaigns.archive')}
                                  </Menu.Item>
                                </Menu.Dropdown>
                              </Menu>
                            ) : null}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Stack>
                <Group justify="space-between">
                  <Title order={4}>{t('posts.campaigns.labels')}</Title>
                  {writer ? (
                    <Button
                      size="xs"
                      leftSection={<IconPlus size={14} />}
                      onClick={() => setLabel(NEW_LABEL)}
                    >
                      {t('posts.campaigns.newLabel')}
                    </Button>
                  ) : null}
                </Group>
                {lists.data.labels.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('posts.campaigns.noLabels')}
                  </Text>
                ) : (
                  <Group gap="xs" aria-label={t('posts.campaigns.labels')}>
                    {lists.data.labels.map((item) => (
                      <Menu key={item.id} position="bottom-start" disabled={!writer}>
                        <Menu.Target>
                          <Badge
                            component="button"
                            type="button"
                            size="lg"
                            variant="light"
                            color={item.color}
                            style={{ cursor: writer ? 'pointer' : 'default', textTransform: 'none' }}
                          >
                            {item.name}
                          </Badge>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setLabel({ ...item })}>
                            {t('posts.campaigns.edit')}
                          </Menu.Item>
                          <Menu.Item color="red" onClick={() => setDeleting(item.id)}>
                            {t('posts.campaigns.deleteLabel')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    ))}
                  </Group>
                )}
              </Stack>
            </Paper>
          </SimpleGrid>
        )}
      </Stack>
      {brandId ? (
        <>
          <CampaignModal
            brandId={brandId}
            campaign={campaign}
            onClose={() => setCampaign(null)}
            onSaved={() => {
              setCampaign(null);
              refetch();
            }}
          />
          <LabelModal
            brandId={brandId}
            label={label}
            onClose={() => setLabel(null)}
            onSaved={() => {
              setLabel(null);
              refetch();
            }}
          />
        </>
      ) : null}
      <ConfirmDialog
        opened={archiving !== null}
        title={t('posts.campaigns.archiveTitle')}
        message={t('posts.campaigns.archiveMessage')}
        confirmLabel={t('posts.campaigns.archive')}
        loading={archived.loading}
        onClose={() => setArchiving(null)}
        onConfirm={() => {
          const id = archiving;
          if (!id) return;
          archiveCampaign({ variables: { id } })
            .then(() => {
              notifySuccess(t('posts.campaigns.campaignArchived'));
              refetch();
            })
            .catch(notifyError)
            .finally(() => setArchiving(null));
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('posts.campaigns.deleteTitle')}
        message={t('posts.campaigns.deleteMessage')}
        confirmLabel={t('posts.campaigns.deleteLabel')}
        danger
        loading={deleted.loading}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting;
          if (!id) return;
          deleteLabel({ variables: { id } })
            .then(() => {
              notifySuccess(t('posts.campaigns.labelDeleted'));
              refetch();
            })
            .catch(notifyError)
            .finally(() => setDeleting(null));
        }}
      />
    </>
  );
}
