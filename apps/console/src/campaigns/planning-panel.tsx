import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconPlus } from '../ui/icons';

interface PlanningPanelProps {
  title: string;
  /** The create button's text, or null when the user may not create. */
  createLabel: string | null;
  onCreate(): void;
  children: ReactNode;
}

/** One column of the campaigns page: a title, a create button and the list. */
export function PlanningPanel({ title, createLabel, onCreate, children }: PlanningPanelProps) {
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{title}</Title>
          {createLabel !== null ? (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onCreate}>
              {createLabel}
            </Button>
          ) : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
