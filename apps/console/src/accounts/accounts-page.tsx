import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/page-header';
import { BrandOptionsQuery } from '../brands/brands.graphql';
import { AccountsPanel } from './accounts-panel';

/** Every connected account the user can see, optionally narrowed to one brand. */
export function AccountsPage() {
  const { t } = useTranslation();
  const [brandId, setBrandId] = useState<string | null>(null);
  const { data } = useQuery(BrandOptionsQuery, { variables: { first: 100 } });
  const brands = data?.brands.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.description')}
        actions={
          <Select
            aria-label={t('accounts.filterByBrand')}
            placeholder={t('accounts.allBrands')}
            data={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
            value={brandId}
            onChange={setBrandId}
            clearable
            searchable
            w={240}
          />
        }
      />
      <AccountsPanel
        key={brandId ?? 'all'}
        brandId={brandId ?? undefined}
        brands={brandId ? brands.filter((brand) => brand.id === brandId) : brands}
        showBrand={brandId === null}
      />
    </>
  );
}
