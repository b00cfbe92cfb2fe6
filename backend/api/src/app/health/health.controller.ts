import { Controller, Get, HttpStatus, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { HealthDto, HealthUnavailableBody } from '@balss/contracts';
import { Public } from '@balss/platform/auth';
import { HealthService, toUnavailableBody } from './health.service';

interface RequestWithId {
  id?: unknown;
}

interface StatusSetter {
  status(code: number): unknown;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Readiness: 200 when PostgreSQL and Redis answer, 503 naming what does not' })
  @ApiResponse({ status: HttpStatus.OK, description: '{"status":"ok","info":{"database":…,"redis":…},"error":{}}' })
  @ApiResponse({ status: HttpStatus.SERVICE_UNAVAILABLE, description: 'status "error"; `error` and `details.down` name the dependency' })
  async check(
    @Req() request: RequestWithId,
    @Res({ passthrough: true }) response: StatusSetter,
  ): Promise<HealthDto | HealthUnavailableBody> {
    const report = await this.health.check();
    if (report.status === 'ok') {
      return report;
    }
    response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return toUnavailableBody(report, request.id === undefined ? undefined : String(request.id));
  }
}
