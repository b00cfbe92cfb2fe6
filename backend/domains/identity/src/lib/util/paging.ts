import { MAX_PAGE_SIZE, type Page } from '@balss/contracts';

export const DEFAULT_PAGE_SIZE = 20;

export interface Paging {
  page: number;
  pageSize: number;
  offset: number;
  limit: number;
}

export function pageOf(query: { page?: number; pageSize?: number }): Paging {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, query.pageSize ?? DEFAULT_PAGE_SIZE));
  return { page, pageSize, offset: (page - 1) * pageSize, limit: pageSize };
}

export function toPage<T>(items: T[], total: number, paging: Paging): Page<T> {
  return { items, page: paging.page, pageSize: paging.pageSize, total };
}
