import { requestGraphQL } from '../graphql/request';
import { RefreshSessionMutation, SignOutMutation, SwitchAgencyMutation } from './auth.graphql';
import type { SessionApi } from './session-manager';

/** The session calls, made with plain `fetch` so they never wait on the Apollo links that wait on them. */
export function createSessionApi(uri = '/graphql'): SessionApi {
  return {
    async refresh(refreshToken) {
      const data = await requestGraphQL(RefreshSessionMutation, { input: { refreshToken } }, { uri });
      return data.refreshSession;
    },
    async switchAgency(refreshToken, agencyId, accessToken) {
      const data = await requestGraphQL(
        SwitchAgencyMutation,
        { input: { refreshToken, agencyId } },
        { uri, accessToken },
      );
      return data.switchAgency;
    },
    async signOut(refreshToken) {
      await requestGraphQL(SignOutMutation, { input: { refreshToken } }, { uri });
    },
  };
}
