import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../ui/page-header';
import { notifySuccess } from '../ui/notify';
import { isUiLanguage } from '../i18n/language';
import { BrandForm } from './brand-form';
import type { BrandFormValues } from './brand-form-schema';
import { emptyBrandValues, toCreateBrandInput } from './brand-values';
import { BrandsQuery, CreateBrandMutation } from './brands.graphql';

export function BrandCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [createBrand] = useMutation(CreateBrandMutation, { refetchQueries: [BrandsQuery] });
  // One key per form: a double submit or a retried request creates the brand once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  // The defaults are taken once, when the form opens.
  const [initialValues] = useState(() =>
    emptyBrandValues(isUiLanguage(i18n.language) ? i18n.language : 'fr'),
  );

  const create = async (values: BrandFormValues) => {
    const result = await createBrand({ variables: { input: toCreateBrandInput(values, idempotencyKey) } });
    if (!result.data) return;
    notifySuccess(t('brands.created', { name: result.data.createBrand.name }));
    await navigate('/brands');
  };

  return (
    <>
      <PageHeader title={t('brands.new.title')} description={t('brands.new.description')} />
      <BrandForm
        initialValues={initialValues}
        submitLabel={t('brands.new.submit')}
        onSubmit={create}
        onCancel={() => void navigate('/brands')}
      />
    </>
  );
}
