import check from "../../../checks/graph/model-artifacts-publicly-writable.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset, modelAsset } from "../../support/ml-assets.js";
import { expect, it } from "vitest";
import { AssetGraph } from "../../../src/model/graph.js";

const BUCKET = "arn:aws:s3:::ai-model-artifacts";
const model = modelAsset({
  relations: [
    {
      type: RELATION.loadsArtifactsFrom,
      target: BUCKET,
      detail: "model artifacts: s3://ai-model-artifacts/m.tar.gz",
    },
  ],
});
const endpoint = (overrides: Parameters<typeof endpointAsset>[0] = {}) =>
  endpointAsset({
    relations: [{ type: RELATION.servesModel, target: model.id, detail: "variant AllTraffic" }],
    ...overrides,
  });
const bucket = (publicWrite: ReturnType<typeof storageAsset>["publicWrite"]) =>
  storageAsset({ id: BUCKET, name: "ai-model-artifacts", publicWrite });
const WRITABLE = { public: true, reasons: ["bucket policy statement 1 grants s3:PutObject to *"] };

checkTable(check, {
  valid: [
    {
      name: "artifact bucket not public",
      messageId: "chainNotPublic",
      asset: endpoint(),
      neighbours: [model, bucket({ public: false, reasons: [] })],
    },
    { name: "endpoint serves no model", messageId: "noModel", asset: endpointAsset() },
    {
      name: "endpoint out of service",
      messageId: "notServing",
      asset: endpoint({ status: "OutOfService" }),
      neighbours: [model, bucket(WRITABLE)],
    },
    {
      name: "model loads no artifacts from S3",
      messageId: "chainNotPublic",
      asset: endpoint(),
      neighbours: [modelAsset({ containers: [{ image: "img" }] })],
    },
  ],
  invalid: [
    {
      name: "InService endpoint, artifact bucket publicly writable",
      asset: endpoint(),
      neighbours: [model, bucket(WRITABLE)],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "model-endpoint", name: "example-endpoint" },
          { kind: "model", name: "example-model" },
          { kind: "storage", name: "ai-model-artifacts" },
        ],
      },
      severity: "critical",
    },
    {
      name: "status not read: the endpoint is in the inventory, so it counts as live",
      asset: endpoint({ status: undefined }),
      neighbours: [model, bucket(WRITABLE)],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "model-endpoint", name: "example-endpoint" },
          { kind: "model", name: "example-model" },
          { kind: "storage", name: "ai-model-artifacts" },
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
      name: "bucket publicWrite unreadable",
      asset: endpoint(),
      neighbours: [model, bucket(UNREADABLE)],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "model-endpoint", name: "example-endpoint" },
          { kind: "model", name: "example-model" },
          { kind: "storage", name: "ai-model-artifacts" },
        ],
      },
    },
    {
      name: "bucket not in the inventory",
      asset: endpoint(),
      neighbours: [model],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "model-endpoint", name: "example-endpoint" },
          { kind: "model", name: "example-model" },
          { kind: "outside-scan", name: "ai-model-artifacts" },
        ],
      },
    },
    {
      name: "model not in the inventory",
      asset: endpoint(),
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "model-endpoint", name: "example-endpoint" },
          { kind: "outside-scan", name: "example-model" },
        ],
      },
    },
    {
      name: "endpoint configuration unreadable",
      asset: endpointAsset({ variants: unknown("DescribeEndpointConfig failed: AccessDeniedException") }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeEndpointConfig failed: AccessDeniedException",
      },
    },
  ],
});

it("names the whole chain, in order, in the evidence", () => {
  const outcome = check.evaluate(endpoint(), new AssetGraph([endpoint(), model, bucket(WRITABLE)]));
  const chain = outcome.data.chain as Array<{ id: string; kind: string; name: string; why: string }>;
  expect(chain.map((l) => [l.kind, l.name])).toEqual([
    ["model-endpoint", "example-endpoint"],
    ["model", "example-model"],
    ["storage", "ai-model-artifacts"],
  ]);
  expect(chain[2]?.why).toMatch(/PutObject to \*/);
});

it("fails when one of two served models is poisonable, even if the other cannot be judged", () => {
  const other = {
    type: RELATION.servesModel,
    target: "arn:aws:sagemaker:us-east-1:111122223333:model/elsewhere",
  };
  const asset = endpoint({ relations: [...endpoint().relations, other] });
  expect(check.evaluate(asset, new AssetGraph([asset, model, bucket(WRITABLE)])).status).toBe("fail");
});
