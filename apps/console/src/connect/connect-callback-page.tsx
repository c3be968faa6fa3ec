import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { AccountConnectionFieldsFragment } from '@relais/web-graphql';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionState } from '../auth/session-context';
import { ReviewLayout } from '../review/review-layout';
import { CompleteAccountConnectionMutation } from './connect.graphql';
import { callbackUrl, currentConnection, forgetConnection } from './connect-flow';
import { connectionProblem, problemOfText, type ConnectionProblem } from './connection-problem';
import { ConnectionChooser } from './connection-chooser';

type Outcome =
  | { kind: 'waiting' }
  | { kind: 'done'; connection: AccountConnectionFieldsFragment }
  | { kind: 'problem'; problem: ConnectionProblem };

/**
 * Where every network sends the person back (`/connect/callback?code&state` or `?error&state`): the
 * service checks the state, exchanges the code itself and answers what came of it. Opened with or
 * without an agency login: a flow started from a connect link carries the link's token, kept in this
 * tab's sessionStorage when it started.
 */
export function ConnectCallbackPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSessionState();
  const [complete] = useMutation(CompleteAccountConnectionMutation);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'waiting' });
  const [pending] = useState(currentConnection);
  const sent = useRef(false);
  const linkToken = pending?.linkToken;
  const state = params.get('state') ?? '';

  useEffect(() => {
    if (sent.current) return;
    // Without a link, the agency session authorises the call: wait until it is restored.
    if (!linkToken && session.status === 'restoring') return;
    sent.current = true;
    const error = params.get('error');
    const description = params.get('error_description');
    complete({
      variables: {
        input: {
          state,
          redirectUri: callbackUrl(),
          ...(params.get('code') ? { code: params.get('code') } : {}),
          ...(error ? { error } : {}),
          ...(description ? { errorDescription: description } : {}),
          ...(linkToken ? { linkToken } : {}),
        },
      },
    })
      .then((result) => {
        const connection = result.data?.completeAccountConnection;
        if (!connection) return setOutcome({ kind: 'problem', problem: 'failed' });
        if (connection.status !== 'CHOOSING' && pending) forgetConnection(pending.connectionId);
        if (connection.status === 'FAILED') {
          return setOutcome({
            kind: 'problem',
            problem: problemOfText(error ?? connection.failureReason),
          });
        }
        setOutcome({ kind: 'done', connection });
      })
      .catch((failure: unknown) => setOutcome({ kind: 'problem', problem: connectionProblem(failure) }));
  }, [complete, linkToken, params, pending, session.status, state]);

  const back = linkToken
    ? `/connect/${encodeURIComponent(linkToken)}`
    : outcome.kind === 'done'
      ? `/brands/${outcome.connection.brandId}/accounts`
      : '/accounts';

  let content;
  if (outcome.kind === 'waiting') {
    content = (
      <Stack align="center" py="xl">
        <Loader aria-label={t('connect.callback.working')} />
        <Text c="dimmed">{t('connect.callback.working')}</Text>
      </Stack>
    );
  } else if (outcome.kind === 'problem') {
    content = (
      <Stack role="alert">
        <Title order={1} size="h2">
          {t(`connect.problems.${outcome.problem}.title`)}
        </Title>
        <Text>{t(`connect.problems.${outcome.problem}.message`)}</Text>
        <Group>
          <Button component={Link} to={back}>
            {t('connect.callback.tryAgain')}
          </Button>
        </Group>
      </Stack>
    );
  } else if (outcome.connection.status === 'CHOOSING') {
    content = (
      <Stack>
        <Title order={1} size="h2">
          {t('connect.choose.title')}
        </Title>
        <ConnectionChooser
          connection={outcome.connection}
          linkToken={linkToken}
          onChosen={(connection) => {
            forgetConnection(connection.id);
            setOutcome({ kind: 'done', connection });
          }}
        />
      </Stack>
    );
  } else {
    const count = outcome.connection.accountIds.length;
    content = (
      <Stack>
        <Title order={1} size="h2">
          {t('connect.callback.connectedTitle')}
        </Title>
        <Alert color="teal" variant="light" role="status">
          {t('connect.callback.connected', {
            count,
            network: t(`networks.${outcome.connection.network}`),
            brand: outcome.connection.brandName,
          })}
        </Alert>
        <Group>
          <Button component={Link} to={back}>
            {linkToken ? t('connect.callback.backToLink') : t('connect.callback.backToBrand')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <ReviewLayout brandName={outcome.kind === 'done' ? outcome.connection.brandName : undefined}>
      <Paper withBorder p="xl" maw={640} mx="auto">
        {content}
      </Paper>
    </ReviewLayout>
  );
}
