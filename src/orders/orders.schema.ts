// The principal's orders (sell-in) as the API shows them, and the list's filters.
import { z } from 'zod';
import { IsoDate, Uuid } from '../platform/fields.ts';

const Day = IsoDate.meta({ description: 'Calendar date, YYYY-MM-DD' });

export const OrderListQuery = z.object({
  from: Day.optional().meta({ description: 'Ordered on or after' }),
  to: Day.optional().meta({ description: 'Ordered on or before' }),
  productLine: z.string().trim().min(1).max(32).optional().meta({
    description: 'A product line code',
  }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;

export const OrderLineView = z
  .object({
    id: Uuid,
    orderRef: z.string().nullable().meta({ description: 'The ERP order number, if known' }),
    orderedOn: Day,
    productLine: z.object({ id: Uuid, code: z.string(), name: z.string() }),
    quantity: z.number(),
    netValue: z.number(),
    currency: z.string(),
  })
  .meta({ id: 'OrderLine' });

export const OrderPage = z
  .object({
    items: z.array(OrderLineView),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'OrderPage' });
