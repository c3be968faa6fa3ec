import { CreateIdentityTables1795400000000 } from './1795400000000-CreateIdentityTables';
import { CreateBrandTables1795400000001 } from './1795400000001-CreateBrandTables';
import { CreateInvitationsAndSessions1795400000002 } from './1795400000002-CreateInvitationsAndSessions';
import { CreateAuditLog1795400000003 } from './1795400000003-CreateAuditLog';
import { CreateEventAndLimitTables1795400000004 } from './1795400000004-CreateEventAndLimitTables';
import { AddAuthLookupFunctions1795400000005 } from './1795400000005-AddAuthLookupFunctions';
import { AddRevokedSessionsLookup1795400000006 } from './1795400000006-AddRevokedSessionsLookup';
import { ClaimNetworkAccounts1795400000007 } from './1795400000007-ClaimNetworkAccounts';
import { CreateConnectionTables1795400000100 } from './1795400000100-CreateConnectionTables';

/** The Postgres schema the clients service owns. */
export const SCHEMA = 'clients';

/** Every migration of the clients service, oldest first. */
export const migrations = [
  CreateIdentityTables1795400000000,
  CreateBrandTables1795400000001,
  CreateInvitationsAndSessions1795400000002,
  CreateAuditLog1795400000003,
  CreateEventAndLimitTables1795400000004,
  AddAuthLookupFunctions1795400000005,
  AddRevokedSessionsLookup1795400000006,
  ClaimNetworkAccounts1795400000007,
  CreateConnectionTables1795400000100,
];
