import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { API_PREFIX } from '@balss/contracts';
import { type AccessRule, accessRuleOf } from '@balss/domains/identity';

export interface RegisteredRoute {
  method: string;
  path: string;
  rule: AccessRule;
  handler: string;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : [typeof value === 'string' ? value : '']);

function join(...parts: string[]): string {
  return `/${parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
}

/**
 * Every HTTP route the app's controllers register, with the access rule it declares, read from
 * Nest's own metadata (the same the router and the guard use). Plain Express mounts (Swagger UI,
 * the queue dashboard, the web app) are not controllers; they are covered by their own tests.
 */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RegisteredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!controller || !wrapper.instance) {
      continue;
    }
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, (...args: unknown[]) => unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (methodPaths === undefined || requestMethod === undefined) {
        continue;
      }
      for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const sub of asList(methodPaths)) {
          routes.push({
            method: RequestMethod[requestMethod],
            path: join(API_PREFIX, base, sub),
            rule: accessRuleOf(reflector, [handler, controller]),
            handler: `${controller.name}.${name}`,
          });
        }
      }
    }
  }
  return routes;
}
