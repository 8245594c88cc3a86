import check from "../../../checks/model-artifact/unsafe-serialization.js";
import { checkTable } from "../../support/check-table.js";
import { artifactFromReply, scannedArtifact } from "../../support/model-artifact-assets.js";

const evil = await scannedArtifact({ model: "pickle-os-system" });
const plain = await scannedArtifact({ model: "pickle-plain" });
const safe = await scannedArtifact({ model: "safetensors" });
const rawEvil = await scannedArtifact({ model: "pickle-os-system", archive: "raw" });

const kerasLambda = artifactFromReply({
  bytesFetched: 100,
  ranges: 1,
  scan: {
    files: [
      {
        path: "model.tar.gz!model.keras",
        format: "keras",
        risk: "keras-code",
        severity: "high",
        detail: "Keras config has a Lambda layer: its code runs on load",
      },
    ],
    unreadable: 0,
    notes: [],
    bytesRead: 100,
    complete: true,
  },
});

const capped = artifactFromReply({
  size: 3 * 1024 ** 3,
  bytesFetched: 2 * 1024 ** 3,
  ranges: 256,
  stopped: "the object is 3221225472 bytes; the first 2147483648 were read (the per-object cap)",
  scan: {
    files: [
      {
        path: "model.tar.gz!model/pytorch_model.bin!archive/data.pkl",
        format: "pickle",
        risk: "plain-pickle",
        severity: "medium",
        detail: "pickle (protocol 2) with only allow-listed imports",
      },
      { path: "model.tar.gz", format: "other", risk: "unreadable", detail: "unreadable stream (cap)" },
    ],
    unreadable: 1,
    notes: [],
    bytesRead: 2 * 1024 ** 3,
    complete: false,
  },
});

checkTable(check, {
  valid: [
    {
      name: "generated model.tar.gz holding safetensors",
      asset: safe,
      messageId: "safe",
      data: { files: ["model.tar.gz!model/model.safetensors (safetensors)"] },
    },
  ],
  invalid: [
    {
      name: "generated model.tar.gz whose PyTorch pickle calls os.system",
      asset: evil,
      messageId: "runsCode",
      severity: "critical",
      data: {
        files: [
          "model.tar.gz!model/pytorch_model.bin!archive/data.pkl: pickle imports os.system, which runs code when the file is loaded (os.system via GLOBAL at byte 2)",
        ],
      },
    },
    {
      name: "a bare PyTorch archive calling os.system",
      asset: rawEvil,
      messageId: "runsCode",
      severity: "critical",
    },
    { name: "Keras Lambda layer", asset: kerasLambda, messageId: "runsCode", severity: "high" },
    {
      name: "pickle with only allow-listed imports: safetensors would do",
      asset: plain,
      messageId: "plainPickle",
      severity: "medium",
      data: { files: ["model.tar.gz!model/pytorch_model.bin!archive/data.pkl"] },
    },
  ],
  unknown: [
    { name: "GetObject failed", asset: artifactFromReply(undefined), messageId: "cannotTell" },
    {
      name: "skipped: the scan's cap was used up",
      asset: artifactFromReply({
        skipped: "the scan's cap on artifact reads was used up",
        bytesFetched: 0,
        ranges: 0,
      }),
      messageId: "cannotTell",
    },
    {
      name: "per-object cap: a plain pickle so far, the rest not read",
      asset: capped,
      messageId: "notJudged",
    },
    {
      name: "complete read that found no model file",
      asset: artifactFromReply({
        bytesFetched: 10,
        ranges: 1,
        scan: { files: [], unreadable: 0, notes: [], bytesRead: 10, complete: true },
      }),
      messageId: "notJudged",
      data: { gaps: ["no model file was found in it"] },
    },
  ],
});
