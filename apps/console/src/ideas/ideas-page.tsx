import { useQuery } from '@apollo/client/react';
import { Grid, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../app/ui/load-error';
import { PageHeader } from '../app/ui/page-header';
import { useSession } from '../auth/session-context';
import { canWritePosts } from '../posts/post-permissions';
import { PostBrandsQuery } from '../posts/posts.graphql';
import { FeedsPanel } from './feeds-panel';
import { IdeasList } from './ideas-list';

/** `/ideas`: a brand's feeds and the ideas they bring, each a draft away. */
export function IdeasPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const writer = canWritePosts(role);
  const brands = useQuery(PostBrandsQuery);
  const options = (brands.data?.brands.edges ?? []).map((edge) => ({
    value: edge.node.id,
    label: edge.node.name,
  }));
  const [chosen, setChosen] = useState<string | null>(null);
  const brandId = chosen ?? options[0]?.value ?? null;

  return (
    <>
      <PageHeader title={t('ideas.title')} description={t('ideas.description')} />
      <Stack gap="lg">
        <Select
          label={t('ideas.brand')}
          placeholder={t('ideas.chooseBrand')}
          data={options}
          value={brandId}
          onChange={setChosen}
          searchable
          w={{ base: '100%', sm: 320 }}
        />
        {brands.error ? <LoadError error={brands.error} onRetry={() => void brands.refetch()} /> : null}
        {!brandId ? (
          <Text c="dimmed">{t('ideas.chooseBrand')}</Text>
        ) : (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <FeedsPanel key={`feeds-${brandId}`} brandId={brandId} writer={writer} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <IdeasList key={`ideas-${brandId}`} brandId={brandId} writer={writer} />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
}
