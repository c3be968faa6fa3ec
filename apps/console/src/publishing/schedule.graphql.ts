import { graphql } from '@relais/web-graphql';

export const SchedulePostMutation = graphql(`
  mutation SchedulePost($input: SchedulePostInput!) {
    schedulePost(input: $input) {
      ...PostReviewFields
    }
  }
`);

export const UnschedulePostMutation = graphql(`
  mutation UnschedulePost($postId: ID!) {
    unschedulePost(postId: $postId) {
      ...PostReviewFields
    }
  }
`);

export const PostScheduleQuery = graphql(`
  query PostSchedule($id: ID!) {
    post(id: $id) {
      id
      status
      scheduledAt
      recurrence {
        frequency
        interval
        weekdays
        until
        count
      }
    }
  }
`);
