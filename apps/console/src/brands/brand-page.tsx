import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Breadcrumbs, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { BrandAccounts } from '../accounts/brand-accounts';
import { BrandApprovalTab } from '../approval/brand-approval-tab';
import { can, isBrandRole } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { LoadError } from '../ui/load-error';
import { notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { BrandReconnectFlag } from '../publishing/brand-reconnect-flag';
import { PostingSlotsEditor } from '../publishing/posting-slots-editor';
import { BrandForm } from './brand-form';
import type { BrandFormValues } from './brand-form-schema';
import { brandToFormValues, toUpdateBrandInput } from './brand-values';
import { BrandQuery, BrandsQuery, UpdateBrandMutation } from './brands.graphql';
import { timezoneLabel } from './timezones';
import { useArchiveBrand } from './use-archive-brand';

type BrandTab = 'details' | 'accounts' | 'slots' | 'approval';
const TABS: readonly string[] = ['accounts', 'slots', 'approval'];

export function BrandPage() {
  const { t } = useTranslation();
  const { brandId = '', tab } = useParams();
  const activeTab: BrandTab = tab === 'accounts' || tab === 'slots' || tab === 'approval' ? tab : 'details';
  const navigate = useNavigate();
  const { role } = useSession();
  const canManage = can(role, 'brands.manage');
  const archive = useArchiveBrand();
  const { data, loading, error, refetch } = useQuery(BrandQuery, { variables: { id: brandId } });
  const [updateBrand] = useMutation(UpdateBrandMutation, { refetchQueries: [BrandsQuery] });
  const brand = data?.brand;
  const initialValues = useMemo(() => (brand ? brandToFormValues(brand) : null), [brand]);

  if (error && !brand) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (loading || !brand || !initialValues) {
    return (
      <Stack>
        <Skeleton height={36} width="40%" />
        <Skeleton height={320} />
      </Stack>
    );
  }

  const save = async (values: BrandFormValues) => {
    await updateBrand({ variables: { input: toUpdateBrandInput(brand.id, values) } });
    notifySuccess(t('brands.saved', { name: values.name }));
  };

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/brands" size="sm">
          {t('nav.brands')}
        </Anchor>
        <Text size="sm">{brand.name}</Text>
      </Breadcrumbs>
      <PageHeader
        title={brand.name}
        description={
          <Group gap="xs" component="span">
            <span>{timezoneLabel(brand.timezone, new Date())}</span>
            {brand.archived ? (
              <Badge color="gray" variant="light">
                {t('brands.status.archived')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          canManage ? (
            brand.archived ? (
              <Button
                variant="default"
                loading={archive.restoring}
                onClick={() => void archive.restore(brand)}
              >
                {t('brands.restore.action')}
              </Button>
            ) : (
              <Button variant="default" color="red" onClick={() => archive.requestArchive(brand)}>
                {t('brands.archive.action')}
              </Button>
            )
          ) : null
        }
      />
      {activeTab === 'accounts' ? null : <BrandReconnectFlag brandId={brand.id} />}
      <Tabs
        value={activeTab}
        onChange={(value) =>
          void navigate(
            value && TABS.includes(value) ? `/brands/${brand.id}/${value}` : `/brands/${brand.id}`,
          )
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="details">{t('brands.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="accounts">{t('brands.tabs.accounts')}</Tabs.Tab>
          {isBrandRole(role) ? null : <Tabs.Tab value="slots">{t('publishing.slots.tab')}</Tabs.Tab>}
          {isBrandRole(role) ? null : <Tabs.Tab value="approval">{t('approval.tab.title')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="details">
          <BrandForm
            key={brand.updatedAt}
            initialValues={initialValues}
            submitLabel={t('common.saveChanges')}
            onSubmit={save}
            readOnly={!canManage || brand.archived}
          />
        </Tabs.Panel>
        <Tabs.Panel value="accounts">
          <BrandAccounts brandId={brand.id} brandName={brand.name} />
        </Tabs.Panel>
        <Tabs.Panel value="slots">
          {isBrandRole(role) ? null : (
            <PostingSlotsEditor brandId={brand.id} canManage={canManage && !brand.archived} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="approval">
          {isBrandRole(role) ? null : <BrandApprovalTab brandId={brand.id} zone={brand.timezone} />}
        </Tabs.Panel>
      </Tabs>
      {archive.dialog}
    </>
  );
}
