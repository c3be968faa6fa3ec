import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { AccountConnectionFieldsFragment } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { errorMessage } from '../graphql/error-message';
import { toApiError } from '../graphql/api-error';
import { ChooseConnectionAccountsMutation } from './connect.graphql';

const KINDS = ['page', 'organization', 'person', 'profile'] as const;

function kindOf(kind: string): (typeof KINDS)[number] {
  return KINDS.find((known) => known === kind) ?? 'profile';
}

interface ConnectionChooserProps {
  connection: AccountConnectionFieldsFragment;
  linkToken?: string;
  onChosen(connection: AccountConnectionFieldsFragment): void;
}

/**
 * The pages (Facebook) or organizations (LinkedIn) the person's consent covers: those already connected
 * to this brand are shown as such; one another brand has is shared on purpose, which is said.
 */
export function ConnectionChooser({ connection, linkToken, onChosen }: ConnectionChooserProps) {
  const { t } = useTranslation();
  const [choose, { loading }] = useMutation(ChooseConnectionAccountsMutation);
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const sharedWith = connection.candidates
    .filter((candidate) => chosen.includes(candidate.externalId))
    .map((candidate) =>
      candidate.connectedToBrandId && candidate.connectedToBrandId !== connection.brandId
        ? candidate.connectedToBrandName
        : null,
    )
    .filter((name): name is string => Boolean(name));

  const submit = async () => {
    setProblem(null);
    if (chosen.length === 0) {
      setProblem(t('connect.choose.none'));
      return;
    }
    try {
      const result = await choose({
        variables: {
          input: {
            connectionId: connection.id,
            externalIds: chosen,
            ...(sharedWith.length > 0 ? { share: true } : {}),
            ...(linkToken ? { linkToken } : {}),
          },
        },
      });
      if (result.data) onChosen(result.data.chooseConnectionAccounts);
    } catch (error) {
      setProblem(errorMessage(toApiError(error), t));
    }
  };

  return (
    <Stack>
      <Text>
        {t(`connect.choose.intro.${connection.network === 'LINKEDIN' ? 'LINKEDIN' : 'OTHER'}`, {
          brand: connection.brandName,
        })}
      </Text>
      <FormError message={problem} />
      <Stack gap="sm" role="group" aria-label={t('connect.choose.title')}>
        {connection.candidates.map((candidate) => {
          const here = candidate.connectedToBrandId === connection.brandId;
          const elsewhere = candidate.connectedToBrandId && !here ? candidate.connectedToBrandName : null;
          return (
            <Checkbox
              key={candidate.externalId}
              disabled={here}
              checked={here || chosen.includes(candidate.externalId)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setChosen((current) =>
                  checked
                    ? [...current, candidate.externalId]
                    : current.filter((id) => id !== candidate.externalId),
                );
              }}
              label={
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {candidate.displayName ?? candidate.handle}
                  </Text>
                  <Badge size="xs" variant="light" color="gray">
                    {t(`connect.kinds.${kindOf(candidate.kind)}`)}
                  </Badge>
                  {here ? (
                    <Badge size="xs" variant="light" color="teal">
                      {t('connect.choose.alreadyHere')}
                    </Badge>
                  ) : null}
                </Group>
              }
              description={elsewhere ? t('connect.choose.elsewhere', { brand: elsewhere }) : undefined}
            />
          );
        })}
      </Stack>
      {sharedWith.length > 0 ? (
        <Alert variant="light" color="yellow">
          {t('connect.choose.sharing', { brands: [...new Set(sharedWith)].join(', ') })}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={loading}>
          {t('connect.choose.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
