// The emulated AWS services, tried in order: the first whose matches() accepts a request owns it. The emulator's
// own sinks for the Lambda runtime (SNS, DynamoDB) and the Security Hub export target come first, then every service of providers/aws/services.ts
// that declares an emulator, in that order, then the catch-alls (S3's path-style requests).
import { AWS_SERVICES } from "../../providers/aws/services.js";
import type { Replay } from "../estate/replay.js";
import type { ServiceEmulation, ServiceEmulator } from "../types.js";
import { dynamodb } from "./dynamodb.js";
import { securityhub } from "./securityhub.js";
import { sns } from "./sns.js";

const emulations: ServiceEmulation[] = [];
/** Services that can rebuild their estate from a saved inventory (mock --estate inventory.json), by manifest id. */
export const AWS_REPLAYS: Replay[] = [];
for (const service of AWS_SERVICES) {
  const emulation = await service.emulator?.();
  if (emulation) emulations.push(emulation);
  if (emulation?.replay) {
    const { replay, replayedServices = [] } = emulation;
    AWS_REPLAYS.push({ service: service.id, replay, recordServices: replayedServices });
  }
}

// sns before sts: an unsigned aws-query request naming a TopicArn is SNS's.
export const SERVICES: readonly ServiceEmulator[] = [
  sns,
  dynamodb,
  securityhub,
  ...emulations.filter((e) => !e.catchAll).flatMap((e) => e.handlers),
  ...emulations.filter((e) => e.catchAll).flatMap((e) => e.handlers),
];
