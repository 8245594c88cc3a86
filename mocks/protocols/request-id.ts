// Request ids in the shape S3 uses (16 upper-case hex characters); unique enough for logs.
import { randomBytes } from "node:crypto";

export function requestId(): string {
  return randomBytes(8).toString("hex").toUpperCase();
}

export function hostId(): string {
  return randomBytes(32).toString("base64");
}
