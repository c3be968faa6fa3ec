import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface BrandOption {
  id: string;
  name: string;
}

/** Picks one of the brands the user can see (searchable when there are many). */
export function BrandSelect({
  brands,
  value,
  onChange,
  extra,
}: {
  brands: readonly BrandOption[];
  value: string | null;
  onChange(brandId: string): void;
  /** Options before the brands (such as "every brand"). */
  extra?: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('media.page.brand')}
      data={[...(extra ?? []), ...brands.map((brand) => ({ value: brand.id, label: brand.name }))]}
      value={value}
      onChange={(next) => next && onChange(next)}
      searchable={brands.length > 8}
      allowDeselect={false}
      w={{ base: '100%', sm: 280 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
