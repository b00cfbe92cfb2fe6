import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventDto, MunicipalitySummaryDto, Page, UserSummaryDto } from '@balss/contracts';
import { type Actor, CurrentActor, RequirePermission } from '@balss/platform/auth';
import { TenancyService } from '../admin/tenancy.service';
import { UserAdminService } from '../admin/user-admin.service';
import { AuditService } from '../audit/audit.service';
import { CreateMunicipalityRequest, IdParams, ListAuditQuery, ListUsersQuery, UserRoleParams } from '../dto/admin.requests';
import { RoleService } from '../roles/role.service';
import { ClientIpPrefix } from './client-ip.decorator';

/** People and roles of the administrator's own municipality. Routes: IdentityRoutes. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UserAdminService,
    private readonly roles: RoleService,
  ) {}

  @Get()
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'Users of my municipality, newest first; filter by role' })
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<Page<UserSummaryDto>> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'One user of my municipality (another municipality’s user: 404)' })
  get(@CurrentActor() actor: Actor, @Param() params: IdParams): Promise<UserSummaryDto> {
    return this.users.get(actor, params.id);
  }

  @Put(':id/roles/:role')
  @RequirePermission('users:assign-roles')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Grants a role in my municipality (idempotent; never platform_admin)' })
  grant(@CurrentActor() actor: Actor, @Param() params: UserRoleParams, @ClientIpPrefix() ip: string | null): Promise<void> {
    return this.roles.grant(actor, params.id, params.role, ip);
  }

  @Delete(':id/roles/:role')
  @RequirePermission('users:assign-roles')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revokes a role in my municipality (never the last administrator)' })
  revoke(@CurrentActor() actor: Actor, @Param() params: UserRoleParams, @ClientIpPrefix() ip: string | null): Promise<void> {
    return this.roles.revoke(actor, params.id, params.role, ip);
  }
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  @ApiOperation({ summary: 'The audit trail of my municipality, newest first' })
  list(@CurrentActor() actor: Actor, @Query() query: ListAuditQuery): Promise<Page<AuditEventDto>> {
    return this.audit.list(actor, query);
  }
}

@ApiTags('audit')
@Controller('platform/audit')
export class PlatformAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read-platform')
  @ApiOperation({ summary: 'The audit events of no municipality, newest first (platform administrators)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListAuditQuery): Promise<Page<AuditEventDto>> {
    return this.audit.listPlatform(actor, query);
  }
}

/** POST /api/municipalities; the public GETs of the same path are the municipality domain's. */
@ApiTags('municipalities')
@Controller('municipalities')
export class TenancyController {
  constructor(private readonly tenancy: TenancyService) {}

  @Post()
  @RequirePermission('municipalities:create')
  @ApiOperation({ summary: 'Creates a municipality and invites its first administrator (platform administrators)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateMunicipalityRequest, @ClientIpPrefix() ip: string | null): Promise<MunicipalitySummaryDto> {
    return this.tenancy.createMunicipality(actor, body, ip);
  }
}
