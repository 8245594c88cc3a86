// The contract between the server (routing, stats, faults) and one emulated service.
import type { IncomingHttpHeaders } from "node:http";
import type { ZodType } from "zod";
import type { InventoryRecord } from "../src/model/inventory.js";
import type { Account, Estate } from "./estate/schema.js";
import type { ArmResourceType } from "./estate/sections.js";

export type { ArmResourceType };
import type { RuntimeState } from "./runtime.js";

export interface EmuRequest {
  readonly method: string;
  /** Decoded path without the query string, e.g. "/my-bucket". */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Host header without the port. */
  readonly host: string;
  /** From the SigV4 credential scope; undefined when the request is unsigned. */
  readonly auth: SigV4Scope | undefined;
}

export interface SigV4Scope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** A binary body (an S3 object or a range of one), sent instead of `body`. */
  bytes?: Uint8Array;
}

/** What the framework needs to know about a request before any handler runs. */
export interface Operation {
  /** SDK command name without "Command", e.g. "GetBucketPolicy". */
  readonly name: string;
  /** Bucket name / resource id that fault globs match against; "" when the operation has none. */
  readonly resource: string;
  /** Anything that is not Get/List/Describe/Head: recorded and refused. */
  readonly write: boolean;
}

export interface HandlerContext {
  readonly estate: Estate;
  /** The account the access key maps to (first account for unknown keys). */
  readonly account: Account;
  /** The region of the request, from the credential scope (us-east-1 when unsigned). */
  readonly region: string;
  readonly endpoint: string;
  readonly pageSize: number | undefined;
  countRedirect(): void;
  /** State written while the emulator runs (SNS messages, DynamoDB items); see runtime.ts. */
  readonly runtime: RuntimeState;
  /** The Azure resource lists of a subscription by estate key, from the services' estate sections. */
  readonly armResourceTypes: ReadonlyMap<string, ArmResourceType>;
}

/** The service's own wording for errors the framework produces on its behalf. */
export interface ServiceErrors {
  error(status: number, code: string, message: string, extra?: Record<string, string>): EmuResponse;
  readonly throttling: { status: number; code: string; message: string };
  readonly accessDenied: { status: number; code: string; message: string };
  readonly missingAuth: { status: number; code: string; message: string };
  readonly writeDenied: { status: number; code: string; message: string };
  readonly unknownOperation: { status: number; code: string; message: string };
}

export interface ServiceEmulator {
  /** Key prefix in calls() and the `service` in fault rules, e.g. "s3", "s3control", "sts". */
  readonly name: string;
  /** Whether this service owns the request (signing service plus request shape). */
  matches(req: EmuRequest): boolean;
  /** Whether the request carries this service's credentials; absent means "has a SigV4 scope" (AWS). */
  authenticated?(req: EmuRequest): boolean;
  /** Identify the operation; undefined when the request is not one this emulator knows. */
  operation(req: EmuRequest): Operation | undefined;
  readonly errors: ServiceErrors;
  handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse | Promise<EmuResponse>;
}

/** A service's part of the estate: the key it lives under (in an AWS account, an Azure subscription) and its schema. */
export interface EstateSection<T = unknown> {
  readonly key: string;
  readonly schema: ZodType;
  /** "aws": once for the whole AWS estate (estate.aws.<key>, e.g. Organizations); default: in every account. */
  readonly scope?: "account" | "aws";
  /** Azure resource lists: the ARM type their ids carry and where their diagnostic settings live. */
  readonly resourceType?: ArmResourceType;
  /** This section of a validated account (subscription, AWS estate), typed. */
  of(owner: object): T;
}

/** What a service manifest's lazy `emulator` loader returns. */
export interface ServiceEmulation {
  /** Tried in order. */
  readonly handlers: readonly ServiceEmulator[];
  /** Its handlers accept broad request shapes (S3 path-style), so every other service is tried first. */
  readonly catchAll?: boolean;
  readonly estate?: EstateSection;
  /**
   * Replay: this service's part of an account's estate rebuilt from a saved inventory's records of that account
   * (the raw replies it recorded), as estate fields ({ s3: { buckets } }). Absent: its records are not served.
   */
  readonly replay?: (records: readonly InventoryRecord[]) => Record<string, unknown>;
  /** The records' service names the replay serves, when they are not the manifest id (e.g. its SDK client's). */
  readonly replayedServices?: readonly string[];
}
