import { registerEnumType } from '@nestjs/graphql';
import { AccountStatus, InvitationStatus, Locale, Network, Role } from '@relais/contracts';

/**
 * GraphQL enum values are UPPER_CASE names (`ACCOUNT_MANAGER`) whose internal values are the contracts'
 * lowercase values (`account_manager`): resolvers and services only ever see the contract values.
 */
export function upperCaseEnum<T extends string>(values: Record<string, T>): Record<string, T> {
  const mapped: Record<string, T> = {};
  for (const value of Object.values(values)) {
    mapped[value.toUpperCase()] = value;
  }
  return mapped;
}

export const RoleEnum = upperCaseEnum(Role);
export const LanguageEnum = upperCaseEnum(Locale);
export const NetworkEnum = upperCaseEnum(Network);
export const AccountStatusEnum = upperCaseEnum(AccountStatus);
export const InvitationStatusEnum = upperCaseEnum(InvitationStatus);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a member may do in an agency. Brand roles see one brand only.',
});
registerEnumType(LanguageEnum, { name: 'Language', description: 'Interface and content language.' });
registerEnumType(NetworkEnum, { name: 'Network', description: 'A social network an account lives on.' });
registerEnumType(AccountStatusEnum, {
  name: 'AccountStatus',
  description: 'Whether Relais can publish with a connected account.',
});
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
