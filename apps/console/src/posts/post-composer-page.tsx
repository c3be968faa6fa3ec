import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, Skeleton, Stack } from '@mantine/core';
import type { PostFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PostReviewSidebar } from '../approval/post-review-sidebar';
import { PostStatusBadge } from '../ui/post-status-badge';
import { notifySuccess } from '../ui/notify';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { useSession } from '../auth/session-context';
import { toApiError } from '../graphql/api-error';
import { PublicationPanel } from '../publishing/publication-panel';
import { draftFromPost, emptyDraft } from './composer-draft';
import { canWritePosts, editState } from './post-permissions';
import { PostComposer } from './post-composer';
import { ComposerBrandQuery, PostQuery } from './posts.graphql';
import { usePostActions } from './use-post-actions';

/** `/posts/new`: a new draft (the route lets only writers in). */
export function NewPostPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('posts.composer.newTitle')}
        actions={
          <Anchor component={Link} to="/posts" size="sm">
            {t('posts.composer.back')}
          </Anchor>
        }
      />
      <PostComposer
        post={null}
        initial={emptyDraft()}
        readOnly={false}
        onSaved={(post) => {
          notifySuccess(t('posts.composer.created'));
          void navigate(`/posts/${post.id}`, { replace: true });
        }}
        onReload={() => undefined}
      />
    </>
  );
}

/** `/posts/:postId`: the post in the composer, and its review beside it. */
export function PostPage() {
  const { t } = useTranslation();
  const { postId = '' } = useParams();
  const { data, error, refetch } = useQuery(PostQuery, {
    variables: { id: postId },
    fetchPolicy: 'cache-and-network',
  });
  const post = data?.post;
  const brand = useQuery(ComposerBrandQuery, { variables: { brandId: post?.brandId ?? '' }, skip: !post });

  if (error && !post) {
    return toApiError(error).code === 'NOT_FOUND' ? (
      <Alert color="gray" title={t('posts.composer.notFound')}>
        <Anchor component={Link} to="/posts">
          {t('posts.composer.back')}
        </Anchor>
      </Alert>
    ) : (
      <LoadError error={error} onRetry={() => void refetch()} />
    );
  }
  if (!post || !brand.data) return <Skeleton h={480} />;
  return <LoadedPost post={post} zone={brand.data.brand.timezone} onReload={() => void refetch()} />;
}

function LoadedPost({ post, zone, onReload }: { post: PostFieldsFragment; zone: string; onReload(): void }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const writer = canWritePosts(role);
  const state = editState(post.status);
  const actions = usePostActions(post.id, onReload);
  const statusName = t(`approval.status.${post.status}`);
  return (
    <>
      <PageHeader
        title={post.title || t('posts.list.untitled')}
        description={
          <Anchor component={Link} to="/posts" size="sm">
            {t('posts.composer.back')}
          </Anchor>
        }
        actions={
          <Group gap="sm">
            <PostStatusBadge status={post.status} />
            {writer && post.status === 'ARCHIVED' ? (
              <Button variant="default" onClick={actions.restore} loading={actions.busy}>
                {t('posts.composer.restore')}
              </Button>
            ) : null}
            {writer && post.status !== 'ARCHIVED' ? (
              <Button variant="default" onClick={actions.archive} loading={actions.busy}>
                {t('posts.composer.archive')}
              </Button>
            ) : null}
            {writer && post.status === 'DRAFT' ? (
              <Button variant="default" color="red" onClick={actions.requestDelete}>
                {t('posts.composer.delete')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {!writer ? (
              <Alert color="gray">{t('posts.composer.readOnly')}</Alert>
            ) : state === 'backToDraft' ? (
              <Alert color="yellow">{t('posts.composer.backToDraft', { status: statusName })}</Alert>
            ) : state === 'inReview' ? (
              <Alert color="blue">{t('posts.composer.inReview')}</Alert>
            ) : state === 'locked' ? (
              <Alert color="gray">{t('posts.composer.locked', { status: statusName })}</Alert>
            ) : null}
            <PostComposer
              key={`${post.id}-${post.version}`}
              post={post}
              initial={draftFromPost(post, zone)}
              readOnly={!writer || state === 'inReview' || state === 'locked'}
              onSaved={() => {
                notifySuccess(t('posts.composer.saved'));
                onReload();
              }}
              onReload={onReload}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            {post.status === 'SCHEDULED' || post.status === 'PUBLISHED' || post.status === 'FAILED' ? (
              <PublicationPanel postId={post.id} zone={zone} />
            ) : null}
            <PostReviewSidebar postId={post.id} brandId={post.brandId} />
          </Stack>
        </Grid.Col>
      </Grid>
      {actions.dialog}
    </>
  );
}
