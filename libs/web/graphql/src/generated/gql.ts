/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    shared\n    connectedAt\n    updatedAt\n  }\n": typeof types.SocialAccountFieldsFragmentDoc,
    "\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n": typeof types.SocialAccountsDocument,
    "\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n": typeof types.DisconnectSocialAccountDocument,
    "\n  fragment PostReviewFields on PostReview {\n    postId\n    status\n    round\n    allowedActions\n    currentStep {\n      position\n      role\n      audience\n    }\n    rounds {\n      number\n      version\n      submittedAt\n      submittedByName\n      closedAt\n      outcome\n      decisions {\n        position\n        role\n        decision\n        byName\n        viaLink\n        comment\n        decidedAt\n      }\n      changes {\n        field\n        network\n        parts {\n          kind\n          text\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      actorName\n      actorRole\n      viaLink\n      note\n      summary {\n        ...PublicationSummaryFields\n      }\n      at\n    }\n  }\n": typeof types.PostReviewFieldsFragmentDoc,
    "\n  query PostReview($postId: ID!) {\n    postReview(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.PostReviewDocument,
    "\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.SubmitPostDocument,
    "\n  mutation WithdrawPost($postId: ID!) {\n    withdrawPost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.WithdrawPostDocument,
    "\n  mutation ApprovePost($input: ApprovePostInput!) {\n    approvePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.ApprovePostDocument,
    "\n  mutation RequestPostChanges($input: RequestPostChangesInput!) {\n    requestPostChanges(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.RequestPostChangesDocument,
    "\n  query ApprovalPolicy($brandId: ID!) {\n    approvalPolicy(brandId: $brandId) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n": typeof types.ApprovalPolicyDocument,
    "\n  mutation SetApprovalPolicy($input: SetApprovalPolicyInput!) {\n    setApprovalPolicy(input: $input) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n": typeof types.SetApprovalPolicyDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SwitchAgencyDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n": typeof types.SignOutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n      requireAltText\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n": typeof types.BrandFieldsFragmentDoc,
    "\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrandsDocument,
    "\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n": typeof types.BrandDocument,
    "\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BrandOptionsDocument,
    "\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.CreateBrandDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.UpdateBrandDocument,
    "\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": typeof types.ArchiveBrandDocument,
    "\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": typeof types.RestoreBrandDocument,
    "\n  fragment CalendarPostFields on CalendarPost {\n    id\n    brandId\n    brandName\n    title\n    status\n    scheduledAt\n    excerpt\n    networks\n    campaign {\n      id\n      name\n      color\n    }\n    color\n    version\n    occurrence {\n      at\n      kind\n    }\n  }\n": typeof types.CalendarPostFieldsFragmentDoc,
    "\n  query CalendarBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.CalendarBrandsDocument,
    "\n  query CalendarPosts($brandId: ID, $from: DateTime!, $to: DateTime!) {\n    calendarPosts(brandId: $brandId, from: $from, to: $to) {\n      ...CalendarPostFields\n    }\n  }\n": typeof types.CalendarPostsDocument,
    "\n  mutation ReschedulePost($input: ReschedulePostInput!) {\n    reschedulePost(input: $input) {\n      ...CalendarPostFields\n    }\n  }\n": typeof types.ReschedulePostDocument,
    "\n  query CampaignsAndLabels($brandId: ID!, $includeArchived: Boolean!) {\n    campaigns(brandId: $brandId, includeArchived: $includeArchived) {\n      id\n      brandId\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n    labels(brandId: $brandId) {\n      id\n      brandId\n      name\n      color\n    }\n  }\n": typeof types.CampaignsAndLabelsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveCampaignDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.CreateLabelDocument,
    "\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.UpdateLabelDocument,
    "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n": typeof types.DeleteLabelDocument,
    "\n  fragment PostCommentFields on PostComment {\n    id\n    postId\n    parentId\n    body\n    visibility\n    authorId\n    authorName\n    authorRole\n    viaLink\n    mentions\n    createdAt\n    editedAt\n    deleted\n  }\n": typeof types.PostCommentFieldsFragmentDoc,
    "\n  query PostComments($postId: ID!) {\n    postComments(postId: $postId) {\n      ...PostCommentFields\n    }\n  }\n": typeof types.PostCommentsDocument,
    "\n  query MentionableMembers($brandId: ID!) {\n    mentionableMembers(brandId: $brandId) {\n      userId\n      name\n      role\n    }\n  }\n": typeof types.MentionableMembersDocument,
    "\n  mutation AddPostComment($input: AddPostCommentInput!) {\n    addPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n": typeof types.AddPostCommentDocument,
    "\n  mutation EditPostComment($input: EditPostCommentInput!) {\n    editPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n": typeof types.EditPostCommentDocument,
    "\n  mutation DeletePostComment($id: ID!) {\n    deletePostComment(id: $id) {\n      ...PostCommentFields\n    }\n  }\n": typeof types.DeletePostCommentDocument,
    "\n  fragment AccountConnectionFields on AccountConnection {\n    id\n    brandId\n    brandName\n    network\n    status\n    origin\n    scopes\n    candidates {\n      externalId\n      handle\n      displayName\n      kind\n      connectedToBrandId\n      connectedToBrandName\n    }\n    accountIds\n    failureReason\n    expiresAt\n  }\n": typeof types.AccountConnectionFieldsFragmentDoc,
    "\n  mutation StartAccountConnection($input: StartAccountConnectionInput!) {\n    startAccountConnection(input: $input) {\n      connectionId\n      authorizeUrl\n      scopes\n      expiresAt\n    }\n  }\n": typeof types.StartAccountConnectionDocument,
    "\n  mutation CompleteAccountConnection($input: CompleteAccountConnectionInput!) {\n    completeAccountConnection(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n": typeof types.CompleteAccountConnectionDocument,
    "\n  mutation ChooseConnectionAccounts($input: ChooseConnectionAccountsInput!) {\n    chooseConnectionAccounts(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n": typeof types.ChooseConnectionAccountsDocument,
    "\n  mutation ConnectBlueskyAccount($input: ConnectBlueskyAccountInput!) {\n    connectBlueskyAccount(input: $input) {\n      id\n      handle\n    }\n  }\n": typeof types.ConnectBlueskyAccountDocument,
    "\n  fragment ConnectLinkFields on ConnectLink {\n    id\n    brandId\n    networks\n    recipientEmail\n    createdAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ConnectLinkFieldsFragmentDoc,
    "\n  query ConnectLinks($brandId: ID!) {\n    connectLinks(brandId: $brandId) {\n      ...ConnectLinkFields\n    }\n  }\n": typeof types.ConnectLinksDocument,
    "\n  mutation CreateConnectLink($input: CreateConnectLinkInput!) {\n    createConnectLink(input: $input) {\n      ...ConnectLinkFields\n      url\n    }\n  }\n": typeof types.CreateConnectLinkDocument,
    "\n  mutation RevokeConnectLink($id: ID!) {\n    revokeConnectLink(id: $id) {\n      ...ConnectLinkFields\n    }\n  }\n": typeof types.RevokeConnectLinkDocument,
    "\n  query ConnectLinkPage($token: String!) {\n    connectLink(token: $token) {\n      brandName\n      agencyName\n      networks\n      expiresAt\n      accounts {\n        network\n        handle\n        status\n      }\n    }\n  }\n": typeof types.ConnectLinkPageDocument,
    "\n  fragment FeedFields on Feed {\n    id\n    brandId\n    url\n    title\n    lastFetchedAt\n    lastError\n    lastErrorAt\n    newIdeaCount\n  }\n": typeof types.FeedFieldsFragmentDoc,
    "\n  fragment IdeaFields on Idea {\n    id\n    brandId\n    feedId\n    feedTitle\n    title\n    link\n    summary\n    publishedAt\n    status\n    postId\n    createdAt\n  }\n": typeof types.IdeaFieldsFragmentDoc,
    "\n  query Feeds($brandId: ID!) {\n    feeds(brandId: $brandId) {\n      ...FeedFields\n    }\n  }\n": typeof types.FeedsDocument,
    "\n  query Ideas($brandId: ID!, $status: IdeaStatus, $first: Int, $after: String) {\n    ideas(brandId: $brandId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IdeaFields\n        }\n      }\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  query IdeaAccounts($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n  }\n": typeof types.IdeaAccountsDocument,
    "\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...FeedFields\n    }\n  }\n": typeof types.AddFeedDocument,
    "\n  mutation RefreshFeed($id: ID!) {\n    refreshFeed(id: $id) {\n      ...FeedFields\n    }\n  }\n": typeof types.RefreshFeedDocument,
    "\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n": typeof types.RemoveFeedDocument,
    "\n  mutation DismissIdea($id: ID!) {\n    dismissIdea(id: $id) {\n      ...IdeaFields\n    }\n  }\n": typeof types.DismissIdeaDocument,
    "\n  mutation CreateDraftFromIdea($input: CreateDraftFromIdeaInput!) {\n    createDraftFromIdea(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDraftFromIdeaDocument,
    "\n  fragment MediaFields on Media {\n    id\n    brandId\n    fileName\n    contentType\n    kind\n    status\n    sizeBytes\n    width\n    height\n    durationMs\n    altText\n    url\n    thumbnailUrl\n    createdAt\n  }\n": typeof types.MediaFieldsFragmentDoc,
    "\n  query MediaBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.MediaBrandsDocument,
    "\n  query MediaLibrary($brandId: ID!, $kind: MediaKind, $first: Int, $after: String) {\n    mediaLibrary(brandId: $brandId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MediaFields\n        }\n      }\n    }\n  }\n": typeof types.MediaLibraryDocument,
    "\n  query MediaItem($id: ID!) {\n    media(id: $id) {\n      ...MediaFields\n    }\n  }\n": typeof types.MediaItemDocument,
    "\n  mutation CreateMediaUpload($input: CreateMediaUploadInput!) {\n    createMediaUpload(input: $input) {\n      media {\n        ...MediaFields\n      }\n      uploadUrl\n      method\n      headers\n      expiresAt\n    }\n  }\n": typeof types.CreateMediaUploadDocument,
    "\n  mutation CompleteMediaUpload($id: ID!) {\n    completeMediaUpload(id: $id) {\n      ...MediaFields\n    }\n  }\n": typeof types.CompleteMediaUploadDocument,
    "\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      ...MediaFields\n    }\n  }\n": typeof types.UpdateMediaDocument,
    "\n  mutation DeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n": typeof types.DeleteMediaDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    postId\n    brandId\n    brandName\n    postTitle\n    actorName\n    excerpt\n    summary {\n      ...PublicationSummaryFields\n    }\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment PostFields on Post {\n    id\n    brandId\n    title\n    baseText\n    linkUrl\n    mediaIds\n    threadParts\n    status\n    scheduledAt\n    authorId\n    authorName\n    version\n    createdAt\n    updatedAt\n    campaign {\n      id\n      name\n      color\n    }\n    labels {\n      id\n      name\n      color\n    }\n    targets {\n      accountId\n      network\n      handle\n    }\n    variants {\n      network\n      customized\n      text\n      linkUrl\n      mediaIds\n      threadParts\n      firstComment\n    }\n    guidelineWarnings {\n      rule\n      network\n      params\n      message\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query Posts(\n    $brandId: ID\n    $status: [PostStatus!]\n    $network: Network\n    $campaignId: ID\n    $labelId: ID\n    $authorId: ID\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    posts(\n      brandId: $brandId\n      status: $status\n      network: $network\n      campaignId: $campaignId\n      labelId: $labelId\n      authorId: $authorId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          brandId\n          title\n          baseText\n          status\n          scheduledAt\n          authorName\n          updatedAt\n          campaign {\n            id\n            name\n            color\n          }\n          labels {\n            id\n            name\n            color\n          }\n          targets {\n            accountId\n            network\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n": typeof types.PostDocument,
    "\n  query ComposerBrand($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      name\n      timezone\n      archived\n      guidelines {\n        requiredHashtags\n        bannedWords\n        requireAltText\n      }\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n    campaigns(brandId: $brandId) {\n      id\n      name\n      color\n    }\n    labels(brandId: $brandId) {\n      id\n      name\n      color\n    }\n  }\n": typeof types.ComposerBrandDocument,
    "\n  query PostAuthors {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n        }\n      }\n    }\n  }\n": typeof types.PostAuthorsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation ArchivePost($id: ID!) {\n    archivePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ArchivePostDocument,
    "\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RestorePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  query PostBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.PostBrandsDocument,
    "\n  query LinkPreview($brandId: ID!, $url: String!) {\n    linkPreview(brandId: $brandId, url: $url) {\n      url\n      warning\n      card {\n        url\n        title\n        description\n        siteName\n        imageUrl\n      }\n    }\n  }\n": typeof types.LinkPreviewDocument,
    "\n  fragment PublicationSummaryFields on PublicationSummary {\n    total\n    failed\n    network\n    failureCode\n    networkMessage\n  }\n": typeof types.PublicationSummaryFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment PublicationFields on Publication {\n    id\n    postId\n    accountId\n    network\n    dueAt\n    status\n    attempts\n    nextAttemptAt\n    externalUrl\n    publishedAt\n    failedStep\n    canRetry\n    updatedAt\n    parts {\n      index\n      externalId\n      externalUrl\n      publishedAt\n    }\n    failure {\n      code\n      message\n      networkMessage\n    }\n    account {\n      id\n      handle\n      displayName\n      status\n    }\n  }\n": typeof types.PublicationFieldsFragmentDoc,
    "\n  query PostPublications($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n": typeof types.PostPublicationsDocument,
    "\n  mutation RetryPublication($id: ID!) {\n    retryPublication(id: $id) {\n      ...PublicationFields\n    }\n  }\n": typeof types.RetryPublicationDocument,
    "\n  fragment PostingSlotsFields on PostingSlots {\n    brandId\n    timezone\n    slots {\n      weekday\n      time\n    }\n    upcoming\n    updatedAt\n  }\n": typeof types.PostingSlotsFieldsFragmentDoc,
    "\n  query PostingSlots($brandId: ID!, $upcoming: Int) {\n    postingSlots(brandId: $brandId, upcoming: $upcoming) {\n      ...PostingSlotsFields\n    }\n  }\n": typeof types.PostingSlotsDocument,
    "\n  mutation SetPostingSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      ...PostingSlotsFields\n    }\n  }\n": typeof types.SetPostingSlotsDocument,
    "\n  query BrandAccountStatuses($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        status\n        statusReason\n      }\n    }\n  }\n": typeof types.BrandAccountStatusesDocument,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.SchedulePostDocument,
    "\n  mutation UnschedulePost($postId: ID!) {\n    unschedulePost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n": typeof types.UnschedulePostDocument,
    "\n  query PostSchedule($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      recurrence {\n        frequency\n        interval\n        weekdays\n        until\n        count\n      }\n    }\n  }\n": typeof types.PostScheduleDocument,
    "\n  fragment ReviewLinkFields on ReviewLink {\n    id\n    brandId\n    postIds\n    recipientName\n    recipientEmail\n    expiresAt\n    createdAt\n    createdByName\n    status\n  }\n": typeof types.ReviewLinkFieldsFragmentDoc,
    "\n  query ReviewLinks($brandId: ID!) {\n    reviewLinks(brandId: $brandId) {\n      ...ReviewLinkFields\n    }\n  }\n": typeof types.ReviewLinksDocument,
    "\n  mutation CreateReviewLink($input: CreateReviewLinkInput!) {\n    createReviewLink(input: $input) {\n      url\n      emailSent\n      link {\n        ...ReviewLinkFields\n      }\n    }\n  }\n": typeof types.CreateReviewLinkDocument,
    "\n  mutation RevokeReviewLink($id: ID!) {\n    revokeReviewLink(id: $id) {\n      ...ReviewLinkFields\n    }\n  }\n": typeof types.RevokeReviewLinkDocument,
    "\n  fragment ReviewPostFields on ReviewPost {\n    id\n    title\n    status\n    scheduledAt\n    timezone\n    baseText\n    decision\n    variants {\n      network\n      text\n      linkUrl\n      threadParts\n      firstComment\n      media {\n        url\n        kind\n        altText\n        width\n        height\n      }\n    }\n    comments {\n      id\n      parentId\n      body\n      authorName\n      viaLink\n      createdAt\n      deleted\n    }\n  }\n": typeof types.ReviewPostFieldsFragmentDoc,
    "\n  query ReviewSession($token: String!) {\n    reviewLinkSession(token: $token) {\n      brandName\n      language\n      recipientName\n      expiresAt\n      posts {\n        ...ReviewPostFields\n      }\n    }\n  }\n": typeof types.ReviewSessionDocument,
    "\n  mutation DecideViaReviewLink($input: DecideViaReviewLinkInput!) {\n    decideViaReviewLink(input: $input) {\n      ...ReviewPostFields\n    }\n  }\n": typeof types.DecideViaReviewLinkDocument,
    "\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.AssignBrandsDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
};
const documents: Documents = {
    "\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    shared\n    connectedAt\n    updatedAt\n  }\n": types.SocialAccountFieldsFragmentDoc,
    "\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n": types.SocialAccountsDocument,
    "\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n": types.DisconnectSocialAccountDocument,
    "\n  fragment PostReviewFields on PostReview {\n    postId\n    status\n    round\n    allowedActions\n    currentStep {\n      position\n      role\n      audience\n    }\n    rounds {\n      number\n      version\n      submittedAt\n      submittedByName\n      closedAt\n      outcome\n      decisions {\n        position\n        role\n        decision\n        byName\n        viaLink\n        comment\n        decidedAt\n      }\n      changes {\n        field\n        network\n        parts {\n          kind\n          text\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      actorName\n      actorRole\n      viaLink\n      note\n      summary {\n        ...PublicationSummaryFields\n      }\n      at\n    }\n  }\n": types.PostReviewFieldsFragmentDoc,
    "\n  query PostReview($postId: ID!) {\n    postReview(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n": types.PostReviewDocument,
    "\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": types.SubmitPostDocument,
    "\n  mutation WithdrawPost($postId: ID!) {\n    withdrawPost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n": types.WithdrawPostDocument,
    "\n  mutation ApprovePost($input: ApprovePostInput!) {\n    approvePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": types.ApprovePostDocument,
    "\n  mutation RequestPostChanges($input: RequestPostChangesInput!) {\n    requestPostChanges(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": types.RequestPostChangesDocument,
    "\n  query ApprovalPolicy($brandId: ID!) {\n    approvalPolicy(brandId: $brandId) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n": types.ApprovalPolicyDocument,
    "\n  mutation SetApprovalPolicy($input: SetApprovalPolicyInput!) {\n    setApprovalPolicy(input: $input) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n": types.SetApprovalPolicyDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SwitchAgencyDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n": types.SignOutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n      requireAltText\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n": types.BrandFieldsFragmentDoc,
    "\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.BrandsDocument,
    "\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n": types.BrandDocument,
    "\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BrandOptionsDocument,
    "\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": types.CreateBrandDocument,
    "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": types.UpdateBrandDocument,
    "\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": types.ArchiveBrandDocument,
    "\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n": types.RestoreBrandDocument,
    "\n  fragment CalendarPostFields on CalendarPost {\n    id\n    brandId\n    brandName\n    title\n    status\n    scheduledAt\n    excerpt\n    networks\n    campaign {\n      id\n      name\n      color\n    }\n    color\n    version\n    occurrence {\n      at\n      kind\n    }\n  }\n": types.CalendarPostFieldsFragmentDoc,
    "\n  query CalendarBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": types.CalendarBrandsDocument,
    "\n  query CalendarPosts($brandId: ID, $from: DateTime!, $to: DateTime!) {\n    calendarPosts(brandId: $brandId, from: $from, to: $to) {\n      ...CalendarPostFields\n    }\n  }\n": types.CalendarPostsDocument,
    "\n  mutation ReschedulePost($input: ReschedulePostInput!) {\n    reschedulePost(input: $input) {\n      ...CalendarPostFields\n    }\n  }\n": types.ReschedulePostDocument,
    "\n  query CampaignsAndLabels($brandId: ID!, $includeArchived: Boolean!) {\n    campaigns(brandId: $brandId, includeArchived: $includeArchived) {\n      id\n      brandId\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n    labels(brandId: $brandId) {\n      id\n      brandId\n      name\n      color\n    }\n  }\n": types.CampaignsAndLabelsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      id\n      archived\n    }\n  }\n": types.ArchiveCampaignDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.CreateLabelDocument,
    "\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n": types.UpdateLabelDocument,
    "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n": types.DeleteLabelDocument,
    "\n  fragment PostCommentFields on PostComment {\n    id\n    postId\n    parentId\n    body\n    visibility\n    authorId\n    authorName\n    authorRole\n    viaLink\n    mentions\n    createdAt\n    editedAt\n    deleted\n  }\n": types.PostCommentFieldsFragmentDoc,
    "\n  query PostComments($postId: ID!) {\n    postComments(postId: $postId) {\n      ...PostCommentFields\n    }\n  }\n": types.PostCommentsDocument,
    "\n  query MentionableMembers($brandId: ID!) {\n    mentionableMembers(brandId: $brandId) {\n      userId\n      name\n      role\n    }\n  }\n": types.MentionableMembersDocument,
    "\n  mutation AddPostComment($input: AddPostCommentInput!) {\n    addPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n": types.AddPostCommentDocument,
    "\n  mutation EditPostComment($input: EditPostCommentInput!) {\n    editPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n": types.EditPostCommentDocument,
    "\n  mutation DeletePostComment($id: ID!) {\n    deletePostComment(id: $id) {\n      ...PostCommentFields\n    }\n  }\n": types.DeletePostCommentDocument,
    "\n  fragment AccountConnectionFields on AccountConnection {\n    id\n    brandId\n    brandName\n    network\n    status\n    origin\n    scopes\n    candidates {\n      externalId\n      handle\n      displayName\n      kind\n      connectedToBrandId\n      connectedToBrandName\n    }\n    accountIds\n    failureReason\n    expiresAt\n  }\n": types.AccountConnectionFieldsFragmentDoc,
    "\n  mutation StartAccountConnection($input: StartAccountConnectionInput!) {\n    startAccountConnection(input: $input) {\n      connectionId\n      authorizeUrl\n      scopes\n      expiresAt\n    }\n  }\n": types.StartAccountConnectionDocument,
    "\n  mutation CompleteAccountConnection($input: CompleteAccountConnectionInput!) {\n    completeAccountConnection(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n": types.CompleteAccountConnectionDocument,
    "\n  mutation ChooseConnectionAccounts($input: ChooseConnectionAccountsInput!) {\n    chooseConnectionAccounts(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n": types.ChooseConnectionAccountsDocument,
    "\n  mutation ConnectBlueskyAccount($input: ConnectBlueskyAccountInput!) {\n    connectBlueskyAccount(input: $input) {\n      id\n      handle\n    }\n  }\n": types.ConnectBlueskyAccountDocument,
    "\n  fragment ConnectLinkFields on ConnectLink {\n    id\n    brandId\n    networks\n    recipientEmail\n    createdAt\n    expiresAt\n    revokedAt\n  }\n": types.ConnectLinkFieldsFragmentDoc,
    "\n  query ConnectLinks($brandId: ID!) {\n    connectLinks(brandId: $brandId) {\n      ...ConnectLinkFields\n    }\n  }\n": types.ConnectLinksDocument,
    "\n  mutation CreateConnectLink($input: CreateConnectLinkInput!) {\n    createConnectLink(input: $input) {\n      ...ConnectLinkFields\n      url\n    }\n  }\n": types.CreateConnectLinkDocument,
    "\n  mutation RevokeConnectLink($id: ID!) {\n    revokeConnectLink(id: $id) {\n      ...ConnectLinkFields\n    }\n  }\n": types.RevokeConnectLinkDocument,
    "\n  query ConnectLinkPage($token: String!) {\n    connectLink(token: $token) {\n      brandName\n      agencyName\n      networks\n      expiresAt\n      accounts {\n        network\n        handle\n        status\n      }\n    }\n  }\n": types.ConnectLinkPageDocument,
    "\n  fragment FeedFields on Feed {\n    id\n    brandId\n    url\n    title\n    lastFetchedAt\n    lastError\n    lastErrorAt\n    newIdeaCount\n  }\n": types.FeedFieldsFragmentDoc,
    "\n  fragment IdeaFields on Idea {\n    id\n    brandId\n    feedId\n    feedTitle\n    title\n    link\n    summary\n    publishedAt\n    status\n    postId\n    createdAt\n  }\n": types.IdeaFieldsFragmentDoc,
    "\n  query Feeds($brandId: ID!) {\n    feeds(brandId: $brandId) {\n      ...FeedFields\n    }\n  }\n": types.FeedsDocument,
    "\n  query Ideas($brandId: ID!, $status: IdeaStatus, $first: Int, $after: String) {\n    ideas(brandId: $brandId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IdeaFields\n        }\n      }\n    }\n  }\n": types.IdeasDocument,
    "\n  query IdeaAccounts($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n  }\n": types.IdeaAccountsDocument,
    "\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...FeedFields\n    }\n  }\n": types.AddFeedDocument,
    "\n  mutation RefreshFeed($id: ID!) {\n    refreshFeed(id: $id) {\n      ...FeedFields\n    }\n  }\n": types.RefreshFeedDocument,
    "\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n": types.RemoveFeedDocument,
    "\n  mutation DismissIdea($id: ID!) {\n    dismissIdea(id: $id) {\n      ...IdeaFields\n    }\n  }\n": types.DismissIdeaDocument,
    "\n  mutation CreateDraftFromIdea($input: CreateDraftFromIdeaInput!) {\n    createDraftFromIdea(input: $input) {\n      id\n    }\n  }\n": types.CreateDraftFromIdeaDocument,
    "\n  fragment MediaFields on Media {\n    id\n    brandId\n    fileName\n    contentType\n    kind\n    status\n    sizeBytes\n    width\n    height\n    durationMs\n    altText\n    url\n    thumbnailUrl\n    createdAt\n  }\n": types.MediaFieldsFragmentDoc,
    "\n  query MediaBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": types.MediaBrandsDocument,
    "\n  query MediaLibrary($brandId: ID!, $kind: MediaKind, $first: Int, $after: String) {\n    mediaLibrary(brandId: $brandId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MediaFields\n        }\n      }\n    }\n  }\n": types.MediaLibraryDocument,
    "\n  query MediaItem($id: ID!) {\n    media(id: $id) {\n      ...MediaFields\n    }\n  }\n": types.MediaItemDocument,
    "\n  mutation CreateMediaUpload($input: CreateMediaUploadInput!) {\n    createMediaUpload(input: $input) {\n      media {\n        ...MediaFields\n      }\n      uploadUrl\n      method\n      headers\n      expiresAt\n    }\n  }\n": types.CreateMediaUploadDocument,
    "\n  mutation CompleteMediaUpload($id: ID!) {\n    completeMediaUpload(id: $id) {\n      ...MediaFields\n    }\n  }\n": types.CompleteMediaUploadDocument,
    "\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      ...MediaFields\n    }\n  }\n": types.UpdateMediaDocument,
    "\n  mutation DeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n": types.DeleteMediaDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    postId\n    brandId\n    brandName\n    postTitle\n    actorName\n    excerpt\n    summary {\n      ...PublicationSummaryFields\n    }\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment PostFields on Post {\n    id\n    brandId\n    title\n    baseText\n    linkUrl\n    mediaIds\n    threadParts\n    status\n    scheduledAt\n    authorId\n    authorName\n    version\n    createdAt\n    updatedAt\n    campaign {\n      id\n      name\n      color\n    }\n    labels {\n      id\n      name\n      color\n    }\n    targets {\n      accountId\n      network\n      handle\n    }\n    variants {\n      network\n      customized\n      text\n      linkUrl\n      mediaIds\n      threadParts\n      firstComment\n    }\n    guidelineWarnings {\n      rule\n      network\n      params\n      message\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query Posts(\n    $brandId: ID\n    $status: [PostStatus!]\n    $network: Network\n    $campaignId: ID\n    $labelId: ID\n    $authorId: ID\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    posts(\n      brandId: $brandId\n      status: $status\n      network: $network\n      campaignId: $campaignId\n      labelId: $labelId\n      authorId: $authorId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          brandId\n          title\n          baseText\n          status\n          scheduledAt\n          authorName\n          updatedAt\n          campaign {\n            id\n            name\n            color\n          }\n          labels {\n            id\n            name\n            color\n          }\n          targets {\n            accountId\n            network\n          }\n        }\n      }\n    }\n  }\n": types.PostsDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n": types.PostDocument,
    "\n  query ComposerBrand($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      name\n      timezone\n      archived\n      guidelines {\n        requiredHashtags\n        bannedWords\n        requireAltText\n      }\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n    campaigns(brandId: $brandId) {\n      id\n      name\n      color\n    }\n    labels(brandId: $brandId) {\n      id\n      name\n      color\n    }\n  }\n": types.ComposerBrandDocument,
    "\n  query PostAuthors {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n        }\n      }\n    }\n  }\n": types.PostAuthorsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation ArchivePost($id: ID!) {\n    archivePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.ArchivePostDocument,
    "\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.RestorePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  query PostBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n": types.PostBrandsDocument,
    "\n  query LinkPreview($brandId: ID!, $url: String!) {\n    linkPreview(brandId: $brandId, url: $url) {\n      url\n      warning\n      card {\n        url\n        title\n        description\n        siteName\n        imageUrl\n      }\n    }\n  }\n": types.LinkPreviewDocument,
    "\n  fragment PublicationSummaryFields on PublicationSummary {\n    total\n    failed\n    network\n    failureCode\n    networkMessage\n  }\n": types.PublicationSummaryFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment PublicationFields on Publication {\n    id\n    postId\n    accountId\n    network\n    dueAt\n    status\n    attempts\n    nextAttemptAt\n    externalUrl\n    publishedAt\n    failedStep\n    canRetry\n    updatedAt\n    parts {\n      index\n      externalId\n      externalUrl\n      publishedAt\n    }\n    failure {\n      code\n      message\n      networkMessage\n    }\n    account {\n      id\n      handle\n      displayName\n      status\n    }\n  }\n": types.PublicationFieldsFragmentDoc,
    "\n  query PostPublications($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n": types.PostPublicationsDocument,
    "\n  mutation RetryPublication($id: ID!) {\n    retryPublication(id: $id) {\n      ...PublicationFields\n    }\n  }\n": types.RetryPublicationDocument,
    "\n  fragment PostingSlotsFields on PostingSlots {\n    brandId\n    timezone\n    slots {\n      weekday\n      time\n    }\n    upcoming\n    updatedAt\n  }\n": types.PostingSlotsFieldsFragmentDoc,
    "\n  query PostingSlots($brandId: ID!, $upcoming: Int) {\n    postingSlots(brandId: $brandId, upcoming: $upcoming) {\n      ...PostingSlotsFields\n    }\n  }\n": types.PostingSlotsDocument,
    "\n  mutation SetPostingSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      ...PostingSlotsFields\n    }\n  }\n": types.SetPostingSlotsDocument,
    "\n  query BrandAccountStatuses($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        status\n        statusReason\n      }\n    }\n  }\n": types.BrandAccountStatusesDocument,
    "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n": types.SchedulePostDocument,
    "\n  mutation UnschedulePost($postId: ID!) {\n    unschedulePost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n": types.UnschedulePostDocument,
    "\n  query PostSchedule($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      recurrence {\n        frequency\n        interval\n        weekdays\n        until\n        count\n      }\n    }\n  }\n": types.PostScheduleDocument,
    "\n  fragment ReviewLinkFields on ReviewLink {\n    id\n    brandId\n    postIds\n    recipientName\n    recipientEmail\n    expiresAt\n    createdAt\n    createdByName\n    status\n  }\n": types.ReviewLinkFieldsFragmentDoc,
    "\n  query ReviewLinks($brandId: ID!) {\n    reviewLinks(brandId: $brandId) {\n      ...ReviewLinkFields\n    }\n  }\n": types.ReviewLinksDocument,
    "\n  mutation CreateReviewLink($input: CreateReviewLinkInput!) {\n    createReviewLink(input: $input) {\n      url\n      emailSent\n      link {\n        ...ReviewLinkFields\n      }\n    }\n  }\n": types.CreateReviewLinkDocument,
    "\n  mutation RevokeReviewLink($id: ID!) {\n    revokeReviewLink(id: $id) {\n      ...ReviewLinkFields\n    }\n  }\n": types.RevokeReviewLinkDocument,
    "\n  fragment ReviewPostFields on ReviewPost {\n    id\n    title\n    status\n    scheduledAt\n    timezone\n    baseText\n    decision\n    variants {\n      network\n      text\n      linkUrl\n      threadParts\n      firstComment\n      media {\n        url\n        kind\n        altText\n        width\n        height\n      }\n    }\n    comments {\n      id\n      parentId\n      body\n      authorName\n      viaLink\n      createdAt\n      deleted\n    }\n  }\n": types.ReviewPostFieldsFragmentDoc,
    "\n  query ReviewSession($token: String!) {\n    reviewLinkSession(token: $token) {\n      brandName\n      language\n      recipientName\n      expiresAt\n      posts {\n        ...ReviewPostFields\n      }\n    }\n  }\n": types.ReviewSessionDocument,
    "\n  mutation DecideViaReviewLink($input: DecideViaReviewLinkInput!) {\n    decideViaReviewLink(input: $input) {\n      ...ReviewPostFields\n    }\n  }\n": types.DecideViaReviewLinkDocument,
    "\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.AssignBrandsDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    shared\n    connectedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SocialAccountFields on SocialAccount {\n    id\n    brandId\n    network\n    handle\n    externalId\n    displayName\n    instanceUrl\n    status\n    statusReason\n    tokenExpiresAt\n    shared\n    connectedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocialAccounts($brandId: ID, $first: Int!, $after: String) {\n    socialAccounts(brandId: $brandId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocialAccountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectSocialAccount($id: ID!) {\n    disconnectSocialAccount(id: $id) {\n      ...SocialAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostReviewFields on PostReview {\n    postId\n    status\n    round\n    allowedActions\n    currentStep {\n      position\n      role\n      audience\n    }\n    rounds {\n      number\n      version\n      submittedAt\n      submittedByName\n      closedAt\n      outcome\n      decisions {\n        position\n        role\n        decision\n        byName\n        viaLink\n        comment\n        decidedAt\n      }\n      changes {\n        field\n        network\n        parts {\n          kind\n          text\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      actorName\n      actorRole\n      viaLink\n      note\n      summary {\n        ...PublicationSummaryFields\n      }\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment PostReviewFields on PostReview {\n    postId\n    status\n    round\n    allowedActions\n    currentStep {\n      position\n      role\n      audience\n    }\n    rounds {\n      number\n      version\n      submittedAt\n      submittedByName\n      closedAt\n      outcome\n      decisions {\n        position\n        role\n        decision\n        byName\n        viaLink\n        comment\n        decidedAt\n      }\n      changes {\n        field\n        network\n        parts {\n          kind\n          text\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      actorName\n      actorRole\n      viaLink\n      note\n      summary {\n        ...PublicationSummaryFields\n      }\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostReview($postId: ID!) {\n    postReview(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  query PostReview($postId: ID!) {\n    postReview(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPost($input: SubmitPostInput!) {\n    submitPost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPost($postId: ID!) {\n    withdrawPost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPost($postId: ID!) {\n    withdrawPost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePost($input: ApprovePostInput!) {\n    approvePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePost($input: ApprovePostInput!) {\n    approvePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPostChanges($input: RequestPostChangesInput!) {\n    requestPostChanges(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPostChanges($input: RequestPostChangesInput!) {\n    requestPostChanges(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalPolicy($brandId: ID!) {\n    approvalPolicy(brandId: $brandId) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ApprovalPolicy($brandId: ID!) {\n    approvalPolicy(brandId: $brandId) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApprovalPolicy($input: SetApprovalPolicyInput!) {\n    setApprovalPolicy(input: $input) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetApprovalPolicy($input: SetApprovalPolicyInput!) {\n    setApprovalPolicy(input: $input) {\n      brandId\n      mode\n      steps {\n        position\n        role\n        audience\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorUserId\n          actorName\n          targetType\n          targetId\n          details\n          ip\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      name\n      locale\n    }\n    agency {\n      id\n      name\n      role\n    }\n    role\n    brandIds\n    agencies {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchAgency($input: SwitchAgencyInput!) {\n    switchAgency(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      agencyName\n      email\n      role\n      brandNames\n      expiresAt\n      userExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n      requireAltText\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BrandFields on Brand {\n    id\n    name\n    slug\n    timezone\n    defaultLanguage\n    targetMarkets\n    guidelines {\n      toneNotes\n      requiredHashtags\n      bannedWords\n      requireAltText\n    }\n    archived\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Brands($first: Int!, $after: String, $search: String, $includeArchived: Boolean!) {\n    brands(first: $first, after: $after, search: $search, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BrandFields\n          socialAccounts {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  query Brand($id: ID!) {\n    brand(id: $id) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrandOptions($first: Int!) {\n    brands(first: $first, includeArchived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBrand($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBrand($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveBrand($id: ID!) {\n    archiveBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreBrand($id: ID!) {\n    restoreBrand(id: $id) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarPostFields on CalendarPost {\n    id\n    brandId\n    brandName\n    title\n    status\n    scheduledAt\n    excerpt\n    networks\n    campaign {\n      id\n      name\n      color\n    }\n    color\n    version\n    occurrence {\n      at\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarPostFields on CalendarPost {\n    id\n    brandId\n    brandName\n    title\n    status\n    scheduledAt\n    excerpt\n    networks\n    campaign {\n      id\n      name\n      color\n    }\n    color\n    version\n    occurrence {\n      at\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPosts($brandId: ID, $from: DateTime!, $to: DateTime!) {\n    calendarPosts(brandId: $brandId, from: $from, to: $to) {\n      ...CalendarPostFields\n    }\n  }\n"): (typeof documents)["\n  query CalendarPosts($brandId: ID, $from: DateTime!, $to: DateTime!) {\n    calendarPosts(brandId: $brandId, from: $from, to: $to) {\n      ...CalendarPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReschedulePost($input: ReschedulePostInput!) {\n    reschedulePost(input: $input) {\n      ...CalendarPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReschedulePost($input: ReschedulePostInput!) {\n    reschedulePost(input: $input) {\n      ...CalendarPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsAndLabels($brandId: ID!, $includeArchived: Boolean!) {\n    campaigns(brandId: $brandId, includeArchived: $includeArchived) {\n      id\n      brandId\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n    labels(brandId: $brandId) {\n      id\n      brandId\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  query CampaignsAndLabels($brandId: ID!, $includeArchived: Boolean!) {\n    campaigns(brandId: $brandId, includeArchived: $includeArchived) {\n      id\n      brandId\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n    labels(brandId: $brandId) {\n      id\n      brandId\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      name\n      color\n      startsOn\n      endsOn\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLabel($id: ID!) {\n    deleteLabel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCommentFields on PostComment {\n    id\n    postId\n    parentId\n    body\n    visibility\n    authorId\n    authorName\n    authorRole\n    viaLink\n    mentions\n    createdAt\n    editedAt\n    deleted\n  }\n"): (typeof documents)["\n  fragment PostCommentFields on PostComment {\n    id\n    postId\n    parentId\n    body\n    visibility\n    authorId\n    authorName\n    authorRole\n    viaLink\n    mentions\n    createdAt\n    editedAt\n    deleted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostComments($postId: ID!) {\n    postComments(postId: $postId) {\n      ...PostCommentFields\n    }\n  }\n"): (typeof documents)["\n  query PostComments($postId: ID!) {\n    postComments(postId: $postId) {\n      ...PostCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableMembers($brandId: ID!) {\n    mentionableMembers(brandId: $brandId) {\n      userId\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query MentionableMembers($brandId: ID!) {\n    mentionableMembers(brandId: $brandId) {\n      userId\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPostComment($input: AddPostCommentInput!) {\n    addPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPostComment($input: AddPostCommentInput!) {\n    addPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPostComment($input: EditPostCommentInput!) {\n    editPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPostComment($input: EditPostCommentInput!) {\n    editPostComment(input: $input) {\n      ...PostCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePostComment($id: ID!) {\n    deletePostComment(id: $id) {\n      ...PostCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePostComment($id: ID!) {\n    deletePostComment(id: $id) {\n      ...PostCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountConnectionFields on AccountConnection {\n    id\n    brandId\n    brandName\n    network\n    status\n    origin\n    scopes\n    candidates {\n      externalId\n      handle\n      displayName\n      kind\n      connectedToBrandId\n      connectedToBrandName\n    }\n    accountIds\n    failureReason\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment AccountConnectionFields on AccountConnection {\n    id\n    brandId\n    brandName\n    network\n    status\n    origin\n    scopes\n    candidates {\n      externalId\n      handle\n      displayName\n      kind\n      connectedToBrandId\n      connectedToBrandName\n    }\n    accountIds\n    failureReason\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAccountConnection($input: StartAccountConnectionInput!) {\n    startAccountConnection(input: $input) {\n      connectionId\n      authorizeUrl\n      scopes\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartAccountConnection($input: StartAccountConnectionInput!) {\n    startAccountConnection(input: $input) {\n      connectionId\n      authorizeUrl\n      scopes\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAccountConnection($input: CompleteAccountConnectionInput!) {\n    completeAccountConnection(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAccountConnection($input: CompleteAccountConnectionInput!) {\n    completeAccountConnection(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseConnectionAccounts($input: ChooseConnectionAccountsInput!) {\n    chooseConnectionAccounts(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseConnectionAccounts($input: ChooseConnectionAccountsInput!) {\n    chooseConnectionAccounts(input: $input) {\n      ...AccountConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectBlueskyAccount($input: ConnectBlueskyAccountInput!) {\n    connectBlueskyAccount(input: $input) {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectBlueskyAccount($input: ConnectBlueskyAccountInput!) {\n    connectBlueskyAccount(input: $input) {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectLinkFields on ConnectLink {\n    id\n    brandId\n    networks\n    recipientEmail\n    createdAt\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ConnectLinkFields on ConnectLink {\n    id\n    brandId\n    networks\n    recipientEmail\n    createdAt\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectLinks($brandId: ID!) {\n    connectLinks(brandId: $brandId) {\n      ...ConnectLinkFields\n    }\n  }\n"): (typeof documents)["\n  query ConnectLinks($brandId: ID!) {\n    connectLinks(brandId: $brandId) {\n      ...ConnectLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConnectLink($input: CreateConnectLinkInput!) {\n    createConnectLink(input: $input) {\n      ...ConnectLinkFields\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConnectLink($input: CreateConnectLinkInput!) {\n    createConnectLink(input: $input) {\n      ...ConnectLinkFields\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConnectLink($id: ID!) {\n    revokeConnectLink(id: $id) {\n      ...ConnectLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConnectLink($id: ID!) {\n    revokeConnectLink(id: $id) {\n      ...ConnectLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectLinkPage($token: String!) {\n    connectLink(token: $token) {\n      brandName\n      agencyName\n      networks\n      expiresAt\n      accounts {\n        network\n        handle\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectLinkPage($token: String!) {\n    connectLink(token: $token) {\n      brandName\n      agencyName\n      networks\n      expiresAt\n      accounts {\n        network\n        handle\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedFields on Feed {\n    id\n    brandId\n    url\n    title\n    lastFetchedAt\n    lastError\n    lastErrorAt\n    newIdeaCount\n  }\n"): (typeof documents)["\n  fragment FeedFields on Feed {\n    id\n    brandId\n    url\n    title\n    lastFetchedAt\n    lastError\n    lastErrorAt\n    newIdeaCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaFields on Idea {\n    id\n    brandId\n    feedId\n    feedTitle\n    title\n    link\n    summary\n    publishedAt\n    status\n    postId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment IdeaFields on Idea {\n    id\n    brandId\n    feedId\n    feedTitle\n    title\n    link\n    summary\n    publishedAt\n    status\n    postId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feeds($brandId: ID!) {\n    feeds(brandId: $brandId) {\n      ...FeedFields\n    }\n  }\n"): (typeof documents)["\n  query Feeds($brandId: ID!) {\n    feeds(brandId: $brandId) {\n      ...FeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas($brandId: ID!, $status: IdeaStatus, $first: Int, $after: String) {\n    ideas(brandId: $brandId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IdeaFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ideas($brandId: ID!, $status: IdeaStatus, $first: Int, $after: String) {\n    ideas(brandId: $brandId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IdeaFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaAccounts($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaAccounts($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...FeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...FeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshFeed($id: ID!) {\n    refreshFeed(id: $id) {\n      ...FeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshFeed($id: ID!) {\n    refreshFeed(id: $id) {\n      ...FeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveFeed($id: ID!) {\n    removeFeed(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissIdea($id: ID!) {\n    dismissIdea(id: $id) {\n      ...IdeaFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissIdea($id: ID!) {\n    dismissIdea(id: $id) {\n      ...IdeaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraftFromIdea($input: CreateDraftFromIdeaInput!) {\n    createDraftFromIdea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDraftFromIdea($input: CreateDraftFromIdeaInput!) {\n    createDraftFromIdea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MediaFields on Media {\n    id\n    brandId\n    fileName\n    contentType\n    kind\n    status\n    sizeBytes\n    width\n    height\n    durationMs\n    altText\n    url\n    thumbnailUrl\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MediaFields on Media {\n    id\n    brandId\n    fileName\n    contentType\n    kind\n    status\n    sizeBytes\n    width\n    height\n    durationMs\n    altText\n    url\n    thumbnailUrl\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaLibrary($brandId: ID!, $kind: MediaKind, $first: Int, $after: String) {\n    mediaLibrary(brandId: $brandId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MediaFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaLibrary($brandId: ID!, $kind: MediaKind, $first: Int, $after: String) {\n    mediaLibrary(brandId: $brandId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MediaFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaItem($id: ID!) {\n    media(id: $id) {\n      ...MediaFields\n    }\n  }\n"): (typeof documents)["\n  query MediaItem($id: ID!) {\n    media(id: $id) {\n      ...MediaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMediaUpload($input: CreateMediaUploadInput!) {\n    createMediaUpload(input: $input) {\n      media {\n        ...MediaFields\n      }\n      uploadUrl\n      method\n      headers\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMediaUpload($input: CreateMediaUploadInput!) {\n    createMediaUpload(input: $input) {\n      media {\n        ...MediaFields\n      }\n      uploadUrl\n      method\n      headers\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMediaUpload($id: ID!) {\n    completeMediaUpload(id: $id) {\n      ...MediaFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMediaUpload($id: ID!) {\n    completeMediaUpload(id: $id) {\n      ...MediaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      ...MediaFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      ...MediaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    postId\n    brandId\n    brandName\n    postTitle\n    actorName\n    excerpt\n    summary {\n      ...PublicationSummaryFields\n    }\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    postId\n    brandId\n    brandName\n    postTitle\n    actorName\n    excerpt\n    summary {\n      ...PublicationSummaryFields\n    }\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    brandId\n    title\n    baseText\n    linkUrl\n    mediaIds\n    threadParts\n    status\n    scheduledAt\n    authorId\n    authorName\n    version\n    createdAt\n    updatedAt\n    campaign {\n      id\n      name\n      color\n    }\n    labels {\n      id\n      name\n      color\n    }\n    targets {\n      accountId\n      network\n      handle\n    }\n    variants {\n      network\n      customized\n      text\n      linkUrl\n      mediaIds\n      threadParts\n      firstComment\n    }\n    guidelineWarnings {\n      rule\n      network\n      params\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    brandId\n    title\n    baseText\n    linkUrl\n    mediaIds\n    threadParts\n    status\n    scheduledAt\n    authorId\n    authorName\n    version\n    createdAt\n    updatedAt\n    campaign {\n      id\n      name\n      color\n    }\n    labels {\n      id\n      name\n      color\n    }\n    targets {\n      accountId\n      network\n      handle\n    }\n    variants {\n      network\n      customized\n      text\n      linkUrl\n      mediaIds\n      threadParts\n      firstComment\n    }\n    guidelineWarnings {\n      rule\n      network\n      params\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts(\n    $brandId: ID\n    $status: [PostStatus!]\n    $network: Network\n    $campaignId: ID\n    $labelId: ID\n    $authorId: ID\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    posts(\n      brandId: $brandId\n      status: $status\n      network: $network\n      campaignId: $campaignId\n      labelId: $labelId\n      authorId: $authorId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          brandId\n          title\n          baseText\n          status\n          scheduledAt\n          authorName\n          updatedAt\n          campaign {\n            id\n            name\n            color\n          }\n          labels {\n            id\n            name\n            color\n          }\n          targets {\n            accountId\n            network\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Posts(\n    $brandId: ID\n    $status: [PostStatus!]\n    $network: Network\n    $campaignId: ID\n    $labelId: ID\n    $authorId: ID\n    $from: DateTime\n    $to: DateTime\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    posts(\n      brandId: $brandId\n      status: $status\n      network: $network\n      campaignId: $campaignId\n      labelId: $labelId\n      authorId: $authorId\n      from: $from\n      to: $to\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          brandId\n          title\n          baseText\n          status\n          scheduledAt\n          authorName\n          updatedAt\n          campaign {\n            id\n            name\n            color\n          }\n          labels {\n            id\n            name\n            color\n          }\n          targets {\n            accountId\n            network\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerBrand($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      name\n      timezone\n      archived\n      guidelines {\n        requiredHashtags\n        bannedWords\n        requireAltText\n      }\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n    campaigns(brandId: $brandId) {\n      id\n      name\n      color\n    }\n    labels(brandId: $brandId) {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  query ComposerBrand($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      name\n      timezone\n      archived\n      guidelines {\n        requiredHashtags\n        bannedWords\n        requireAltText\n      }\n      socialAccounts {\n        id\n        network\n        handle\n        displayName\n        status\n      }\n    }\n    campaigns(brandId: $brandId) {\n      id\n      name\n      color\n    }\n    labels(brandId: $brandId) {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostAuthors {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostAuthors {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePost($id: ID!) {\n    archivePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePost($id: ID!) {\n    archivePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostBrands {\n    brands(first: 100) {\n      edges {\n        node {\n          id\n          name\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkPreview($brandId: ID!, $url: String!) {\n    linkPreview(brandId: $brandId, url: $url) {\n      url\n      warning\n      card {\n        url\n        title\n        description\n        siteName\n        imageUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkPreview($brandId: ID!, $url: String!) {\n    linkPreview(brandId: $brandId, url: $url) {\n      url\n      warning\n      card {\n        url\n        title\n        description\n        siteName\n        imageUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicationSummaryFields on PublicationSummary {\n    total\n    failed\n    network\n    failureCode\n    networkMessage\n  }\n"): (typeof documents)["\n  fragment PublicationSummaryFields on PublicationSummary {\n    total\n    failed\n    network\n    failureCode\n    networkMessage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicationFields on Publication {\n    id\n    postId\n    accountId\n    network\n    dueAt\n    status\n    attempts\n    nextAttemptAt\n    externalUrl\n    publishedAt\n    failedStep\n    canRetry\n    updatedAt\n    parts {\n      index\n      externalId\n      externalUrl\n      publishedAt\n    }\n    failure {\n      code\n      message\n      networkMessage\n    }\n    account {\n      id\n      handle\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment PublicationFields on Publication {\n    id\n    postId\n    accountId\n    network\n    dueAt\n    status\n    attempts\n    nextAttemptAt\n    externalUrl\n    publishedAt\n    failedStep\n    canRetry\n    updatedAt\n    parts {\n      index\n      externalId\n      externalUrl\n      publishedAt\n    }\n    failure {\n      code\n      message\n      networkMessage\n    }\n    account {\n      id\n      handle\n      displayName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPublications($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostPublications($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryPublication($id: ID!) {\n    retryPublication(id: $id) {\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryPublication($id: ID!) {\n    retryPublication(id: $id) {\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingSlotsFields on PostingSlots {\n    brandId\n    timezone\n    slots {\n      weekday\n      time\n    }\n    upcoming\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PostingSlotsFields on PostingSlots {\n    brandId\n    timezone\n    slots {\n      weekday\n      time\n    }\n    upcoming\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingSlots($brandId: ID!, $upcoming: Int) {\n    postingSlots(brandId: $brandId, upcoming: $upcoming) {\n      ...PostingSlotsFields\n    }\n  }\n"): (typeof documents)["\n  query PostingSlots($brandId: ID!, $upcoming: Int) {\n    postingSlots(brandId: $brandId, upcoming: $upcoming) {\n      ...PostingSlotsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostingSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      ...PostingSlotsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPostingSlots($input: SetPostingSlotsInput!) {\n    setPostingSlots(input: $input) {\n      ...PostingSlotsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandAccountStatuses($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        status\n        statusReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrandAccountStatuses($brandId: ID!) {\n    brand(id: $brandId) {\n      id\n      socialAccounts {\n        id\n        network\n        handle\n        status\n        statusReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePost($input: SchedulePostInput!) {\n    schedulePost(input: $input) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnschedulePost($postId: ID!) {\n    unschedulePost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnschedulePost($postId: ID!) {\n    unschedulePost(postId: $postId) {\n      ...PostReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostSchedule($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      recurrence {\n        frequency\n        interval\n        weekdays\n        until\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostSchedule($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      scheduledAt\n      recurrence {\n        frequency\n        interval\n        weekdays\n        until\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewLinkFields on ReviewLink {\n    id\n    brandId\n    postIds\n    recipientName\n    recipientEmail\n    expiresAt\n    createdAt\n    createdByName\n    status\n  }\n"): (typeof documents)["\n  fragment ReviewLinkFields on ReviewLink {\n    id\n    brandId\n    postIds\n    recipientName\n    recipientEmail\n    expiresAt\n    createdAt\n    createdByName\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewLinks($brandId: ID!) {\n    reviewLinks(brandId: $brandId) {\n      ...ReviewLinkFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewLinks($brandId: ID!) {\n    reviewLinks(brandId: $brandId) {\n      ...ReviewLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReviewLink($input: CreateReviewLinkInput!) {\n    createReviewLink(input: $input) {\n      url\n      emailSent\n      link {\n        ...ReviewLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReviewLink($input: CreateReviewLinkInput!) {\n    createReviewLink(input: $input) {\n      url\n      emailSent\n      link {\n        ...ReviewLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReviewLink($id: ID!) {\n    revokeReviewLink(id: $id) {\n      ...ReviewLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeReviewLink($id: ID!) {\n    revokeReviewLink(id: $id) {\n      ...ReviewLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewPostFields on ReviewPost {\n    id\n    title\n    status\n    scheduledAt\n    timezone\n    baseText\n    decision\n    variants {\n      network\n      text\n      linkUrl\n      threadParts\n      firstComment\n      media {\n        url\n        kind\n        altText\n        width\n        height\n      }\n    }\n    comments {\n      id\n      parentId\n      body\n      authorName\n      viaLink\n      createdAt\n      deleted\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewPostFields on ReviewPost {\n    id\n    title\n    status\n    scheduledAt\n    timezone\n    baseText\n    decision\n    variants {\n      network\n      text\n      linkUrl\n      threadParts\n      firstComment\n      media {\n        url\n        kind\n        altText\n        width\n        height\n      }\n    }\n    comments {\n      id\n      parentId\n      body\n      authorName\n      viaLink\n      createdAt\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSession($token: String!) {\n    reviewLinkSession(token: $token) {\n      brandName\n      language\n      recipientName\n      expiresAt\n      posts {\n        ...ReviewPostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewSession($token: String!) {\n    reviewLinkSession(token: $token) {\n      brandName\n      language\n      recipientName\n      expiresAt\n      posts {\n        ...ReviewPostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideViaReviewLink($input: DecideViaReviewLinkInput!) {\n    decideViaReviewLink(input: $input) {\n      ...ReviewPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideViaReviewLink($input: DecideViaReviewLinkInput!) {\n    decideViaReviewLink(input: $input) {\n      ...ReviewPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    userId\n    name\n    email\n    role\n    brandIds\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    brandIds\n    status\n    invitedByName\n    expiresAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignBrands($input: AssignBrandsInput!) {\n    assignBrands(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;