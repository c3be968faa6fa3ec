import { Role } from '@relais/contracts';
import { canListen, ListeningPermission } from './query-permissions';

describe('canListen', () => {
  it('lets everyone who sees a brand read its queries', () => {
    for (const role of Object.values(Role)) expect(canListen(role, ListeningPermission.Read)).toBe(true);
  });

  it('lets only agency staff who write manage queries: not analysts, never brand users', () => {
    const managers = Object.values(Role).filter((role) => canListen(role, ListeningPermission.ManageQueries));
    expect(managers.sort()).toEqual(
      [Role.AccountManager, Role.Admin, Role.CommunityManager, Role.Owner].sort(),
    );
  });
});
