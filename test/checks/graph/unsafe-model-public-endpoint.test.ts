import check from "../../../checks/graph/unsafe-model-public-endpoint.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset, modelAsset } from "../../support/ml-assets.js";
import { artifactFromReply, scannedArtifact } from "../../support/model-artifact-assets.js";

// modelAsset() loads s3://artifacts/model.tar.gz, the id the artifact helpers give.
const model = modelAsset();
const endpoint = (overrides: Parameters<typeof endpointAsset>[0] = {}) =>
  endpointAsset({
    relations: [{ type: RELATION.servesModel, target: model.id, detail: "variant AllTraffic" }],
    ...overrides,
  });
const evil = await scannedArtifact({ model: "pickle-os-system" }, [model.id]);
const plain = await scannedArtifact({ model: "pickle-plain" }, [model.id]);
const safe = await scannedArtifact({ model: "safetensors" }, [model.id]);

checkTable(check, {
  valid: [
    {
      name: "serves a safetensors artifact",
      asset: endpoint(),
      neighbours: [model, safe],
      messageId: "safeServed",
    },
    {
      name: "a plain pickle is model.unsafe-serialization's medium finding, not this chain's",
      asset: endpoint(),
      neighbours: [model, plain],
      messageId: "safeServed",
    },
    {
      name: "endpoint out of service",
      asset: endpoint({ status: "OutOfService" }),
      neighbours: [model, evil],
      messageId: "notServing",
    },
    {
      name: "endpoint not reachable from the internet",
      asset: endpoint({ networkAccess: { publicNetwork: false, detail: "public network access disabled" } }),
      neighbours: [model, evil],
      messageId: "notReachable",
    },
  ],
  invalid: [
    {
      name: "internet-reachable endpoint serves a pickle that calls os.system",
      asset: endpoint(),
      neighbours: [model, evil],
      messageId: "unsafeServed",
      severity: "critical",
      data: {
        chains: [
          {
            chain: [
              { kind: "model-endpoint", name: "example-endpoint" },
              { kind: "model", name: "example-model" },
              { kind: "model-artifact", name: "s3://artifacts/model.tar.gz" },
            ],
          },
        ],
      },
    },
  ],
  unknown: [
    {
      // Variants known from DescribeEndpoint, but the configuration naming the models was denied.
      name: "endpoint configuration unread: no serves-model relation is not 'serves no model'",
      asset: endpointAsset({
        unreadRelations: { [RELATION.servesModel]: "DescribeEndpointConfig: AccessDeniedException" },
      }),
      messageId: "cannotTell",
    },
    {
      name: "artifact not scanned (--scan-artifacts off)",
      asset: endpoint(),
      neighbours: [model],
      messageId: "notJudged",
    },
    {
      name: "artifact could not be read",
      asset: endpoint(),
      neighbours: [model, artifactFromReply(undefined, [model.id])],
      messageId: "notJudged",
    },
    {
      name: "network access not read",
      asset: endpoint({ networkAccess: unknown("DescribeEndpoint failed: AccessDenied") }),
      neighbours: [model, evil],
      messageId: "cannotTell",
    },
    { name: "served model not in the scan", asset: endpoint(), messageId: "notJudged" },
  ],
});
