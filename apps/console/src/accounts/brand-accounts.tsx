import { AccountsPanel } from './accounts-panel';

/** The connected accounts of one brand (a tab of the brand page). */
export function BrandAccounts({ brandId, brandName }: { brandId: string; brandName: string }) {
  return <AccountsPanel brandId={brandId} brands={[{ id: brandId, name: brandName }]} showBrand={false} />;
}
