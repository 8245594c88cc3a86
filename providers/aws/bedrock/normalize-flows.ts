import type { Relation } from "../../../src/model/asset.js";
import type { AgentAsset, GuardrailReference } from "../../../src/model/assets/agent.js";
import type { InferenceJobAsset } from "../../../src/model/assets/inference-job.js";
import type { PromptAsset } from "../../../src/model/assets/prompt.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";
import { bucketArnFromS3Uri, RELATION } from "../../../src/model/relations.js";
import { describedKeyEncryption } from "../kms/key-manager.js";
import type { ReplyReader } from "../replies.js";
import { dedupe } from "./normalize-models.js";
import { assetBase, bedrockArn, modelTarget, partitionOfArn, required } from "./normalize-common.js";

interface GuardrailConfig {
  guardrailIdentifier?: string;
  guardrailVersion?: string;
}

interface FlowNode {
  name?: string;
  type?: string;
  configuration?: {
    prompt?: {
      sourceConfiguration?: { inline?: { modelId?: string }; resource?: { promptArn?: string } };
      guardrailConfiguration?: GuardrailConfig;
    };
    knowledgeBase?: { knowledgeBaseId?: string; modelId?: string; guardrailConfiguration?: GuardrailConfig };
  };
}

interface FlowReply {
  customerEncryptionKeyArn?: string;
  definition?: { nodes?: FlowNode[] };
}

/** The flow nodes that call a model: prompt nodes, and knowledge-base nodes that generate (have a modelId). */
function modelCalls(nodes: FlowNode[]): Array<{ node: FlowNode; guardrail?: GuardrailConfig }> {
  return nodes.flatMap((node) => {
    if (node.type === "Prompt")
      return [{ node, guardrail: node.configuration?.prompt?.guardrailConfiguration }];
    const kb = node.configuration?.knowledgeBase;
    if (node.type === "KnowledgeBase" && kb?.modelId) return [{ node, guardrail: kb.guardrailConfiguration }];
    return [];
  });
}

/**
 * A prompt flow as an agent: it orchestrates models and knowledge bases. Its guardrail is the one every model
 * call of the flow uses; null when any model call (prompt node, generating knowledge-base node) has none, or
 * the flow calls no model at all. Its key's owner comes from KMS.
 */
export function normalizeFlow(record: InventoryRecord, read: ReplyReader): AgentAsset {
  const flow = required<FlowReply>(record, read, "GetFlow");
  const nodes = isUnknown(flow) ? [] : (flow.definition?.nodes ?? []);
  const relations: Relation[] = [];
  const knowledgeBases: string[] = [];
  for (const node of nodes) {
    const kb = node.configuration?.knowledgeBase;
    if (kb?.knowledgeBaseId) {
      const target = bedrockArn(record, "knowledge-base", kb.knowledgeBaseId);
      knowledgeBases.push(target);
      relations.push({ type: RELATION.usesKnowledgeBase, target, detail: `flow node ${node.name ?? ""}` });
    }
    const model = node.configuration?.prompt?.sourceConfiguration?.inline?.modelId ?? kb?.modelId;
    if (model) relations.push({ type: RELATION.usesModel, target: modelTarget(model, record) });
  }
  const calls = modelCalls(nodes);
  const guardrails = calls.map((c) => c.guardrail);
  let guardrail: GuardrailReference | null = null;
  if (calls.length > 0 && guardrails.every((g) => g?.guardrailIdentifier)) {
    const first = guardrails[0]!;
    guardrail = {
      id: bedrockArn(record, "guardrail", first.guardrailIdentifier!),
      ...(first.guardrailVersion ? { version: first.guardrailVersion } : {}),
    };
    for (const g of guardrails)
      relations.push({
        type: RELATION.usesGuardrail,
        target: bedrockArn(record, "guardrail", g!.guardrailIdentifier!),
        ...(g!.guardrailVersion ? { detail: `version ${g!.guardrailVersion}` } : {}),
      });
  }
  return {
    ...assetBase(record, "agent", {}),
    relations: dedupe(relations),
    guardrail: isUnknown(flow) ? flow : guardrail,
    encryptionAtRest: isUnknown(flow)
      ? flow
      : describedKeyEncryption(record, read, flow.customerEncryptionKeyArn),
    knowledgeBases: isUnknown(flow) ? flow : [...new Set(knowledgeBases)],
  };
}

/** A managed prompt: its key's owner comes from KMS. */
export function normalizePrompt(record: InventoryRecord, read: ReplyReader): PromptAsset {
  const prompt = required<{ customerEncryptionKeyArn?: string }>(record, read, "GetPrompt");
  return {
    ...assetBase(record, "prompt", {}),
    encryptionAtRest: isUnknown(prompt)
      ? prompt
      : describedKeyEncryption(record, read, prompt.customerEncryptionKeyArn),
  };
}

interface JobReply {
  modelId?: string;
  status?: string;
  inputDataConfig?: { s3InputDataConfig?: { s3Uri?: string } };
  outputDataConfig?: { s3OutputDataConfig?: { s3Uri?: string; s3EncryptionKeyId?: string } };
}

/** A batch inference job: where it read and wrote, and who manages its output key (KMS's answer). */
export function normalizeInvocationJob(record: InventoryRecord, read: ReplyReader): InferenceJobAsset {
  const job = required<JobReply>(record, read, "ListModelInvocationJobs");
  const known = isUnknown(job) ? undefined : job;
  const partition = partitionOfArn(record.resourceId);
  const relations: Relation[] = [];
  const input = known?.inputDataConfig?.s3InputDataConfig?.s3Uri;
  const output = known?.outputDataConfig?.s3OutputDataConfig?.s3Uri;
  const inputBucket = bucketArnFromS3Uri(input, partition);
  const outputBucket = bucketArnFromS3Uri(output, partition);
  if (inputBucket) relations.push({ type: RELATION.readsDataFrom, target: inputBucket, detail: input });
  if (outputBucket) relations.push({ type: RELATION.writesOutputTo, target: outputBucket, detail: output });
  if (known?.modelId)
    relations.push({ type: RELATION.usesModel, target: modelTarget(known.modelId, record) });
  const asset: InferenceJobAsset = {
    ...assetBase(record, "inference-job", {}),
    relations: dedupe(relations),
    outputEncryption: isUnknown(job) ? job : outputEncryption(record, read, job),
  };
  if (known?.modelId) asset.modelId = known.modelId;
  if (known?.status) asset.status = known.status;
  return asset;
}

// Without s3EncryptionKeyId the output takes its bucket's default encryption, which this record cannot see.
function outputEncryption(record: InventoryRecord, read: ReplyReader, job: JobReply) {
  const keyId = job.outputDataConfig?.s3OutputDataConfig?.s3EncryptionKeyId;
  if (!keyId)
    return {
      enabled: true,
      keyManager: "provider" as const,
      algorithm: "the output bucket's default encryption",
    };
  return describedKeyEncryption(record, read, keyId);
}
