import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { notifySuccess } from '../ui/notify';
import { useUiLanguage } from '../i18n/use-ui-language';
import { formatDateTime } from '../i18n/format';
import { languageFromLocale } from '../i18n/language';
import { writeLanguagePreference } from '../i18n/language-preference';
import { DecideViaReviewLinkMutation, ReviewSessionQuery } from './review.graphql';
import { ReviewLayout, ReviewLinkMessage } from './review-layout';
import { reviewLinkProblem } from './review-link-problem';
import { ReviewPostCard } from './review-post-card';

const FINAL_DECISIONS: ReadonlySet<string> = new Set(['APPROVE', 'REQUEST_CHANGES']);

/**
 * The page a client opens from a review link (`/review/<token>`), without an account: the posts the
 * link covers, and an answer for each. It speaks the link's language until the reader switches.
 */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const { token = '' } = useParams();
  const session = useQuery(ReviewSessionQuery, {
    variables: { token },
    skip: token.length === 0,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [decide] = useMutation(DecideViaReviewLinkMutation);
  const data = session.data?.reviewLinkSession;
  const languageApplied = useRef(false);

  useEffect(() => {
    if (!data || languageApplied.current) return;
    languageApplied.current = true;
    const linkLanguage = languageFromLocale(data.language);
    // Kept on the device, so that the page that says the link was used speaks the same language.
    writeLanguagePreference(linkLanguage);
    if (i18n.language !== linkLanguage) void i18n.changeLanguage(linkLanguage);
  }, [data, i18n]);

  if (token.length === 0 || (session.error && !data)) {
    const problem = token.length === 0 ? 'invalid' : reviewLinkProblem(session.error);
    return (
      <ReviewLayout>
        <ReviewLinkMessage
          title={t(`review.problems.${problem}.title`)}
          message={t(`review.problems.${problem}.message`)}
        />
      </ReviewLayout>
    );
  }
  if (!data) {
    return (
      <ReviewLayout>
        <Stack>
          <Skeleton height={40} width="50%" />
          <Skeleton height={320} />
        </Stack>
      </ReviewLayout>
    );
  }

  const decided = data.posts.filter((post) => post.decision && FINAL_DECISIONS.has(post.decision)).length;
  const total = data.posts.length;
  const zone = data.posts[0]?.timezone;
  const closed = decided === total && total > 0;

  return (
    <ReviewLayout brandName={data.brandName}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('review.pageTitle')}
          </Title>
          <Text>{t('review.greeting', { name: data.recipientName })}</Text>
          <Text>{t('review.intro', { brand: data.brandName, count: total })}</Text>
          <Group gap="sm">
            <Badge variant="light" color={decided === total ? 'teal' : 'gray'}>
              {t('review.progress', { decided, total })}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('review.expires', { date: formatDateTime(data.expiresAt, language, zone) })}
            </Text>
          </Group>
        </Stack>
        {closed ? (
          <Alert color="teal" variant="light" role="status">
            {t('review.allDone')}
          </Alert>
        ) : null}
        {data.posts.map((post) => (
          <ReviewPostCard
            key={post.id}
            post={post}
            closed={closed}
            onDecide={async (decision, comment) => {
              await decide({
                variables: { input: { token, postId: post.id, decision, ...(comment ? { comment } : {}) } },
              });
              notifySuccess(t(`review.done.${decision}`, { title: post.title || t('review.untitled') }));
            }}
          />
        ))}
      </Stack>
    </ReviewLayout>
  );
}
