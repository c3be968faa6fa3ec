import { Module } from '@nestjs/common';
import { SeedPostsService } from './seed-posts.service';
import { SeedController } from './seed.controller';

/**
 * What the development platform's demo seed writes through (`ContentSeedSubjects`). The app module
 * imports it outside production only.
 */
@Module({
  controllers: [SeedController],
  providers: [SeedPostsService],
})
export class SeedModule {}
