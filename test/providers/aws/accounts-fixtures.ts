// An organization in the emulator: a management account (the scanner's default credentials land there) and
// member accounts, one without the scanning role, one suspended.
import type { EstateInput } from "../../../mocks/index.js";

export const MANAGEMENT = "111111111111";
export const MEMBER_A = "222222222222";
export const MEMBER_B = "333333333333";
/** In the organization and ACTIVE, but the AiPostureReadOnly role was never deployed there. */
export const MEMBER_NO_ROLE = "444444444444";
export const SUSPENDED = "555555555555";

const publicPolicy = (bucket: string) => ({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `arn:aws:s3:::${bucket}/*` },
  ],
});

function member(id: string, roles: string[]) {
  const bucket = `ai-data-${id}`;
  return {
    id,
    roles,
    s3: { buckets: [{ Name: bucket, Policy: publicPolicy(bucket) }] },
  };
}

export function organizationEstate(): EstateInput {
  return {
    aws: {
      accounts: [
        {
          id: MANAGEMENT,
          roles: ["OrgScanner"],
          s3: { buckets: [{ Name: "mgmt-cloudtrail-logs" }] },
        },
        member(MEMBER_A, ["AiPostureReadOnly"]),
        member(MEMBER_B, ["AiPostureReadOnly", "OrganizationAccountAccessRole"]),
        member(MEMBER_NO_ROLE, ["OrganizationAccountAccessRole"]),
        member(SUSPENDED, ["AiPostureReadOnly"]),
      ],
      organization: {
        managementAccountId: MANAGEMENT,
        accounts: [
          {
            Id: MANAGEMENT,
            Name: "management",
            Status: "ACTIVE",
            JoinedTimestamp: "2020-06-09T17:28:11.497Z",
          },
          { Id: MEMBER_A, Name: "ml-prod", State: "ACTIVE" },
          { Id: MEMBER_B, Name: "ml-research", Status: "ACTIVE", State: "ACTIVE" },
          { Id: MEMBER_NO_ROLE, Name: "sandbox", State: "ACTIVE" },
          { Id: SUSPENDED, Name: "old-poc", Status: "SUSPENDED", State: "SUSPENDED" },
        ],
      },
    },
  };
}
