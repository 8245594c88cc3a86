// STS's emulation: caller identity and AssumeRole into the estate's IAM roles (the fixed part of an account).
import type { ServiceEmulation } from "../../../../mocks/types.js";

import { sts } from "./sts.js";

const emulation: ServiceEmulation = {
  handlers: [sts],
  // Replay: who the recorded credentials were.
  replay: (records) => {
    const identity = records.find((r) => r.resourceType === "aws.account")?.replies.GetCallerIdentity as
      { Arn?: string; UserId?: string } | undefined;
    return identity?.Arn ? { CallerIdentity: { Arn: identity.Arn, UserId: identity.UserId } } : {};
  },
};
export default emulation;
