// SNS estate: topics as `aws sns list-topics` prints them ({TopicArn}). Published messages are runtime state
// (mocks/services/sns.ts), not estate.
import { z } from "zod";

export const snsTopicSchema = z.strictObject({
  TopicArn: z.string().regex(/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w-]{1,256}$/, "expected an SNS topic ARN"),
});

export const snsSchema = z
  .strictObject({
    Topics: z.array(snsTopicSchema).default([]),
  })
  // Optional, so estates (and the built-in default account) without it stay valid.
  .optional();

export type SnsTopic = z.output<typeof snsTopicSchema>;
