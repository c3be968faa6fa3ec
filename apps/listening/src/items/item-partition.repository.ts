import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** `listening.items`' monthly partitions, made by the owner's `ensure_item_partitions`. */
@Injectable()
export class ItemPartitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Makes the months from `first` to `last` (UTC, both included) that are missing; resolves with how many. */
  async ensure(first: Date, last: Date): Promise<number> {
    const rows = await this.dataSource.query<{ made: number }[]>(
      `SELECT listening.ensure_item_partitions($1::date, $2::date) AS made`,
      [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)],
    );
    return rows[0]?.made ?? 0;
  }
}
