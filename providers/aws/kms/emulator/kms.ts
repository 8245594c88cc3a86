// AWS KMS (awsJson1_1, X-Amz-Target "TrentService.<Operation>", signing name "kms"): DescribeKey only, by key
// id, key ARN, alias name or alias ARN, following the AWS KMS API Reference (DescribeKey; NotFoundException,
// AccessDeniedException and ThrottlingException are all HTTP 400 in KMS). Every other operation is refused as a
// write or reported unimplemented.
import type { KmsKey } from "./estate.js";
import { jsonError, jsonOk, jsonTarget } from "../../../../mocks/protocols/json.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { kmsEstate } from "./estate.js";

const PREFIX = "TrentService";

const errors: ServiceErrors = {
  error: (status, code, message) => jsonError(status, code, message, "1.1"),
  throttling: { status: 400, code: "ThrottlingException", message: "Rate exceeded" },
  accessDenied: {
    status: 400,
    code: "AccessDeniedException",
    message: "User is not authorized to perform: kms:DescribeKey",
  },
  missingAuth: {
    status: 400,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 400, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "UnknownOperationException", message: "Unknown operation" },
};

function keyIdOf(req: EmuRequest): string {
  try {
    const body = JSON.parse(req.body || "{}") as { KeyId?: unknown };
    return typeof body.KeyId === "string" ? body.KeyId : "";
  } catch {
    return "";
  }
}

function operation(req: EmuRequest): Operation | undefined {
  const target = jsonTarget(req);
  if (!target || target.prefix !== PREFIX) return undefined;
  const name = target.operation;
  // Encrypt/Decrypt/GenerateDataKey use key material: never a read this tool may make.
  const write = !/^(Describe|List|Get)/.test(name) || name === "GetParametersForImport";
  return { name, resource: keyIdOf(req), write };
}

function keyArn(key: KmsKey, ctx: HandlerContext): string {
  return key.KeyMetadata.Arn ?? `arn:aws:kms:us-east-1:${ctx.account.id}:key/${key.KeyMetadata.KeyId}`;
}

function regionOf(key: KmsKey, ctx: HandlerContext): string {
  return keyArn(key, ctx).split(":")[3] ?? "us-east-1";
}

/** KeyId may be a key id, key ARN, alias name or alias ARN (DescribeKey request syntax). */
function resolve(keyId: string, ctx: HandlerContext): KmsKey | undefined {
  const keys = (kmsEstate.of(ctx.account)?.keys ?? []).filter((k) => regionOf(k, ctx) === ctx.region);
  const alias = /^(?:arn:aws[\w-]*:kms:[\w-]+:\d{12}:)?(alias\/.+)$/.exec(keyId)?.[1];
  if (alias) return keys.find((k) => k.Aliases.includes(alias));
  return keys.find((k) => k.KeyMetadata.KeyId === keyId || keyArn(k, ctx) === keyId);
}

const seconds = (v: string | number | undefined, fallback = 1704067200): number =>
  v === undefined ? fallback : typeof v === "number" ? v : Date.parse(v) / 1000;

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name !== "DescribeKey")
    return errors.error(400, "UnknownOperationException", `The emulator does not implement ${op.name}`);
  if (!op.resource)
    return errors.error(
      400,
      "ValidationException",
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  const key = resolve(op.resource, ctx);
  if (!key) return errors.error(400, "NotFoundException", `Key '${op.resource}' does not exist`);
  const meta = key.KeyMetadata;
  return jsonOk(
    {
      KeyMetadata: {
        ...meta,
        AWSAccountId: meta.AWSAccountId ?? ctx.account.id,
        Arn: keyArn(key, ctx),
        CreationDate: seconds(meta.CreationDate),
        ...(meta.DeletionDate !== undefined ? { DeletionDate: seconds(meta.DeletionDate) } : {}),
        ...(meta.ValidTo !== undefined ? { ValidTo: seconds(meta.ValidTo) } : {}),
        EncryptionAlgorithms: meta.EncryptionAlgorithms ?? ["SYMMETRIC_DEFAULT"],
      },
    },
    "1.1",
  );
}

export const kms: ServiceEmulator = {
  name: "kms",
  matches: (req) => req.auth?.service === "kms" || jsonTarget(req)?.prefix === PREFIX,
  operation,
  errors,
  handle,
};
