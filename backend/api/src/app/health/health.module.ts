import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { RedisHealthIndicator } from './redis-health.indicator';

@Module({
  controllers: [HealthController],
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  providers: [HealthService, RedisHealthIndicator],
})
export class HealthModule {}
