import { PostingSlotView } from '@relais/contracts';
import { PostingSlotEntity } from './posting-slot.entity';

export function toSlotView(row: PostingSlotEntity): PostingSlotView {
  return { weekday: row.weekday, time: row.localTime };
}
