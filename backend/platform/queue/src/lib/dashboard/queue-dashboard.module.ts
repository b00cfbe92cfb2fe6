import { API_PREFIX, ApiRoutes, QueueName } from '@balss/contracts';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule, type BullBoardModuleOptions } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { QueueModule } from '../queue.module';
import { dashboardAccess } from './dashboard-access.middleware';

/**
 * Bull Board registers its route under the app's global prefix, so the route given here is
 * `ApiRoutes.queues` without it; this assumes the api calls `app.setGlobalPrefix(API_PREFIX)`.
 */
export const DASHBOARD_ROUTE = ApiRoutes.queues.slice(`/${API_PREFIX}`.length);

/**
 * The queue dashboard (Bull Board) at `/api/admin/queues`, showing every queue of the catalogue,
 * to holders of `queues:dashboard` (see dashboard-access.middleware.ts). Only the api imports it;
 * it brings QueueModule with it.
 */
@Module({
  imports: [
    QueueModule,
    BullBoardModule.forRootAsync({
      useFactory: () => ({
        // @bull-board/express 9.10.1 pins its own @bull-board/api 9.10.1 beside the nestjs package's
        // 9.10.2; the classes are the same at run time but their private fields make them distinct types.
        adapter: ExpressAdapter as unknown as BullBoardModuleOptions['adapter'],
        boardOptions: { uiConfig: { boardTitle: 'Balss queues' } },
        middleware: dashboardAccess(),
        route: DASHBOARD_ROUTE,
      }),
    }),
    BullBoardModule.forFeature(...Object.values(QueueName).map((name) => ({ adapter: BullMQAdapter, name }))),
  ],
})
export class QueueDashboardModule {}
