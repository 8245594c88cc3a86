// Estate entries for SageMaker Model Registry: model package groups as `aws sagemaker describe-model-package-group`
// prints them, plus the group's resource policy (what get-model-package-group-policy returns; a JSON string or the
// policy document itself) and its versions as describe-model-package prints them.
import { z } from "zod";
import { anyJson, arn, name, region, timestamp } from "./estate-jobs.js";

const modelPackageSchema = z.strictObject({
  ModelPackageVersion: z.number().int().positive(),
  ModelPackageArn: arn("model-package"),
  ModelPackageDescription: z.string().optional(),
  CreationTime: timestamp,
  LastModifiedTime: timestamp,
  ModelPackageStatus: z
    .enum(["Pending", "InProgress", "Completed", "Failed", "Deleting"])
    .default("Completed"),
  ModelApprovalStatus: z
    .enum(["Approved", "Rejected", "PendingManualApproval"])
    .default("PendingManualApproval"),
  ApprovalDescription: z.string().optional(),
  InferenceSpecification: anyJson,
  ModelMetrics: anyJson,
  CustomerMetadataProperties: z.record(z.string(), z.string()).optional(),
});

export const modelPackageGroupSchema = z.strictObject({
  region,
  ModelPackageGroupName: name,
  ModelPackageGroupArn: arn("model-package-group"),
  ModelPackageGroupDescription: z.string().optional(),
  CreationTime: timestamp,
  ModelPackageGroupStatus: z
    .enum(["Pending", "InProgress", "Completed", "Failed", "Deleting", "DeleteFailed"])
    .default("Completed"),
  ResourcePolicy: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  ModelPackages: z.array(modelPackageSchema).default([]),
});

export const registrySchemaShape = {
  modelPackageGroups: z.array(modelPackageGroupSchema).default([]),
};

export type ModelPackageGroup = z.output<typeof modelPackageGroupSchema>;
export type ModelPackage = z.output<typeof modelPackageSchema>;
