// Types the charter editor shares with the charter pages, from the API's own zod schemas.
export type {
  CharterContent,
  CharterSection,
} from '../../../../src/charter/charter.content.ts';
export type { ProductLine } from '../../product-lines/use-product-lines.ts';

/** A field error or a conflict, located by a JSON pointer such as '#/content/term/endsOn'. */
export type PointedMessage = { pointer: string; detail: string };
