import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { parseInput } from '../control/parse-input';
import { SandboxNetworks } from '../control/sandbox-networks.service';
import { ListeningItem } from './listening-item';
import { placeItem } from './listening-placement';
import { crisisSchema, itemSchema, itemsQuerySchema, itemsSchema, streamSchema } from './listening.schemas';
import { listeningItemView } from './listening.view';

/**
 * The listening side of the control API: inject items, read what is stored, start and stop the generated
 * stream, start a crisis, read the counters.
 */
@Controller('control/listening')
export class ListeningController {
  constructor(private readonly networks: SandboxNetworks) {}

  /** One item or `{items}`: each lands on its network's surface, or nothing is stored and 400 says why. */
  @Post('items')
  inject(@Body() body: unknown) {
    const several = typeof body === 'object' && body !== null && 'items' in body;
    const input = several ? parseInput(itemsSchema, body) : { items: [parseInput(itemSchema, body)] };
    const sandbox = this.networks.sandbox;
    const placed: ListeningItem[] = [];
    for (const [index, item] of input.items.entries()) {
      const result = placeItem(sandbox, {
        ...item,
        createdAt: item.createdAt ? Date.parse(item.createdAt) : undefined,
      });
      if (!result.ok) {
        const field = several ? `items.${index}.${result.field}` : result.field;
        throw new BadRequestException({
          statusCode: 400,
          message: `Invalid request: ${field} ${result.message}${placed.length > 0 ? ` (the ${placed.length} items before it were stored)` : ''}`,
          errors: [{ field, message: result.message }],
          stored: placed.map(listeningItemView),
        });
      }
      placed.push(result.item);
    }
    return { items: placed.map(listeningItemView) };
  }

  /** Stored items, newest first. */
  @Get('items')
  items(@Query() query: unknown) {
    const filter = parseInput(itemsQuerySchema, query);
    const words = filter.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const all = this.networks.sandbox.listening.list();
    const matches = (item: ListeningItem) =>
      (!filter.network || item.network === filter.network) &&
      (!filter.kind || item.kind === filter.kind) &&
      (!filter.accountId || item.accountId === filter.accountId) &&
      (!filter.topic || item.topic === filter.topic) &&
      (!filter.sentiment || item.sentiment === filter.sentiment) &&
      (filter.afterSeq === undefined || item.seq > filter.afterSeq) &&
      words.every((word) => item.text.toLowerCase().includes(word));
    const items = all.newestFirst(matches, filter.limit);
    return { stored: all.length, items: items.map(listeningItemView) };
  }

  @Put('stream')
  startStream(@Body() body: unknown) {
    const settings = parseInput(streamSchema, body);
    this.networks.listeningStream.start(settings);
    return this.networks.listeningStream.stats();
  }

  @Delete('stream')
  @HttpCode(204)
  stopStream(): void {
    this.networks.listeningStream.stopStream();
  }

  @Post('crisis')
  crisis(@Body() body: unknown) {
    const input = parseInput(crisisSchema, body);
    const stream = this.networks.listeningStream;
    const known = stream.topicOf(input.brand);
    if (!known && !input.handles && !input.keywords) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Invalid request: brand is no topic of the running stream; give its handles or keywords',
        errors: [
          { field: 'brand', message: 'is no topic of the running stream; give its handles or keywords' },
        ],
      });
    }
    const topic = {
      brand: input.brand,
      handles: input.handles ?? known?.topic.handles ?? {},
      keywords: input.keywords ?? known?.topic.keywords ?? [input.brand],
    };
    const networks = input.networks ?? known?.networks ?? networksOf(topic.handles);
    stream.crisis({
      topic,
      networks,
      ratePerSecond: input.ratePerSecond,
      durationSeconds: input.durationSeconds,
      negativeShare: input.negativeShare,
    });
    return stream.stats();
  }

  @Get('stats')
  stats() {
    return this.networks.listeningStream.stats();
  }
}

function networksOf<K extends string>(handles: Partial<Record<K, string>>): K[] {
  const names = Object.keys(handles) as K[];
  if (names.length === 0)
    throw new BadRequestException({ statusCode: 400, message: 'Invalid request: networks is required' });
  return names;
}
