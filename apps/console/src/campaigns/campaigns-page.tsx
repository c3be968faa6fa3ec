import { Group, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { canWritePosts } from '../posts/post-permissions';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { TableSkeleton } from '../ui/table-skeleton';
import { CampaignModal, NEW_CAMPAIGN, type CampaignValues } from './campaign-modal';
import { CampaignsPanel } from './campaigns-panel';
import { LabelModal, NEW_LABEL, type LabelValues } from './label-modal';
import { LabelsPanel } from './labels-panel';
import { ArchiveCampaignDialog, DeleteLabelDialog } from './removal-dialogs';
import { useCampaignsAndLabels } from './use-campaigns-and-labels';

/** `/campaigns`: a brand's campaigns (create, edit, archive) and labels (create, rename, delete). */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const writer = canWritePosts(role);
  const { options, brandId, choose, includeArchived, setIncludeArchived, lists, refetch } =
    useCampaignsAndLabels();
  const [campaign, setCampaign] = useState<CampaignValues | null>(null);
  const [label, setLabel] = useState<LabelValues | null>(null);
  const [archiving, setArchiving] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

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
            onChange={choose}
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
            <CampaignsPanel
              campaigns={lists.data.campaigns}
              writer={writer}
              onCreate={() => setCampaign(NEW_CAMPAIGN)}
              onEdit={setCampaign}
              onArchive={setArchiving}
            />
            <LabelsPanel
              labels={lists.data.labels}
              writer={writer}
              onCreate={() => setLabel(NEW_LABEL)}
              onEdit={setLabel}
              onDelete={setDeleting}
            />
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
      <ArchiveCampaignDialog id={archiving} onClose={() => setArchiving(null)} onDone={refetch} />
      <DeleteLabelDialog id={deleting} onClose={() => setDeleting(null)} onDone={refetch} />
    </>
  );
}
