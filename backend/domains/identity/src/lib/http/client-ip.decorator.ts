import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ipPrefix } from '../crypto/client-summary';

/** The caller's IP truncated to its network (for audit entries); the full address is never passed on. */
export const ClientIpPrefix = createParamDecorator((_data: unknown, context: ExecutionContext): string | null =>
  ipPrefix(context.switchToHttp().getRequest<{ ip?: string }>().ip),
);
