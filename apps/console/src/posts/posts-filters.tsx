import '@mantine/dates/styles.css';
import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import type { Network, PostStatus } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-ui-language';
import { IconSearch } from '../ui/icons';
import { NETWORK_ORDER } from './composer-draft';
import { ComposerBrandQuery, PostAuthorsQuery, PostBrandsQuery } from './posts.graphql';

export interface PostFilters {
  brandId: string | null;
  status: PostStatus[];
  network: Network | null;
  campaignId: string | null;
  labelId: string | null;
  authorId: string | null;
  /** `YYYY-MM-DD` days, read in the brand's time zone (UTC without a brand). */
  from: string | null;
  to: string | null;
  search: string;
}

export const NO_FILTERS: PostFilters = {
  brandId: null,
  status: [],
  network: null,
  campaignId: null,
  labelId: null,
  authorId: null,
  from: null,
  to: null,
  search: '',
};

const STATUSES: PostStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'FAILED',
  'ARCHIVED',
];

interface PostsFiltersProps {
  value: PostFilters;
  onChange(filters: PostFilters): void;
  /** Brand users see no team, hence no author filter. */
  showAuthors: boolean;
}

/** Brand, status, network, campaign, label, author, planned dates and text. */
export function PostsFiltersBar({ value, onChange, showAuthors }: PostsFiltersProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const brands = useQuery(PostBrandsQuery);
  const brand = useQuery(ComposerBrandQuery, {
    variables: { brandId: value.brandId ?? '' },
    skip: !value.brandId,
  });
  const authors = useQuery(PostAuthorsQuery, { skip: !showAuthors });
  const set = (change: Partial<PostFilters>) => onChange({ ...value, ...change });
  const needsBrand = value.brandId ? undefined : t('posts.filters.needsBrand');

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: language === 'fr' ? 1 : 0 }}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} aria-label={t('posts.filters.label')}>
        <TextInput
          label={t('posts.filters.search')}
          placeholder={t('posts.list.search')}
          leftSection={<IconSearch size={16} />}
          value={value.search}
          onChange={(event) => set({ search: event.currentTarget.value })}
        />
        <Select
          label={t('posts.filters.brand')}
          placeholder={t('posts.filters.allBrands')}
          data={(brands.data?.brands.edges ?? []).map((edge) => ({
            value: edge.node.id,
            label: edge.node.name,
          }))}
          value={value.brandId}
          onChange={(brandId) => set({ brandId, campaignId: null, labelId: null })}
          clearable
          searchable
        />
        <MultiSelect
          label={t('posts.filters.status')}
          placeholder={value.status.length === 0 ? t('posts.filters.anyStatus') : undefined}
          data={STATUSES.map((status) => ({ value: status, label: t(`approval.status.${status}`) }))}
          value={value.status}
          onChange={(status) => set({ status: status })}
          clearable
        />
        <Select
          label={t('posts.filters.network')}
          placeholder={t('posts.filters.anyNetwork')}
          data={NETWORK_ORDER.map((network) => ({ value: network, label: t(`posts.networks.${network}`) }))}
          value={value.network}
          onChange={(network) => set({ network: network })}
          clearable
        />
        <Select
          label={t('posts.filters.campaign')}
          placeholder={needsBrand ?? t('posts.filters.anyCampaign')}
          data={(brand.data?.campaigns ?? []).map((campaign) => ({
            value: campaign.id,
            label: campaign.name,
          }))}
          value={value.campaignId}
          onChange={(campaignId) => set({ campaignId })}
          disabled={!value.brandId}
          clearable
        />
        <Select
          label={t('posts.filters.tag')}
          placeholder={needsBrand ?? t('posts.filters.anyLabel')}
          data={(brand.data?.labels ?? []).map((label) => ({ value: label.id, label: label.name }))}
          value={value.labelId}
          onChange={(labelId) => set({ labelId })}
          disabled={!value.brandId}
          clearable
        />
        {showAuthors ? (
          <Select
            label={t('posts.filters.author')}
            placeholder={t('posts.filters.anyAuthor')}
            data={(authors.data?.members.edges ?? []).map((edge) => ({
              value: edge.node.userId,
              label: edge.node.name,
            }))}
            value={value.authorId}
            onChange={(authorId) => set({ authorId })}
            clearable
            searchable
          />
        ) : null}
        <DatePickerInput
          type="range"
          label={t('posts.filters.dates')}
          value={[value.from, value.to]}
          onChange={([from, to]) => set({ from, to })}
          valueFormat={language === 'fr' ? 'DD/MM/YYYY' : 'MMM D, YYYY'}
          clearable
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="subtle" size="xs" onClick={() => onChange(NO_FILTERS)}>
          {t('posts.filters.clear')}
        </Button>
      </Group>
    </DatesProvider>
  );
}
