import { Badge, Box, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { buildCommentTree, type CommentNode } from '../comments/comment-tree';
import { useUiLanguage } from '../i18n/use-ui-language';
import { formatDateTime } from '../i18n/format';
import { ReviewDecisionForm } from './review-decision-form';
import type { ReviewCommentView, ReviewLinkDecisionValue, ReviewPostView } from './review-types';
import { ReviewVariant } from './review-variant';
import { personName } from '../ui/person-name';

const DECIDED_COLORS = { APPROVE: 'teal', REQUEST_CHANGES: 'orange' } as const;

function Comment({ node, zone }: { node: CommentNode<ReviewCommentView>; zone: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { comment } = node;
  return (
    <Box
      component="article"
      aria-label={t('approval.comments.by', { name: personName(comment.authorName, t) })}
      pl="sm"
      style={{ borderLeft: '3px solid var(--mantine-color-indigo-2)' }}
    >
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {personName(comment.authorName, t)}
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language, zone)}</time>
        </Text>
      </Group>
      {comment.deleted ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('approval.comments.deleted')}
        </Text>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
      )}
      {node.replies.length > 0 ? (
        <Stack gap="xs" mt="xs" ml="sm">
          {node.replies.map((reply) => (
            <Comment key={reply.comment.id} node={reply} zone={zone} />
          ))}
        </Stack>
      ) : null}
    </Box>
  );
}

interface ReviewPostCardProps {
  post: ReviewPostView;
  /** Every post of the link is decided: the link is used up, nothing more can be sent through it. */
  closed: boolean;
  onDecide(decision: ReviewLinkDecisionValue, comment: string): Promise<void>;
}

/** One post of the link: how it looks on each network, the shared comments, and the client's answer. */
export function ReviewPostCard({ post, closed, onDecide }: ReviewPostCardProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const title = post.title?.trim() || t('review.untitled');
  const decided = post.decision === 'COMMENT' ? null : post.decision;
  const first = post.variants[0];
  const threads = buildCommentTree(post.comments);

  return (
    <Paper withBorder p="lg" component="article" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {title}
            </Title>
            {post.scheduledAt ? (
              <Text size="sm" c="dimmed">
                {t('review.plannedFor', { date: formatDateTime(post.scheduledAt, language, post.timezone) })}
              </Text>
            ) : null}
          </Stack>
          {decided ? (
            <Badge size="lg" variant="light" color={DECIDED_COLORS[decided]}>
              {t(`review.decided.${decided}`)}
            </Badge>
          ) : (
            <Badge size="lg" variant="outline" color="yellow">
              {t('review.awaiting')}
            </Badge>
          )}
        </Group>
        {post.variants.length > 1 && first ? (
          <Tabs defaultValue={first.network} keepMounted={false}>
            <Tabs.List>
              {post.variants.map((variant) => (
                <Tabs.Tab key={variant.network} value={variant.network}>
                  {t(`networks.${variant.network}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {post.variants.map((variant) => (
              <Tabs.Panel key={variant.network} value={variant.network} pt="md">
                <ReviewVariant variant={variant} baseText={post.baseText} />
              </Tabs.Panel>
            ))}
          </Tabs>
        ) : first ? (
          <Stack gap="xs">
            <Badge variant="light" color="gray" w="fit-content">
              {t(`networks.${first.network}`)}
            </Badge>
            <ReviewVariant variant={first} baseText={post.baseText} />
          </Stack>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{post.baseText}</Text>
        )}
        <Stack gap="xs" component="section" aria-label={t('review.comments')}>
          <Title order={3} size="h5">
            {t('review.comments')}
          </Title>
          {threads.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.noComments')}
            </Text>
          ) : (
            threads.map((node) => <Comment key={node.comment.id} node={node} zone={post.timezone} />)
          )}
        </Stack>
        {closed ? null : (
          <ReviewDecisionForm postTitle={title} decided={decided !== null} onDecide={onDecide} />
        )}
      </Stack>
    </Paper>
  );
}
