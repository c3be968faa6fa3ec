import { useQuery } from '@apollo/client/react';
import { Grid, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
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
  // The brand is kept in the address (`?brand=`), so coming back from a draft shows the same brand.
  const [params, setParams] = useSearchParams();
  const chosen = params.get('brand');
  const brandId =
    (chosen && options.some((option) => option.value === chosen) ? chosen : null) ??
    options[0]?.value ??
    null;
  const choose = (value: string | null) => setParams(value ? { brand: value } : {}, { replace: true });

  return (
    <>
      <PageHeader title={t('ideas.title')} description={t('ideas.description')} />
      <Stack gap="lg">
        <Select
          label={t('ideas.brand')}
          placeholder={t('ideas.chooseBrand')}
          data={options}
          value={brandId}
          onChange={choose}
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
