import { Badge, Tooltip } from '@mantine/core';
import type { TextCount } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';

/** A network's live count, "X 42 / 280", red once over the limit. */
export function NetworkCounter({ network, count }: { network: Network; count: TextCount }) {
  const { t } = useTranslation();
  const over = count.remaining < 0;
  const name = t(`posts.networks.${network}`);
  const label = t('posts.counter.label', { network: name, used: count.used, limit: count.limit });
  return (
    <Tooltip label={over ? t('posts.counter.over', { count: -count.remaining }) : label}>
      <Badge
        variant={over ? 'filled' : 'light'}
        color={over ? 'red' : count.remaining < count.limit * 0.1 ? 'orange' : 'gray'}
        size="lg"
        radius="sm"
        aria-label={label}
        data-testid={`counter-${network}`}
        data-over={over || undefined}
        styles={{ label: { textTransform: 'none', fontVariantNumeric: 'tabular-nums' } }}
      >
        {name} {count.used} / {count.limit}
      </Badge>
    </Tooltip>
  );
}
