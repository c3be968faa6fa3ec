import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Input,
  MultiSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { useFormApiError } from '../graphql/use-form-api-error';
import { isUiLanguage } from '../i18n/language';
import {
  BRAND_FORM_FIELDS,
  brandFormSchema,
  cleanHashtag,
  uniqueEntries,
  type BrandFormValues,
} from './brand-form-schema';
import { marketOptions } from './markets';
import { TimezoneSelect } from './timezone-select';

interface BrandFormProps {
  initialValues: BrandFormValues;
  submitLabel: string;
  /** Saves the brand; a thrown API error is shown on the form. */
  onSubmit(values: BrandFormValues): Promise<void>;
  onCancel?(): void;
  /** Shows the values without letting them change (roles that may not edit brands). */
  readOnly?: boolean;
}

export function BrandForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
  readOnly = false,
}: BrandFormProps) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const schema = useMemo(() => brandFormSchema(t), [t]);
  const markets = useMemo(() => marketOptions(language), [language]);
  const form = useForm<BrandFormValues>({ resolver: zodResolver(schema), defaultValues: initialValues });
  const serverMessages = useMemo(() => ({ slug: t('brands.validation.slugTaken') }), [t]);
  const { formError, handleError, clearFormError } = useFormApiError(
    form.setError,
    BRAND_FORM_FIELDS,
    serverMessages,
  );
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      await onSubmit(values);
      form.reset(values);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        <FormError message={formError} />
        <Paper withBorder p="lg">
          <Stack>
            <Title order={4}>{t('brands.sections.identity')}</Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('brands.fields.name')}
                required
                readOnly={readOnly}
                {...form.register('name')}
                error={errors.name?.message}
              />
              <TextInput
                label={t('brands.fields.slug')}
                description={t('brands.fields.slugHint')}
                readOnly={readOnly}
                {...form.register('slug')}
                error={errors.slug?.message}
              />
              <Controller
                control={form.control}
                name="timezone"
                render={({ field }) => (
                  <TimezoneSelect
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={errors.timezone?.message}
                    disabled={readOnly}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="defaultLanguage"
                render={({ field }) => (
                  <Input.Wrapper
                    label={t('brands.fields.defaultLanguage')}
                    error={errors.defaultLanguage?.message}
                  >
                    <SegmentedControl
                      aria-label={t('brands.fields.defaultLanguage')}
                      fullWidth
                      disabled={readOnly}
                      value={field.value}
                      onChange={(value) => field.onChange(value === 'EN' ? 'EN' : 'FR')}
                      data={[
                        { value: 'FR', label: t('language.names.fr') },
                        { value: 'EN', label: t('language.names.en') },
                      ]}
                    />
                  </Input.Wrapper>
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="targetMarkets"
              render={({ field }) => (
                <MultiSelect
                  label={t('brands.fields.targetMarkets')}
                  description={t('brands.fields.targetMarketsHint')}
                  searchable
                  data={markets}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.targetMarkets?.message}
                  disabled={readOnly}
                  nothingFoundMessage={t('common.nothingFound')}
                  maxDropdownHeight={260}
                  hidePickedOptions
                />
              )}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Stack>
            <Title order={4}>{t('brands.sections.guidelines')}</Title>
            <Textarea
              label={t('brands.fields.toneNotes')}
              description={t('brands.fields.toneNotesHint')}
              autosize
              minRows={3}
              maxRows={10}
              readOnly={readOnly}
              {...form.register('guidelines.toneNotes')}
              error={errors.guidelines?.toneNotes?.message}
            />
            <Controller
              control={form.control}
              name="guidelines.requiredHashtags"
              render={({ field }) => (
                <TagsInput
                  label={t('brands.fields.requiredHashtags')}
                  description={t('brands.fields.requiredHashtagsHint')}
                  value={field.value}
                  onChange={(tags) => field.onChange(uniqueEntries(tags.map(cleanHashtag).filter(Boolean)))}
                  onBlur={field.onBlur}
                  error={errors.guidelines?.requiredHashtags?.message}
                  disabled={readOnly}
                  clearable
                />
              )}
            />
            <Controller
              control={form.control}
              name="guidelines.bannedWords"
              render={({ field }) => (
                <TagsInput
                  label={t('brands.fields.bannedWords')}
                  description={t('brands.fields.bannedWordsHint')}
                  value={field.value}
                  onChange={(words) =>
                    field.onChange(uniqueEntries(words.map((word) => word.trim()).filter(Boolean)))
                  }
                  onBlur={field.onBlur}
                  error={errors.guidelines?.bannedWords?.message}
                  disabled={readOnly}
                  clearable
                />
              )}
            />
            <Controller
              control={form.control}
              name="guidelines.requireAltText"
              render={({ field }) => (
                <Switch
                  label={t('brands.fields.requireAltText')}
                  description={t('brands.fields.requireAltTextHint')}
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  onBlur={field.onBlur}
                  disabled={readOnly}
                />
              )}
            />
          </Stack>
        </Paper>
        {readOnly ? null : (
          <Group justify="flex-end">
            {onCancel ? (
              <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
                {t('common.cancel')}
              </Button>
            ) : null}
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
