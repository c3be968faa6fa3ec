/** Where a post is in its life. */
export enum PostStatus {
  Draft = 'draft',
  InReview = 'in_review',
  ChangesRequested = 'changes_requested',
  Approved = 'approved',
  Scheduled = 'scheduled',
  Published = 'published',
  Failed = 'failed',
  Archived = 'archived',
}
