// DynamoDB estate: tables in `aws dynamodb describe-table` shape (TableName, KeySchema, AttributeDefinitions;
// `{Table: {...}}` is accepted too). Items are runtime state (mocks/services/dynamodb.ts); `Items` seeds them
// in DynamoDB JSON ({"pk": {"S": "..."}}).
import { z } from "zod";

const attributeValue: z.ZodType<Record<string, unknown>> = z.record(z.string(), z.unknown());

const table = z.strictObject({
  TableName: z.string().regex(/^[a-zA-Z0-9_.-]{3,255}$/, "expected a DynamoDB table name"),
  /** Region of the table; defaults to us-east-1 (or the region of TableArn when given). */
  TableArn: z.string().optional(),
  KeySchema: z
    .array(z.strictObject({ AttributeName: z.string(), KeyType: z.enum(["HASH", "RANGE"]) }))
    .min(1)
    .max(2),
  AttributeDefinitions: z
    .array(z.strictObject({ AttributeName: z.string(), AttributeType: z.enum(["S", "N", "B"]) }))
    .default([]),
  BillingModeSummary: z.object({ BillingMode: z.string() }).optional(),
  TimeToLiveDescription: z
    .object({ AttributeName: z.string().optional(), TimeToLiveStatus: z.string().optional() })
    .optional(),
  Items: z.array(z.record(z.string(), attributeValue)).default([]),
});

export const dynamodbTableSchema = z.union([
  z.strictObject({ Table: table }).transform((v) => v.Table),
  table,
]);

export const dynamodbSchema = z
  .strictObject({
    Tables: z.array(dynamodbTableSchema).default([]),
  })
  // Optional, so estates (and the built-in default account) without it stay valid.
  .optional();

export type DynamoDbTable = z.output<typeof dynamodbTableSchema>;
