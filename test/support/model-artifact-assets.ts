// Model-artifact assets for check tables: either hand-made verdicts, or a real scan of an artifact the emulator's
// generator builds, recorded and normalized the way the collector does it.
import type { ArtifactReadReply } from "../../providers/aws/model-artifacts/collect.js";
import { normalizeModelArtifact } from "../../providers/aws/model-artifacts/normalize.js";
import { replyReader } from "../../providers/aws/replies.js";
import {
  generateModelArtifact,
  generatedModelSchema,
} from "../../providers/aws/s3/emulator/model-fixtures.js";
import type { ModelArtifactAsset } from "../../src/model/assets/model-artifact.js";
import { emptyInventory, type InventoryRecord } from "../../src/model/inventory.js";
import { scanArtifactStream } from "../../src/supply-chain/model-files/stream.js";

export const ARTIFACT_URI = "s3://artifacts/model.tar.gz";
export const ARTIFACT_ID = "arn:aws:s3:::artifacts/model.tar.gz";

export function artifactRecord(
  reply: ArtifactReadReply | undefined,
  loadedBy: string[] = [],
): InventoryRecord {
  return {
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    service: "model-artifacts",
    resourceType: "aws.s3.model-artifact",
    resourceId: ARTIFACT_ID,
    name: ARTIFACT_URI,
    replies: { LoadedBy: loadedBy, ...(reply ? { GetObject: reply } : {}) },
  };
}

export function artifactFromReply(
  reply: ArtifactReadReply | undefined,
  loadedBy: string[] = [],
): ModelArtifactAsset {
  const inventory = emptyInventory();
  return normalizeModelArtifact(artifactRecord(reply, loadedBy), replyReader(inventory));
}

/** A generated artifact (model-fixtures.ts), scanned as a stream and normalized. */
export async function scannedArtifact(
  spec: { model: "pickle-os-system" | "pickle-plain" | "safetensors"; archive?: "tar.gz" | "tar" | "raw" },
  loadedBy: string[] = [],
): Promise<ModelArtifactAsset> {
  const content = generateModelArtifact(generatedModelSchema.parse(spec));
  const bytes = content.slice(0, content.size);
  const scan = await scanArtifactStream(
    "model.tar.gz",
    (async function* () {
      yield bytes;
    })(),
  );
  return artifactFromReply(
    {
      size: content.size,
      bytesFetched: content.size,
      ranges: 1,
      scan: {
        files: scan.files,
        ...(scan.severity ? { severity: scan.severity } : {}),
        unreadable: scan.unreadable,
        notes: scan.notes,
        bytesRead: scan.bytesRead,
        complete: scan.complete,
      },
    },
    loadedBy,
  );
}
