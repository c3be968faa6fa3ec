import { registerEnumType } from '@nestjs/graphql';
import { ConnectionOrigin, ConnectionStatus } from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const ConnectionStatusEnum = upperCaseEnum(ConnectionStatus);
export const ConnectionOriginEnum = upperCaseEnum(ConnectionOrigin);

registerEnumType(ConnectionStatusEnum, {
  name: 'ConnectionStatus',
  description:
    'Where an attempt to connect an account stands: at the network’s consent page, choosing the accounts the consent covers, connected, or failed.',
});
registerEnumType(ConnectionOriginEnum, {
  name: 'ConnectionOrigin',
  description: 'Started from the agency’s console, or from a brand’s connect link.',
});
