// AWS Organizations estate: the organization the management account sees, with its accounts exactly as
// `aws organizations list-accounts` prints them ({Id, Arn, Email, Name, Status, State, JoinedMethod,
// JoinedTimestamp}), so real CLI output can be pasted in. Only ListAccounts is emulated.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const accountId = z.string().regex(/^\d{12}$/, "expected a 12-digit account id");

export const orgAccountSchema = z.strictObject({
  Id: accountId,
  Arn: z.string().optional(),
  Email: z.string().optional(),
  Name: z.string().optional(),
  /** Deprecated by AWS in favour of State (retired September 2026); both are served when given. */
  Status: z.enum(["ACTIVE", "SUSPENDED", "PENDING_CLOSURE"]).optional(),
  State: z.enum(["PENDING_ACTIVATION", "ACTIVE", "SUSPENDED", "PENDING_CLOSURE", "CLOSED"]).optional(),
  Paths: z.array(z.string()).optional(),
  JoinedMethod: z.enum(["INVITED", "CREATED"]).optional(),
  /** ISO 8601, as the CLI prints it; sent as epoch seconds on the wire (awsJson1_1 timestamps). */
  JoinedTimestamp: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date")
    .optional(),
});

export const organizationSchema = z
  .strictObject({
    /** Organization id; defaults to o-aiposture01. */
    Id: z
      .string()
      .regex(/^o-[a-z0-9]{10,32}$/, "expected an organization id like o-exampleorgid")
      .optional(),
    managementAccountId: accountId,
    /** Accounts registered as delegated administrators: they may call ListAccounts too. */
    delegatedAdministrators: z.array(accountId).default([]),
    /** As `aws organizations list-accounts` prints `Accounts`; the management account is one of them. */
    accounts: z.array(orgAccountSchema).min(1),
  })
  .refine((org) => org.accounts.some((a) => a.Id === org.managementAccountId), {
    message: "the management account must be listed in accounts, as ListAccounts lists it",
    path: ["accounts"],
  })
  // Optional, so estates without an organization stay valid (ListAccounts then answers "not in use").
  .optional();

export type Organization = NonNullable<z.output<typeof organizationSchema>>;
export type OrganizationInput = NonNullable<z.input<typeof organizationSchema>>;
export type OrgAccount = z.output<typeof orgAccountSchema>;

/** AWS Organizations as the management account sees it: once for the whole AWS estate. */
export const organizationEstate = estateSection("organization", organizationSchema, { scope: "aws" });
