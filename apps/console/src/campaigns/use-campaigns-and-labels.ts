import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PostBrandsQuery } from '../posts/posts.graphql';
import { CampaignsAndLabelsQuery } from './campaigns.graphql';

/** The brand chosen on the campaigns page (the first one until another is picked) and its campaigns and labels. */
export function useCampaignsAndLabels() {
  const brands = useQuery(PostBrandsQuery);
  const options = (brands.data?.brands.edges ?? []).map((edge) => ({
    value: edge.node.id,
    label: edge.node.name,
  }));
  const [chosen, setChosen] = useState<string | null>(null);
  const brandId = chosen ?? options[0]?.value ?? null;
  const [includeArchived, setIncludeArchived] = useState(false);
  const lists = useQuery(CampaignsAndLabelsQuery, {
    variables: { brandId: brandId ?? '', includeArchived },
    skip: !brandId,
    fetchPolicy: 'cache-and-network',
  });
  return {
    options,
    brandId,
    choose: setChosen,
    includeArchived,
    setIncludeArchived,
    lists,
    refetch: () => void lists.refetch(),
  };
}
