import { FieldError } from '@relais/contracts';
import { Guidelines } from '@relais/network-rules';
import { blockingErrors } from '../posts/post-validation';
import { StoredPost } from '../posts/post.repository';
import { baseStateOf } from '../posts/post-draft';

/**
 * The brand's banned words the post uses, as field errors. Checked again on submission because the
 * brand's guidelines may have changed since the post was saved (the networks' rules were checked then).
 */
export function bannedWordErrors(stored: StoredPost, guidelines: Guidelines): FieldError[] {
  const { post } = stored;
  return blockingErrors({
    base: baseStateOf(post),
    variants: stored.variants,
    media: new Map(),
    guidelines,
  }).filter((error) => error.constraint === 'BANNED_WORD');
}
