import { MultiSelect, Select } from '@mantine/core';
import type { Role } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { isBrandRole } from '../auth/permissions';

interface BrandScopeFieldProps {
  role: Role;
  brands: ReadonlyArray<{ id: string; name: string }>;
  value: string[];
  onChange(brandIds: string[]): void;
  error?: string;
}

/** Which brands a member works on: exactly one for brand users, a list for community managers, none otherwise. */
export function BrandScopeField({ role, brands, value, onChange, error }: BrandScopeFieldProps) {
  const { t } = useTranslation();
  const data = brands.map((brand) => ({ value: brand.id, label: brand.name }));
  if (isBrandRole(role)) {
    return (
      <Select
        label={t('team.fields.brand')}
        description={t('team.fields.brandHint')}
        required
        searchable
        data={data}
        value={value[0] ?? null}
        onChange={(brandId) => onChange(brandId ? [brandId] : [])}
        error={error}
        nothingFoundMessage={t('common.nothingFound')}
      />
    );
  }
  if (role === 'COMMUNITY_MANAGER') {
    return (
      <MultiSelect
        label={t('team.fields.brands')}
        description={t('team.fields.brandsHint')}
        searchable
        data={data}
        value={value}
        onChange={onChange}
        error={error}
        nothingFoundMessage={t('common.nothingFound')}
      />
    );
  }
  return null;
}

/** The brand ids to send for a role (none for roles that see every brand). */
export function brandIdsForRole(role: Role, brandIds: readonly string[]): string[] {
  if (isBrandRole(role)) return brandIds.slice(0, 1);
  if (role === 'COMMUNITY_MANAGER') return [...brandIds];
  return [];
}
