import { Network } from '@relais/contracts';
import { DEFAULT_OWNER, SandboxAccount } from '../state/account.repository';
import { Sandbox } from '../state/sandbox';
import {
  authorizationEndpoint,
  AuthorizationEndpointOptions,
  exchangeCode,
  ExchangeInput,
  ExchangeProblem,
} from './authorization';
import { CONSENT_MESSAGES, say } from './consent-messages';

/**
 * Where a person signs in and consents for the accounts they run (Facebook pages, LinkedIn
 * organizations): the `owner`s of the network's accounts, each shown with how many they own.
 */
export function ownerAuthorization(
  options: Omit<AuthorizationEndpointOptions, 'people' | 'signIn'> & {
    /** How the accounts a person owns are counted on the consent page. */
    owned: keyof Pick<typeof CONSENT_MESSAGES, 'pages' | 'organizations'>;
  },
): ReturnType<typeof authorizationEndpoint> {
  const { sandbox, network, owned, ...rest } = options;
  const people = () => {
    const owners = new Map<string, number>();
    for (const account of sandbox.accounts.list(network)) {
      if (!account.person) owners.set(account.owner, (owners.get(account.owner) ?? 0) + 1);
    }
    if (owners.size === 0) owners.set(DEFAULT_OWNER, 0);
    return owners;
  };
  return authorizationEndpoint({
    ...rest,
    sandbox,
    network,
    people: (locale) =>
      [...people()].map(([login, count]) => ({
        login,
        label: login,
        detail: say(CONSENT_MESSAGES[owned], locale, { count }),
      })),
    signIn: (login) => (people().has(login) ? sandbox.accounts.person(network, login) : null),
  });
}

/** A code exchanged for the person who consented, or the network's reason to refuse it. */
export type PersonExchange =
  { ok: true; person: SandboxAccount; scopes: string[] } | { ok: false; problem: ExchangeProblem };

/** The confidential-client code exchange both owner networks make (the secret is required). */
export function exchangeForPerson(
  sandbox: Sandbox,
  network: Network,
  input: Omit<ExchangeInput, 'network' | 'secretRequired'>,
  now: number,
): PersonExchange {
  const exchange = exchangeCode(sandbox, { ...input, network, secretRequired: true }, now);
  if (!exchange.ok) return { ok: false, problem: exchange.problem };
  return {
    ok: true,
    person: sandbox.accounts.get(network, exchange.grant.accountId),
    scopes: exchange.grant.scopes,
  };
}
