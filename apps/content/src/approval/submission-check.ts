import { FieldError } from '@relais/contracts';
import { AltTextImage, Guidelines, MediaFacts } from '@relais/network-rules';
import { altTextErrors, blockingErrors } from '../posts/post-validation';
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

/**
 * What refuses scheduling, checked again at that moment since the post was saved: the networks' rules
 * on the post as it stands (its media's facts now, its thread's parts), the brand's banned words and
 * its alt-text guideline. Field errors as a save gives them.
 */
export function schedulingErrors(
  stored: StoredPost,
  media: ReadonlyMap<string, MediaFacts>,
  images: ReadonlyMap<string, AltTextImage>,
  guidelines: Guidelines,
): FieldError[] {
  return [
    ...blockingErrors({ base: baseStateOf(stored.post), variants: stored.variants, media, guidelines }),
    ...altTextErrors(stored.variants, images, guidelines.requireAltText === true),
  ];
}
