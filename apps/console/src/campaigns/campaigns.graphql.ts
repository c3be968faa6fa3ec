import { graphql } from '@relais/web-graphql';

export const CampaignsAndLabelsQuery = graphql(`
  query CampaignsAndLabels($brandId: ID!, $includeArchived: Boolean!) {
    campaigns(brandId: $brandId, includeArchived: $includeArchived) {
      id
      brandId
      name
      color
      startsOn
      endsOn
      archived
    }
    labels(brandId: $brandId) {
      id
      brandId
      name
      color
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      name
      color
      startsOn
      endsOn
      archived
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      id
      name
      color
      startsOn
      endsOn
      archived
    }
  }
`);

export const ArchiveCampaignMutation = graphql(`
  mutation ArchiveCampaign($id: ID!) {
    archiveCampaign(id: $id) {
      id
      archived
    }
  }
`);

export const CreateLabelMutation = graphql(`
  mutation CreateLabel($input: CreateLabelInput!) {
    createLabel(input: $input) {
      id
      name
      color
    }
  }
`);

export const UpdateLabelMutation = graphql(`
  mutation UpdateLabel($input: UpdateLabelInput!) {
    updateLabel(input: $input) {
      id
      name
      color
    }
  }
`);

export const DeleteLabelMutation = graphql(`
  mutation DeleteLabel($id: ID!) {
    deleteLabel(id: $id)
  }
`);
