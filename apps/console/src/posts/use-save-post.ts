import { useMutation } from '@apollo/client/react';
import type { Network, PostFieldsFragment } from '@relais/web-graphql';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import { toCreateInput, toUpdateInput, type ComposerDraft } from './composer-draft';
import { CreatePostMutation, UpdatePostMutation } from './posts.graphql';
import { apiFieldMessage, errorPlace } from './rule-message';

export interface SaveProblems {
  /** Per network: what the service refused in its variant. */
  byNetwork: Partial<Record<Network, string[]>>;
  /** Per post field (`accountIds`, `baseText`, `scheduledAt`...). */
  byField: Record<string, string>;
  /** For the whole form. */
  form: string | null;
  /** Someone else saved the post meanwhile. */
  stale: boolean;
}

const NONE: SaveProblems = { byNetwork: {}, byField: {}, form: null, stale: false };

/** Creates or updates the post and turns a refusal into messages where they belong. */
export function useSavePost(zone: string) {
  const { t } = useTranslation();
  const [createPost, created] = useMutation(CreatePostMutation);
  const [updatePost, updated] = useMutation(UpdatePostMutation);
  const [problems, setProblems] = useState<SaveProblems>(NONE);

  const save = useCallback(
    async (
      draft: ComposerDraft,
      networks: Network[],
      post: { id: string; version: number } | null,
    ): Promise<PostFieldsFragment | null> => {
      setProblems(NONE);
      try {
        if (post) {
          const result = await updatePost({
            variables: { input: toUpdateInput(draft, networks, zone, post) },
          });
          return result.data?.updatePost ?? null;
        }
        const result = await createPost({ variables: { input: toCreateInput(draft, networks, zone) } });
        return result.data?.createPost ?? null;
      } catch (error) {
        const apiError = toApiError(error);
        const next: SaveProblems = { byNetwork: {}, byField: {}, form: null, stale: false };
        if (apiError.code === 'CONFLICT' && apiError.fields.some((field) => field.field === 'version')) {
          next.stale = true;
        }
        for (const field of apiError.fields) {
          const place = errorPlace(field.field);
          const message = apiFieldMessage(field, t);
          if (place.network)
            next.byNetwork[place.network] = [...(next.byNetwork[place.network] ?? []), message];
          else next.byField[field.field] = message;
        }
        if (!next.stale && apiError.fields.length === 0) next.form = errorMessage(apiError, t);
        setProblems(next);
        return null;
      }
    },
    [createPost, t, updatePost, zone],
  );

  return { save, problems, saving: created.loading || updated.loading, clear: () => setProblems(NONE) };
}
