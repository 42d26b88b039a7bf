// How the API answers what it cannot do: one JSON shape, { error, code? }, with the status saying why.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError } from "./schemas.js";

export const apiError = <S extends ContentfulStatusCode>(c: Context, status: S, error: string, code?: string) =>
  c.json(code === undefined ? { error } : { error, code }, status);

/** The OpenAPI response entry for an error status. */
export const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ApiError } } });
