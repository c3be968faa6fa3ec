import { AgencyView } from '@relais/contracts';
import { AgencyEntity } from './agency.entity';

export function toAgencyView(agency: AgencyEntity): AgencyView {
  return {
    id: agency.id,
    name: agency.name,
    slug: agency.slug,
    defaultLocale: agency.defaultLocale,
    createdAt: agency.createdAt.toISOString(),
  };
}
